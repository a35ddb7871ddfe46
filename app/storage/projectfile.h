#pragma once

#include <QString>

namespace lectern {

class Database;

namespace projectfile {

enum class Intent { Create, Open, OpenReadOnly };

// Opens a project file for use: checks from the raw header, before SQLite touches the file,
// that it is a Lectern project this version can read, then runs pending migrations.
// A missing, foreign, damaged or newer file is refused with a StorageError whose message
// names the file, the problem and what to do; such a file is never written to.
void open(Database &db, const QString &path, Intent intent);

} // namespace projectfile
} // namespace lectern
