// Kills `lectern import` and a scripted editing session with SIGKILL at random moments
// (at least 200 kills a run) and opens the project after each: it opens, passes
// PRAGMA integrity_check and the full-text index check, holds every edit acknowledged
// before the kill, and no article is half imported. LECTERN_KILL_SEED repeats a run.
#include "project/projectdocument.h"
#include "storage/database.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

constexpr int Articles = 80;

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportsLeaveWholeArticles();
    void killedEditingKeepsAcknowledgedEdits();
    void cleanupTestCase();

private:
    // Starts a program, kills it after `delayMs` unless it finished; true when it was killed.
    bool runAndKill(const QString &program, const QStringList &args, int delayMs, QByteArray *out = nullptr);
    // Opens and checks the project; *ids gets its articles.
    void checkProject(const QString &path, QSet<qint64> *ids);

    QTemporaryDir m_dir;
    QString m_articles; // a folder of invented articles to import
    QRandomGenerator m_random;
    int m_kills = 0;
    int m_importMs = 0; // how long a whole import takes here
};

void TestCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    bool ok = false;
    quint32 seed = quint32(qEnvironmentVariableIntValue("LECTERN_KILL_SEED", &ok));
    if (!ok)
        seed = QRandomGenerator::global()->generate();
    m_random.seed(seed);
    qInfo("kill seed %u (set LECTERN_KILL_SEED to repeat)", seed);

    // Invented articles, each different, long enough to parse, with figures for claims.
    m_articles = m_dir.filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(m_articles));
    static const char *const ports[] = {"Aarhus", "Esbjerg", "Fredericia", "Aalborg", "Odense"};
    for (int i = 0; i < Articles; ++i) {
        QFile file(QStringLiteral("%1/article-%2.txt").arg(m_articles).arg(i, 3, 10, QLatin1Char('0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString text = QStringLiteral("Port of %1 reports record week %2\n\nBy Staff Writer\n\n").arg(QLatin1String(ports[i % 5])).arg(i);
        for (int p = 0; p < 12; ++p)
            text += QStringLiteral("The harbour handled %1 containers in week %2, up %3 percent, the port authority said. "
                                   "Dock workers expect up to %4 more ships next month, according to the union.\n\n")
                        .arg(1000 + i * 37 + p).arg(i).arg(p + 2).arg(10 + p);
        file.write(text.toUtf8());
    }

    // Kills are drawn over the time a whole import takes on this machine.
    const QString scratch = m_dir.filePath(QStringLiteral("timing.lectern"));
    QCOMPARE(QProcess::execute(QStringLiteral(LECTERN_BINARY), {QStringLiteral("new"), scratch}), 0);
    QElapsedTimer timer;
    timer.start();
    QProcess import;
    import.start(QStringLiteral(LECTERN_BINARY), {QStringLiteral("import"), scratch, m_articles});
    QVERIFY(import.waitForFinished(120000));
    m_importMs = int(timer.elapsed());
    qInfo("a whole import takes %d ms", m_importMs);
}

void TestCrash::cleanupTestCase()
{
    qInfo("%d kills", m_kills);
    QVERIFY2(m_kills >= 200, "fewer than 200 processes were killed mid-way");
}

bool TestCrash::runAndKill(const QString &program, const QStringList &args, int delayMs, QByteArray *out)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return false;
    bool killed = false;
    if (!process.waitForFinished(delayMs)) {
        process.kill(); // SIGKILL
        process.waitForFinished(10000);
        killed = true;
        ++m_kills;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return killed;
}

void TestCrash::checkProject(const QString &path, QSet<qint64> *ids)
{
    Database db;
    try {
        projectfile::open(db, path, projectfile::Intent::Open);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        db.exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('integrity-check')"));
        // An article is whole: its text, its original and its index entry came with it.
        const int count = db.scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM article_texts")).toInt(), count);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM article_originals")).toInt(), count);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM search_index_docsize")).toInt(), count);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                          "(SELECT 1 FROM claims c WHERE c.article_id = a.id)")).toInt(), 0);
        ids->clear();
        QSqlQuery query(db.handle());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM articles")));
        while (query.next())
            *ids << query.value(0).toLongLong();
    } catch (const StorageError &e) {
        QFAIL(qPrintable(e.message()));
    }
}

