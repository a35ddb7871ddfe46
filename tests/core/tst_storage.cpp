#include "model/span.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/projectfile.h"
#include "storage/schema.h"
#include "storage/sqlitefile.h"
#include "storage/statement.h"
#include "storage/storageerror.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QTest>

using namespace lectern;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void newProjectIsMarked();
    void refusedFilesAreLeftUntouched_data();
    void refusedFilesAreLeftUntouched();
    void createRefusesExistingFile();
    void migrationIsIdempotent();
    void spanKeepsSurrogatePairsWhole();
    void spanContextIsBounded();
    void blocksRoundTrip();
    void articlesRoundTrip();
    void failedTransactionLeavesNothing();
    void quotesAndNulsInTextSurvive();

private:
    QTemporaryDir m_dir;
};

void TestStorage::newProjectIsMarked()
{
    const QString path = m_dir.filePath(QStringLiteral("new.lectern"));
    {
        Database db;
        projectfile::open(db, path, projectfile::Intent::Create);
        QCOMPARE(sqlite::applicationId(db), sqlite::ApplicationId);
        QCOMPARE(sqlite::userVersion(db), schema::currentVersion());
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }
    const sqlite::FileHeader header = sqlite::readHeader(path);
    QCOMPARE(header.applicationId, sqlite::ApplicationId);
    QCOMPARE(header.userVersion, schema::currentVersion());
}

// Writes a file the way a case needs it; returns its path.
static QString makeFile(const QString &dir, const QString &kind)
{
    const QString path = dir + QStringLiteral("/") + kind + QStringLiteral(".lectern");
    if (kind == QLatin1String("empty")) {
        testutil::writeFile(path, {});
    } else if (kind == QLatin1String("text")) {
        testutil::writeFile(path, "This is a note, not a project.\n");
    } else if (kind == QLatin1String("zeroed")) {
        testutil::writeFile(path, QByteArray(8192, '\0'));
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("damaged")) {
        // A real project, all in the main file, then cut short or with pages zeroed.
        {
            Database db;
            projectfile::open(db, path, projectfile::Intent::Create);
            db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        }
        QByteArray bytes = testutil::readFile(path);
        if (kind == QLatin1String("truncated"))
            bytes.truncate(bytes.size() / 2);
        else
            bytes.replace(4096 * 4, 4096 * 8, QByteArray(4096 * 8, '\0'));
        testutil::writeFile(path, bytes);
    } else {
        Database db;
        db.open(path);
        db.exec(QStringLiteral("CREATE TABLE t (x)"));
        if (kind == QLatin1String("newer")) {
            sqlite::setApplicationId(db);
            sqlite::setUserVersion(db, schema::currentVersion() + 1);
        }
        db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    return path;
}

void TestStorage::refusedFilesAreLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "missing" << "does not exist";
    QTest::newRow("empty") << "empty" << "empty file";
    QTest::newRow("not sqlite") << "text" << "not a Lectern project";
    QTest::newRow("zeroed") << "zeroed" << "not a Lectern project";
    QTest::newRow("foreign sqlite") << "foreign" << "SQLite database, but not a Lectern project";
    QTest::newRow("newer version") << "newer" << "newer version of Lectern";
    QTest::newRow("truncated") << "truncated" << "shorter than its header says";
    QTest::newRow("damaged pages") << "damaged" << "is damaged";
}

