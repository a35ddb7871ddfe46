// Every shipped translation is complete: no unfinished, vanished or obsolete entries, and
// every plural has its forms. Run translations/update.sh after changing UI strings.
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(LECTERN_SOURCE_DIR "/translations"));
    for (const QString &file : dir.entryList({QStringLiteral("*.ts")}))
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    QVERIFY(dir.entryList({QStringLiteral("*.ts")}).contains(QStringLiteral("lectern_da.ts")));
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(type, source);
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty() && !source.trimmed().isEmpty())
                problems << QStringLiteral("empty: %1").arg(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
