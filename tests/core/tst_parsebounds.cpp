// Every parse is bounded (issue 11): the shapes an outsider used to crash or stall the
// import, each a regression test. Slow cases are checked by a ratio to a small input in the
// same run, or by the budget's refusal, never by a fixed time.
#include "ingest/formats.h"
#include "ingest/importer.h"
#include "ingest/importjob.h"
#include "ingest/parseddocument.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QStringConverter>
#include <QTest>

#include <ctime>

using namespace lectern;

class TestParseBounds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void htmlSelfClosingFloodIsRefused_data();
    void htmlSelfClosingFloodIsRefused();
    void htmlNestingFollowsTheParser_data();
    void htmlNestingFollowsTheParser();
    void htmlManyAttributesAreRefused();
    void crashingFileDoesNotStopTheOthers();
    void longLineImportsInLinearTime_data();
    void longLineImportsInLinearTime();
    void overlappingPdfTextStopsAtTheBudget();
    void japaneseUtf16WithoutBomIsText();
};

static QString refusal(const QByteArray &bytes, const QString &name)
{
    try {
        importer::prepareBytes(bytes, name, importer::detectFormat(name, bytes));
    } catch (const ImportError &e) {
        return e.reason();
    }
    return {};
}

static QByteArray article()
{
    return "<p>The harbour authority said on Tuesday that 1,200 jobs would go by the end of the year.</p>";
}

void TestParseBounds::init()
{
    qunsetenv("LECTERN_PARSE_BUDGET_MS");
}

void TestParseBounds::htmlSelfClosingFloodIsRefused_data()
{
    QTest::addColumn<QByteArray>("flood");
    // HTML5 ignores the slash on non-void elements: each of these opens an element.
    QTest::newRow("1,000,000 <span/>") << QByteArray("<span/>").repeated(1000000);
    QTest::newRow("20,000 <div/>") << QByteArray("<div/>").repeated(20000);
    QTest::newRow("<div></x> (an end tag of no open element)") << QByteArray("<div></x>").repeated(100000);
    QTest::newRow("<x><div></x> (a special element between)") << QByteArray("<x><div></x>").repeated(100000);
    QTest::newRow("</SCRIPT> in capitals") << QByteArray("<script>x</SCRIPT>") + QByteArray("<i/>").repeated(10000);
}

void TestParseBounds::htmlSelfClosingFloodIsRefused()
{
    QFETCH(QByteArray, flood);
    const QByteArray page = "<html><body>" + article() + flood + "</body></html>";
    QVERIFY(formats::htmlNestingDepth(page) > 4096);
    QVERIFY2(refusal(page, "flood.html").contains("nested"), qPrintable(refusal(page, "flood.html")));
}

void TestParseBounds::htmlNestingFollowsTheParser_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("depth");
    QTest::newRow("void elements") << QByteArray("<div><br/><img><hr></div>") << 1;
    QTest::newRow("unclosed paragraphs are siblings") << QByteArray("<p>a").repeated(10000) << 1;
    QTest::newRow("self-closing svg children") << QByteArray("<svg>") + QByteArray("<path/>").repeated(5000) + "</svg>" << 1;
    QTest::newRow("stray end tags") << QByteArray("<div></span></b></div>") << 1;
    QTest::newRow("comments and scripts hold no tags") << QByteArray("<!-- <div><div> --><script><div><div></script>") << 1;
    QTest::newRow("nested") << QByteArray("<div><section><p>x</p></section></div>") << 3;
}

void TestParseBounds::htmlNestingFollowsTheParser()
{
    QFETCH(QByteArray, html);
    QFETCH(int, depth);
    QCOMPARE(formats::htmlNestingDepth(html), depth);
}

void TestParseBounds::htmlManyAttributesAreRefused()
{
    QByteArray attributes;
    for (int i = 0; i < 100000; ++i)
        attributes += " a" + QByteArray::number(i) + "=1";
    const QByteArray page = "<html><body><p" + attributes + ">" + article() + "</p></body></html>";
    QVERIFY2(refusal(page, "attributes.html").contains("100000 attributes"), qPrintable(refusal(page, "attributes.html")));
}

