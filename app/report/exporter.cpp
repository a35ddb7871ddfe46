#include "exporter.h"

#include "odtwriter.h"
#include "pdfwriter.h"
#include "qdpx.h"
#include "../project/projectdocument.h"
#include "writers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

#include <sys/stat.h>

namespace lectern::exporter {

QStringList formats()
{
    return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("md"),
            QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("qdpx")};
}

static QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::exporter", text);
}

// The file itself, through any symbolic link: device and inode, or nothing when missing.
static std::optional<std::pair<dev_t, ino_t>> fileIdentity(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return std::make_pair(st.st_dev, st.st_ino);
}

QString refusedTarget(const QString &target, const QString &projectPath)
{
    if (target == QLatin1String("-"))
        return {};
    struct stat st {};
    if (::stat(QFile::encodeName(target).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return tr("Cannot write %1: it is a folder. Name a file to write.").arg(target);
        if (!S_ISREG(st.st_mode))
            return tr("Cannot write %1: it is a named pipe, socket or device, and an export only writes regular "
                      "files (use --out - for standard output).").arg(target);
    }
    if (projectPath.isEmpty())
        return {};
    // The project, its log, shared memory, lock and journal, by identity (a symbolic or hard
    // link to the project is the project) and by name (for those not there yet).
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    const QFileInfo project(projectPath);
    const auto targetId = fileIdentity(target);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock"),
                                 QStringLiteral("-journal")}) {
        const QString companion = project.absoluteFilePath() + suffix;
        const QString real = QFileInfo(companion).canonicalFilePath();
        if (absoluteTarget == companion || (!real.isEmpty() && QFileInfo(target).canonicalFilePath() == real)
            || (targetId && targetId == fileIdentity(companion)))
            return tr("Cannot write %1: it is the project itself (%2), which an export never replaces. "
                      "Choose another file name.").arg(target, projectPath);
    }
    const QString backups = project.absolutePath() + QLatin1Char('/') + project.completeBaseName() + QStringLiteral("-backups");
    const QString targetFolder = QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath();
    if (targetFolder == QFileInfo(backups).canonicalFilePath() && !targetFolder.isEmpty())
        return tr("Cannot write %1: it is in the project's backup folder. Choose another folder.").arg(target);
    return {};
}

QString normalFormat(const QString &format)
{
    return format.toLower();
}

bool exportReport(const ProjectDocument &project, const QString &format, const QString &path,
                  const ReportScope &scope, QString *error, writers::CsvEncoding csvEncoding, QStringList *warnings)
{
    // Refused before the report is built (writeReport checks again before writing).
    if (const QString refused = refusedTarget(path, project.path()); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    if (!formats().contains(format)) {
        if (error)
            *error = tr("Unknown format %1: choose one of %2.").arg(format, formats().join(QStringLiteral(", ")));
        return false;
    }
    return writeReport(buildReport(project, scope), format, path, error, csvEncoding, warnings);
}

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error,
                 writers::CsvEncoding csvEncoding, QStringList *warnings, const std::atomic<bool> *cancel)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!formats().contains(format))
        return fail(tr("Unknown format %1: choose one of %2.").arg(format, formats().join(QStringLiteral(", "))));
    QByteArray bytes;
    if (format == QLatin1String("pdf") || format == QLatin1String("odt")) {
        QString reason;
        const book::Book book = book::build(report);
        bytes = format == QLatin1String("pdf") ? writers::pdf(book, &reason) : writers::odt(book, &reason);
        if (bytes.isEmpty()) // nothing is written: an earlier file at the path stays as it was
            return fail(QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, reason));
    } else if (format == QLatin1String("html"))
        bytes = writers::html(report).toUtf8();
    else if (format == QLatin1String("md"))
        bytes = writers::markdown(report).toUtf8();
    else if (format == QLatin1String("qdpx")) {
        QString malformed;
        bytes = qdpx::write(report, warnings, &malformed);
        if (bytes.isEmpty()) // nothing is written: an earlier file at the path stays as it was
            return fail(QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, malformed));
    }
    else if (format == QLatin1String("csv"))
        bytes = writers::csv(report, csvEncoding);
    else
        bytes = writers::webAnnotations(report);
    if (cancel && *cancel)
        return fail(QCoreApplication::translate("Export", "The export was cancelled."));
    if (path == QLatin1String("-")) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush())
            return true;
        return fail(tr("Cannot write the export to standard output: %1").arg(out.errorString()));
    }
    // QSaveFile: the target appears complete or not at all. It is checked again right before:
    // a file may have become the project, a FIFO or a device since the dialog was filled in.
    if (const QString refused = refusedTarget(path, report.projectPath); !refused.isEmpty())
        return fail(refused);
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    // A write cut short by a full disk (or a file size limit) has no better reason to give.
    const QString reason = file.error() == QFileDevice::WriteError || file.errorString() == QLatin1String("Unknown error")
        ? QCoreApplication::translate("Export", "the disk is full or the file is too large")
        : file.errorString();
    return fail(QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, reason));
}

} // namespace lectern::exporter
