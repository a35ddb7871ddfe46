#include "ingest/encoding.h"
#include "testutil.h"

#include <QTest>

using namespace lectern;

class TestEncoding : public QObject
{
    Q_OBJECT

private slots:
    void decodesFixtures_data();
    void decodesFixtures();
    void refusesDamagedInput_data();
    void refusesDamagedInput();
    void declaredCharsetIsHonoured();
    void roundTripsThroughIcu();
};

void TestEncoding::decodesFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf-8") << "da.utf8.txt" << "da.utf8.txt";
    QTest::newRow("utf-8 with BOM") << "en.utf-8-bom.txt" << "en.utf8.txt";
    QTest::newRow("utf-16le with BOM") << "de.utf-16le-bom.txt" << "de.utf8.txt";
    QTest::newRow("utf-16be without BOM") << "en.utf-16be.txt" << "en.utf8.txt";
    QTest::newRow("windows-1252") << "da.windows-1252.txt" << "da.utf8.txt";
    QTest::newRow("iso-8859-1") << "da.iso-8859-1.txt" << "da.utf8.txt";
    QTest::newRow("euc-kr") << "ko.euc-kr.txt" << "ko.utf8.txt";
    QTest::newRow("shift_jis") << "ja.shift_jis.txt" << "ja.utf8.txt";
    QTest::newRow("gb18030") << "zh.gb18030.txt" << "zh.utf8.txt";
}

void TestEncoding::decodesFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray bytes = testutil::readFile(testutil::dataPath(QStringLiteral("encodings/") + file));
    QVERIFY(!bytes.isEmpty());
    const encoding::Decoded decoded = encoding::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    const QString want = QString::fromUtf8(testutil::readFile(testutil::dataPath(QStringLiteral("encodings/") + expected)));
    QCOMPARE(decoded.text, want);
}

void TestEncoding::refusesDamagedInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\x10\x00garbage\x00\x01\x02", 18) << "binary";
    QTest::newRow("invalid utf-8 in the middle")
        << QByteArray("Prisen på færgen steg \xff\xfe kraftigt i år, og det mærker øboerne.") << "invalid UTF-8";
    QTest::newRow("truncated utf-8") << QByteArray("Overfarten til Ærø koster nu mere end f\xc3") << "truncated";
}

void TestEncoding::refusesDamagedInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const encoding::Decoded decoded = encoding::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(reason), qPrintable(decoded.error));
    QVERIFY(decoded.text.isEmpty());
}

void TestEncoding::declaredCharsetIsHonoured()
{
    const QString text = QStringLiteral("Die Stadt plant ein Hallenbad für 14 Mio. €.");
    const QByteArray latin9 = encoding::encodeAs(text, "ISO-8859-15");
    QVERIFY(!latin9.isEmpty());
    const encoding::Decoded decoded = encoding::decode(latin9, "iso-8859-15");
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.text, text);
}

void TestEncoding::roundTripsThroughIcu()
{
    const QString text = QStringLiteral("시립도서관 야간 개관 · 市営バス深夜便");
    QCOMPARE(encoding::decodeAs(encoding::encodeAs(text, "UTF-16BE"), "UTF-16BE").text, text);
    qsizetype bad = -1;
    QVERIFY(encoding::isValidUtf8(text.toUtf8()));
    QVERIFY(!encoding::isValidUtf8(QByteArray("ab\xed\xa0\x80"), &bad)); // an encoded surrogate
    QCOMPARE(bad, 2);
}

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
