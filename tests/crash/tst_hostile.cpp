// The outsider's findings of issue 11, one regression test each: a slip of the keyboard, a
// file from elsewhere or another program must never lose a project, stall Lectern or skip a
// file without a word. Runs the real `lectern` command where the finding was a command.
#include "project/projectdocument.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

using namespace lectern;

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportNeverReplacesTheProject_data();
    void exportNeverReplacesTheProject();
    void exportToStandardOutput();
    void smallMessagesSayWhatFailed();
    void fifoNeverBlocks();
    void folderImportAccountsForEveryEntry();
    void unreadableEntriesAreNamed();
    void otherProgramsLockIsNamed();
    void fileSizeLimitIsAFullDisk();
    void failedNewLeavesNothing();
    void readerNeverStrandsArticlesInTheLog();
    void hardLinkCannotMakeTwoWriters();
    void craftedProjectIsRefused_data();
    void craftedProjectIsRefused();
    void endlessQueryStopsAtItsBudget();

private:
    struct Result {
        int code;
        QString out;
        QString err;
    };
    Result lectern(const QStringList &args, const QString &shellPrefix = {});
    QString sample(); // a project with the sample articles, made once, copied per test
    static QByteArray hash(const QString &path);

    QTemporaryDir m_dir;
    QString m_sample;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath("sample.lectern");
    QCOMPARE(lectern({"new", m_sample}).code, 0);
    QCOMPARE(lectern({"import", m_sample, LECTERN_SOURCE_DIR "/resources/samples"}).code, 0);
}

TestHostile::Result TestHostile::lectern(const QStringList &args, const QString &shellPrefix)
{
    QProcess process;
    if (shellPrefix.isEmpty()) {
        process.start(LECTERN_BINARY, args);
    } else {
        // Through a shell: a file size limit, or a file name that is not valid UTF-8.
        process.start("/bin/sh", QStringList{"-c", shellPrefix + "; exec \"$0\" \"$@\"", LECTERN_BINARY} + args);
    }
    process.setStandardInputFile(QProcess::nullDevice());
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestHostile::sample()
{
    static int counter = 0;
    const QString path = m_dir.filePath(QString("p%1.lectern").arg(++counter));
    QFile::copy(m_sample, path);
    return path;
}

QByteArray TestHostile::hash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

void TestHostile::exportNeverReplacesTheProject_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target");
    for (const char *format : {"html", "pdf", "odt", "md", "csv", "json", "qdpx"})
        for (const char *target : {"the project", "a symlink to it", "a hard link to it", "its log", "a FIFO"})
            QTest::addRow("%s to %s", format, target) << QString(format) << QString(target);
}

void TestHostile::exportNeverReplacesTheProject()
{
    QFETCH(QString, format);
    QFETCH(QString, target);
    const QString project = sample();
    const QByteArray before = hash(project);
    QString out = project;
    if (target == "a symlink to it") {
        out = m_dir.filePath("report-link." + format);
        QFile::remove(out);
        QVERIFY(QFile::link(project, out));
    } else if (target == "a hard link to it") {
        out = m_dir.filePath("report-hard." + format);
        QFile::remove(out);
        QCOMPARE(::link(QFile::encodeName(project).constData(), QFile::encodeName(out).constData()), 0);
    } else if (target == "its log") {
        out = project + "-wal";
    } else if (target == "a FIFO") {
        out = m_dir.filePath("fifo-" + format);
        QFile::remove(out);
        QCOMPARE(::mkfifo(QFile::encodeName(out).constData(), 0600), 0);
    }
    const Result result = lectern({"export", project, "--format", format, "--out", out});
    QVERIFY2(result.code != 0, qPrintable(result.out));
    QVERIFY2(result.err.contains("project itself") || result.err.contains("named pipe"), qPrintable(result.err));
    QCOMPARE(hash(project), before);
    if (target == "a FIFO") {
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(out).constData(), &st), 0);
        QVERIFY(S_ISFIFO(st.st_mode));
    }
    QVERIFY(!QFile::exists(project + "-wal") || QFileInfo(project + "-wal").size() == 0);
    ProjectDocument reopened;
    QVERIFY(reopened.open(project, nullptr, true));
    QCOMPARE(reopened.articleCount(), 7);
}