void TestCrash::killedImportsLeaveWholeArticles()
{
    // Fresh projects, so most kills land while articles are being written; rounds go on
    // until 100 imports were killed mid-way.
    const int killsBefore = m_kills;
    // Rounds end early when a busy machine makes imports finish before their kill: allow many.
    for (int round = 0; m_kills - killsBefore < 100 && round < 100; ++round) {
        const QString project = m_dir.filePath(QStringLiteral("import-%1.lectern").arg(round));
        ProjectDocument created;
        QString error;
        QVERIFY2(created.create(project, &error), qPrintable(error));
        created.close();
        QSet<qint64> previous;
        for (int attempt = 0; attempt < 12; ++attempt) {
            QByteArray out;
            // Within the time the rest of the import should take (a fifth for starting up).
            const int rest = m_importMs / 5 + m_importMs * int(Articles - previous.size()) / Articles;
            const bool killed = runAndKill(QStringLiteral(LECTERN_BINARY), {QStringLiteral("import"), project, m_articles},
                                           int(m_random.bounded(10, std::max(20, rest))), &out);
            QSet<qint64> ids;
            checkProject(project, &ids);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(ids.contains(previous)); // nothing committed before was lost
            // Every article the import reported ("imported ID ...") is there.
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("imported "))
                    QVERIFY2(ids.contains(line.split(' ').value(1).toLongLong()), line.constData());
            previous = ids;
            if (!killed)
                break; // it finished: the next kill gets a fresh project
        }
        // A last import without a kill completes the set, each article once.
        QVERIFY(!runAndKill(QStringLiteral(LECTERN_BINARY), {QStringLiteral("import"), project, m_articles}, 120000));
        QSet<qint64> ids;
        checkProject(project, &ids);
        QCOMPARE(ids.size(), Articles);
    }
}

void TestCrash::killedEditingKeepsAcknowledgedEdits()
{
    const QString project = m_dir.filePath(QStringLiteral("editing.lectern"));
    {
        ProjectDocument document;
        QString error;
        QVERIFY2(document.create(project, &error), qPrintable(error));
        QCOMPARE(document.importFiles({m_articles + QStringLiteral("/article-000.txt")}).size(), 1);
    }
    const qint64 article = 1;
    for (int run = 0; run < 110; ++run) {
        QByteArray out;
        runAndKill(QStringLiteral(EDIT_SESSION_BINARY), {project, QString::number(run), QString::number(article)},
                   int(m_random.bounded(60, 400)), &out);
        // What the session acknowledged before it died.
        QSet<int> tags, annotations, undone;
        int lastNote = -1;
        for (const QByteArray &line : out.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 4 || f[0] != "ok" || f[1].toInt() != run)
                continue;
            const int i = f[2].toInt();
            if (f[3] == "tag") tags << i;
            else if (f[3] == "annotation") annotations << i;
            else if (f[3] == "undo") undone << i;
            else if (f[3] == "note") lastNote = i;
        }
        ProjectDocument document;
        QString error;
        QVERIFY2(document.open(project, &error), qPrintable(error)); // the dead session's lock is stale
        QSet<QString> tagNames;
        for (const Tag &tag : document.tags())
            tagNames << tag.name;
        QSet<QString> notes;
        for (const Annotation &a : document.annotations(article))
            notes << a.note;
        const auto name = [run](int i) { return QStringLiteral("r%1-%2").arg(run).arg(i); };
        for (int i : std::as_const(tags))
            QVERIFY2(tagNames.contains(name(i)), qPrintable(name(i)));
        for (int i : std::as_const(annotations)) {
            if (undone.contains(i))
                QVERIFY2(!notes.contains(name(i)), qPrintable(name(i) + QStringLiteral(" was taken back")));
            else if (i % 5 != 4) // every fifth is taken back: killed before saying so, either is right
                QVERIFY2(notes.contains(name(i)), qPrintable(name(i)));
        }
        if (lastNote >= 0) {
            // The acknowledged note, or one written after it that had not been acknowledged.
            const QString note = document.articleNote(article).first;
            QVERIFY2(note.startsWith(QStringLiteral("r%1-").arg(run)), qPrintable(note));
            QVERIFY2(note.mid(note.indexOf(u'-') + 1).toInt() >= lastNote, qPrintable(note));
        }
        document.close();
        QSet<qint64> ids;
        checkProject(project, &ids);
        QCOMPARE(ids.size(), 1);
    }
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
