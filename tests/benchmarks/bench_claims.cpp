// Claim extraction throughput on one core (issue: claim extraction). Reports figures only.
//   bench_claims [ARTICLES]
#include "analysis/checkworthiness.h"
#include "analysis/claimextractor.h"
#include "analysis/lexicon.h"
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
    QElapsedTimer prepare;
    prepare.start();
    while (it.hasNext())
        articles.append(importer::prepareFile(it.next()));
    const double prepareSeconds = prepare.nsecsElapsed() / 1e9;
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
    // The check-worthiness model's share: features and score of every sentence, against
    // reading, parsing and extracting the same articles as an import does (issue 13: the
    // model may slow import by 10% at most).
    const CheckWorthinessModel &model = CheckWorthinessModel::shipped();
    QList<QPair<QString, Claim>> sentences;
    for (const NewArticle &a : std::as_const(articles)) {
        const auto lexicon = Lexicon::forLanguage(a.content.meta.lang);
        for (const auto &[s, e] : sentenceSpans(a.content.text, a.content.meta.lang, a.content.blocks)) {
            const QString sentence = a.content.text.mid(s, e - s);
            Claim analysed = analyseSentence(sentence, *lexicon);
            analysed.lang = a.content.meta.lang;
            sentences.append({sentence, analysed});
        }
    }
    QElapsedTimer scoring;
    scoring.start();
    double sum = 0;
    for (const auto &[sentence, analysed] : std::as_const(sentences)) {
        const auto lexicon = Lexicon::forLanguage(analysed.lang);
        sum += model.probability(sentenceFeatures(sentence, analysed, *lexicon, false));
    }
    const double scoringSeconds = scoring.nsecsElapsed() / 1e9;
    QTextStream(stdout) << QStringLiteral("check-worthiness scoring: %1 sentences in %2 s (%3 us each, mean score %4); "
                                          "%5% of extraction, %6% of reading, parsing and extracting\n")
                               .arg(sentences.size()).arg(scoringSeconds, 0, 'f', 3)
                               .arg(scoringSeconds * 1e6 / std::max<qsizetype>(1, sentences.size()), 0, 'f', 1)
                               .arg(sum / std::max<qsizetype>(1, sentences.size()), 0, 'f', 2)
                               .arg(100 * scoringSeconds / (seconds / rounds), 0, 'f', 1)
                               .arg(100 * scoringSeconds / prepareSeconds, 0, 'f', 1);
    return 0;
}
