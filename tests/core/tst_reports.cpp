// The paginated reports (PDF, ODT) and the HTML report from the hostile project: text that
// extracts as written in every script, overlapping highlights, layout an editor can send on.
#include "hostileproject.h"
#include "report/book.h"
#include "report/exporter.h"
#include "report/odtwriter.h"
#include "report/ziparchive.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

using namespace lectern;

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overlapsAreSplitIntoSegments();
    void pdfTextIsWhatWasWritten_data();
    void pdfTextIsWhatWasWritten();
    void pdfLaysOutForAnEditor();
    void odtCarriesColoursDirectionAndPageNumbers();

private:
    QByteArray exported(const QString &format, const ReportScope &scope, const QString &name);
    QString pdfText(const QString &path, int firstPage = 1);
    QTemporaryDir m_dir;
    ProjectDocument m_project;
    hostile::Project m_ids;
};

void TestReports::initTestCase()
{
    QVERIFY(hostile::build(m_project, m_dir.filePath(QStringLiteral("hostile.lectern")), m_ids));
}

QByteArray TestReports::exported(const QString &format, const ReportScope &scope, const QString &name)
{
    QString error;
    const QString path = m_dir.filePath(name);
    if (!exporter::exportReport(m_project, format, path, scope, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return testutil::readFile(path);
}

QString TestReports::pdfText(const QString &path, int firstPage)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-f"), QString::number(firstPage), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReports::overlapsAreSplitIntoSegments()
{
    // "rise by 12% from April" is under a (Economy/Figures) and b (Politics/Figures); after
    // a ends, b's colour goes on alone; inside c, d adds its own.
    const Report report = buildReport(m_project, {});
    const ReportArticle *en = nullptr;
    for (const ReportArticle &a : report.articles)
        if (a.meta.id == m_ids.articles.value(QStringLiteral("en")))
            en = &a;
    QVERIFY(en);
    QList<const Annotation *> notes;
    const QList<book::Run> runs = book::markedRuns(report, *en, 0, int(en->text.size()), notes);
    const QColor red(QStringLiteral("#e15759")), orange(QStringLiteral("#f28e2b")), purple(QStringLiteral("#b07aa1"));
    const auto colourOf = [&](const QString &piece) {
        for (const book::Run &r : runs)
            if (r.text.startsWith(piece))
                return r.background;
        return QColor(Qt::black);
    };
    QCOMPARE(colourOf(QStringLiteral("Ferry fares on the harbour route will ")), book::blend({red}));
    QCOMPARE(colourOf(QStringLiteral("rise by 12% from April")), book::blend({red, orange}));
    QCOMPARE(colourOf(QStringLiteral(", the council said")), book::blend({orange}));
    QCOMPARE(colourOf(QStringLiteral("£4.5m")), book::blend({purple, red, purple})); // c, d and the cut quote
    QVERIFY(!colourOf(QStringLiteral(" on the quay")).isValid()); // after the last highlight ends
    // A note number stands where its annotation ends, once.
    int numbers = 0;
    for (const book::Run &r : runs)
        numbers += r.footnote > 0;
    QCOMPARE(numbers, int(notes.size()));
    QCOMPARE(notes.size(), 5);
    // The HTML report never nests highlights: every <mark> closes before the next opens.
    const QString html = QString::fromUtf8(exported(QStringLiteral("html"), {}, QStringLiteral("r.html")));
    static const QRegularExpression nested(QStringLiteral("<mark[^>]*>[^<]*<mark"));
    QVERIFY(html.contains(QStringLiteral("<mark")));
    QVERIFY(!nested.match(html).hasMatch());
}

void TestReports::pdfTextIsWhatWasWritten_data()
{
    QTest::addColumn<QString>("lang");
    for (const char *lang : {"en", "da", "de", "ko", "ja", "zh", "ar"})
        QTest::newRow(lang) << QString::fromLatin1(lang);
}

// What pdftotext gives back, normalised to NFC and without the white space it adds at line
// ends, is the article's text: ideographs, not Kangxi radicals; characters outside the BMP.
void TestReports::pdfTextIsWhatWasWritten()
{
    QFETCH(QString, lang);
    ReportScope scope;
    scope.articleIds = {m_ids.articles.value(lang)};
    scope.notes = scope.claims = scope.links = scope.matrix = scope.tagIndex = false;
    QVERIFY(exported(QStringLiteral("pdf"), scope, lang + QStringLiteral(".pdf")).startsWith("%PDF-"));
    const QString raw = pdfText(m_dir.filePath(lang + QStringLiteral(".pdf")), 3);
    if (raw.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    static const QRegularExpression space(QStringLiteral("[\\s\\x{200e}\\x{200f}\\x{202a}-\\x{202e}]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    const auto squeeze = [](QString text) { return text.remove(space).normalized(QString::NormalizationForm_C); };
    const QString extracted = squeeze(raw);
    const qint64 id = m_ids.articles.value(lang);
    const QString text = m_project.articleText(id);
    for (const Block &block : m_project.articleBlocks(id)) {
        const QString paragraph = text.mid(block.start, block.end - block.start);
        if (lang == QLatin1String("ar") && paragraph == m_project.article(id)->title)
            continue; // the heading's bold face joins لى, which pdftotext spells ىل (see the README)
        QVERIFY2(extracted.contains(squeeze(paragraph)), qPrintable(QStringLiteral("%1\nnot in\n%2").arg(paragraph, extracted)));
    }
    for (const QChar c : raw)
        QVERIFY2(!(c.unicode() >= 0xFB50 && c.unicode() <= 0xFDFF) && !(c.unicode() >= 0xFE70 && c.unicode() <= 0xFEFF),
                 qPrintable(QStringLiteral("presentation form U+%1").arg(c.unicode(), 4, 16)));
    for (const QChar c : raw)
        QVERIFY2(!(c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF) && c.unicode() != 0x2027,
                 qPrintable(QStringLiteral("U+%1 in the extracted text").arg(c.unicode(), 4, 16)));
    // The title once, as the heading: not again as the first line of the text.
    if (lang != QLatin1String("ar"))
        QCOMPARE(extracted.count(squeeze(m_project.article(id)->title)), 1);
    if (lang == QLatin1String("en")) {
        QVERIFY(raw.contains(QStringLiteral("𠮷")));
        QVERIFY(raw.contains(QStringLiteral("😀")));
    }
}

void TestReports::pdfLaysOutForAnEditor()
{
    QVERIFY(exported(QStringLiteral("pdf"), {}, QStringLiteral("report.pdf")).startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    auto document = Poppler::Document::load(path);
    QVERIFY(document);
    const int pages = document->numPages();
    QVERIFY(pages >= 4);
    // The title page, then the contents with the page of each article.
    QVERIFY(document->page(0)->text({}).contains(QStringLiteral("7 articles")) || document->page(0)->text({}).contains(QStringLiteral("7 article")));
    // Each contents entry links to its heading's page and gives that page's number.
    std::unique_ptr<Poppler::Page> contentsPage = document->page(1);
    const QSizeF size = contentsPage->pageSizeF();
    int entries = 0;
    for (const auto &link : contentsPage->links()) {
        if (link->linkType() != Poppler::Link::Goto)
            continue;
        const int target = static_cast<const Poppler::LinkGoto *>(link.get())->destination().pageNumber();
        QRectF area = link->linkArea().normalized();
        area = QRectF(area.left() * size.width(), area.top() * size.height(), size.width(), area.height() * size.height());
        const QString entry = contentsPage->text(area).simplified();
        QVERIFY2(entry.endsWith(QStringLiteral(" %1").arg(target)), qPrintable(QStringLiteral("%1 → %2").arg(entry).arg(target)));
        const QString start = entry.section(QLatin1Char(' '), 0, -2).left(16).remove(QLatin1Char(' '));
        if (!start.contains(QRegularExpression(QStringLiteral("\\p{Arabic}"))))
            QVERIFY2(document->page(target - 1)->text({}).remove(QRegularExpression(QStringLiteral("\\s"))).contains(start),
                     qPrintable(entry + QLatin1Char('\n') + document->page(target - 1)->text({})));
        ++entries;
    }
    QVERIFY(entries >= 7 + 2); // the articles, the links, the tag index
    // Readers see labels, never keys.
    const QString all = pdfText(path);
    if (!all.isEmpty()) {
        for (const char *key : {"duration:", "currency:", "translation_of", "quantity", "same_claim"})
            QVERIFY2(!all.contains(QLatin1String(key)), key);
        QVERIFY(all.contains(QStringLiteral("translation of")));
    }
    // Right-to-left paragraphs end at the right margin; no heading is the last line of a page.
    const QStringList headings{QStringLiteral("Notes"), QStringLiteral("Claims"), QStringLiteral("Links"),
                               QStringLiteral("Tag index"), QStringLiteral("Sources matrix")};
    bool sawArabic = false;
    for (int p = 2; p < pages; ++p) {
        std::unique_ptr<Poppler::Page> page = document->page(p);
        const double width = page->pageSizeF().width();
        double lastY = -1;
        QString lastLine;
        for (const auto &box : page->textList()) {
            if (box->boundingBox().top() > lastY + 2) {
                lastY = box->boundingBox().top();
                lastLine = box->text();
            } else if (box->boundingBox().top() >= lastY - 2) {
                lastLine += QLatin1Char(' ') + box->text();
            }
            // A word of a body paragraph only; poppler gives a right-to-left word's letters
            // in the order they stand on the page.
            if (box->text() == QStringLiteral("الربيع") || box->text() == QStringLiteral("عيبرلا")) {
                sawArabic = true;
                double right = 0;
                for (const auto &other : page->textList())
                    if (std::abs(other->boundingBox().top() - box->boundingBox().top()) < 2)
                        right = std::max(right, other->boundingBox().right());
                QVERIFY2(right > width - 60, qPrintable(QString::number(right)));
            }
        }
        QVERIFY2(!headings.contains(lastLine.trimmed()), qPrintable(QStringLiteral("page %1 ends with %2").arg(p + 1).arg(lastLine)));
    }
    QVERIFY(sawArabic);
}

void TestReports::odtCarriesColoursDirectionAndPageNumbers()
{
    const QByteArray odt = exported(QStringLiteral("odt"), {}, QStringLiteral("report.odt"));
    QString error;
    const QList<ziparchive::Entry> entries = ziparchive::read(odt, {}, &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    QCOMPARE(entries.first().name, QStringLiteral("mimetype"));
    QHash<QString, QString> files;
    for (const ziparchive::Entry &e : entries)
        files.insert(e.name, QString::fromUtf8(e.data));
    QVERIFY(files.value(QStringLiteral("styles.xml")).contains(QStringLiteral("<text:page-number")));
    // Every style read: highlight colours are opaque blends; Arabic paragraphs run right to left.
    QXmlStreamReader xml(files.value(QStringLiteral("content.xml")));
    QHash<QString, QString> writingMode, language;
    QSet<QString> backgrounds;
    QString style;
    QSet<QString> arabicStyles;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == QLatin1String("style"))
            style = attrs.value(QLatin1String("style:name")).toString();
        if (xml.name() == QLatin1String("paragraph-properties"))
            writingMode[style] = attrs.value(QLatin1String("style:writing-mode")).toString();
        if (xml.name() == QLatin1String("text-properties")) {
            if (attrs.hasAttribute(QLatin1String("fo:background-color")))
                backgrounds.insert(attrs.value(QLatin1String("fo:background-color")).toString());
            language[style] = attrs.value(QLatin1String("style:language-complex")).toString();
        }
        if ((xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h")) && !xml.isEndElement()) {
            const QString name = attrs.value(QLatin1String("text:style-name")).toString();
            if (language.value(name) == QLatin1String("ar"))
                arabicStyles.insert(name);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(!arabicStyles.isEmpty());
    for (const QString &name : std::as_const(arabicStyles))
        QCOMPARE(writingMode.value(name), QStringLiteral("rl-tb"));
    const QColor red(QStringLiteral("#e15759")), orange(QStringLiteral("#f28e2b"));
    for (const QColor &expected : {book::blend({red}), book::blend({red, orange}), book::blend({orange})})
        QVERIFY2(backgrounds.contains(expected.name()), qPrintable(expected.name()));
    for (const QString &b : std::as_const(backgrounds))
        QVERIFY2(QRegularExpression(QStringLiteral("^#[0-9a-f]{6}$")).match(b).hasMatch(), qPrintable(b));
    QVERIFY(!backgrounds.contains(red.name())); // never the saturated tag colour behind text
    QVERIFY(files.value(QStringLiteral("content.xml")).contains(QStringLiteral("text:table-of-content")));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
