// Figures aligned across articles and languages, with verdicts.
#include "analysis/alignment.h"
#include "ingest/importer.h"
#include "testutil.h"

#include <QDirIterator>
#include <QTest>

using namespace lectern;

class TestAlignment : public QObject
{
    Q_OBJECT

private slots:
    void verdicts_data();
    void verdicts();
    void sampleFiguresAlignAcrossLanguages();
    void differentYearsStayApart();
    void seeds();
};

static Quantity figure(double value, const char *bound)
{
    Quantity q;
    q.value = value;
    q.unit = QStringLiteral("count");
    q.conceptId = QStringLiteral("jobs");
    q.bound = QLatin1String(bound);
    return q;
}

void TestAlignment::verdicts_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<QString>("aBound");
    QTest::addColumn<double>("b");
    QTest::addColumn<QString>("bBound");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("up to 30,000 and 14,000") << 30000.0 << "up_to" << 14000.0 << "exact" << "compatible";
    QTest::newRow("14,000 and 30,000 as done") << 14000.0 << "exact" << 30000.0 << "exact" << "conflict";
    QTest::newRow("27,000 twice") << 27000.0 << "at_least" << 27000.0 << "at_least" << "agree";
    QTest::newRow("rounding") << 1550000.0 << "exact" << 1560000.0 << "exact" << "agree";
    QTest::newRow("about 1,000 and 1,100") << 1000.0 << "about" << 1100.0 << "exact" << "compatible";
    QTest::newRow("at least 800 and 1,200") << 800.0 << "at_least" << 1200.0 << "exact" << "compatible";
    QTest::newRow("at most 800 and 1,200") << 800.0 << "at_most" << 1200.0 << "exact" << "conflict";
}

void TestAlignment::verdicts()
{
    QFETCH(double, a);
    QFETCH(QString, aBound);
    QFETCH(double, b);
    QFETCH(QString, bBound);
    QFETCH(QString, verdict);
    AlignedFigure first, second;
    first.articleId = 1;
    first.quantity = figure(a, qPrintable(aBound));
    second.articleId = 2;
    second.quantity = figure(b, qPrintable(bBound));
    QCOMPARE(verdictOf({first, second}), verdict);
    QCOMPARE(verdictOf({first}), QStringLiteral("single"));
}

static QList<AlignmentInput> inputsFrom(const QString &dir)
{
    QList<AlignmentInput> inputs;
    QDirIterator it(dir, QDir::Files);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    qint64 id = 0;
    for (const QString &file : std::as_const(files)) {
        if (!importer::formatForName(file))
            continue;
        const NewArticle article = importer::prepareFile(file);
        inputs.append({++id, article.content.meta.outlet, article.content.meta.title, article.claims});
    }
    return inputs;
}

static const AlignedGroup *groupWith(const QList<AlignedGroup> &groups, const QString &unit, double value)
{
    for (const AlignedGroup &g : groups)
        if (g.unit == unit)
            for (const AlignedFigure &m : g.members)
                if (m.quantity.value == value)
                    return &g;
    return nullptr;
}

void TestAlignment::sampleFiguresAlignAcrossLanguages()
{
    const QList<AlignedGroup> groups = alignFigures(inputsFrom(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")));
    // 3.4 billion kroner, written five ways in five languages, agree.
    const AlignedGroup *kroner = groupWith(groups, QStringLiteral("currency:DKK"), 3.4e9);
    QVERIFY(kroner);
    QCOMPARE(kroner->verdict, QStringLiteral("agree"));
    QSet<QString> langs;
    for (const AlignedFigure &m : kroner->members)
        langs.insert(m.lang);
    QVERIFY2(langs.size() >= 5, qPrintable(QStringList(langs.begin(), langs.end()).join(QLatin1Char(','))));
    // The job figures of all seven outlets form one group, and they disagree.
    const AlignedGroup *jobs = groupWith(groups, QStringLiteral("count"), 1200);
    QVERIFY(jobs);
    QCOMPARE(jobs->conceptId, QStringLiteral("jobs"));
    QSet<qint64> articles;
    for (const AlignedFigure &m : jobs->members)
        articles.insert(m.articleId);
    QCOMPARE(articles.size(), 7);
    QCOMPARE(jobs->verdict, QStringLiteral("conflict"));
    QVERIFY(jobs->why.contains(QStringLiteral("jobs")));
}

void TestAlignment::differentYearsStayApart()
{
    AlignmentInput a{1, QStringLiteral("A"), QStringLiteral("Harbour news"), {}};
    AlignmentInput b{2, QStringLiteral("B"), QStringLiteral("Harbour news"), {}};
    Claim earlier;
    earlier.text = QStringLiteral("The Harbour cut 2,000 jobs in 2019.");
    earlier.lang = QStringLiteral("en");
    earlier.quantities = {figure(2000, "exact")};
    Quantity year;
    year.value = 2019;
    year.unit = QStringLiteral("year");
    earlier.quantities << year;
    Claim now;
    now.text = QStringLiteral("The Harbour cuts 2,000 jobs.");
    now.lang = QStringLiteral("en");
    now.quantities = {figure(2000, "exact")};
    a.claims = {earlier};
    b.claims = {now};
    const QList<AlignedGroup> groups = alignFigures({a, b});
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[0].verdict, QStringLiteral("single"));
}

void TestAlignment::seeds()
{
    if (!QDir(testutil::seedsDir()).exists())
        QSKIP("../shared/corpus/seeds is not here");
    const QList<AlignedGroup> groups = alignFigures(inputsFrom(testutil::seedsDir()));
    const AlignedGroup *earlier = groupWith(groups, QStringLiteral("count"), 27000);
    QVERIFY(earlier);
    QCOMPARE(earlier->verdict, QStringLiteral("agree"));
    QSet<qint64> articles;
    for (const AlignedFigure &m : earlier->members)
        articles.insert(m.articleId);
    QCOMPARE(articles.size(), 2);
    const AlignedGroup *cut = groupWith(groups, QStringLiteral("count"), 30000);
    QVERIFY(cut);
    QCOMPARE(cut, groupWith(groups, QStringLiteral("count"), 14000));
    QCOMPARE(cut->conceptId, QStringLiteral("jobs"));
    QVERIFY(cut != groupWith(groups, QStringLiteral("count"), 16000)); // openings are not cuts
}

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
