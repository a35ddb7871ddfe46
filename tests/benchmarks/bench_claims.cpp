// Claim extraction throughput on one core (issues 8 and 14). Reports figures only.
//   bench_claims [ARTICLES]
// End to end (reading, parsing, language, extraction: what `lectern claims FILE` does) on
// the synthetic corpus and on articles put together from our labelled sentences in 30
// languages (real text, each article one language), then extraction alone.
#include "analysis/checkworthiness.h"
#include "analysis/claimextractor.h"
#include "analysis/lexicon.h"
#include "corpus.h"
#include "ingest/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lectern;

static double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + now.tv_nsec / 1e9;
}

// Articles of about 6 KB, each in one language, from the labelled sentences.
static qint64 writeLabelledArticles(const QString &dir)
{
    QHash<QString, QStringList> byLanguage;
    for (const char *folder : {"figures", "claims", "checkworthy", "claimants"}) {
        QDirIterator it(QStringLiteral(LECTERN_TEST_DATA "/%1").arg(QLatin1String(folder)), {QStringLiteral("*.tsv")});
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
                if (const QString sentence = line.section(QLatin1Char('\t'), -1).trimmed(); !sentence.isEmpty())
                    byLanguage[QFileInfo(file).baseName()] << sentence;
        }
    }
    qint64 bytes = 0;
    int n = 0;
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        QString text;
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            text += it.value()[i] + (i % 4 == 3 ? QStringLiteral("\n\n") : QStringLiteral(" "));
            if (text.size() > 3000 || i + 1 == it.value().size()) {
                QFile out(QStringLiteral("%1/%2-%3.txt").arg(dir, it.key()).arg(n++));
                if (out.open(QIODevice::WriteOnly))
                    bytes += out.write(text.toUtf8());
                text.clear();
            }
        }
    }
    return bytes;
}

static void endToEnd(const QString &name, const QString &dir)
{
    qint64 bytes = 0;
    int files = 0;
    const double before = threadCpuSeconds();
    QDirIterator it(dir, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        bytes += QFileInfo(path).size();
        ++files;
        try {
            importer::prepareFile(path);
        } catch (const std::exception &) {
        }
    }
    const double cpu = threadCpuSeconds() - before;
    QTextStream(stdout) << QStringLiteral("end to end, one core, %1: %2 files, %3 MB in %4 CPU-s = %5 MB/s\n")
                               .arg(name).arg(files).arg(bytes / 1e6, 0, 'f', 1).arg(cpu, 0, 'f', 2)
                               .arg(bytes / 1e6 / cpu, 0, 'f', 1);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    corpus::generate(dir.path(), count);
    endToEnd(QStringLiteral("synthetic corpus"), dir.path());
    QTemporaryDir labelled;
    writeLabelledArticles(labelled.path());
    endToEnd(QStringLiteral("our labelled sentences in 30 languages, lexicons loading"), labelled.path());
    endToEnd(QStringLiteral("our labelled sentences in 30 languages, lexicons loaded"), labelled.path());
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
