// Reports and data files, with hostile text in every field they write.
#include "ingest/importer.h"
#include "project/projectdocument.h"
#include "report/exporter.h"
#include "report/writers.h"
#include "report/book.h"
#include "report/qdpx.h"
#include "report/ziparchive.h"
#include "model/textcut.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>

#include <poppler-qt6.h>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

#include <md4c.h>

using namespace lectern;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void htmlIsSelfContainedAndEscaped();
    void markdownEscapesMarkup();
    void csvNeutralisesFormulas();
    void webAnnotationsFollowTheModel();
    void pdfHasTheTextOfEveryScript();
    void pdfShowsTheHighlights();
    void odtIsAnOpenDocument();
    void failedExportNamesThePath();
    void qdpxPassesTheSchemaChecks();
    void unzipRefusesTraversalAndBombs();
    void astralCharactersAtCutPoints();
    void goldenReports_data();
    void goldenReports();

private:
    QByteArray exported(const QString &format, bool bom = false);
    QTemporaryDir m_dir;
    ProjectDocument m_project;
    const QString m_script = QStringLiteral("<script>alert('x')</script>");
};

void TestExport::initTestCase()
{
    QVERIFY(m_project.create(m_dir.filePath(QStringLiteral("export.lectern")), nullptr));
    m_project.importFiles({testutil::dataPath(QStringLiteral("import"))});
    const qint64 tag = m_project.createTag(QStringLiteral("<b>Figures</b>"), QStringLiteral("#e15759"));
    for (const ArticleMeta &m : m_project.articles()) {
        m_project.addAnnotation(m.id, 0, 12, {tag}, m_script);
        m_project.addAnnotation(m.id, 14, 30, {}, QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"click\")"));
    }
    m_project.addAnnotation(m_project.articles().first().id, 20, 40, {}, QStringLiteral("[click](javascript:alert(1))"));
    // An article whose title is markup.
    const QString hostile = m_dir.filePath(QStringLiteral("hostile.md"));
    QVERIFY(testutil::writeFile(hostile, "---\ntitle: \"<img src=x onerror=alert(1)> & =cmd|' /C calc'!A0\"\n---\n\n"
                                         "Enough words here to make this a real article about the harbour and the ferry.\n"));
    m_project.importFiles({hostile});
}

