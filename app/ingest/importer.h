#pragma once

#include "../storage/articlerepository.h"
#include "parseddocument.h"

#include <QByteArray>
#include <QString>

namespace lectern::importer {

enum class Format { Text, Html, Markdown, Pdf };

// Files larger than this are refused before they are read.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

// The format by the file's extension; files with another extension are left out when a
// folder is imported.
std::optional<Format> formatForName(const QString &fileName);
QString formatName(Format format);
// By extension, else by content (%PDF-, <html ...), else plain text.
Format detectFormat(const QString &fileName, const QByteArray &bytes);

// Reads, parses and prepares one file for storage. Throws ImportError with a reason a user
// understands (the caller adds the file name). Thread-safe: runs on worker threads.
NewArticle prepareFile(const QString &path);
NewArticle prepareBytes(const QByteArray &bytes, const QString &fileName, Format format);
// An article whose text is kept exactly as given (a REFI-QDA source: positions in it must
// stay valid): paragraphs at line breaks, metadata from meta, languages detected.
NewArticle prepareText(const QString &text, const ParsedDocument &meta, const QString &fileName);

} // namespace lectern::importer
