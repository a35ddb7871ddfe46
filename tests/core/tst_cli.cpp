// The lectern binary's headless verbs, run as a user runs them: no display, exit codes,
// messages on stderr, JSON lines on stdout.
#include "project/projectdocument.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlitefile.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newImportListShowSearch();
    void importNamesEachFailure();
    void seedsImportAsDocumented();
    void newerProjectIsRefused();
    void usageErrors();
    void damagedProjectIsReported();
    void claimsOfFilesAndProjects();
    void compareAlignsTheSampleProject();
    void annotateLinkAndQdpxHeadless();

private:
    struct Result {
        int code;
        QString out;
        QString err;
    };
    Result run(const QStringList &args);
    QList<QJsonObject> jsonLines(const QString &out);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCli::Result TestCli::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a verb must not need one
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LECTERN_BINARY), args);
    process.waitForFinished(120000);
    // A crash is -1, whatever exit code QProcess reports for it.
    return {process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QList<QJsonObject> TestCli::jsonLines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        objects.append(doc.object());
    }
    return objects;
}

void TestCli::newImportListShowSearch()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.lectern"));
    QCOMPARE(run({QStringLiteral("new"), project}).code, 0);
    const Result imported = run({QStringLiteral("import"), project, testutil::dataPath(QStringLiteral("import"))});
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.out.contains(QStringLiteral("7 imported")), qPrintable(imported.out));

    const Result listed = run({QStringLiteral("list"), project, QStringLiteral("--json")});
    QCOMPARE(listed.code, 0);
    const QList<QJsonObject> articles = jsonLines(listed.out);
    QCOMPARE(articles.size(), 7);
    for (const char *key : {"id", "title", "byline", "outlet", "published", "lang", "format", "file", "chars"})
        QVERIFY2(articles.first().contains(QLatin1String(key)), key);

    const Result shown = run({QStringLiteral("show"), project, QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(shown.code, 0);
    const QJsonObject article = jsonLines(shown.out).value(0);
    QCOMPARE(article.value(QLatin1String("title")).toString(), articles.first().value(QLatin1String("title")).toString());
    QVERIFY(!article.value(QLatin1String("text")).toString().isEmpty());

    const Result text = run({QStringLiteral("show"), project, QStringLiteral("1"), QStringLiteral("--text")});
    QCOMPARE(text.out.trimmed(), article.value(QLatin1String("text")).toString());

    const Result found = run({QStringLiteral("search"), project, QStringLiteral("도서관"), QStringLiteral("--json")});
    QCOMPARE(found.code, 0);
    const QList<QJsonObject> hits = jsonLines(found.out);
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.first().value(QLatin1String("snippet")).toString().contains(QStringLiteral("도서관")));

    const Result again = run({QStringLiteral("import"), project, testutil::dataPath(QStringLiteral("import/arabic.html"))});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("1 duplicates skipped")), qPrintable(again.out));
}

void TestCli::importNamesEachFailure()
{
    const QString project = m_dir.filePath(QStringLiteral("fail.lectern"));
    QCOMPARE(run({QStringLiteral("new"), project}).code, 0);
    const QString bad = m_dir.filePath(QStringLiteral("bad file.txt"));
    QVERIFY(testutil::writeFile(bad, QByteArray("\x00\x01\x02", 3)));
    const Result result = run({QStringLiteral("import"), project, bad,
                               testutil::dataPath(QStringLiteral("import/japanese.txt")),
                               m_dir.filePath(QStringLiteral("nothing.txt"))});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(bad + QStringLiteral(": binary")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("nothing.txt: no such file")), qPrintable(result.err));
    QCOMPARE(jsonLines(run({QStringLiteral("list"), project, QStringLiteral("--json")}).out).size(), 1);
}

void TestCli::seedsImportAsDocumented()
{
    if (!QDir(testutil::seedsDir()).exists())
        QSKIP("../shared/corpus/seeds is not here");
    const QString project = m_dir.filePath(QStringLiteral("seeds.lectern"));
    QCOMPARE(run({QStringLiteral("new"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("import"), project, testutil::seedsDir()}).code, 0);
    const QList<QJsonObject> articles = jsonLines(run({QStringLiteral("list"), project, QStringLiteral("--json")}).out);
    QCOMPARE(articles.size(), 4);
    QStringList langs;
    for (const QJsonObject &a : articles)
        langs << a.value(QLatin1String("lang")).toString();
    QCOMPARE(langs, (QStringList{"en", "en", "en", "da"}));
    const QList<QJsonObject> hits = jsonLines(run({QStringLiteral("search"), project, QStringLiteral("ansatte"),
                                                   QStringLiteral("--json")}).out);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().value(QLatin1String("lang")).toString(), QStringLiteral("da"));
    const QList<QJsonObject> korean = jsonLines(run({QStringLiteral("search"), project, QStringLiteral("출처"),
                                                     QStringLiteral("--json")}).out);
    QCOMPARE(korean.size(), 1);
}