void TestStorage::refusedFilesAreLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = kind == QLatin1String("missing") ? m_dir.filePath(QStringLiteral("none.lectern"))
                                                          : makeFile(m_dir.path(), kind);
    const QByteArray before = testutil::readFile(path);
    Database db;
    try {
        projectfile::open(db, path, projectfile::Intent::Open);
        QFAIL("the file was accepted");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        QVERIFY2(error.message().contains(path), "the message names the file");
    }
    QVERIFY(!db.isOpen());
    QCOMPARE(testutil::readFile(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStorage::createRefusesExistingFile()
{
    const QString path = makeFile(m_dir.path(), QStringLiteral("text"));
    Database db;
    QVERIFY_THROWS_EXCEPTION(StorageError, projectfile::open(db, path, projectfile::Intent::Create));
    QCOMPARE(testutil::readFile(path), QByteArray("This is a note, not a project.\n"));
}

void TestStorage::migrationIsIdempotent()
{
    Database db;
    db.openInMemory();
    schema::migrate(db);
    schema::migrate(db);
    QCOMPARE(sqlite::userVersion(db), schema::currentVersion());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM relations")).toInt(), 7);
}

void TestStorage::spanKeepsSurrogatePairsWhole()
{
    const QString text = QStringLiteral("ab😀cd");
    const Span span = Span::fromText(text, 3, 5); // starts inside the emoji's pair
    QCOMPARE(span.start, 2);
    QCOMPARE(span.quote, QStringLiteral("😀c"));
    QVERIFY(span.matches(text));
    QVERIFY(!span.matches(QStringLiteral("ab😀xd")));
}

void TestStorage::spanContextIsBounded()
{
    const QString text = QString(50, QLatin1Char('a')) + QStringLiteral("QUOTE") + QString(50, QLatin1Char('b'));
    const Span span = Span::fromText(text, 50, 55);
    QCOMPARE(span.quote, QStringLiteral("QUOTE"));
    QCOMPARE(span.prefix, QString(32, QLatin1Char('a')));
    QCOMPARE(span.suffix, QString(32, QLatin1Char('b')));
    const Span clamped = Span::fromText(text, -5, 1000);
    QCOMPARE(clamped.start, 0);
    QCOMPARE(clamped.end, int(text.size()));
}

void TestStorage::blocksRoundTrip()
{
    const QList<Block> blocks = {{0, 10, BlockKind::Heading, {}}, {12, 40, BlockKind::Paragraph, QStringLiteral("ko")},
                                 {42, 50, BlockKind::ListItem, {}}, {52, 60, BlockKind::Quote, {}}};
    QCOMPARE(ArticleRepository::blocksFromJson(ArticleRepository::blocksToJson(blocks)), blocks);
}

static NewArticle sampleArticle(const QString &title, const QString &text)
{
    NewArticle article;
    article.content.meta.title = title;
    article.content.meta.lang = QStringLiteral("da");
    article.content.meta.outlet = QStringLiteral("Øboposten");
    article.content.meta.format = QStringLiteral("txt");
    article.content.text = text;
    article.content.blocks = {{0, int(text.size()), BlockKind::Paragraph, {}}};
    const QByteArray bytes = text.toUtf8();
    article.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    article.originalSize = bytes.size();
    article.storedOriginal = qCompress(bytes, 1);
    article.compression = QStringLiteral("zlib");
    article.indexTitle = title;
    article.indexBody = text;
    return article;
}

void TestStorage::articlesRoundTrip()
{
    Database db;
    db.openInMemory();
    schema::migrate(db);
    ArticleRepository repository(db);
    Transaction transaction(db);
    const qint64 id = repository.insert(sampleArticle(QStringLiteral("Færgen"), QStringLiteral("Priserne stiger.")));
    const qint64 other = repository.insert(sampleArticle(QStringLiteral("Havnen"), QStringLiteral("Havnen udvides.")));
    transaction.commit();
    QCOMPARE(repository.count(), 2);
    const auto meta = repository.meta(id);
    QVERIFY(meta.has_value());
    QCOMPARE(meta->title, QStringLiteral("Færgen"));
    QCOMPARE(meta->outlet, QStringLiteral("Øboposten"));
    QCOMPARE(repository.text(id), QStringLiteral("Priserne stiger."));
    QCOMPARE(repository.original(id), QStringLiteral("Priserne stiger.").toUtf8());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sources")).toInt(), 1);
    QCOMPARE(repository.list({}, 1, 1).first().id, other);
    ArticleFilter filter;
    filter.titleContains = QStringLiteral("havn");
    QCOMPARE(repository.count(filter), 1);
    repository.setDeleted({id}, true);
    QCOMPARE(repository.count(), 1);
}

void TestStorage::failedTransactionLeavesNothing()
{
    Database db;
    db.openInMemory();
    schema::migrate(db);
    ArticleRepository repository(db);
    const NewArticle article = sampleArticle(QStringLiteral("Færgen"), QStringLiteral("Priserne stiger."));
    try {
        Transaction transaction(db);
        repository.insert(article);
        repository.insert(article); // same sha256: UNIQUE fails
        transaction.commit();
        QFAIL("a duplicate was stored");
    } catch (const StorageError &) {
    }
    QCOMPARE(repository.count(), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM article_texts")).toInt(), 0);
}

void TestStorage::quotesAndNulsInTextSurvive()
{
    Database db;
    db.openInMemory();
    schema::migrate(db);
    ArticleRepository repository(db);
    const QString hostile = QStringLiteral("O'Brien said \"no\"; DROP TABLE articles; --") + QChar(0) + QStringLiteral("after");
    Transaction transaction(db);
    const qint64 id = repository.insert(sampleArticle(hostile, hostile));
    transaction.commit();
    QCOMPARE(repository.meta(id)->title, hostile);
    QCOMPARE(repository.text(id), hostile);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
