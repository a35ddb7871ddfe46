#include "schema.h"

#include "database.h"
#include "fulltextindex.h"
#include "sqlitefile.h"

#include "statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <vector>

namespace lectern::schema {

static void execAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        db.exec(sql);
}

// Version 1: the whole data model, so later features fill tables rather than reshape them.
// Article bodies and original bytes live in their own tables, so the article list reads a
// narrow table and opening a large project does not touch the text.
static void migration1(Database &db)
{
    execAll(db, {
        QStringLiteral("CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE sources ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " url TEXT)"),
        QStringLiteral("CREATE TABLE articles ("
                       " id INTEGER PRIMARY KEY,"
                       " title TEXT NOT NULL,"
                       " byline TEXT,"
                       " source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,"
                       " published TEXT,"
                       " lang TEXT NOT NULL DEFAULT 'und',"
                       " url TEXT,"
                       " file_name TEXT,"
                       " format TEXT NOT NULL,"
                       " sha256 BLOB NOT NULL UNIQUE,"
                       " text_length INTEGER NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " deleted_at TEXT)"),
        QStringLiteral("CREATE INDEX articles_source ON articles(source_id)"),
        QStringLiteral("CREATE TABLE article_texts ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " text TEXT NOT NULL,"
                       " blocks TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE article_originals ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " size INTEGER NOT NULL,"
                       " compression TEXT NOT NULL,"
                       " bytes BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE tags ("
                       " id INTEGER PRIMARY KEY,"
                       " parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " color TEXT NOT NULL,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " description TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX tags_parent ON tags(parent_id, position)"),
        QStringLiteral("CREATE TABLE annotations ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
                       " quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " note_lang TEXT,"
                       " created_at TEXT NOT NULL,"
                       " modified_at TEXT NOT NULL,"
                       " CHECK (start >= 0 AND \"end\" >= start))"),
        QStringLiteral("CREATE INDEX annotations_article ON annotations(article_id, start)"),
        QStringLiteral("CREATE TABLE annotation_tags ("
                       " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (annotation_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags(tag_id)"),
        QStringLiteral("CREATE TABLE article_tags ("
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (article_id, tag_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX article_tags_tag ON article_tags(tag_id)"),
        QStringLiteral("CREATE TABLE article_notes ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " note TEXT NOT NULL, note_lang TEXT, modified_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE claims ("
                       " id INTEGER PRIMARY KEY,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL,"
                       " quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,"
                       " lang TEXT, kinds TEXT NOT NULL, score REAL NOT NULL,"
                       " claimant TEXT, quantities TEXT NOT NULL DEFAULT '[]',"
                       " status TEXT NOT NULL DEFAULT 'auto'"
                       "  CHECK (status IN ('auto','accepted','rejected','edited')),"
                       " extractor_version INTEGER NOT NULL DEFAULT 0,"
                       " annotation_id INTEGER REFERENCES annotations(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE INDEX claims_article ON claims(article_id, start)"),
        QStringLiteral("CREATE TABLE relations ("
                       " id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " directed INTEGER NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO relations (key, name, directed, position) VALUES"
                       " ('supports','supports',1,0), ('contradicts','contradicts',0,1),"
                       " ('same_claim','same claim',0,2), ('elaborates','elaborates',1,3),"
                       " ('cites','cites/quotes',1,4), ('updates','updates/corrects',1,5),"
                       " ('translation_of','translation of',1,6)"),
        QStringLiteral("CREATE TABLE links ("
                       " id INTEGER PRIMARY KEY,"
                       " relation_id INTEGER NOT NULL REFERENCES relations(id),"
                       " note TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL, modified_at TEXT NOT NULL,"
                       " from_article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " from_start INTEGER, from_end INTEGER,"
                       " from_quote TEXT, from_prefix TEXT, from_suffix TEXT,"
                       " from_claim INTEGER REFERENCES claims(id) ON DELETE SET NULL,"
                       " to_article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " to_start INTEGER, to_end INTEGER,"
                       " to_quote TEXT, to_prefix TEXT, to_suffix TEXT,"
                       " to_claim INTEGER REFERENCES claims(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE INDEX links_from ON links(from_article)"),
        QStringLiteral("CREATE INDEX links_to ON links(to_article)"),
        QStringLiteral("CREATE TABLE project_words (word TEXT NOT NULL, lang TEXT NOT NULL,"
                       " PRIMARY KEY (word, lang)) WITHOUT ROWID"),
    });
    fulltext::createIndex(db);
}

// Version 2: indexes for sorting the article list of a large project by its columns.
static void migration2(Database &db)
{
    execAll(db, {
        QStringLiteral("CREATE INDEX articles_title ON articles(title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX articles_published ON articles(published)"),
        QStringLiteral("CREATE INDEX articles_lang ON articles(lang)"),
    });
}

static const std::vector<std::function<void(Database &)>> &migrations()
{
    static const std::vector<std::function<void(Database &)>> list = {migration1, migration2};
    return list;
}

int currentVersion()
{
    return int(migrations().size());
}

static void migrateTo(Database &db, int target)
{
    const int from = sqlite::userVersion(db);
    for (int version = from + 1; version <= target; ++version) {
        Transaction transaction(db);
        migrations()[size_t(version - 1)](db);
        sqlite::setApplicationId(db);
        sqlite::setUserVersion(db, version);
        transaction.commit();
    }
}

void migrate(Database &db)
{
    migrateTo(db, currentVersion());
}

namespace {

struct SchemaObject {
    QString type, name, table, sql;
    bool operator==(const SchemaObject &) const = default;
};

// The objects SQLite records for a database, by name. SQLite's own (sqlite_sequence,
// sqlite_stat1, automatic indexes) are left out: no statement can make one of those run.
QMap<QString, SchemaObject> objectsOf(Database &db)
{
    QMap<QString, SchemaObject> objects;
    Statement list(db, QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
                                      " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    for (list.exec(); list.next();)
        objects.insert(list.text(1), {list.text(0), list.text(1), list.text(2), list.text(3)});
    return objects;
}

// What this build's migrations make for `version`, made once per version in memory.
QMap<QString, SchemaObject> expectedObjects(int version)
{
    static QMutex mutex;
    static QHash<int, QMap<QString, SchemaObject>> made;
    const QMutexLocker lock(&mutex);
    if (!made.contains(version)) {
        Database memory;
        memory.openInMemory();
        migrateTo(memory, version);
        made.insert(version, objectsOf(memory));
    }
    return made.value(version);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::schema", text);
}

} // namespace

QString difference(Database &db, int version)
{
    if (version < 1 || version > currentVersion())
        return {};
    const QMap<QString, SchemaObject> expected = expectedObjects(version);
    const QMap<QString, SchemaObject> found = objectsOf(db);
    for (const SchemaObject &object : found) {
        if (!expected.contains(object.name))
            return tr("it holds a %1 named \"%2\" that Lectern does not make").arg(object.type, object.name);
        if (!(expected.value(object.name) == object))
            return tr("its %1 \"%2\" is not as Lectern made it").arg(object.type, object.name);
    }
    for (const SchemaObject &object : expected)
        if (!found.contains(object.name))
            return tr("its %1 \"%2\" is missing").arg(object.type, object.name);
    return {};
}

} // namespace lectern::schema
