// Import, open and search benchmark (issue 14: import at the speed of the disk). Reports
// figures; asserts nothing. Every run is a process of its own, so peak memory is per run:
//   bench_import [--sizes 10000,100000] [--runs 3] [--work DIR]
//   bench_import --phase bare CORPUS_DIR DATABASE     the bare SQLite+FTS5 writer
//   bench_import --phase import CORPUS_DIR PROJECT    what `lectern import` does
//   bench_import --phase open PROJECT
// The bare writer and the import run in turns (bare, import, bare, import ...); the best
// time of each gives the ratio, so a busy machine slows both alike.
#include "barewriter.h"
#include "corpus.h"
#include "model/stagecost.h"
#include "project/projectdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <optional>

using namespace lectern;

static QTextStream out(stdout);

static double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

// The line a run ends with, read by the driver: wall seconds, CPU seconds, peak MB.
static void report(double wall, double cpu)
{
    out << QStringLiteral("@ %1 %2 %3\n").arg(wall).arg(cpu).arg(corpus::peakRssMb());
}

static void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

static qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        total += info.isDir() ? folderBytes(info.filePath()) : info.size();
    return total;
}

static int phaseBare(const QString &corpusDir, const QString &path)
{
    removeDatabase(path);
    QElapsedTimer timer;
    timer.start();
    std::string error;
    const long written = barewriter::write(corpusDir.toStdString(), path.toStdString(), &error);
    if (written < 0) {
        out << "bare writer: " << QString::fromStdString(error) << Qt::endl;
        return 1;
    }
    report(timer.nsecsElapsed() / 1e9, cpuSeconds());
    return 0;
}

static int phaseImport(const QString &corpusDir, const QString &path)
{
    removeDatabase(path);
    ProjectDocument project;
    QString error;
    if (!project.create(path, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    stagecost::setEnabled(true);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const auto outcomes = project.importFiles({corpusDir});
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const auto failed = std::count_if(outcomes.begin(), outcomes.end(), [](const ImportOutcome &o) {
        return o.status != ImportOutcome::Status::Imported;
    });
    project.close();
    out << QStringLiteral("    %1 articles (%2 not imported), %3 articles/s, project file %4 MB;"
                          " CPU seconds by stage (of %5):")
               .arg(outcomes.size()).arg(failed).arg(outcomes.size() / seconds, 0, 'f', 0)
               .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0).arg(cpu, 0, 'f', 1);
    double staged = 0;
    for (const auto &[stage, stageSeconds] : stagecost::seconds()) {
        out << QStringLiteral(" %1 %2,").arg(stage).arg(stageSeconds, 0, 'f', 2);
        staged += stageSeconds;
    }
    out << QStringLiteral(" other %1\n").arg(cpu - staged, 0, 'f', 2);
    report(seconds, cpu);
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
    report(openMs / 1000, cpuSeconds());
    return 0;
}

struct Run {
    double wall = 0, cpu = 0, peakMb = 0;
};

// Runs a phase in a process of its own; its lines are shown, its last line read.
static std::optional<Run> runPhase(const QStringList &args)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    child.waitForFinished(-1);
    std::optional<Run> run;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith("@ ")) {
            const QList<QByteArray> values = line.mid(2).split(' ');
            run = Run{values.value(0).toDouble(), values.value(1).toDouble(), values.value(2).toDouble()};
        } else if (!line.isEmpty()) {
            out << line << '\n';
        }
    }
    out.flush();
    return child.exitCode() == 0 ? run : std::nullopt;
}

static int drive(const QList<int> &sizes, const QString &work, int runs)
{
    for (int size : sizes) {
        const QString corpusDir = QStringLiteral("%1/corpus-%2").arg(work).arg(size);
        const QString project = QStringLiteral("%1/bench-%2.lectern").arg(work).arg(size);
        const QString bare = QStringLiteral("%1/bare-%2.sqlite").arg(work).arg(size);
        if (!QDir(corpusDir).exists()) {
            out << "generating " << size << " articles..." << Qt::endl;
            corpus::generate(corpusDir, size);
        }
        const double megabytes = folderBytes(corpusDir) / 1e6;
        out << QStringLiteral("%1 articles, %2 MB (%3 cores), %4 runs of each in turn:\n")
                   .arg(size).arg(megabytes, 0, 'f', 1).arg(QThread::idealThreadCount()).arg(runs) << Qt::flush;
        Run bestBare{1e9, 0, 0}, bestImport{1e9, 0, 0};
        for (int i = 0; i < runs; ++i) {
            const auto b = runPhase({QStringLiteral("--phase"), QStringLiteral("bare"), corpusDir, bare});
            if (!b)
                return 1;
            out << QStringLiteral("  bare writer: %1 s, %2 CPU-s, peak %3 MB\n")
                       .arg(b->wall, 0, 'f', 2).arg(b->cpu, 0, 'f', 1).arg(b->peakMb, 0, 'f', 0);
            const auto l = runPhase({QStringLiteral("--phase"), QStringLiteral("import"), corpusDir, project});
            if (!l)
                return 1;
            out << QStringLiteral("  lectern import: %1 s, %2 CPU-s, peak %3 MB\n")
                       .arg(l->wall, 0, 'f', 2).arg(l->cpu, 0, 'f', 1).arg(l->peakMb, 0, 'f', 0);
            if (b->wall < bestBare.wall)
                bestBare = *b;
            if (l->wall < bestImport.wall)
                bestImport = *l;
        }
        out << QStringLiteral("  best: bare writer %1 s (%2 MB/s), lectern import %3 s (%4 MB/s, %5 articles/s):"
                              " import at %6% of the bare writer's speed; %7 CPU-s against %8\n")
                   .arg(bestBare.wall, 0, 'f', 2).arg(megabytes / bestBare.wall, 0, 'f', 1)
                   .arg(bestImport.wall, 0, 'f', 2).arg(megabytes / bestImport.wall, 0, 'f', 1)
                   .arg(size / bestImport.wall, 0, 'f', 0).arg(100 * bestBare.wall / bestImport.wall, 0, 'f', 0)
                   .arg(bestImport.cpu, 0, 'f', 1).arg(bestBare.cpu, 0, 'f', 1);
        QFile::remove(bare);
        if (!runPhase({QStringLiteral("--phase"), QStringLiteral("open"), project}))
            return 1;
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--phase") && args.value(2) == QLatin1String("bare"))
        return phaseBare(args.value(3), args.value(4));
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
    int runs = 3;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0)
        runs = std::max(1, args.value(i + 1).toInt());
    return drive(sizes, work, runs);
}