QByteArray TestExport::exported(const QString &format, bool bom)
{
    const QString path = m_dir.filePath(QStringLiteral("report.") + format);
    QString error;
    if (!exporter::exportReport(m_project, format, path, {}, &error,
                                bom ? writers::CsvEncoding::Utf8WithBom : writers::CsvEncoding::Utf8)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return testutil::readFile(path);
}

void TestExport::htmlIsSelfContainedAndEscaped()
{
    const QString html = QString::fromUtf8(exported(QStringLiteral("html")));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Figures</b>")));
    for (const char *remote : {" src=\"", "<link", "<iframe", "@import", "url("})
        QVERIFY2(!html.contains(QLatin1String(remote)), remote);
    QVERIFY(html.contains(QStringLiteral("시립도서관")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt; &amp;")));
    // Read back with a real HTML5 parser (the importer's), the hostile note is text.
    const NewArticle parsed = importer::prepareBytes(html.toUtf8(), QStringLiteral("report.html"), importer::Format::Html);
    QVERIFY(parsed.content.text.contains(m_script));
    QVERIFY(parsed.content.text.contains(QStringLiteral("Færgen til Ærø")));
    QVERIFY(html.contains(QStringLiteral("dir=\"rtl\"")));
    // Highlights are opaque blends over white (35 % of the tag colour), never nested.
    QVERIFY(html.contains(QStringLiteral("<mark style=\"background-color:%1\">").arg(book::blend({QColor(0xe1, 0x57, 0x59)}).name())));
}

void TestExport::markdownEscapesMarkup()
{
    const QString md = QString::fromUtf8(exported(QStringLiteral("md")));
    QVERIFY(md.contains(QStringLiteral("\\[click\\](javascript:alert(1))")));
    QVERIFY(!md.contains(QStringLiteral("[click](javascript")));
    QVERIFY(md.contains(QStringLiteral("\\<script\\>")));

    // Notes with the syntax of Markdown's extensions and a date that looks like a list
    // item, read back by a real Markdown parser (md4c, GitHub dialect with math): no
    // strike-through, link, math, list or entity appears, and the text reads as written.
    ProjectDocument project;
    QVERIFY(project.create(m_dir.filePath(QStringLiteral("markdown.lectern")), nullptr));
    const QString file = m_dir.filePath(QStringLiteral("markdown.txt"));
    QVERIFY(testutil::writeFile(file, "4. marts 2026\n\nThe ferry carried forty people across the water to the island today.\n"));
    project.importFiles({file});
    const qint64 id = project.articles().value(0).id;
    const QString note = QStringLiteral("~~x~~ https://example.org www.example.org $x$ @smith2020 &amp; a^2^ H~2~O {.class}");
    QVERIFY(project.addAnnotation(id, 0, 4, {}, note));
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("markdown.md"));
    QVERIFY2(exporter::exportReport(project, QStringLiteral("md"), path, {}, &error), qPrintable(error));
    const QByteArray markdown = testutil::readFile(path);
    struct Seen {
        QStringList blocks, spans;
        QString text;
    } seen;
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_LATEXMATHSPANS | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE type, void *, void *data) {
        static_cast<Seen *>(data)->blocks << QString::number(int(type));
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.enter_span = [](MD_SPANTYPE type, void *, void *data) {
        static_cast<Seen *>(data)->spans << QString::number(int(type));
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE, const MD_CHAR *text, MD_SIZE size, void *data) {
        static_cast<Seen *>(data)->text += QString::fromUtf8(text, qsizetype(size));
        return 0;
    };
    QCOMPARE(md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &seen), 0);
    for (const MD_SPANTYPE span : {MD_SPAN_DEL, MD_SPAN_A, MD_SPAN_LATEXMATH, MD_SPAN_CODE}) // emphasis is the report's own
        QVERIFY2(!seen.spans.contains(QString::number(int(span))), qPrintable(QString::number(int(span))));
    QCOMPARE(seen.blocks.count(QString::number(int(MD_BLOCK_OL))), 1); // the numbered notes, not the date
    QVERIFY(!seen.blocks.contains(QString::number(int(MD_BLOCK_UL))));
    QVERIFY2(seen.text.contains(note), qPrintable(seen.text));
    QVERIFY(seen.text.contains(QStringLiteral("4. marts 2026")));
}

void TestExport::csvNeutralisesFormulas()
{
    const QByteArray bytes = exported(QStringLiteral("csv"), true);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    QVERIFY(csv.startsWith(QStringLiteral("type,article,outlet,quote,tags,note,start,end,details,start_utf16,end_utf16\r\n")));
    QVERIFY(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"click\"\")\"")));
    QVERIFY(!csv.contains(QStringLiteral(",\"=HYPERLINK")));
    QVERIFY(!csv.contains(QStringLiteral(",\"=cmd")));
    QVERIFY(csv.contains(QStringLiteral("\"annotation\"")));
    QVERIFY(csv.contains(QStringLiteral("\"claim\"")));
    QVERIFY(!exported(QStringLiteral("csv")).startsWith("\xEF\xBB\xBF"));
    // UTF-16 little-endian with its mark, which LibreOffice converts without asking: the same text.
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("report16.csv"));
    QVERIFY(exporter::exportReport(m_project, QStringLiteral("csv"), path, {}, &error, writers::CsvEncoding::Utf16));
    const QByteArray utf16 = testutil::readFile(path);
    QVERIFY(utf16.startsWith("\xFF\xFE"));
    QCOMPARE(QString::fromUtf16(reinterpret_cast<const char16_t *>(utf16.constData() + 2), (utf16.size() - 2) / 2), csv);
    QCOMPARE(writers::csvEncoding(QStringLiteral("UTF-16")), writers::CsvEncoding::Utf16);
    QVERIFY(!writers::csvEncoding(QStringLiteral("latin1")));
}