void TestParseBounds::crashingFileDoesNotStopTheOthers()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath("spans.html"), good = dir.filePath("good.html");
    QVERIFY(testutil::writeFile(bad, "<html><body>" + article() + QByteArray("<span/>").repeated(1000000)));
    QVERIFY(testutil::writeFile(good, "<html><body>" + article() + "</body></html>"));
    Database db;
    db.openInMemory();
    schema::migrate(db);
    const QList<ImportOutcome> outcomes = ImportJob(db).run({bad, good});
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes[0].status, ImportOutcome::Status::Failed);
    QCOMPARE(outcomes[1].status, ImportOutcome::Status::Imported);
}

void TestParseBounds::longLineImportsInLinearTime_data()
{
    QTest::addColumn<QByteArray>("unit");
    // Attribution verbs and capitalised names throughout: the claimant search once scanned
    // the whole sentence again for every one of them.
    QTest::newRow("10 MB single line") << QByteArray("Reuters said that Henrik Vestergaard told Bloomberg 14,000 jobs would go and ");
    // No spaces and no full stops: one "sentence" of ten million characters.
    QTest::newRow("10 MB without spaces") << QString("東京都は市営バスの深夜便を試験的に運行すると発表した利用者約三千人").toUtf8();
}

static double cpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void TestParseBounds::longLineImportsInLinearTime()
{
    QFETCH(QByteArray, unit);
    qputenv("LECTERN_PARSE_BUDGET_MS", "600000"); // sanitizer builds are slow; the ratio is the test
    auto cost = [&](qsizetype bytes) {
        const QByteArray text = unit.repeated(bytes / unit.size());
        const double start = cpuSeconds();
        const NewArticle prepared = importer::prepareBytes(text, "line.txt", importer::Format::Text);
        const double spent = cpuSeconds() - start;
        return std::pair{spent, prepared.content.text.size()};
    };
    const auto [small, smallLength] = cost(1000000);
    const auto [large, largeLength] = cost(10000000);
    QVERIFY(largeLength > smallLength * 9);
    const double ratio = large / std::max(small, 1e-3);
    qInfo("1 MB: %.2f s, 10 MB: %.2f s of CPU, ratio %.1f (linear: 10, quadratic: 100)", small, large, ratio);
    QVERIFY2(ratio < 25, qPrintable(QString("ratio %1").arg(ratio)));
}

// A small PDF whose one page draws the same line at the same spot `times` times.
static QByteArray overlappingPdf(int times)
{
    const QByteArray content = QByteArray("BT /F1 12 Tf 72 700 Td (The same words drawn again at one spot) Tj ET\n").repeated(times);
    const QByteArray stream = qCompress(content, 9).mid(4); // a zlib stream without Qt's length prefix
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " /Filter /FlateDecode >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void TestParseBounds::overlappingPdfTextStopsAtTheBudget()
{
    const QByteArray pdf = overlappingPdf(40000);
    QVERIFY(pdf.size() < 16 * 1024); // a small file ...
    qputenv("LECTERN_PARSE_BUDGET_MS", "1000");
    QElapsedTimer clock;
    clock.start();
    const QString reason = refusal(pdf, "overlap.pdf"); // ... that would take minutes
    QVERIFY2(reason.contains("took longer than the 1 seconds"), qPrintable(reason));
    qInfo("refused after %lld ms", clock.elapsed());
}

void TestParseBounds::japaneseUtf16WithoutBomIsText()
{
    const QString text = QString::fromUtf8(testutil::readFile(testutil::dataPath("import/japanese.txt")));
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder encode(encoding);
        const QByteArray bytes = encode(text);
        QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));
        const NewArticle prepared = importer::prepareBytes(bytes, "japanese.txt", importer::Format::Text);
        QCOMPARE(prepared.content.meta.lang, QString("ja"));
        QVERIFY(prepared.content.text.contains(QString::fromUtf8("深夜")));
    }
}

QTEST_GUILESS_MAIN(TestParseBounds)
#include "tst_parsebounds.moc"
