#include "exporter.h"

#include "qdpx.h"
#include "writers.h"

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
        // Qt's writers close the device they write to, which QSaveFile forbids: they write
        // a temporary file next to the target, renamed into place when complete.
        const QString partial = path + QStringLiteral(".part");
        if (format == QLatin1String("pdf")) {
            QPdfWriter writer(partial);
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
            QTextDocumentWriter writer(partial, "odf");
            if (!writer.write(&document)) {
                QFile::remove(partial);
                return fail(QCoreApplication::translate("Export", "Cannot write %1 as ODT").arg(path));
            }
        }
        if ((cancel && *cancel) || QFileInfo(partial).size() == 0) {
            const bool cancelled = cancel && *cancel;
            QFile::remove(partial);
            return fail(cancelled ? QCoreApplication::translate("Export", "The export was cancelled.")
                                  : QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, QStringLiteral("empty output")));
        }
        QFile::remove(path);
        if (!QFile::rename(partial, path)) {
            QFile::remove(partial);
            return fail(QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, QStringLiteral("rename failed")));
        }
        return true;
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("Export", "Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace lectern::exporter
