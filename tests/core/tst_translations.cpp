// Every shipped translation is complete: no unfinished, vanished or obsolete entries, every
// plural has its language's forms, and every placeholder of the source is kept. Run translations/update.sh after changing UI strings.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
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
    const QStringList files = dir.entryList({QStringLiteral("*.ts")});
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    // The languages issue 7 promises, each shipped.
    for (const char *lang : {"en", "da", "de", "fr", "es", "ko", "ja", "ar"})
        QVERIFY2(files.contains(QStringLiteral("lectern_%1.ts").arg(QLatin1String(lang))), lang);
}

// The placeholders a text uses (%1 ... %9, %n), in order and without repeats.
static QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression marker(QStringLiteral("%[1-9n]"));
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

// Qt's plural forms per language (lrelease's rules): one for ko and ja, six for ar.
static int pluralForms(const QString &language)
{
    if (language.startsWith(QLatin1String("ko")) || language.startsWith(QLatin1String("ja")))
        return 1;
    if (language.startsWith(QLatin1String("ar")))
        return 6;
    return 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString language;
    QString source;
    bool numerus = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(type, source);
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement())
                    forms << xml.readElementText();
                if (forms.size() != pluralForms(language))
                    problems << QStringLiteral("%1 plural forms, %2 expected: %3")
                                    .arg(forms.size()).arg(pluralForms(language)).arg(source);
            } else {
                forms << xml.readElementText();
            }
            QStringList wanted = placeholders(source);
            for (const QString &form : std::as_const(forms)) {
                if (form.trimmed().isEmpty() && !source.trimmed().isEmpty())
                    problems << QStringLiteral("empty: %1").arg(source);
                // A plural form may spell its number out ("one article"), so %n may be missing.
                QStringList have = placeholders(form);
                if (numerus && !have.contains(QLatin1String("%n")))
                    have = (have << QStringLiteral("%n")), have.sort();
                if (type.isEmpty() && have != wanted)
                    problems << QStringLiteral("placeholders %1 instead of %2: %3")
                                    .arg(have.join(u' '), wanted.join(u' '), source);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!language.isEmpty());
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