void TestHostile::exportToStandardOutput()
{
    const Result result = lectern({"export", sample(), "--format", "MD", "--out", "-"});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.startsWith("# "));
    QVERIFY(!result.out.contains("Wrote"));
}

void TestHostile::smallMessagesSayWhatFailed()
{
    const QString project = sample();
    Result r = lectern({"export", project, "--format", "md", "--out", m_dir.path()});
    QVERIFY(r.code != 0 && r.err.contains("is a folder"));
    r = lectern({"export", project, "--format", "md", "--out", m_dir.filePath("x.md"), "--article", "999"});
    QVERIFY(r.code != 0 && r.err.contains("no article 999"));
    QVERIFY(!QFile::exists(m_dir.filePath("x.md")));
    r = lectern({"compare", project, "abc"});
    QVERIFY(r.code != 0 && r.err.contains("no article abc"));
    r = lectern({"export", project, "--format", "docx", "--out", m_dir.filePath("x.docx")});
    QVERIFY(r.code != 0 && r.err.contains("Unknown format docx"));
}

void TestHostile::fifoNeverBlocks()
{
    const QString project = sample();
    const QString fifo = m_dir.filePath("pipe.txt");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString good = m_dir.filePath("good.txt");
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A harbour report with enough words to be an article of its own today.\n");
    file.close();
    Result r = lectern({"import", project, fifo, good});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("named pipe"), qPrintable(r.err));
    QVERIFY(r.out.contains("1 imported"));
    r = lectern({"claims", fifo});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("named pipe"));
    r = lectern({"list", fifo});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("named pipe"));
}

void TestHostile::folderImportAccountsForEveryEntry()
{
    const QString project = sample();
    const QString folder = m_dir.filePath("archive");
    QDir().mkpath(folder + "/sub");
    auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(folder + "/a.txt", "The first archived report says the council approved 300 new homes."));
    QVERIFY(write(folder + "/sub/image.jpg", "\xFF\xD8\xFF"));
    QVERIFY(QFile::link("/", folder + "/root"));
    QVERIFY(QFile::link(folder + "/a.txt", folder + "/sub/inside.txt")); // inside: read, a duplicate
    QCOMPARE(::mkfifo(QFile::encodeName(folder + "/sub/pipe.txt").constData(), 0600), 0);
    // A Latin-1 name, as old archives and Windows zips have them.
    const QByteArray latin1 = QFile::encodeName(folder) + "/caf\xE9.txt";
    FILE *raw = std::fopen(latin1.constData(), "w");
    QVERIFY(raw);
    std::fputs("Le conseil municipal a vot\xE9 300 logements neufs pour le quartier du port.", raw);
    std::fclose(raw);
    const Result r = lectern({"import", project, folder});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("2 imported, 1 duplicates skipped, 1 other files skipped, 2 failed"), qPrintable(r.out + r.err));
    QVERIFY(r.err.contains("outside the imported folder (to /)"));
    QVERIFY(r.err.contains("named pipe"));
    QVERIFY(r.out.contains(QString::fromUtf8("caf\uFFFD.txt")));
    // Named directly (bytes on the command line), the same file: found as a duplicate.
    const Result direct = lectern({"import", project}, "set -- \"$@\" \"$(printf '" + folder + "/caf\\351.txt')\"");
    ::unlink(latin1.constData()); // QTemporaryDir cannot name it
    QCOMPARE(direct.code, 0);
    QVERIFY2(direct.out.contains("already in the project"), qPrintable(direct.out + direct.err));
}

