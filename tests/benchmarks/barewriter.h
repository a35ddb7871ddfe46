#pragma once

#include <string>

namespace barewriter {

// The most SQLite can do with the corpus: every file's first line as the title and the
// rest as the text, stored in a table and a contentless FTS5 index (unicode61, diacritics
// folded, as Lectern's), 64 files a transaction, WAL, synchronous=NORMAL, nothing else.
// No Lectern or Qt code in its path. Returns the number of files written, -1 on error.
long write(const std::string &corpusDir, const std::string &databasePath, std::string *error);

} // namespace barewriter
