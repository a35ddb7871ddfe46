// REFI-QDA (.qdpx) and W3C Web Annotation exports checked against the published standards,
// and .qdpx import: Lectern's own files round trip, other tools' files read.
#include "hostileproject.h"
#include "report/exporter.h"
#include "report/ziparchive.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace lectern;

class TestQdpx : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsPassThePublishedStandards();
    void roundTripKeepsEveryAnnotationTagNoteAndLink();
    void importsWhatOtherToolsWrite();
    void refusesWhatIsNotAProject();

private:
    QString exportTo(const QString &format);
    QTemporaryDir m_dir;
    ProjectDocument m_project;
    hostile::Project m_ids;
};

void TestQdpx::initTestCase()
{
    QVERIFY(hostile::build(m_project, m_dir.filePath(QStringLiteral("hostile.lectern")), m_ids));
}

QString TestQdpx::exportTo(const QString &format)
{
    const QString path = m_dir.filePath(QStringLiteral("export.") + format);
    QString error;
    QStringList warnings;
    if (!exporter::exportReport(m_project, format, path, {}, &error, {}, &warnings))
        qWarning("%s", qPrintable(error));
    return path;
}

// The whole tag path: "Economy/Figures".
static QString tagPath(const QList<Tag> &tags, qint64 id)
{
    for (const Tag &t : tags)
        if (t.id == id)
            return t.parentId ? tagPath(tags, t.parentId) + QLatin1Char('/') + t.name : t.name;
    return {};
}

void TestQdpx::exportsPassThePublishedStandards()
{
    const QString standards = QStringLiteral(LECTERN_STANDARDS_DIR);
    if (!QDir(standards).exists())
        QSKIP("../shared/standards is absent: the published schemas cannot be checked");
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint (libxml2-utils) is not installed");
    // project.qde against the REFI-QDA Project schema.
    const QList<ziparchive::Entry> entries = ziparchive::read(testutil::readFile(exportTo(QStringLiteral("qdpx"))));
    QVERIFY(!entries.isEmpty());
    const QString qde = m_dir.filePath(QStringLiteral("project.qde"));
    QVERIFY(testutil::writeFile(qde, entries.first().data));
    QProcess lint;
    lint.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), standards + QStringLiteral("/refi-qda/Project-mrt2019.xsd"), qde});
    QVERIFY(lint.waitForFinished(60000));
    QVERIFY2(lint.exitCode() == 0, qPrintable(QString::fromUtf8(lint.readAllStandardError())));
    // The JSON against every MUST assertion of the W3C Web Annotation WG's tests.
    QProcess check;
    check.start(QStringLiteral("python3"), {QStringLiteral(LECTERN_SOURCE_DIR "/tests/standards/w3c_assertions.py"),
                                            standards + QStringLiteral("/w3c-web-annotation-tests"), exportTo(QStringLiteral("json"))});
    QVERIFY(check.waitForFinished(120000));
    const QString report = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
    if (check.exitCode() == 2 || report.contains(QLatin1String("No module named")))
        QSKIP(qPrintable(QStringLiteral("the W3C assertions cannot run here: %1").arg(report)));
    QVERIFY2(check.exitCode() == 0, qPrintable(report));
}

