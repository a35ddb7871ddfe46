#pragma once
// Shared set-up for the libFuzzer targets: a QCoreApplication (for the SQL driver plugin and
// translations) and a quiet message handler, so a run prints only what libFuzzer reports.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace fuzz {

inline void quiet(QtMsgType, const QMessageLogContext &, const QString &) {}

inline void init(int *argc, char ***argv)
{
    qInstallMessageHandler(quiet);
    // The parser-level watchdog: a file whose parse passes 5 s of CPU aborts, so a slow input
    // is a finding (with its input saved), not a refusal the fuzzer would take as normal.
    qputenv("LECTERN_PARSE_BUDGET_MS", "5000");
    qputenv("LECTERN_PARSE_BUDGET_ABORT", "1");
    static QCoreApplication app(*argc, *argv);
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Picks one of a few languages from the first byte, so one corpus covers them all.
inline QString language(const uint8_t *data, size_t size)
{
    static const char *const languages[] = {"en", "da", "de", "fr", "ko", "ja", "ar", "es"};
    return QString::fromLatin1(languages[size ? data[0] % 8 : 0]);
}

} // namespace fuzz

#define LECTERN_FUZZ_INIT \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) { fuzz::init(argc, argv); return 0; }
