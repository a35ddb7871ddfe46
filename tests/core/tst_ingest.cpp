#include "ingest/formats.h"
#include "ingest/importer.h"
#include "ingest/importjob.h"
#include "ingest/parseddocument.h"
#include "ingest/textcleanup.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "testutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTest>
#include <QTextDocument>

using namespace lectern;

class TestIngest : public QObject
{
    Q_OBJECT

private slots:
    void goldenFixtures_data();
    void goldenFixtures();
    void pdfKeepsParagraphs();
    void badInputIsRefusedByName_data();
    void badInputIsRefusedByName();
    void tooLargeFileIsNotRead();
    void unreadableFileIsNamed();
    void boilerplateTailIsCut_data();
    void boilerplateTailIsCut();
    void datesAreRead_data();
    void datesAreRead();
    void folderImportGoesOnPastFailures();
    void failedImportLeavesProjectUnchanged();

private:
    QByteArray makePdf(const QString &html);
    QTemporaryDir m_dir;
};

void TestIngest::goldenFixtures_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QDirIterator it(testutil::dataPath(QStringLiteral("import")), {QStringLiteral("*.expected.json")});
    while (it.hasNext()) {
        const QString expected = it.next();
        const QString stem = expected.chopped(int(qstrlen(".expected.json")));
        for (const char *suffix : {".txt", ".html", ".md"}) {
            if (QFile::exists(stem + QLatin1String(suffix)))
                QTest::newRow(qPrintable(QFileInfo(stem).fileName())) << stem + QLatin1String(suffix) << expected;
        }
    }
}

void TestIngest::goldenFixtures()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QJsonObject want = QJsonDocument::fromJson(testutil::readFile(expected)).object();
    const NewArticle article = importer::prepareFile(input);
    const ArticleMeta &meta = article.content.meta;
    auto field = [&want](const char *key) { return want.value(QLatin1String(key)).toString(); };
    QCOMPARE(meta.title, field("title"));
    QCOMPARE(meta.byline, field("byline"));
    QCOMPARE(meta.outlet, field("outlet"));
    QCOMPARE(meta.published, field("published"));
    QCOMPARE(meta.lang, field("lang"));
    QCOMPARE(meta.format, field("format"));
    QCOMPARE(article.content.text, field("text"));
    const QJsonArray blocks = want.value(QLatin1String("blocks")).toArray();
    QCOMPARE(article.content.blocks.size(), blocks.size());
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &block = article.content.blocks[i];
        QCOMPARE(blockKindName(block.kind), blocks[i].toArray().at(0).toString());
        QCOMPARE(block.lang.isEmpty() ? meta.lang : block.lang, blocks[i].toArray().at(1).toString());
        // Blocks tile the text: "\n\n" between them, nothing else.
        const int next = i + 1 < article.content.blocks.size() ? article.content.blocks[i + 1].start
                                                               : int(article.content.text.size()) + 2;
        QCOMPARE(next - block.end, 2);
    }
}

