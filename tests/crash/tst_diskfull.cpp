// A full disk during import, editing and export, made with a file size limit (ulimit -f,
// SIGXFSZ ignored) on the process, so no root and no loop device are needed: each gets a
// clear message, and the project is unchanged and usable afterwards.
#include "project/projectdocument.h"
#include "storage/database.h"
#include "storage/projectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importOnAFullDisk();
    void editingOnAFullDisk();
    void exportOnAFullDisk_data();
    void exportOnAFullDisk();

private:
    struct Result {
        int code;
        QString out;
        QString err;
    };
    // Runs a program with every file it writes limited to `limitKb` kilobytes.
    Result runLimited(int limitKb, const QString &program, const QStringList &args);
    int sizeKb() const { return int(QFileInfo(m_project).size() / 1024); }
    void checkIntact(int articles);

    QTemporaryDir m_dir;
    QString m_articles;
    QString m_project;
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_articles = m_dir.filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(m_articles));
    for (int i = 0; i < 40; ++i) {
        QFile file(QStringLiteral("%1/report-%2.txt").arg(m_articles).arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString text = QStringLiteral("Ferry operator reports week %1\n\nBy Desk\n\n").arg(i);
        // Each paragraph ends with a reference code that does not compress: a .qdpx is
        // deflated, and the report must still not fit in the room the limit leaves.
        for (int p = 0; p < 20; ++p)
            text += QStringLiteral("Ferries carried %1 passengers in week %2, %3 percent more than a year ago, "
                                   "the operator said on Monday (ref. %4).\n\n").arg(5000 + i * 11 + p).arg(i).arg(p + 1)
                        .arg(QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(i * 100 + p),
                                                                          QCryptographicHash::Sha512).toHex()));
        file.write(text.toUtf8());
    }
}

void TestDiskFull::init()
{
    // A project with the sample articles, all in the main file.
    m_project = m_dir.filePath(QStringLiteral("%1.lectern").arg(QString::fromLatin1(QTest::currentTestFunction())));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_project + suffix);
    ProjectDocument project;
    QString error;
    QVERIFY2(project.create(m_project, &error), qPrintable(error));
    QCOMPARE(project.importFiles({QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")}).size(), 7);
    project.close();
}

TestDiskFull::Result TestDiskFull::runLimited(int limitKb, const QString &program, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    // SIGXFSZ ignored, so a write past the limit fails with EFBIG the way ENOSPC would.
    process.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"),
                                                      QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limitKb),
                                                      program} + args);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestDiskFull::checkIntact(int articles)
{
    Database db;
    try {
        projectfile::open(db, m_project, projectfile::Intent::Open);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), articles);
    } catch (const StorageError &e) {
        QFAIL(qPrintable(e.message()));
    }
}

void TestDiskFull::importOnAFullDisk()
{
    const Result full = runLimited(sizeKb() + 8, QStringLiteral(LECTERN_BINARY),
                                   {QStringLiteral("import"), m_project, m_articles});
    QCOMPARE(full.code, 1);
    QVERIFY2(full.err.contains(QStringLiteral("the disk may be full")) && full.err.contains(m_project),
             qPrintable(full.err));
    checkIntact(7);
    // Usable afterwards: with room again the same import goes through.
    const Result again = runLimited(1 << 20, QStringLiteral(LECTERN_BINARY), {QStringLiteral("import"), m_project, m_articles});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    checkIntact(47);
}

void TestDiskFull::editingOnAFullDisk()
{
    // The session edits until the disk is full, then stops with the document's message.
    const Result full = runLimited(sizeKb() + 48, QStringLiteral(EDIT_SESSION_BINARY),
                                   {m_project, QStringLiteral("1"), QStringLiteral("1")});
    QCOMPARE(full.code, 3);
    QVERIFY2(full.err.contains(QStringLiteral("the disk may be full")) || full.err.contains(QStringLiteral("is full")),
             qPrintable(full.err));
    const int acknowledged = int(full.out.count(QStringLiteral(" tag\n")));
    QVERIFY(acknowledged > 0);
    checkIntact(7);
    ProjectDocument project;
    QString error;
    QVERIFY2(project.open(m_project, &error), qPrintable(error));
    int kept = 0;
    for (const Tag &tag : project.tags())
        kept += tag.name.startsWith(QLatin1String("r1-"));
    QVERIFY(kept >= acknowledged); // every tag whose creation returned is there
    QVERIFY(project.createTag(QStringLiteral("after the disk was freed"), QStringLiteral("#123456")) != 0);
}

void TestDiskFull::exportOnAFullDisk_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"html", "pdf", "md", "csv", "qdpx"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestDiskFull::exportOnAFullDisk()
{
    QFETCH(QString, format);
    {
        ProjectDocument project; // more articles than the limit has room for in any format
        QString error;
        QVERIFY2(project.open(m_project, &error), qPrintable(error));
        QCOMPARE(project.importFiles({m_articles}).size(), 40);
    }
    const QString out = m_dir.filePath(QStringLiteral("report.") + format);
    QFile::remove(out);
    const QByteArray before = [this] {
        QFile file(m_project);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    // Room for SQLite's shared memory file, not for the report.
    const Result full = runLimited(40, QStringLiteral(LECTERN_BINARY),
                                   {QStringLiteral("export"), m_project, QStringLiteral("--format"), format,
                                    QStringLiteral("--out"), out});
    QCOMPARE(full.code, 2);
    QVERIFY2(full.err.contains(out) && full.err.contains(QStringLiteral("the disk is full")), qPrintable(full.err));
    QVERIFY2(!QFile::exists(out), "no cut-off report is left behind");
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