void TestHostile::unreadableEntriesAreNamed()
{
    // Permissions stop only an unprivileged user: run lectern as "nobody" when root.
    const bool root = ::geteuid() == 0;
    if (root && QStandardPaths::findExecutable("setpriv").isEmpty())
        QSKIP("running as root without setpriv: permissions cannot be tested");
    QTemporaryDir dir(QDir::tempPath() + "/lectern-unreadable-XXXXXX");
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath("archive");
    QVERIFY(QDir().mkpath(folder + "/locked"));
    QVERIFY(QDir().mkpath(folder + "/open"));
    QVERIFY(QFile::copy(LECTERN_SOURCE_DIR "/tests/data/import/japanese.txt", folder + "/open/a.txt"));
    QVERIFY(QFile::copy(LECTERN_SOURCE_DIR "/tests/data/import/korean-source.txt", folder + "/locked/b.txt"));
    QVERIFY(QFile::copy(LECTERN_SOURCE_DIR "/tests/data/import/arabic.html", folder + "/secret.html"));
    for (const QString &path : QStringList{dir.path(), folder, folder + "/open", folder + "/open/a.txt"})
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    QFile::setPermissions(folder + "/locked", QFileDevice::Permissions());
    QFile::setPermissions(folder + "/secret.html", QFileDevice::Permissions());
    const QString project = dir.filePath("p.lectern");
    const QString as = root ? QStringLiteral("exec setpriv --reuid=nobody --regid=nogroup --clear-groups \"$0\" \"$@\"; :")
                            : QStringLiteral(":");
    QCOMPARE(lectern({"new", project}, as).code, 0);
    const Result r = lectern({"import", project, folder}, as);
    QFile::setPermissions(folder + "/locked", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("1 imported, 0 duplicates skipped, 0 other files skipped, 2 failed"), qPrintable(r.out + r.err));
    QVERIFY(r.err.contains("locked: the folder cannot be read"));
    QVERIFY(r.err.contains("secret.html: cannot read the file"));
}

void TestHostile::otherProgramsLockIsNamed()
{
    const QString project = sample();
    QSqlDatabase other = QSqlDatabase::addDatabase("QSQLITE", "other-program");
    other.setDatabaseName(project);
    QVERIFY(other.open());
    QSqlQuery query(other);
    QVERIFY(query.exec("BEGIN IMMEDIATE")); // as the sqlite3 tool or a backup tool would
    const Result r = lectern({"import", project, LECTERN_SOURCE_DIR "/tests/data/import/arabic.html"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("is busy: another program holds it"), qPrintable(r.err));
    QVERIFY(!r.err.contains("database is locked") && !r.err.contains("BEGIN"));
    query.exec("ROLLBACK");
    query = QSqlQuery();
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase("other-program");
}

void TestHostile::fileSizeLimitIsAFullDisk()
{
    const QString project = sample();
    // Below the project's own size, and no `trap '' XFSZ`: the program must not die of the signal.
    const Result r = lectern({"import", project, LECTERN_SOURCE_DIR "/tests/data/import"}, "ulimit -f 64");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("disk"), qPrintable(r.err));
    ProjectDocument reopened;
    QVERIFY(reopened.open(project, nullptr, true));
    QVERIFY(reopened.articleCount() >= 7);
}

void TestHostile::failedNewLeavesNothing()
{
    const QString project = m_dir.filePath("limited.lectern");
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Result r = lectern({"new", project}, "ulimit -f 8");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("disk") && !r.err.contains("in use"), qPrintable(r.err));
        QVERIFY(!QFile::exists(project));
    }
    QCOMPARE(lectern({"new", project}).code, 0); // the retry is not blocked by a left-over file
}

void TestHostile::readerNeverStrandsArticlesInTheLog()
{
    const QString project = sample();
    {
        Database reader; // a long export, the window, a backup: reading while the import ends
        reader.open(project, Database::Mode::ReadOnly);
        Statement rows(reader, "SELECT id FROM articles");
        rows.exec();
        QVERIFY(rows.next()); // a read transaction stays open on the old snapshot
        const Result r = lectern({"import", project, LECTERN_SOURCE_DIR "/tests/data/import"});
        QVERIFY(r.out.contains("7 imported"));
        QVERIFY(QFileInfo(project + "-wal").size() > 0); // the import could not empty the log
    }
    // Every process is gone: the project file alone holds every article.
    const QString copy = m_dir.filePath("mailed.lectern");
    QVERIFY(QFile::copy(project, copy));
    ProjectDocument copied;
    QVERIFY(copied.open(copy, nullptr, true));
    QCOMPARE(copied.articleCount(), 14);
}

