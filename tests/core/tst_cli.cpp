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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
