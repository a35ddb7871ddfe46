// Claim extraction throughput on one core (issue: claim extraction). Reports figures only.
//   bench_claims [ARTICLES]
#include "analysis/claimextractor.h"
#include "corpus.h"
#include "ingest/importer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lectern;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    corpus::generate(dir.path(), count);
    // The texts as an import leaves them, so only extraction is timed.
    QList<NewArticle> articles;
    QDirIterator it(dir.path(), {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        articles.append(importer::prepareFile(it.next()));
    qint64 bytes = 0;
    int claims = 0;
    QElapsedTimer timer;
    timer.start();
    const int rounds = qEnvironmentVariableIntValue("BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("BENCH_ROUNDS") : 1;
    for (int round = 0; round < rounds; ++round)
    for (const NewArticle &a : std::as_const(articles)) {
        bytes += a.content.text.toUtf8().size();
        claims += int(extractClaims(a.content.text, a.content.meta.lang, a.content.blocks).size());
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << QStringLiteral("claim extraction, one core: %1 articles, %2 MB in %3 s = %4 MB/s, %5 claims\n")
                               .arg(articles.size()).arg(bytes / 1e6, 0, 'f', 1).arg(seconds, 0, 'f', 2)
                               .arg(bytes / 1e6 / seconds, 0, 'f', 1).arg(claims);
    return 0;
}