void TestQdpx::roundTripKeepsEveryAnnotationTagNoteAndLink()
{
    const QString qdpx = exportTo(QStringLiteral("qdpx"));
    ProjectDocument copy;
    QVERIFY(copy.create(m_dir.filePath(QStringLiteral("copy.lectern")), nullptr));
    QdpxOutcome outcome;
    QString error;
    QVERIFY2(copy.importQdpx(qdpx, &outcome, &error), qPrintable(error));
    QCOMPARE(int(outcome.ids.size()), m_project.articleCount());
    // Tags by path with their colours: the two "Figures" stay two, under their parents.
    const QList<Tag> before = m_project.tags(), after = copy.tags();
    QCOMPARE(after.size(), before.size());
    for (const Tag &t : before) {
        const auto same = std::find_if(after.begin(), after.end(), [&](const Tag &o) { return tagPath(after, o.id) == tagPath(before, t.id); });
        QVERIFY2(same != after.end(), qPrintable(tagPath(before, t.id)));
        QCOMPARE(same->color, t.color);
    }
    // Articles by title: text, metadata, annotations (span, tags, note), whole-article tags, notes.
    QHash<qint64, qint64> ids; // before → after
    for (const ArticleMeta &m : m_project.articles())
        for (const ArticleMeta &o : copy.articles())
            if (o.title == m.title)
                ids.insert(m.id, o.id);
    QCOMPARE(ids.size(), m_project.articleCount());
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const ArticleMeta a = *m_project.article(it.key()), b = *copy.article(it.value());
        QCOMPARE(copy.articleText(b.id), m_project.articleText(a.id));
        QCOMPARE(b.outlet, a.outlet);
        QCOMPARE(b.byline, a.byline);
        QCOMPARE(b.url, a.url);
        QCOMPARE(b.published, a.published);
        QCOMPARE(b.lang, a.lang);
        QCOMPARE(copy.articleNote(b.id).first, m_project.articleNote(a.id).first);
        QStringList tagsBefore, tagsAfter;
        for (qint64 t : m_project.articleTags(a.id)) tagsBefore << tagPath(before, t);
        for (qint64 t : copy.articleTags(b.id)) tagsAfter << tagPath(after, t);
        QCOMPARE(tagsAfter, tagsBefore);
        const QList<Annotation> x = m_project.annotations(a.id), y = copy.annotations(b.id);
        QCOMPARE(y.size(), x.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            QCOMPARE(y[i].span.start, x[i].span.start);
            QCOMPARE(y[i].span.end, x[i].span.end);
            QCOMPARE(y[i].note, x[i].note);
            QStringList p, q;
            for (qint64 t : x[i].tagIds) p << tagPath(before, t);
            for (qint64 t : y[i].tagIds) q << tagPath(after, t);
            QCOMPARE(q, p);
        }
    }
    // Links: relation, ends (a passage that is no annotation too) and note.
    const QList<Link> copied = copy.links();
    QCOMPARE(copied.size(), m_project.links().size());
    for (const Link &l : m_project.links()) {
        const bool found = std::any_of(copied.begin(), copied.end(), [&](const Link &o) {
            return o.relation == l.relation && o.note == l.note && o.from.articleId == ids.value(l.from.articleId)
                && o.to.articleId == ids.value(l.to.articleId) && o.from.wholeArticle == l.from.wholeArticle
                && o.from.span.start == l.from.span.start && o.from.span.end == l.from.span.end;
        });
        QVERIFY2(found, qPrintable(l.relation + QLatin1Char(' ') + l.note));
    }
    // Importing the same file again adds nothing.
    QVERIFY(copy.importQdpx(qdpx, &outcome, &error));
    QVERIFY(outcome.ids.isEmpty());
    QCOMPARE(outcome.reused, m_project.articleCount());
    QCOMPARE(outcome.annotations, 0);
    QCOMPARE(outcome.links, 0);
}

