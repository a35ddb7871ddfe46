#include "exporter.h"

#include "qdpx.h"
#include "writers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QSaveFile>

namespace lectern::exporter {

QStringList formats()
{
    return {QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("md"),
            QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("qdpx")};
}

bool exportReport(const ProjectDocument &project, const QString &format, const QString &path,
                  const ReportScope &scope, QString *error, bool byteOrderMark, QStringList *warnings)
{
    if (!formats().contains(format)) {
        if (error)
            *error = QCoreApplication::translate("Export", "%1 export is not available yet").arg(format);
        return false;
    }
    return writeReport(buildReport(project, scope), format, path, error, byteOrderMark, warnings);
}

bool writeReport(const Report &report, const QString &format, const QString &path, QString *error,
                 bool byteOrderMark, QStringList *warnings, const std::atomic<bool> *cancel)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!formats().contains(format))
        return fail(QCoreApplication::translate("Export", "%1 export is not available yet").arg(format));
    QByteArray bytes;
    if (format == QLatin1String("pdf") || format == QLatin1String("odt")) {
        // Paginated formats through Qt's own writers, from the same HTML: fonts are embedded
        // in the PDF, so Korean, Japanese and Arabic pages print as they show. They write
        // straight into the file being saved.
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return fail(QCoreApplication::translate("Export", "%1 export needs the graphical libraries").arg(format));
        QTextDocument document;
        document.setHtml(writers::html(report));
        // Qt's writers close the device they write to and report no write errors: they
        // write into memory, and the bytes go to disk below like every other format's, so
        // a full disk is reported instead of leaving a cut-off file (the disk-full test).
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (format == QLatin1String("pdf")) {
            QPdfWriter writer(&buffer);
            writer.setTitle(report.projectName);
            writer.setCreator(QStringLiteral("Lectern"));
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
            // Text stays vector at any resolution; 300 dpi keeps the laid-out document
            // within Qt's fixed-point coordinates for thousands of pages (at the default
            // 1200 dpi a report of about 3,000 pages came out empty).
            writer.setResolution(300);
            document.print(&writer); // paginates, with page numbers at the foot
        } else {
            QTextDocumentWriter writer(&buffer, "odf");
            if (!writer.write(&document))
                return fail(QCoreApplication::translate("Export", "Cannot write %1 as ODT").arg(path));
        }
        if (bytes.isEmpty())
            return fail(QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, QStringLiteral("empty output")));
    } else if (format == QLatin1String("html"))
        bytes = writers::html(report).toUtf8();
    else if (format == QLatin1String("md"))
        bytes = writers::markdown(report).toUtf8();
    else if (format == QLatin1String("qdpx"))
        bytes = qdpx::write(report, warnings);
    else if (format == QLatin1String("csv"))
        bytes = writers::csv(report, byteOrderMark);
    else
        bytes = writers::webAnnotations(report);
    if (cancel && *cancel)
        return fail(QCoreApplication::translate("Export", "The export was cancelled."));
    // QSaveFile: the target appears complete or not at all.
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
