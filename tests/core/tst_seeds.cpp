// Imports the real articles in ../shared/corpus/seeds when they are there (read in place,
// never copied into the project) and checks what a reader would check.
#include "ingest/importer.h"
#include "testutil.h"

#include <QTest>

using namespace lectern;

class TestSeeds : public QObject
{
    Q_OBJECT

private slots:
    void seeds_data();
    void seeds();
    void koreanSourceLineIsMarked();
};

void TestSeeds::seeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("lastWords");   // the end of the article proper
    QTest::addColumn<QStringList>("gone");    // boilerplate that must not be in the text
    if (!QDir(testutil::seedsDir()).exists())
        return;
    QTest::newRow("000 english with korean source line") << "000_241115a8c0a91aec.txt"
        << "Amazon Advances AI Integration with Planned Reduction of 30,000 Corporate Jobs" << "en"
        << "will reign supreme." << QStringList();
    QTest::newRow("001 newsletter tail") << "001_ffa34ac4901374cc.txt"
        << "Amazon Cuts 14,000 Jobs in AI Push for $8B Savings and Efficiency" << "en"
        << "shaping the future of work in profound ways."
        << QStringList{"Subscribe", "Newsletter", "Advertise with Us", "media kit", "Notice an error"};
    QTest::newRow("002 related links") << "002_3ece76346428b223.txt"
        << "Amazon Removes Self-Checkout Systems, Trims Hundreds of Jobs in AWS, Retail Tech in Strategic Realignment"
        << "en" << "amidst evolving market dynamics."
        << QStringList{"READ ALSO", "RELATED ARTICLE", "Real Time Analytics", "Photo :"};
    QTest::newRow("003 danish job ads") << "003_4a9f7d0bd879540e.txt"
        << "Amazon renser ud i toppen – nu bliver også de højtlønnede medarbejdere erstattet af robotter"
        << "da" << "130.000 nye job."
        << QStringList{"Læs også", "Computerworld Summit", "Nyt job", "Navnenyt", "Seniorudvikler"};
}

void TestSeeds::seeds()
{
    if (!QDir(testutil::seedsDir()).exists())
        QSKIP("../shared/corpus/seeds is not here");
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, lang);
    QFETCH(QString, lastWords);
    QFETCH(QStringList, gone);
    const NewArticle article = importer::prepareFile(testutil::seedsDir() + QLatin1Char('/') + file);
    QCOMPARE(article.content.meta.title, title);
    QCOMPARE(article.content.meta.lang, lang);
    QVERIFY2(article.content.text.endsWith(lastWords), qPrintable(article.content.text.right(200)));
    for (const QString &word : gone)
        QVERIFY2(!article.content.text.contains(word), qPrintable(word));
}

void TestSeeds::koreanSourceLineIsMarked()
{
    if (!QDir(testutil::seedsDir()).exists())
        QSKIP("../shared/corpus/seeds is not here");
    const NewArticle article = importer::prepareFile(testutil::seedsDir() + QStringLiteral("/000_241115a8c0a91aec.txt"));
    QCOMPARE(article.content.meta.outlet, QStringLiteral("Block Media"));
    int korean = 0;
    for (const Block &block : article.content.blocks) {
        const QString text = article.content.text.mid(block.start, block.end - block.start);
        if (block.lang == QLatin1String("ko")) {
            ++korean;
            QVERIFY2(text.startsWith(QStringLiteral("출처")), qPrintable(text));
        }
    }
    QCOMPARE(korean, 1);
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