void TestQdpx::importsWhatOtherToolsWrite()
{
    const QString folder = testutil::dataPath(QStringLiteral("qdpx/othertool"));
    QList<ziparchive::Entry> files;
    for (const QString &name : {QStringLiteral("project.qde"), QStringLiteral("sources/A1B2C3D4-0000-4000-8000-000000000001.txt"),
                                QStringLiteral("sources/a1b2c3d4-0000-4000-8000-000000000002.txt"), QStringLiteral("sources/note-1.txt")})
        files.append({name, testutil::readFile(folder + QLatin1Char('/') + name)});
    const QString path = m_dir.filePath(QStringLiteral("othertool.qdpx"));
    QVERIFY(testutil::writeFile(path, ziparchive::write(files)));
    ProjectDocument project;
    QVERIFY(project.create(m_dir.filePath(QStringLiteral("other.lectern")), nullptr));
    QdpxOutcome outcome;
    QString error;
    QVERIFY2(project.importQdpx(path, &outcome, &error), qPrintable(error));
    QCOMPARE(outcome.ids.size(), 4); // three text sources and the PDF's text
    QVERIFY2(outcome.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("1 source")), qPrintable(outcome.warnings.join(QLatin1Char('\n'))));
    QVERIFY(outcome.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Ana, Bo")));
    const QList<Tag> tags = project.tags();
    QStringList paths;
    for (const Tag &t : tags)
        paths << tagPath(tags, t.id);
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("Figures"), QStringLiteral("Figures/Capacity"), QStringLiteral("Wishes")}));
    qint64 interview = 0, survey = 0;
    for (const ArticleMeta &m : project.articles()) {
        if (m.title == QLatin1String("Harbour interview")) interview = m.id;
        if (m.title == QLatin1String("Ferry survey")) survey = m.id;
    }
    QVERIFY(interview && survey);
    // Code points in a CRLF text with 𠮷 before the selection: the passage is the one named.
    const QList<Annotation> a = project.annotations(interview);
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[0].span.quote, QStringLiteral("lifts 40 tonnes"));
    QCOMPARE(a[0].note, QStringLiteral("Check the tonnage against the port authority figures."));
    QCOMPARE(tagPath(tags, a[0].tagIds.value(0)), QStringLiteral("Figures/Capacity"));
    QCOMPARE(a[1].span.quote, QStringLiteral("120 ships"));
    QCOMPARE(a[1].note, QStringLiteral("A forecast"));
    QCOMPARE(project.article(interview)->outlet, QStringLiteral("Port authority")); // its case
    QCOMPARE(project.article(interview)->published, QStringLiteral("2025-10-30"));
    QCOMPARE(project.articleNote(interview).first, QStringLiteral("First of three sessions"));
    QCOMPARE(project.article(survey)->outlet, QStringLiteral("Island Post"));
    QCOMPARE(project.annotations(survey).size(), 1); // the link's end is no annotation
    QCOMPARE(project.annotations(survey)[0].span.quote, QStringLiteral("62 of 80"));
    QCOMPARE(tagPath(tags, project.articleTags(survey).value(0)), QStringLiteral("Wishes"));
    const QList<Link> links = project.links();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links[0].note, QStringLiteral("Both figures concern capacity."));
    QCOMPARE(links[0].from.span.quote, QStringLiteral("an earlier morning ferry"));
    QCOMPARE(links[0].to.span.quote, QStringLiteral("120 ships"));
}

void TestQdpx::refusesWhatIsNotAProject()
{
    ProjectDocument project;
    QVERIFY(project.create(m_dir.filePath(QStringLiteral("refuse.lectern")), nullptr));
    const QList<std::pair<QString, QByteArray>> cases{
        {QStringLiteral("not-a-zip.qdpx"), QByteArray("This is plain text, not an archive.")},
        {QStringLiteral("no-project.qdpx"), ziparchive::write({{QStringLiteral("sources/a.txt"), QByteArray("text")}})},
        {QStringLiteral("malformed.qdpx"), ziparchive::write({{QStringLiteral("project.qde"), QByteArray("<Project name=\"x\"><Sources>")}})},
        {QStringLiteral("climbing.qdpx"), ziparchive::write({{QStringLiteral("../project.qde"), QByteArray("<Project name=\"x\"/>")}})},
    };
    for (const auto &[name, bytes] : cases) {
        const QString path = m_dir.filePath(name);
        QVERIFY(testutil::writeFile(path, bytes));
        QString error;
        QVERIFY2(!project.importQdpx(path, nullptr, &error), qPrintable(name));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(project.articleCount(), 0);
        QCOMPARE(project.tags().size(), 0);
    }
}

QTEST_MAIN(TestQdpx)
#include "tst_qdpx.moc"