QByteArray TestIngest::makePdf(const QString &html)
{
    const QString path = m_dir.filePath(QStringLiteral("made.pdf"));
    {
        QPdfWriter writer(path);
        writer.setTitle(QStringLiteral("Harbour dredging delayed again"));
        writer.setCreator(QStringLiteral("Lectern tests"));
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    return testutil::readFile(path);
}

void TestIngest::pdfKeepsParagraphs()
{
    const QString first = QStringLiteral(
        "The harbour authority has postponed the dredging of the inner basin for the third time, "
        "citing a shortage of equipment and a dispute with the contractor over the price of the work.");
    const QString second = QStringLiteral(
        "Fishermen say the delay leaves the channel too shallow for larger boats at low tide, and "
        "that two vessels ran aground in January.");
    const QByteArray pdf = makePdf(QStringLiteral("<h1>Harbour dredging delayed again</h1><p>%1</p><p>%2</p>").arg(first, second));
    const NewArticle article = importer::prepareBytes(pdf, QStringLiteral("dredging.pdf"), importer::Format::Pdf);
    QCOMPARE(article.content.meta.title, QStringLiteral("Harbour dredging delayed again"));
    QCOMPARE(article.content.meta.lang, QStringLiteral("en"));
    QCOMPARE(article.content.meta.format, QStringLiteral("pdf"));
    QVERIFY2(article.content.text.contains(first), qPrintable(article.content.text));
    QVERIFY2(article.content.text.contains(second), qPrintable(article.content.text));
    QVERIFY(article.content.text.indexOf(first) < article.content.text.indexOf(second));
}

void TestIngest::badInputIsRefusedByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "empty.txt" << QByteArray() << "empty";
    QTest::newRow("only white space") << "blank.txt" << QByteArray(" \n\t\n ") << "empty";
    QTest::newRow("binary") << "image.txt" << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", 18) << "binary";
    QTest::newRow("invalid utf-8") << "broken.txt"
        << QByteArray("Færgen sejler igen i morgen \xc3\x28 efter stormen, oplyser rederiet til avisen.") << "invalid UTF-8";
    QTest::newRow("not an article") << "nav.html"
        << QByteArray("<html><body><nav><a href=/>Home</a><a href=/x>News</a></nav><footer>© 2026</footer></body></html>")
        << "no article text";
    QTest::newRow("too few words") << "short.txt" << QByteArray("Hello there.") << "no article text";
    QTest::newRow("truncated pdf") << "cut.pdf" << QByteArray("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R") << "PDF";
    QByteArray deep = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    deep += "Deep text that nobody can read in a sane way at all, really.</body></html>";
    QTest::newRow("nested 100000 deep") << "deep.html" << deep << "nested";
}

void TestIngest::badInputIsRefusedByName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(name);
    QVERIFY(testutil::writeFile(path, bytes));
    try {
        importer::prepareFile(path);
        QFAIL("the file was accepted");
    } catch (const ImportError &error) {
        QVERIFY2(error.reason().contains(reason, Qt::CaseInsensitive), qPrintable(error.reason()));
    }
}

void TestIngest::tooLargeFileIsNotRead()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(200LL * 1024 * 1024)); // sparse: costs no disk
    file.close();
    try {
        importer::prepareFile(path);
        QFAIL("a 200 MB file was accepted");
    } catch (const ImportError &error) {
        QVERIFY2(error.reason().contains(QStringLiteral("too large")), qPrintable(error.reason()));
    }
}

void TestIngest::unreadableFileIsNamed()
{
    const QString path = m_dir.filePath(QStringLiteral("secret.txt"));
    QVERIFY(testutil::writeFile(path, "Some words that would make an article if anyone could read them."));
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as root: permissions do not stop reading");
    try {
        importer::prepareFile(path);
        QFAIL("an unreadable file was accepted");
    } catch (const ImportError &error) {
        QVERIFY2(error.reason().contains(QStringLiteral("cannot read")), qPrintable(error.reason()));
    }
}

void TestIngest::boilerplateTailIsCut_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("lastKept");
    const QString body = QStringLiteral(
        "Headline about the harbour\n\n"
        "The harbour authority said on Monday that the new quay will open in May, two months later than planned.\n\n"
        "The delay was caused by a shortage of steel, according to the contractor, which expects costs to rise.\n\n");
    QTest::newRow("newsletter") << body + QStringLiteral(
        "Subscribe to our newsletter\n\nGet the morning briefing in your inbox\n\nAdvertise with us") << "expects costs to rise.";
    QTest::newRow("danish job ads") << body + QStringLiteral(
        "Læs også: Havnen får ny direktør\n\nLedige job\n\nProjektleder til havnen\n\nAarhus\n\nIngeniør\n\nEsbjerg") << "expects costs to rise.";
    QTest::newRow("clean article") << body + QStringLiteral("Work on the quay began in 2024.") << "Work on the quay began in 2024.";
    QTest::newRow("short closing lines stay") << body + QStringLiteral("- Quay length: 400 m\n\n- Depth: 12 m") << "- Depth: 12 m";
}

void TestIngest::boilerplateTailIsCut()
{
    QFETCH(QString, text);
    QFETCH(QString, lastKept);
    QList<RawBlock> blocks = cleanup::blocksFromPlainText(text);
    cleanup::removeBoilerplate(blocks);
    QVERIFY(!blocks.isEmpty());
    QVERIFY2(blocks.last().text.endsWith(lastKept), qPrintable(blocks.last().text));
}

