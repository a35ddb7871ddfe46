// Claim extraction measured on our labelled sentences (tests/data/claims) and on the seeds.
#include "analysis/claimextractor.h"
#include "analysis/lexicon.h"
#include "analysis/quantity.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void labelledSets_data();
    void labelledSets();
    void overallPrecisionAndRecall();
    void numbers_data();
    void numbers();
    void seedFiguresAreFound_data();
    void seedFiguresAreFound();
    void everyShippedLanguageLoads();
    void unknownLanguageStillFindsFiguresAndQuotes();
    void userLexiconExtendsALanguage();

private:
    struct Counts {
        int tp = 0, fp = 0, fn = 0;
    };
    QHash<QString, Counts> m_overall; // "claim" and each kind, over all languages
};

static QString describe(const Quantity &q)
{
    return QStringLiteral("%1|%2|%3|%4").arg(QString::number(q.value, 'g', 15), q.unit, q.bound, q.conceptId);
}

void TestClaims::labelledSets_data()
{
    QTest::addColumn<QString>("lang");
    const QDir dir(testutil::dataPath(QStringLiteral("claims")));
    for (const QString &file : dir.entryList({QStringLiteral("*.tsv")}))
        QTest::newRow(qPrintable(file)) << file.chopped(4);
}

void TestClaims::labelledSets()
{
    QFETCH(QString, lang);
    const QStringList lines = QString::fromUtf8(testutil::readFile(testutil::dataPath(QStringLiteral("claims/%1.tsv").arg(lang))))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 60, "at least 60 labelled sentences per language");
    QHash<QString, Counts> counts;
    QStringList wrongFigures;
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        const QStringList expectedKinds = fields[0] == QLatin1String("-") ? QStringList() : fields[0].split(QLatin1Char(','));
        const QStringList expectedFigures = fields[1] == QLatin1String("-") ? QStringList() : fields[1].split(QLatin1Char(';'));
        const QList<Claim> claims = extractClaims(fields[2], lang);
        QStringList kinds;
        QStringList figures;
        for (const Claim &claim : claims) {
            for (const QString &kind : claim.kinds)
                if (!kinds.contains(kind))
                    kinds << kind;
        }
        // Figures come from every sentence, claim or not.
        const auto lexicon = Lexicon::forLanguage(lang);
        for (const Quantity &q : findQuantities(fields[2], *lexicon))
            figures << describe(q);
        auto count = [&](const QString &name, bool expected, bool found) {
            Counts &c = counts[name];
            Counts &o = m_overall[name];
            if (expected && found) { ++c.tp; ++o.tp; }
            else if (found) { ++c.fp; ++o.fp; }
            else if (expected) { ++c.fn; ++o.fn; }
        };
        count(QStringLiteral("claim"), !expectedKinds.isEmpty(), !kinds.isEmpty());
        for (const char *kind : {"quantity", "quote", "attribution", "prediction", "causal", "comparison"})
            count(QLatin1String(kind), expectedKinds.contains(QLatin1String(kind)), kinds.contains(QLatin1String(kind)));
        if (figures != expectedFigures)
            wrongFigures << QStringLiteral("%1\n      expected %2\n      found    %3")
                                .arg(fields[2], expectedFigures.join(QLatin1Char(';')), figures.join(QLatin1Char(';')));
    }
    for (const QString &name : {QStringLiteral("claim"), QStringLiteral("quantity"), QStringLiteral("quote"),
                                QStringLiteral("attribution"), QStringLiteral("prediction"), QStringLiteral("causal"),
                                QStringLiteral("comparison")}) {
        const Counts c = counts.value(name);
        const double precision = c.tp + c.fp ? double(c.tp) / (c.tp + c.fp) : 1.0;
        const double recall = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 1.0;
        qInfo("%s %-12s precision %.2f recall %.2f (%d/%d/%d)", qPrintable(lang), qPrintable(name), precision, recall,
              c.tp, c.fp, c.fn);
    }
    QVERIFY2(wrongFigures.isEmpty(), qPrintable(QLatin1Char('\n') + wrongFigures.join(QLatin1Char('\n'))));
}

void TestClaims::overallPrecisionAndRecall()
{
    const Counts c = m_overall.value(QStringLiteral("claim"));
    QVERIFY(c.tp > 0);
    const double precision = double(c.tp) / (c.tp + c.fp);
    const double recall = double(c.tp) / (c.tp + c.fn);
    qInfo("claim detection overall: precision %.2f recall %.2f", precision, recall);
    QVERIFY2(precision >= 0.85, qPrintable(QString::number(precision)));
    QVERIFY2(recall >= 0.85, qPrintable(QString::number(recall)));
}

