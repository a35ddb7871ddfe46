#pragma once

#include <QStringList>

class QTextStream;

namespace lectern::cli {

// True when args[1] names a headless verb (new, import, list, show, search).
bool isVerb(const QStringList &args);

// Runs a verb; args as from QCoreApplication::arguments(). Returns the exit code:
// 0 success, 1 some input failed (each failure named on err), 2 usage or project error.
int run(const QStringList &args, QTextStream &out, QTextStream &err);

QString usage();

} // namespace lectern::cli