void TestExport::webAnnotationsFollowTheModel()
{
    const QJsonObject collection = QJsonDocument::fromJson(exported(QStringLiteral("json"))).object();
    QCOMPARE(collection.value(QLatin1String("@context")).toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(collection.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationCollection"));
    // MUST of the model: the collection has an id, and its items are on a first page.
    QVERIFY(collection.value(QLatin1String("id")).toString().startsWith(QStringLiteral("urn:uuid:")));
    QVERIFY(!collection.contains(QLatin1String("items")));
    const QJsonObject page = collection.value(QLatin1String("first")).toObject();
    QCOMPARE(page.value(QLatin1String("type")).toString(), QStringLiteral("AnnotationPage"));
    QVERIFY(page.value(QLatin1String("id")).toString().startsWith(QStringLiteral("urn:uuid:")));
    const QJsonArray items = page.value(QLatin1String("items")).toArray();
    QCOMPARE(collection.value(QLatin1String("total")).toInt(), items.size());
    QCOMPARE(items.size(), 2 * (m_project.articleCount() - 1) + 1);
    const QJsonObject first = items.first().toObject();
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("Annotation"));
    const QJsonArray selectors = first.value(QLatin1String("target")).toObject().value(QLatin1String("selector")).toArray();
    QCOMPARE(selectors[0].toObject().value(QLatin1String("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(selectors[1].toObject().value(QLatin1String("type")).toString(), QStringLiteral("TextPositionSelector"));
    const qint64 article = m_project.articles().first().id;
    QCOMPARE(selectors[0].toObject().value(QLatin1String("exact")).toString(), m_project.articleText(article).left(12));
    QCOMPARE(first.value(QLatin1String("body")).toArray()[0].toObject().value(QLatin1String("value")).toString(), m_script);
}

void TestExport::pdfHasTheTextOfEveryScript()
{
    const QByteArray pdf = exported(QStringLiteral("pdf"));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess process;
    process.start(pdftotext, {m_dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *expected : {"Færgen til Ærø", "시립도서관", "市営バス", "Stadtwerke erhöhen", "<script>"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
}

void TestExport::pdfShowsTheHighlights()
{
    // The first article's page, rendered: the tag colour (#e15759 at 35 % on white) is on it.
    QVERIFY(exported(QStringLiteral("pdf")).startsWith("%PDF-"));
    auto document = Poppler::Document::load(m_dir.filePath(QStringLiteral("report.pdf")));
    QVERIFY(document);
    const QImage page = document->page(2)->renderToImage(72, 72); // after the title page and contents
    QVERIFY(!page.isNull());
    const QColor expected(qRound(255 - 0.35 * (255 - 225)), qRound(255 - 0.35 * (255 - 87)), qRound(255 - 0.35 * (255 - 89)));
    int tinted = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (std::abs(c.red() - expected.red()) < 12 && std::abs(c.green() - expected.green()) < 12
                && std::abs(c.blue() - expected.blue()) < 12)
                ++tinted;
        }
    QVERIFY2(tinted > 100, qPrintable(QString::number(tinted)));
}

void TestExport::odtIsAnOpenDocument()
{
    const QByteArray odt = exported(QStringLiteral("odt"));
    QVERIFY(odt.startsWith("PK"));
    QHash<QString, QByteArray> files;
    for (const ziparchive::Entry &e : ziparchive::read(odt))
        files.insert(e.name, e.data);
    QCOMPARE(files.value(QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    const QString content = QString::fromUtf8(files.value(QStringLiteral("content.xml")));
    QXmlStreamReader xml(content);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const char *expected : {"Færgen til Ærø", "시립도서관", "المجلس يوافق", "&lt;script&gt;"})
        QVERIFY2(content.contains(QString::fromUtf8(expected)), expected);
}

void TestExport::failedExportNamesThePath()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.html"));
    QString error;
    QVERIFY(!exporter::exportReport(m_project, QStringLiteral("html"), path, {}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!exporter::exportReport(m_project, QStringLiteral("docx"), m_dir.filePath(QStringLiteral("x.docx")), {}, &error));
    QVERIFY(error.contains(QStringLiteral("docx")));
}

// The parts of the REFI-QDA Project schema (urn:QDA-XML:project:1.0) a Lectern export
// touches, checked by hand: references resolve, GUIDs are unique (tst_qdpx validates the
// same export against the published XSD when ../shared is there).
void TestExport::qdpxPassesTheSchemaChecks()
{
    LinkEnd from, to;
    from.articleId = m_project.articles()[0].id;
    from.wholeArticle = false;
    from.span.start = 0;
    from.span.end = 12; // an annotated passage
    to.articleId = m_project.articles()[1].id;
    QVERIFY(m_project.createLink(from, to, QStringLiteral("contradicts"), QStringLiteral("<note>")));
    QStringList warnings;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("project.qdpx"));
    QVERIFY2(exporter::exportReport(m_project, QStringLiteral("qdpx"), path, {}, &error, {}, &warnings), qPrintable(error));
    QVERIFY(!warnings.isEmpty()); // claims do not carry over, and the user is told
    const auto entries = ziparchive::read(testutil::readFile(path));
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first().name, QStringLiteral("project.qde"));
    QHash<QString, QString> files;
    for (const ziparchive::Entry &e : entries)
        files.insert(e.name, QString::fromUtf8(e.data));

    static const QRegularExpression guidPattern(QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9A-F]{6}$"));
    QXmlStreamReader xml(files.value(QStringLiteral("project.qde")));
    QSet<QString> codes, targets, refs, guids;
    QStringList order;
    QString source;
    int selections = 0, links = 0, depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            --depth;
        if (!xml.isStartElement())
            continue;
        ++depth;
        const auto attr = [&](const char *name) { return xml.attributes().value(QLatin1String(name)).toString(); };
        QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("urn:QDA-XML:project:1.0"));
        const QString name = xml.name().toString();
        if (xml.attributes().hasAttribute(QLatin1String("guid"))) {
            QVERIFY2(guidPattern.match(attr("guid")).hasMatch(), qPrintable(attr("guid")));
            QVERIFY2(!guids.contains(attr("guid")), "guids are unique");
            guids.insert(attr("guid"));
        }
        if (name == QLatin1String("Project")) {
            QVERIFY(!attr("name").isEmpty());
            QVERIFY(QDateTime::fromString(attr("creationDateTime"), Qt::ISODate).isValid());
        } else if (depth == 2) {
            order << name;
        }
        if (name == QLatin1String("Code")) {
            codes.insert(attr("guid"));
            QVERIFY(colorPattern.match(attr("color")).hasMatch());
            QCOMPARE(attr("isCodable"), QStringLiteral("true"));
        } else if (name == QLatin1String("TextSource")) {
            const QString file = attr("plainTextPath").replace(QStringLiteral("internal://"), QStringLiteral("sources/"));
            QVERIFY2(files.contains(file), qPrintable(file));
            source = files.value(file);
            targets.insert(attr("guid"));
        } else if (name == QLatin1String("PlainTextSelection")) {
            ++selections;
            targets.insert(attr("guid"));
            const int start = attr("startPosition").toInt();
            const int end = attr("endPosition").toInt();
            QVERIFY(0 <= start && start <= end && end <= int(source.toUcs4().size()));
        } else if (name == QLatin1String("CodeRef")) {
            refs.insert(attr("targetGUID"));
        } else if (name == QLatin1String("Link")) {
            ++links;
            QVERIFY(QStringList({"OneWay", "Associative", "Bidirectional"}).contains(attr("direction")));
            QVERIFY(targets.contains(attr("originGUID")));
            QVERIFY(targets.contains(attr("targetGUID")));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(order, (QStringList{"Users", "CodeBook", "Variables", "Cases", "Sources", "Notes", "Links"}));
    QVERIFY(refs.subtract(codes).isEmpty());
    QCOMPARE(selections, 2 * (m_project.articleCount() - 1) + 1);
    QCOMPARE(links, 1);
}

// The offset of the first central directory record of a zip.
static qsizetype centralDirectory(const QByteArray &archive)
{
    return archive.indexOf(QByteArray("PK\x01\x02", 4));
}

void TestExport::unzipRefusesTraversalAndBombs()
{
    const QByteArray text("Harbour figures for the week.");
    QCOMPARE(ziparchive::read(ziparchive::write({{QStringLiteral("sources/a.txt"), text}})).value(0).data, text);
    // Names that climb out of the archive or are absolute.
    for (const char *name : {"../evil.txt", "sources/../../evil.txt", "/etc/passwd", "..\\evil.txt", "C:/evil.txt"}) {
        const QByteArray archive = ziparchive::write({{QString::fromLatin1(name), text}});
        QVERIFY2(!archive.isEmpty(), name);
        QString error;
        QVERIFY2(ziparchive::read(archive, {}, &error).isEmpty(), name);
        QVERIFY2(error.contains(QString::fromLatin1(name)), qPrintable(error));
    }
    // A bomb honest about its 8 MB, and the same one claiming to be 1 KB in both headers:
    // it is stopped as it inflates past what it declares.
    const QByteArray zeros(8 * 1024 * 1024, '\0');
    const ziparchive::Limits limits{1024 * 1024, 2 * 1024 * 1024, 1000};
    QByteArray bomb = ziparchive::write({{QStringLiteral("a.xml"), zeros}});
    QVERIFY(bomb.size() < 100 * 1024);
    QVERIFY(ziparchive::read(bomb, limits).isEmpty());
    const qsizetype central = centralDirectory(bomb);
    QVERIFY(central > 0);
    QCOMPARE(qFromLittleEndian<quint32>(bomb.constData() + 22), quint32(zeros.size()));
    qToLittleEndian<quint32>(1024, bomb.data() + 22);
    qToLittleEndian<quint32>(1024, bomb.data() + central + 24);
    QString error;
    QVERIFY(ziparchive::read(bomb, limits, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("a.xml")), qPrintable(error));
    // Many entries, each within the limit, together over it.
    const QByteArray part(700 * 1024, 'x');
    QList<ziparchive::Entry> parts;
    for (int i = 0; i < 2; ++i)
        parts.append({QStringLiteral("part%1.xml").arg(i), part});
    QCOMPARE(ziparchive::read(ziparchive::write(parts), limits).size(), 2);
    parts.append({QStringLiteral("part2.xml"), part});
    QVERIFY(ziparchive::read(ziparchive::write(parts), limits).isEmpty());
    // A damaged entry: the checksum no longer matches.
    QByteArray damaged = ziparchive::write({{QStringLiteral("a.txt"), text, false}});
    const qsizetype data = damaged.indexOf(text);
    QVERIFY(data > 0);
    damaged[data + 3] = 'X';
    QVERIFY(ziparchive::read(damaged).isEmpty());
    // Not a zip at all.
    QVERIFY(ziparchive::read(QByteArray("PK\x03\x04 and then nothing")).isEmpty());
}

void TestExport::astralCharactersAtCutPoints()
{
    // Text is shortened only at grapheme boundaries: never half a surrogate pair, never a
    // letter without its accent.
    QCOMPARE(textcut::head(u"ab😀c", 3), QStringLiteral("ab"));
    QCOMPARE(textcut::head(u"ab😀c", 4), QStringLiteral("ab😀"));
    QCOMPARE(textcut::head(u"cafe\u0301s", 4), QStringLiteral("caf"));
    QCOMPARE(textcut::elided(u"abcdef", 4), QStringLiteral("abc…"));
    QCOMPARE(textcut::head(u"abc", 10), QStringLiteral("abc"));

    // An annotation whose quote has an astral character where the REFI-QDA name is cut
    // (80 units) and where the report cuts it (160, 200): the .qdpx stays well-formed XML
    // (it came out corrupt while the export said it succeeded), the report has no U+FFFD.
    ProjectDocument project;
    QVERIFY(project.create(m_dir.filePath(QStringLiteral("astral.lectern")), nullptr));
    QString body;
    for (int i = 0; i < 6; ++i)
        body += QStringLiteral("The harbour 𠮷 and the ferry 😀 carried forty people across the water today. ");
    const QString file = m_dir.filePath(QStringLiteral("astral.txt"));
    QVERIFY(testutil::writeFile(file, (QStringLiteral("Astral title\n\n") + body).toUtf8()));
    project.importFiles({file});
    QCOMPARE(project.articleCount(), 1);
    const qint64 id = project.articles().first().id;
    const QString text = project.articleText(id);
    const qint64 tag = project.createTag(QStringLiteral("Cut"), QStringLiteral("#4e79a7"));
    int annotated = 0;
    for (qsizetype at = text.indexOf(QStringLiteral("😀")); at >= 0; at = text.indexOf(QStringLiteral("😀"), at + 2)) {
        for (int cut : {79, 159, 199}) // the pair's high half is the last unit a cut to cut+1 keeps
            if (at - cut >= 0 && at - cut + 240 <= text.size() && project.addAnnotation(id, int(at - cut), int(at - cut + 240), {tag}, {}))
                ++annotated;
    }
    QVERIFY(annotated >= 3);
    QString error;
    const QString qdpxPath = m_dir.filePath(QStringLiteral("astral.qdpx"));
    QVERIFY2(exporter::exportReport(project, QStringLiteral("qdpx"), qdpxPath, {}, &error), qPrintable(error));
    const auto entries = ziparchive::read(testutil::readFile(qdpxPath));
    QVERIFY(!entries.isEmpty());
    QXmlStreamReader xml(entries.first().data);
    int named = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("PlainTextSelection")) {
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            QVERIFY(!name.isEmpty() && !name.back().isHighSurrogate());
            ++named;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(named, annotated);
    const QString htmlPath = m_dir.filePath(QStringLiteral("astral.html"));
    QVERIFY2(exporter::exportReport(project, QStringLiteral("html"), htmlPath, {}, &error), qPrintable(error));
    QVERIFY(!QString::fromUtf8(testutil::readFile(htmlPath)).contains(QChar(0xFFFD)));

    // W3C positions count code points: the text between them, so counted, is the quote
    // (they counted UTF-16 units, and selected the wrong text after the first 😀).
    const QString jsonPath = m_dir.filePath(QStringLiteral("astral.json"));
    QVERIFY2(exporter::exportReport(project, QStringLiteral("json"), jsonPath, {}, &error), qPrintable(error));
    const QList<uint> points = text.toUcs4();
    const QJsonArray items = QJsonDocument::fromJson(testutil::readFile(jsonPath)).object()
                                 .value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), annotated);
    for (const auto &item : items) {
        const QJsonObject target = item.toObject().value(QLatin1String("target")).toObject();
        QVERIFY(target.value(QLatin1String("source")).toObject().value(QLatin1String("id")).toString()
                    .startsWith(QStringLiteral("urn:lectern:text:sha256:")));
        const QJsonArray selectors = target.value(QLatin1String("selector")).toArray();
        const QString exact = selectors[0].toObject().value(QLatin1String("exact")).toString();
        const int start = selectors[1].toObject().value(QLatin1String("start")).toInt();
        const int end = selectors[1].toObject().value(QLatin1String("end")).toInt();
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + start, end - start), exact);
    }
    // CSV: start and end in code points too; Lectern's own offsets beside them.
    const QString csvPath = m_dir.filePath(QStringLiteral("astral.csv"));
    QVERIFY2(exporter::exportReport(project, QStringLiteral("csv"), csvPath, {}, &error), qPrintable(error));
    const QStringList rows = QString::fromUtf8(testutil::readFile(csvPath)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    bool checked = false;
    for (const QString &row : rows.mid(1)) {
        const QStringList cells = row.split(QLatin1Char(','));
        if (!row.startsWith(QLatin1String("\"annotation\"")))
            continue;
        const int utf16 = cells.value(cells.size() - 2).toInt();
        QCOMPARE(cells.value(cells.size() - 5).toInt(), int(textcut::codePoints(text, utf16)));
        checked = checked || textcut::codePoints(text, utf16) != utf16;
    }
    QVERIFY(checked); // some annotation starts after an astral character
}

void TestExport::goldenReports_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("html") << "html";
    QTest::newRow("md") << "md";
    QTest::newRow("csv") << "csv";
}

// Golden files for a fixed project (our en/da/de/ko/ja/ar fixtures, two tags, annotations,
// a link): any change in what a report holds shows up as a diff. Regenerate on purpose with
// LECTERN_UPDATE_GOLDEN=1.
void TestExport::goldenReports()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    ProjectDocument project;
    QVERIFY(project.create(dir.filePath(QStringLiteral("golden.lectern")), nullptr));
    project.importFiles({testutil::dataPath(QStringLiteral("import"))});
    const qint64 figures = project.createTag(QStringLiteral("Figures"), QStringLiteral("#e15759"));
    const qint64 sources = project.createTag(QStringLiteral("Sources"), QStringLiteral("#59a14f"));
    const QList<ArticleMeta> articles = project.articles();
    for (const ArticleMeta &m : articles) {
        const QString text = project.articleText(m.id);
        project.addAnnotation(m.id, 0, std::min(24, int(text.size())), {figures}, QStringLiteral("Headline of %1").arg(m.lang));
        project.addAnnotation(m.id, int(text.size()) - 10, int(text.size()), {sources, figures}, QString());
    }
    LinkEnd whole;
    whole.articleId = articles[1].id;
    LinkEnd other;
    other.articleId = articles[0].id;
    project.createLink(other, whole, QStringLiteral("contradicts"), QStringLiteral("Different figures"));
    Report report = buildReport(project, {});
    report.created = QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);
    report.projectName = QStringLiteral("golden");
    const QByteArray produced = format == QLatin1String("html") ? writers::html(report).toUtf8()
        : format == QLatin1String("md") ? writers::markdown(report).toUtf8() : writers::csv(report);
    const QString golden = testutil::dataPath(QStringLiteral("export/expected.") + format);
    if (qEnvironmentVariableIsSet("LECTERN_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(golden).absolutePath());
        QVERIFY(testutil::writeFile(golden, produced));
    }
    const QByteArray expected = testutil::readFile(golden);
    QVERIFY2(!expected.isEmpty(), qPrintable(golden));
    if (produced != expected) {
        const QList<QByteArray> a = produced.split('\n'), b = expected.split('\n');
        for (int i = 0; i < std::min(a.size(), b.size()); ++i)
            if (a[i] != b[i]) {
                qWarning("line %d differs:\n  got      %s\n  expected %s", i + 1, a[i].left(200).constData(), b[i].left(200).constData());
                break;
            }
    }
    QCOMPARE(produced.size(), expected.size());
    QVERIFY(produced == expected);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