void TestClaims::numbers_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("grouping");
    QTest::addColumn<double>("value");
    QTest::newRow("en grouping") << "30,000" << "." << "," << 30000.0;
    QTest::newRow("en decimal") << "1.55" << "." << "," << 1.55;
    QTest::newRow("da grouping") << "16.000" << "," << "." << 16000.0;
    QTest::newRow("da decimal") << "3,4" << "," << "." << 3.4;
    QTest::newRow("fr space") << "14 000" << "," << "\u202f" << 14000.0;
    QTest::newRow("fr dotted thousands (shape)") << "14.000" << "," << "\u202f" << 14000.0;
    QTest::newRow("sq comma thousands (shape)") << "2,500" << "," << "\u00a0" << 2500.0;
    QTest::newRow("fr decimal (shape)") << "3,45" << "," << "\u202f" << 3.45;
    QTest::newRow("vi dotted thousands (language)") << "14.000" << "," << "." << 14000.0;
    QTest::newRow("narrow no-break space") << "1 200" << "," << "\u202f" << 1200.0;
    QTest::newRow("apostrophe") << "1'000'000" << "." << "'" << 1000000.0;
    QTest::newRow("both marks") << "1.234.567,89" << "," << "." << 1234567.89;
    QTest::newRow("en decimal three digits (language)") << "1.500" << "." << "," << 1.5;
}

void TestClaims::numbers()
{
    QFETCH(QString, digits);
    QFETCH(QString, decimal);
    QFETCH(QString, grouping);
    QFETCH(double, value);
    QCOMPARE(parseNumber(digits, decimal.front(), grouping.front()), value);
}

void TestClaims::seedFiguresAreFound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("figure");
    QTest::newRow("30,000 jobs") << "000_241115a8c0a91aec.txt" << "30000|count|up_to|jobs";
    QTest::newRow("27,000 earlier cuts") << "000_241115a8c0a91aec.txt" << "27000|count|at_least|jobs";
    QTest::newRow("14,000 jobs") << "001_ffa34ac4901374cc.txt" << "14000|count|exact|jobs";
    QTest::newRow("$8 billion") << "001_ffa34ac4901374cc.txt" << "8000000000|currency:USD|exact|";
    QTest::newRow("27,000 positions") << "002_3ece76346428b223.txt" << "27000|count|at_least|jobs";
    QTest::newRow("16.000 ledige stillinger") << "003_4a9f7d0bd879540e.txt" << "16000|count|exact|jobs";
    QTest::newRow("130.000 nye job") << "003_4a9f7d0bd879540e.txt" << "130000|count|exact|jobs";
}

void TestClaims::seedFiguresAreFound()
{
    if (!QDir(testutil::seedsDir()).exists())
        QSKIP("../shared/corpus/seeds is not here");
    QFETCH(QString, file);
    QFETCH(QString, figure);
    const NewArticle article = importer::prepareFile(testutil::seedsDir() + QLatin1Char('/') + file);
    QStringList figures;
    for (const Claim &claim : article.claims) {
        QVERIFY(claim.kinds.contains(QStringLiteral("quantity")) || claim.quantities.isEmpty()
                || std::all_of(claim.quantities.begin(), claim.quantities.end(),
                               [](const Quantity &q) { return q.unit == QLatin1String("year"); }));
        for (const Quantity &q : claim.quantities) {
            figures << describe(q);
            QCOMPARE(article.content.text.mid(q.start, q.end - q.start).trimmed(), q.text);
        }
    }
    QVERIFY2(figures.contains(figure), qPrintable(figures.join(QLatin1Char('\n'))));
}

void TestClaims::everyShippedLanguageLoads()
{
    const QStringList langs = Lexicon::builtInLanguages();
    for (const char *lang : {"en", "da", "de", "fr", "es", "nl", "sv", "nb", "ko", "ja", "zh", "ar"}) {
        QVERIFY2(langs.contains(QLatin1String(lang)), lang);
        const auto lexicon = Lexicon::forLanguage(QLatin1String(lang));
        QVERIFY2(!lexicon->scales.isEmpty(), lang);
        QVERIFY2(lexicon->attributionVerbs.isValid(), lang);
        QVERIFY2(!lexicon->boundsBefore.isEmpty(), lang);
    }
}

void TestClaims::unknownLanguageStillFindsFiguresAndQuotes()
{
    const QList<Claim> claims = extractClaims(QStringLiteral("Kompania shkurton 2,500 vende pune. \"Kjo është e vështirë për të gjithë ne,\" tha drejtori."),
                                              QStringLiteral("sq"));
    QCOMPARE(claims.size(), 2);
    QCOMPARE(claims[0].quantities.first().value, 2500.0);
    QVERIFY(claims[1].kinds.contains(QStringLiteral("quote")));
}

void TestClaims::userLexiconExtendsALanguage()
{
    // A home of its own: two runs of this suite at once (CI beside a developer) share ~/.qttest.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/lexicons");
    QVERIFY(QDir().mkpath(dir));
    const QString sentence = QStringLiteral("Varvet har 320 svetsare.");
    Lexicon::reload();
    QVERIFY(findQuantities(sentence, *Lexicon::forLanguage(QStringLiteral("sv"))).first().conceptId.isEmpty());
    // A user's file adds to the built-in Swedish lists.
    QVERIFY(testutil::writeFile(dir + QStringLiteral("/sv.json"),
                                QStringLiteral("{\"concepts\": {\"employees\": [\"svetsare\"]}}").toUtf8()));
    Lexicon::reload();
    const auto lexicon = Lexicon::forLanguage(QStringLiteral("sv"));
    QCOMPARE(findQuantities(sentence, *lexicon).first().conceptId, QStringLiteral("employees"));
    QVERIFY(lexicon->scales.contains(QStringLiteral("miljoner"))); // the built-in lists stay
    QFile::remove(dir + QStringLiteral("/sv.json"));
    Lexicon::reload();
}

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
