#include "annotationrepository.h"

#include "database.h"
#include "statement.h"

#include <QHash>
#include <QStringList>

namespace lectern {

static QString stamp(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

static Tag readTag(const Statement &row)
{
    return Tag{row.integer(0), row.integer(1), row.text(2), row.text(3), int(row.integer(4)), row.text(5)};
}

QList<Tag> AnnotationRepository::tags()
{
    Statement query(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0), name, color, position,"
                                         " description FROM tags ORDER BY parent_id, position, id"));
    query.exec();
    QList<Tag> result;
    while (query.next())
        result.append(readTag(query));
    return result;
}

std::optional<Tag> AnnotationRepository::tag(qint64 id)
{
    Statement query(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0), name, color, position,"
                                         " description FROM tags WHERE id = ?"));
    query.run(id);
    if (!query.next())
        return std::nullopt;
    return readTag(query);
}

qint64 AnnotationRepository::saveTag(const Tag &tag)
{
    const QVariant parent = tag.parentId ? QVariant(tag.parentId) : QVariant();
    if (tag.id) {
        // INSERT OR REPLACE would cascade-delete the tag's uses; upsert keeps them.
        Statement(m_db, QStringLiteral(
            "INSERT INTO tags (id, parent_id, name, color, position, description) VALUES (?,?,?,?,?,?)"
            " ON CONFLICT(id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name,"
            " color = excluded.color, position = excluded.position, description = excluded.description"))
            .run(tag.id, parent, tag.name, tag.color, tag.position, tag.description);
        return tag.id;
    }
    Statement insert(m_db, QStringLiteral(
        "INSERT INTO tags (parent_id, name, color, position, description) VALUES (?,?,?,?,?)"));
    insert.run(parent, tag.name, tag.color, tag.position, tag.description);
    return insert.lastInsertId();
}

void AnnotationRepository::removeTag(qint64 id)
{
    Statement(m_db, QStringLiteral("DELETE FROM tags WHERE id = ?")).run(id);
}

int AnnotationRepository::tagUsage(qint64 id)
{
    Statement query(m_db, QStringLiteral("SELECT (SELECT count(*) FROM annotation_tags WHERE tag_id = ?)"
                                         " + (SELECT count(*) FROM article_tags WHERE tag_id = ?)"));
    query.run(id, id);
    return query.next() ? int(query.integer(0)) : 0;
}

QList<Tag> AnnotationRepository::subtree(qint64 id)
{
    QList<Tag> result;
    if (const auto root = tag(id))
        result.append(*root);
    const QList<Tag> all = tags();
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const Tag &candidate : all)
            if (candidate.parentId == result[i].id)
                result.append(candidate);
    }
    return result;
}

TagUses AnnotationRepository::usesOf(const QList<qint64> &tagIds)
{
    TagUses uses;
    Statement annotations(m_db, QStringLiteral(
        "SELECT annotation_id, tag_id, position FROM annotation_tags WHERE tag_id = ?"));
    Statement articles(m_db, QStringLiteral("SELECT article_id, tag_id FROM article_tags WHERE tag_id = ?"));
    for (qint64 id : tagIds) {
        annotations.run(id);
        while (annotations.next())
            uses.annotations.append({annotations.integer(0), annotations.integer(1), int(annotations.integer(2))});
        articles.run(id);
        while (articles.next())
            uses.articles.append({articles.integer(0), articles.integer(1)});
    }
    return uses;
}

void AnnotationRepository::addUses(const TagUses &uses)
{
    Statement annotation(m_db, QStringLiteral(
        "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id, position) VALUES (?,?,?)"));
    for (const auto &use : uses.annotations)
        annotation.run(use.annotationId, use.tagId, use.position);
    Statement article(m_db, QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?,?)"));
    for (const auto &[articleId, tagId] : uses.articles)
        article.run(articleId, tagId);
}

