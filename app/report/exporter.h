#pragma once

#include "report.h"
#include "writers.h"

#include <atomic>

namespace lectern::exporter {

// The formats this build writes. pdf and odt need a
// QGuiApplication (the command line makes one, offscreen, for them).
QStringList formats();

// Writes the report of `scope` in `format` to `path`: through a temporary file renamed
// into place, so a failed export leaves neither a half file nor a changed project.
// Writes an already built report; safe on a worker thread (it reads no project). Sets
// *error and returns false when cancel becomes true before the file is in place.
bool writeReport(const Report &report, const QString &format, const QString &path, QString *error,
                 writers::CsvEncoding csvEncoding = writers::CsvEncoding::Utf8, QStringList *warnings = nullptr,
                 const std::atomic<bool> *cancel = nullptr);

// Why `target` may not be written, or empty when it may: it is the project at
// `projectPath` (by name, link or identity), its log, lock or a backup, a folder, or an
// existing special file (FIFO, device, socket). "-" means standard output and is allowed.
QString refusedTarget(const QString &target, const QString &projectPath);

// Formats as a user may type them ("HTML") in the form formats() lists.
QString normalFormat(const QString &format);

bool exportReport(const ProjectDocument &project, const QString &format, const QString &path,
                  const ReportScope &scope, QString *error,
                  writers::CsvEncoding csvEncoding = writers::CsvEncoding::Utf8, QStringList *warnings = nullptr);

} // namespace lectern::exporter
