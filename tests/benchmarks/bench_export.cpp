// Report export of many articles (issue: reports and data export). Figures only.
//   bench_export [ARTICLES]
#include "corpus.h"
#include "project/projectdocument.h"
#include "report/exporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lectern;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    corpus::generate(dir.filePath(QStringLiteral("corpus")), count);
    ProjectDocument project;
    project.create(dir.filePath(QStringLiteral("bench.lectern")), nullptr);
    project.importFiles({dir.filePath(QStringLiteral("corpus"))});
    const qint64 tag = project.createTag(QStringLiteral("Figures"), QStringLiteral("#e15759"));
    for (const ArticleMeta &m : project.articles()) {
        project.addAnnotation(m.id, 0, 40, {tag}, QStringLiteral("A note on the opening."));
        project.addAnnotation(m.id, 200, 260, {}, QStringLiteral("Check this figure."));
    }
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    const Report report = buildReport(project, {});
    out << QStringLiteral("read %1 articles for the report: %2 ms\n").arg(report.articles.size()).arg(timer.elapsed());
    for (const char *format : {"html", "pdf", "odt", "qdpx"}) {
        timer.restart();
        const QString path = dir.filePath(QStringLiteral("report.") + QLatin1String(format));
        QString error;
        const bool ok = exporter::writeReport(report, QLatin1String(format), path, &error);
        if (!ok)
            error.prepend(QStringLiteral("failed: "));
        out << QStringLiteral("%1: %2 s, %3 MB %4\n").arg(QLatin1String(format)).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(QFileInfo(path).size() / 1e6, 0, 'f', 2).arg(error);
        out.flush();
    }
    return 0;
}