void TestCli::newerProjectIsRefused()
{
    const QString project = m_dir.filePath(QStringLiteral("future.lectern"));
    {
        lectern::Database db;
        db.open(project);
        lectern::schema::migrate(db);
        lectern::sqlite::setUserVersion(db, lectern::schema::currentVersion() + 5);
        db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    const QByteArray before = testutil::readFile(project);
    const Result result = run({QStringLiteral("list"), project});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QStringLiteral("newer version of Lectern")), qPrintable(result.err));
    QCOMPARE(testutil::readFile(project), before);
    QCOMPARE(run({QStringLiteral("import"), project, testutil::dataPath(QStringLiteral("import/japanese.txt"))}).code, 2);
    QCOMPARE(testutil::readFile(project), before);
}

void TestCli::damagedProjectIsReported()
{
    const QString project = m_dir.filePath(QStringLiteral("damaged.lectern"));
    QCOMPARE(run({QStringLiteral("new"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")}).code, 0);
    {
        lectern::Database db;
        db.open(project);
        db.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); // everything in the main file
    }
    QByteArray bytes = testutil::readFile(project);
    const qsizetype middle = bytes.size() / 4096 / 2 * 4096;
    bytes.replace(middle, 4096 * 6, QByteArray(4096 * 6, '\0'));
    testutil::writeFile(project, bytes);

    // Checked on open: refused with the file's name and what to do.
    Result result = run({QStringLiteral("list"), project});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(QStringLiteral("is damaged")) && result.err.contains(project), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("Restore a backup")));
    QCOMPARE(testutil::readFile(project), bytes);

    // Too large to check on open (as a big project would be): damage met while reading ends
    // the verb with the same message, not a crash.
    qputenv("LECTERN_QUICK_CHECK_LIMIT", "0");
    int reported = 0;
    for (const QStringList &args : {QStringList{QStringLiteral("list"), project},
                                     QStringList{QStringLiteral("show"), project, QStringLiteral("3")},
                                     QStringList{QStringLiteral("search"), project, QStringLiteral("Nordlys")}}) {
        result = run(args);
        QVERIFY2(result.code >= 0 && result.code <= 2, qPrintable(result.err)); // a crash is -1 or 134
        if (result.code != 0) {
            QVERIFY2(result.err.contains(QStringLiteral("is damaged")), qPrintable(result.err));
            ++reported;
        }
    }
    qunsetenv("LECTERN_QUICK_CHECK_LIMIT");
    QVERIFY(reported > 0);
    QCOMPARE(testutil::readFile(project).size(), bytes.size());
}

void TestCli::usageErrors()
{
    QCOMPARE(run({QStringLiteral("show"), m_dir.filePath(QStringLiteral("x.lectern")), QStringLiteral("abc")}).code, 2);
    const Result missing = run({QStringLiteral("list"), m_dir.filePath(QStringLiteral("nope.lectern"))});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("lectern ")));
}

