// Paths with spaces, non-ASCII letters and very long names; read-only files and folders.
// Read-only cases run `lectern` as the user "nobody" (setpriv) when the test runs as root,
// since root writes through any permission bits.
#include "project/projectdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace lectern;

class TestPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unusualPathsWorkEverywhere();
    void readOnlyFolderOpensReadOnly();
    void readOnlyFileIsNotChanged();

private:
    struct Result {
        int code;
        QString out;
        QString err;
    };
    // Runs lectern, as "nobody" when this test runs as root.
    Result lectern(const QStringList &args, bool unprivileged = false);
    QByteArray read(const QString &path);

    QTemporaryDir m_dir;
};

void TestPaths::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ReadOther | QFileDevice::ExeOther);
}

TestPaths::Result TestPaths::lectern(const QStringList &args, bool unprivileged)
{
    QProcess process;
    if (unprivileged && geteuid() == 0)
        process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                                             QStringLiteral("--clear-groups"), QStringLiteral(LECTERN_BINARY)} + args);
    else
        process.start(QStringLiteral(LECTERN_BINARY), args);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray TestPaths::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPaths::unusualPathsWorkEverywhere()
{
    // Spaces, Danish, Korean and Arabic letters, a file name of about 200 bytes.
    const QString folder = m_dir.filePath(QStringLiteral("Mit projekt – æøå/프로젝트 폴더/مشروع جديد"));
    const QString longName = QString(36, QChar(0xAE00)) + QStringLiteral(" harbour notes ") + QString(40, QLatin1Char('x'));
    QVERIFY(longName.toUtf8().size() > 150);
    // Articles and reports may sit deeper still: a path over 1,000 bytes.
    QString deep = folder;
    for (int i = 0; i < 8; ++i)
        deep += QLatin1Char('/') + longName.left(60) + QString::number(i);
    QVERIFY(QDir().mkpath(deep));
    QVERIFY(deep.toUtf8().size() > 1000);
    const QString project = folder + QLatin1Char('/') + longName + QStringLiteral(".lectern");
    const QString article = deep + QStringLiteral("/Artikel om havnen (kopi) – 한국어.html");
    QVERIFY(QFile::copy(QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples/01-harbour-ledger.html"), article));

    QCOMPARE(lectern({QStringLiteral("new"), project}).code, 0);
    const Result imported = lectern({QStringLiteral("import"), project, article});
    QVERIFY2(imported.code == 0 && imported.out.contains(article), qPrintable(imported.err));
    QVERIFY(lectern({QStringLiteral("list"), project}).out.contains(QStringLiteral("Nordlys")));
    const QString report = deep + QStringLiteral("/Rapport – 보고서 ") + QString(30, QChar(0x0645)) + QStringLiteral(".html");
    QCOMPARE(lectern({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("html"),
                      QStringLiteral("--out"), report}).code, 0);
    QVERIFY(read(report).contains("Nordlys"));

    // The window's way in: open, edit, back up, reopen the backup.
    ProjectDocument document;
    QString error;
    QVERIFY2(document.open(project, &error), qPrintable(error));
    QVERIFY(document.createTag(QStringLiteral("Havn"), QStringLiteral("#224466")));
    const QString backup = document.backup(3, &error);
    QVERIFY2(!backup.isEmpty(), qPrintable(error));
    document.close();
    QVERIFY2(document.open(backup, &error, true), qPrintable(error));
    QCOMPARE(document.tags().size(), 1);

    // A project path longer than SQLite takes is refused with the reason and what to do.
    const Result tooLong = lectern({QStringLiteral("new"), deep + QStringLiteral("/deep.lectern")});
    QCOMPARE(tooLong.code, 2);
    QVERIFY2(tooLong.err.contains(QStringLiteral("shorter path")), qPrintable(tooLong.err));
}

void TestPaths::readOnlyFolderOpensReadOnly()
{
    if (geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: permissions cannot be tested");
    const QString folder = m_dir.filePath(QStringLiteral("read only"));
    QVERIFY(QDir().mkpath(folder));
    const QString project = folder + QStringLiteral("/shared.lectern");
    QCOMPARE(lectern({QStringLiteral("new"), project}).code, 0);
    QCOMPARE(lectern({QStringLiteral("import"), project, QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")}).code, 0);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const QByteArray before = read(project);

    // Reading works without SQLite's shared-memory file (the folder cannot hold one) ...
    const Result list = lectern({QStringLiteral("list"), project}, true);
    QVERIFY2(list.code == 0 && list.out.count(QLatin1Char('\n')) == 7, qPrintable(list.err));
    const Result search = lectern({QStringLiteral("search"), project, QStringLiteral("Aarhus")}, true);
    QVERIFY2(search.code == 0 && search.out.contains(QStringLiteral("Aarhus")), qPrintable(search.err));
    // ... and a change is refused with the reason, the file untouched.
    const Result import = lectern({QStringLiteral("import"), project, QStringLiteral(LECTERN_SOURCE_DIR "/tests/data/import/japanese.txt")}, true);
    QCOMPARE(import.code, 2);
    QVERIFY2(import.err.contains(QStringLiteral("read-only")) && import.err.contains(project), qPrintable(import.err));
    QCOMPARE(read(project), before);
    QVERIFY(!QFile::exists(project + QStringLiteral("-wal")));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestPaths::readOnlyFileIsNotChanged()
{
    if (geteuid() == 0 && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("running as root without setpriv: permissions cannot be tested");
    // A read-only project in a folder its user may write (owned by "nobody" under root).
    const QString folder = m_dir.filePath(QStringLiteral("writable"));
    QVERIFY(QDir().mkpath(folder));
    const QString project = folder + QStringLiteral("/locked.lectern");
    QCOMPARE(lectern({QStringLiteral("new"), project}).code, 0);
    if (geteuid() == 0)
        QCOMPARE(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody"), folder}), 0);
    QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const QByteArray before = read(project);
    const Result import = lectern({QStringLiteral("import"), project, QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")}, true);
    QCOMPARE(import.code, 2);
    QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
    QCOMPARE(read(project), before);
    QCOMPARE(lectern({QStringLiteral("list"), project}, true).code, 0);
}

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