void TestHostile::hardLinkCannotMakeTwoWriters()
{
    const QString project = sample();
    const QString hard = m_dir.filePath("hard.lectern"), soft = m_dir.filePath("soft.lectern");
    QCOMPARE(::link(QFile::encodeName(project).constData(), QFile::encodeName(hard).constData()), 0);
    QVERIFY(QFile::link(project, soft));
    ProjectDocument writer;
    QVERIFY(writer.open(project, nullptr));
    QString error;
    ProjectDocument second;
    QVERIFY(!second.open(hard, &error));
    QVERIFY2(error.contains("another name"), qPrintable(error));
    QVERIFY(!second.open(hard, &error, true)); // reading it there would miss the writer's log
    QVERIFY(!second.open(soft, &error));       // a symbolic link is the project itself
    QVERIFY2(error.contains("in use by another Lectern"), qPrintable(error));
    const Result r = lectern({"import", hard, LECTERN_SOURCE_DIR "/tests/data/import/arabic.html"});
    QCOMPARE(r.code, 2);
    QVERIFY(ProjectDocument::inUse(hard));
    writer.close();
    QVERIFY(!ProjectDocument::inUse(hard));
    QVERIFY(second.open(hard, &error));
}

void TestHostile::craftedProjectIsRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("reason");
    QTest::newRow("endless view") << "CREATE VIEW evil AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
                                  << "view named \"evil\"";
    QTest::newRow("trigger on import") << "CREATE TRIGGER t AFTER INSERT ON articles BEGIN SELECT 1; END" << "trigger named \"t\"";
    QTest::newRow("table replaced by a view") << "DROP TABLE project_words\nCREATE VIEW project_words AS SELECT 1 AS word, 2 AS lang"
                                              << "view \"project_words\"";
    QTest::newRow("dropped column") << "ALTER TABLE articles DROP COLUMN byline" << "table \"articles\"";
    QTest::newRow("renamed table") << "ALTER TABLE project_words RENAME TO words" << "\"words\"";
}

void TestHostile::craftedProjectIsRefused()
{
    QFETCH(QString, sql);
    QFETCH(QString, reason);
    const QString project = sample();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "crafting");
        db.setDatabaseName(project);
        QVERIFY(db.open());
        bool made = true;
        for (const QString &statement : sql.split("\n"))
            made = made && QSqlQuery(db).exec(statement);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase("crafting");
        QVERIFY(made);
    }
    const QByteArray before = hash(project);
    for (const QStringList &args : {QStringList{"list", project}, QStringList{"search", project, "harbour"},
                                    QStringList{"claims", project}, QStringList{"compare", project},
                                    QStringList{"export", project, "--format", "md", "--out", "-"}}) {
        const Result r = lectern(args);
        QVERIFY2(r.code != 0 && r.code != -2, qPrintable(args.first()));
        QVERIFY2(r.err.contains("not as Lectern made it") && r.err.contains(reason), qPrintable(r.err));
    }
    const Result r = lectern({"import", project, LECTERN_SOURCE_DIR "/tests/data/import/arabic.html"});
    QVERIFY(r.err.contains("not as Lectern made it"));
    QCOMPARE(hash(project), before);
}

void TestHostile::endlessQueryStopsAtItsBudget()
{
    qputenv("LECTERN_QUERY_BUDGET_MS", "300");
    Database db;
    db.openInMemory();
    QElapsedTimer clock;
    clock.start();
    try {
        db.scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
        QFAIL("an endless query returned");
    } catch (const StorageError &e) {
        QVERIFY2(e.message().contains("ran past its budget"), qPrintable(e.message()));
    }
    qunsetenv("LECTERN_QUERY_BUDGET_MS");
    qInfo("stopped after %lld ms", clock.elapsed());
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