void AnnotationRepository::removeUses(const TagUses &uses)
{
    Statement annotation(m_db, QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?"));
    for (const auto &use : uses.annotations)
        annotation.run(use.annotationId, use.tagId);
    Statement article(m_db, QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"));
    for (const auto &[articleId, tagId] : uses.articles)
        article.run(articleId, tagId);
}

QList<qint64> AnnotationRepository::articleTags(qint64 articleId)
{
    Statement query(m_db, QStringLiteral("SELECT t.tag_id FROM article_tags t JOIN tags g ON g.id = t.tag_id"
                                         " WHERE t.article_id = ? ORDER BY g.position, g.id"));
    query.run(articleId);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.integer(0));
    return ids;
}

void AnnotationRepository::setArticleTags(qint64 articleId, const QList<qint64> &tagIds)
{
    Statement(m_db, QStringLiteral("DELETE FROM article_tags WHERE article_id = ?")).run(articleId);
    Statement add(m_db, QStringLiteral("INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?,?)"));
    for (qint64 id : tagIds)
        add.run(articleId, id);
}

QPair<QString, QString> AnnotationRepository::articleNote(qint64 articleId)
{
    Statement query(m_db, QStringLiteral("SELECT note, coalesce(note_lang, '') FROM article_notes WHERE article_id = ?"));
    query.run(articleId);
    if (!query.next())
        return {};
    return {query.text(0), query.text(1)};
}

void AnnotationRepository::setArticleNote(qint64 articleId, const QString &note, const QString &lang)
{
    if (note.isEmpty()) {
        Statement(m_db, QStringLiteral("DELETE FROM article_notes WHERE article_id = ?")).run(articleId);
        return;
    }
    Statement(m_db, QStringLiteral(
        "INSERT INTO article_notes (article_id, note, note_lang, modified_at) VALUES (?,?,?,?)"
        " ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, note_lang = excluded.note_lang,"
        " modified_at = excluded.modified_at"))
        .run(articleId, note, lang.isEmpty() ? QVariant() : QVariant(lang), stamp({}));
}

QStringList AnnotationRepository::projectWords(const QString &lang)
{
    Statement query(m_db, QStringLiteral("SELECT word FROM project_words WHERE lang = ? ORDER BY word"));
    query.run(lang);
    QStringList words;
    while (query.next())
        words.append(query.text(0));
    return words;
}

void AnnotationRepository::setProjectWord(const QString &word, const QString &lang, bool present)
{
    if (present)
        Statement(m_db, QStringLiteral("INSERT OR IGNORE INTO project_words (word, lang) VALUES (?,?)")).run(word, lang);
    else
        Statement(m_db, QStringLiteral("DELETE FROM project_words WHERE word = ? AND lang = ?")).run(word, lang);
}

static const char *const annotationColumns =
    "SELECT id, article_id, start, \"end\", quote, prefix, suffix, note, coalesce(note_lang, ''),"
    " created_at, modified_at FROM annotations";

static QList<Annotation> readAnnotations(Statement &query)
{
    QList<Annotation> result;
    while (query.next()) {
        Annotation a;
        a.id = query.integer(0);
        a.articleId = query.integer(1);
        a.span = Span{int(query.integer(2)), int(query.integer(3)), query.text(4), query.text(5), query.text(6)};
        a.note = query.text(7);
        a.noteLang = query.text(8);
        a.created = QDateTime::fromString(query.text(9), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(query.text(10), Qt::ISODateWithMs);
        result.append(a);
    }
    return result;
}

// The tags of many annotations in one query (one per annotation would cost thousands).
static void readTags(Statement &tags, QList<Annotation> &annotations)
{
    QHash<qint64, QList<qint64>> byAnnotation;
    while (tags.next())
        byAnnotation[tags.integer(0)].append(tags.integer(1));
    for (Annotation &a : annotations)
        a.tagIds = byAnnotation.value(a.id);
}

QList<Annotation> AnnotationRepository::annotations(qint64 articleId)
{
    Statement query(m_db, QLatin1String(annotationColumns)
                              + QStringLiteral(" WHERE article_id = ? ORDER BY start, \"end\", id"));
    query.run(articleId);
    QList<Annotation> result = readAnnotations(query);
    Statement tags(m_db, QStringLiteral("SELECT t.annotation_id, t.tag_id FROM annotation_tags t"
                                        " JOIN annotations a ON a.id = t.annotation_id"
                                        " WHERE a.article_id = ? ORDER BY t.annotation_id, t.position"));
    tags.run(articleId);
    readTags(tags, result);
    return result;
}

std::optional<Annotation> AnnotationRepository::annotation(qint64 id)
{
    Statement query(m_db, QLatin1String(annotationColumns) + QStringLiteral(" WHERE id = ?"));
    query.run(id);
    QList<Annotation> found = readAnnotations(query);
    Statement tags(m_db, QStringLiteral("SELECT annotation_id, tag_id FROM annotation_tags"
                                        " WHERE annotation_id = ? ORDER BY position"));
    tags.run(id);
    readTags(tags, found);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 AnnotationRepository::saveAnnotation(const Annotation &a)
{
    const QVariant lang = a.noteLang.isEmpty() ? QVariant() : QVariant(a.noteLang);
    Statement save(m_db, QStringLiteral(
        "INSERT INTO annotations (id, article_id, start, \"end\", quote, prefix, suffix, note, note_lang,"
        " created_at, modified_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(id) DO UPDATE SET start = excluded.start, \"end\" = excluded.\"end\","
        " quote = excluded.quote, prefix = excluded.prefix, suffix = excluded.suffix,"
        " note = excluded.note, note_lang = excluded.note_lang, modified_at = excluded.modified_at"));
    save.run(a.id ? QVariant(a.id) : QVariant(), a.articleId, a.span.start, a.span.end,
             a.span.quote, a.span.prefix, a.span.suffix, a.note.isNull() ? QStringLiteral("") : a.note,
             lang, stamp(a.created), stamp(a.modified));
    const qint64 id = a.id ? a.id : save.lastInsertId();
    Statement(m_db, QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?")).run(id);
    Statement addTag(m_db, QStringLiteral(
        "INSERT INTO annotation_tags (annotation_id, tag_id, position) VALUES (?,?,?)"));
    for (int i = 0; i < a.tagIds.size(); ++i)
        addTag.run(id, a.tagIds[i], i);
    return id;
}

void AnnotationRepository::removeAnnotation(qint64 id)
{
    Statement(m_db, QStringLiteral("DELETE FROM annotations WHERE id = ?")).run(id);
}

} // namespace lectern
