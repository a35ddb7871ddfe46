// Import, open and search benchmark (issue: project file and import). Reports figures;
// asserts nothing. Each phase runs in its own process so peak memory is per phase:
//   bench_import [--sizes 10000,100000] [--work DIR]
//   bench_import --phase import CORPUS_DIR PROJECT
//   bench_import --phase open PROJECT
#include "corpus.h"
#include "project/projectdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace lectern;

static QTextStream out(stdout);


static qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        total += info.isDir() ? folderBytes(info.filePath()) : info.size();
    return total;
}

static int phaseImport(const QString &corpusDir, const QString &path)
{
    ProjectDocument project;
    QString error;
    if (!project.create(path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const qint64 bytes = folderBytes(corpusDir);
    QElapsedTimer timer;
    timer.start();
    const auto outcomes = project.importFiles({corpusDir});
    const double seconds = timer.nsecsElapsed() / 1e9;
    const auto failed = std::count_if(outcomes.begin(), outcomes.end(), [](const ImportOutcome &o) {
        return o.status != ImportOutcome::Status::Imported;
    });
    project.close();
    out << QStringLiteral("  import: %1 articles (%2 not imported), %3 MB in %4 s = %5 MB/s, %6 articles/s\n")
               .arg(outcomes.size()).arg(failed).arg(bytes / 1e6, 0, 'f', 1).arg(seconds, 0, 'f', 2)
               .arg(bytes / 1e6 / seconds, 0, 'f', 1).arg(outcomes.size() / seconds, 0, 'f', 0);
    out << QStringLiteral("  import peak memory: %1 MB; project file %2 MB\n")
               .arg(corpus::peakRssMb(), 0, 'f', 0).arg(QFileInfo(path).size() / 1e6, 0, 'f', 0);
    return 0;
}

static int phaseOpen(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    ProjectDocument project;
    QString error;
    if (!project.open(path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const int count = project.articleCount();
    const auto firstPage = project.articles(100);
    const double openMs = timer.nsecsElapsed() / 1e6;
    QList<double> latencies;
    int hits = 0;
    for (int i = 0; i < 200; ++i) {
        const QString query = corpus::queryWord(i);
        timer.restart();
        hits += int(project.search(query, 20).hits.size());
        latencies.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    out << QStringLiteral("  open: %1 articles, first page of %2 listed, in %3 ms\n")
               .arg(count).arg(firstPage.size()).arg(openMs, 0, 'f', 1);
    out << QStringLiteral("  search (200 queries, 20 hits with snippets): p50 %1 ms, p95 %2 ms, max %3 ms, %4 hits\n")
               .arg(latencies[100], 0, 'f', 1).arg(latencies[190], 0, 'f', 1).arg(latencies.last(), 0, 'f', 1)
               .arg(hits);
    out << QStringLiteral("  memory with the project open after searching: %1 MB peak\n").arg(corpus::peakRssMb(), 0, 'f', 0);
    return 0;
}

static int drive(const QList<int> &sizes, const QString &work)
{
    const QString self = QCoreApplication::applicationFilePath();
    for (int size : sizes) {
        const QString corpusDir = QStringLiteral("%1/corpus-%2").arg(work).arg(size);
        const QString project = QStringLiteral("%1/bench-%2.lectern").arg(work).arg(size);
        if (!QDir(corpusDir).exists()) {
            out << "generating " << size << " articles..." << Qt::endl;
            corpus::generate(corpusDir, size);
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(project + suffix);
        out << QStringLiteral("%1 articles (%2 cores):\n").arg(size).arg(QThread::idealThreadCount()) << Qt::flush;
        for (const QStringList &args : {QStringList{QStringLiteral("--phase"), QStringLiteral("import"), corpusDir, project},
                                        QStringList{QStringLiteral("--phase"), QStringLiteral("open"), project}}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(self, args);
            child.waitForFinished(-1);
            if (child.exitCode() != 0)
                return child.exitCode();
        }
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--phase") && args.value(2) == QLatin1String("import"))
        return phaseImport(args.value(3), args.value(4));
    if (args.value(1) == QLatin1String("--phase") && args.value(2) == QLatin1String("open"))
        return phaseOpen(args.value(3));
    QList<int> sizes{10000};
    if (const qsizetype i = args.indexOf(QStringLiteral("--sizes")); i > 0) {
        sizes.clear();
        for (const QString &size : args.value(i + 1).split(QLatin1Char(',')))
            sizes.append(size.toInt());
    }
    QTemporaryDir temporary;
    QString work = temporary.path();
    if (const qsizetype i = args.indexOf(QStringLiteral("--work")); i > 0)
        work = args.value(i + 1);
    return drive(sizes, work);
}