void TestIngest::datesAreRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::newRow("iso") << "Published 2026-03-04 08:00" << "2026-03-04";
    QTest::newRow("english") << "March 4, 2026" << "2026-03-04";
    QTest::newRow("british") << "4 March 2026" << "2026-03-04";
    QTest::newRow("danish") << "4. marts 2026" << "2026-03-04";
    QTest::newRow("german") << "4. März 2026" << "2026-03-04";
    QTest::newRow("french") << "4 mars 2026" << "2026-03-04";
    QTest::newRow("korean") << "2026년 3월 4일" << "2026-03-04";
    QTest::newRow("japanese") << "2026年3月4日" << "2026-03-04";
    QTest::newRow("not a date") << "4 ships in 2026" << "";
    QTest::newRow("impossible day") << "2026-02-31" << "";
}

void TestIngest::datesAreRead()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QCOMPARE(cleanup::parseDate(text), iso);
}

void TestIngest::folderImportGoesOnPastFailures()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("sub/deeper"));
    const QByteArray good = testutil::readFile(testutil::dataPath(QStringLiteral("import/japanese.txt")));
    QVERIFY(testutil::writeFile(dir.filePath(QStringLiteral("a.txt")), good));
    QVERIFY(testutil::writeFile(dir.filePath(QStringLiteral("sub/copy.txt")), good)); // duplicate
    QVERIFY(testutil::writeFile(dir.filePath(QStringLiteral("sub/bad.txt")), QByteArray("\x00\x01\x02\x03", 4)));
    QVERIFY(QFile::copy(testutil::dataPath(QStringLiteral("import/arabic.html")), dir.filePath(QStringLiteral("sub/deeper/ar.html"))));
    QVERIFY(testutil::writeFile(dir.filePath(QStringLiteral("sub/notes.csv")), "a,b\n")); // not a known format

    Database db;
    db.openInMemory();
    schema::migrate(db);
    ImportJob job(db);
    job.setBatchSize(2);
    int progressCalls = 0;
    job.setProgress([&](int done, int total, const ImportOutcome &) {
        ++progressCalls;
        QVERIFY(done <= total);
    });
    const QList<ImportOutcome> outcomes = job.run({dir.path(), dir.filePath(QStringLiteral("missing.txt"))});
    QCOMPARE(outcomes.size(), 6);
    QCOMPARE(progressCalls, 6);
    QMap<QString, ImportOutcome::Status> byName;
    for (const ImportOutcome &o : outcomes)
        byName.insert(QFileInfo(o.path).fileName(), o.status);
    QCOMPARE(byName.value(QStringLiteral("a.txt")), ImportOutcome::Status::Imported);
    QCOMPARE(byName.value(QStringLiteral("copy.txt")), ImportOutcome::Status::Duplicate);
    QCOMPARE(byName.value(QStringLiteral("bad.txt")), ImportOutcome::Status::Failed);
    QCOMPARE(byName.value(QStringLiteral("ar.html")), ImportOutcome::Status::Imported);
    QCOMPARE(byName.value(QStringLiteral("missing.txt")), ImportOutcome::Status::Failed);
    QCOMPARE(byName.value(QStringLiteral("notes.csv")), ImportOutcome::Status::Skipped);
    QCOMPARE(ArticleRepository(db).count(), 2);
    QCOMPARE(job.importedIds().size(), 2);
}

void TestIngest::failedImportLeavesProjectUnchanged()
{
    Database db;
    db.openInMemory();
    schema::migrate(db);
    ImportJob first(db);
    first.run({testutil::dataPath(QStringLiteral("import/arabic.html"))});
    const QString before = ArticleRepository(db).text(1);
    QVERIFY(testutil::writeFile(m_dir.filePath(QStringLiteral("junk.html")), QByteArray(3000, '\x01')));
    ImportJob second(db);
    const auto outcomes = second.run({m_dir.filePath(QStringLiteral("junk.html")),
                                      testutil::dataPath(QStringLiteral("import/arabic.html"))});
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes[0].status, ImportOutcome::Status::Failed);
    QCOMPARE(outcomes[1].status, ImportOutcome::Status::Duplicate);
    QCOMPARE(ArticleRepository(db).count(), 1);
    QCOMPARE(ArticleRepository(db).text(1), before);
}

QTEST_MAIN(TestIngest)
#include "tst_ingest.moc"