void TestCli::claimsOfFilesAndProjects()
{
    // Files: article is the file's position.
    const Result files = run({QStringLiteral("claims"), testutil::dataPath(QStringLiteral("import/reader-mode.html")),
                              testutil::dataPath(QStringLiteral("import/korean-source.txt")), QStringLiteral("--json"),
                              QStringLiteral("--all")});
    QCOMPARE(files.code, 0);
    const QList<QJsonObject> claims = jsonLines(files.out);
    // By default only what the reader highlights: fewer, each at the model's threshold or above.
    const Result highlighted = run({QStringLiteral("claims"), testutil::dataPath(QStringLiteral("import/reader-mode.html")),
                                    testutil::dataPath(QStringLiteral("import/korean-source.txt")), QStringLiteral("--json")});
    QCOMPARE(highlighted.code, 0);
    const QList<QJsonObject> shown = jsonLines(highlighted.out);
    QVERIFY(!shown.isEmpty() && shown.size() < claims.size());
    const Result strict = run({QStringLiteral("claims"), testutil::dataPath(QStringLiteral("import/reader-mode.html")),
                               QStringLiteral("--min-score"), QStringLiteral("0.99"), QStringLiteral("--json")});
    for (const QJsonObject &c : jsonLines(strict.out))
        QVERIFY(c.value(QLatin1String("score")).toDouble() >= 0.99);
    const Result wrong = run({QStringLiteral("claims"), testutil::dataPath(QStringLiteral("import/reader-mode.html")),
                              QStringLiteral("--min-score"), QStringLiteral("much")});
    QVERIFY(wrong.code != 0 && wrong.err.contains(QStringLiteral("much")));
    QVERIFY(claims.size() >= 4);
    bool korean = false, pounds = false;
    for (const QJsonObject &c : claims) {
        for (const char *key : {"article", "start", "end", "text", "lang", "kinds", "score", "claimant", "quantities"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        const int article = c.value(QLatin1String("article")).toInt();
        QVERIFY(article == 0 || article == 1);
        korean |= article == 1 && c.value(QLatin1String("lang")).toString() == QLatin1String("ko");
        for (const auto &q : c.value(QLatin1String("quantities")).toArray()) {
            const QJsonObject quantity = q.toObject();
            for (const char *key : {"text", "value", "unit", "noun", "concept", "bound"})
                QVERIFY2(quantity.contains(QLatin1String(key)), key);
            pounds |= quantity.value(QLatin1String("unit")).toString() == QLatin1String("currency:GBP");
        }
    }
    QVERIFY(korean);
    QVERIFY(pounds);
    // A project: claims stored on import, by article id.
    const QString project = m_dir.filePath(QStringLiteral("claims.lectern"));
    QCOMPARE(run({QStringLiteral("new"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("import"), project, testutil::dataPath(QStringLiteral("import/reader-mode.html"))}).code, 0);
    const QList<QJsonObject> stored = jsonLines(run({QStringLiteral("claims"), project, QStringLiteral("1"), QStringLiteral("--json")}).out);
    QVERIFY(!stored.isEmpty());
    QCOMPARE(stored.first().value(QLatin1String("article")).toInt(), 1);
    QCOMPARE(run({QStringLiteral("claims"), project, QStringLiteral("99")}).code, 1);

    // Found again for the whole project (after a lexicon change): the same claims come back,
    // a decided one stays decided (same id) and is not doubled.
    const QList<QJsonObject> every = jsonLines(run({QStringLiteral("claims"), project, QStringLiteral("--all"), QStringLiteral("--json")}).out);
    qint64 accepted = 0;
    {
        lectern::ProjectDocument document;
        QVERIFY(document.open(project, nullptr));
        const QList<lectern::Claim> before = document.claims(1);
        QVERIFY(before.size() >= 2);
        accepted = before.first().id;
        QVERIFY(document.setClaimStatus(accepted, QStringLiteral("accepted")));
        QVERIFY(document.setClaimStatus(before.last().id, QStringLiteral("rejected")));
    }
    const Result again = run({QStringLiteral("claims"), project, QStringLiteral("--find-again")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("1 article")), qPrintable(again.out));
    const QList<QJsonObject> after = jsonLines(run({QStringLiteral("claims"), project, QStringLiteral("--all"), QStringLiteral("--json")}).out);
    QCOMPARE(after.size(), every.size());
    lectern::ProjectDocument document;
    QVERIFY(document.open(project, nullptr));
    const QList<lectern::Claim> found = document.claims(1);
    QCOMPARE(found.size(), every.size());
    QCOMPARE(found.first().id, accepted);
    QCOMPARE(found.first().status, QStringLiteral("accepted"));
    QCOMPARE(found.last().status, QStringLiteral("rejected"));
}

void TestCli::compareAlignsTheSampleProject()
{
    const QString project = m_dir.filePath(QStringLiteral("compare.lectern"));
    QCOMPARE(run({QStringLiteral("new"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")}).code, 0);
    const Result result = run({QStringLiteral("compare"), project, QStringLiteral("--json")});
    QCOMPARE(result.code, 0);
    const QList<QJsonObject> groups = jsonLines(result.out);
    QVERIFY(!groups.isEmpty());
    bool kroner = false;
    for (const QJsonObject &g : groups) {
        for (const char *key : {"concept", "unit", "verdict", "why", "members"})
            QVERIFY2(g.contains(QLatin1String(key)), key);
        QVERIFY(QStringList({"agree", "compatible", "conflict", "single"}).contains(g.value(QLatin1String("verdict")).toString()));
        for (const auto &m : g.value(QLatin1String("members")).toArray())
            for (const char *key : {"article", "start", "end", "value", "bound", "lang", "source"})
                QVERIFY2(m.toObject().contains(QLatin1String(key)), key);
        kroner |= g.value(QLatin1String("unit")).toString() == QLatin1String("currency:DKK")
            && g.value(QLatin1String("verdict")).toString() == QLatin1String("agree")
            && g.value(QLatin1String("members")).toArray().size() >= 5;
    }
    QVERIFY(kroner);
    // Only the articles named.
    const QList<QJsonObject> two = jsonLines(run({QStringLiteral("compare"), project, QStringLiteral("1"), QStringLiteral("2"),
                                                  QStringLiteral("--json")}).out);
    for (const QJsonObject &g : two)
        for (const auto &m : g.value(QLatin1String("members")).toArray())
            QVERIFY(m.toObject().value(QLatin1String("article")).toInt() <= 2);
}

// lectern annotate and lectern link as scripts use them; lectern import takes a .qdpx.
void TestCli::annotateLinkAndQdpxHeadless()
{
    const QString project = m_dir.filePath(QStringLiteral("annotate.lectern"));
    QCOMPARE(run({QStringLiteral("new"), project}).code, 0);
    QCOMPARE(run({QStringLiteral("import"), project, testutil::dataPath(QStringLiteral("hostile"))}).code, 0);
    qint64 en = 0, ar = 0;
    for (const QJsonObject &a : jsonLines(run({QStringLiteral("list"), project, QStringLiteral("--json")}).out)) {
        if (a.value(QLatin1String("lang")).toString() == QLatin1String("en")) en = a.value(QLatin1String("id")).toInteger();
        if (a.value(QLatin1String("lang")).toString() == QLatin1String("ar")) ar = a.value(QLatin1String("id")).toInteger();
    }
    QVERIFY(en && ar);
    const Result quoted = run({QStringLiteral("annotate"), project, QString::number(en), QStringLiteral("--quote"),
                               QStringLiteral("rise by 12%"), QStringLiteral("--tag"), QStringLiteral("Figures/Fares"),
                               QStringLiteral("--tag"), QStringLiteral("Sources"), QStringLiteral("--note"), QStringLiteral("check it")});
    QVERIFY2(quoted.code == 0, qPrintable(quoted.err));
    const Result byOffsets = run({QStringLiteral("annotate"), project, QString::number(ar), QStringLiteral("0"), QStringLiteral("5")});
    QVERIFY2(byOffsets.code == 0, qPrintable(byOffsets.err));
    // Out of the text, a quote that is not there, a missing article: refused, exit 1, nothing made.
    QCOMPARE(run({QStringLiteral("annotate"), project, QString::number(en), QStringLiteral("5"), QStringLiteral("999999")}).code, 1);
    QCOMPARE(run({QStringLiteral("annotate"), project, QString::number(en), QStringLiteral("--quote"), QStringLiteral("not in it")}).code, 1);
    QCOMPARE(run({QStringLiteral("annotate"), project, QStringLiteral("999"), QStringLiteral("0"), QStringLiteral("5")}).code, 1);
    QCOMPARE(run({QStringLiteral("annotate"), project, QString::number(en)}).code, 2);
    const Result linked = run({QStringLiteral("link"), project, QStringLiteral("%1:0:7").arg(en), QString::number(ar),
                               QStringLiteral("--relation"), QStringLiteral("contradicts"), QStringLiteral("--note"), QStringLiteral("why")});
    QVERIFY2(linked.code == 0, qPrintable(linked.err));
    QCOMPARE(run({QStringLiteral("link"), project, QString::number(en), QString::number(ar)}).code, 2); // no relation
    {
        lectern::ProjectDocument document;
        QString error;
        QVERIFY2(document.open(project, &error), qPrintable(error));
        const QList<lectern::Annotation> annotations = document.annotations(en);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations[0].span.quote, QStringLiteral("rise by 12%"));
        QCOMPARE(annotations[0].note, QStringLiteral("check it"));
        QCOMPARE(annotations[0].tagIds.size(), 2);
        const QList<lectern::Tag> tags = document.tags();
        const auto fares = std::find_if(tags.begin(), tags.end(), [](const lectern::Tag &t) { return t.name == QLatin1String("Fares"); });
        QVERIFY(fares != tags.end() && fares->parentId != 0);
        QCOMPARE(document.annotations(ar).size(), 1);
        const QList<lectern::Link> links = document.links();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].relation, QStringLiteral("contradicts"));
        QCOMPARE(links[0].from.span.end, 7);
        QVERIFY(links[0].to.wholeArticle);
    }
    // The project out as .qdpx and into a new one with lectern import.
    const QString qdpx = m_dir.filePath(QStringLiteral("annotate.qdpx"));
    QCOMPARE(run({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("qdpx"), QStringLiteral("--out"), qdpx}).code, 0);
    const QString copy = m_dir.filePath(QStringLiteral("copy.lectern"));
    QCOMPARE(run({QStringLiteral("new"), copy}).code, 0);
    const Result imported = run({QStringLiteral("import"), copy, qdpx});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("7 articles (0 already here), 3 tags, 2 annotations, 1 links")), qPrintable(imported.out));
    const Result broken = run({QStringLiteral("import"), copy, testutil::dataPath(QStringLiteral("hostile/en-url.md")) + QStringLiteral(".qdpx")});
    QCOMPARE(broken.code, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
