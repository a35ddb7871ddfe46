#pragma once

#include "../model/annotation.h"

#include <QList>
#include <optional>

namespace lectern {

class Database;

// Where tags are used: rows of annotation_tags and article_tags, for undoing codebook edits.
struct TagUses {
    struct AnnotationUse {
        qint64 annotationId;
        qint64 tagId;
        int position;
    };
    QList<AnnotationUse> annotations;
    QList<QPair<qint64, qint64>> articles; // (article, tag)
};

// Tags of the codebook and annotations of articles. Call writes inside a transaction.
class AnnotationRepository
{
public:
    explicit AnnotationRepository(Database &db) : m_db(db) {}

    QList<Tag> tags();
    std::optional<Tag> tag(qint64 id);
    // Stores tag; an id of 0 gets a new one. Returns the id.
    qint64 saveTag(const Tag &tag);
    void removeTag(qint64 id);
    int tagUsage(qint64 id);
    // The tag and its descendants, parents before children.
    QList<Tag> subtree(qint64 id);
    TagUses usesOf(const QList<qint64> &tagIds);
    void addUses(const TagUses &uses);    // present rows are kept
    void removeUses(const TagUses &uses);

    QList<qint64> articleTags(qint64 articleId);
    void setArticleTags(qint64 articleId, const QList<qint64> &tagIds);
    // The whole-article note and its language ("" when none).
    QPair<QString, QString> articleNote(qint64 articleId);
    void setArticleNote(qint64 articleId, const QString &note, const QString &lang);

    QStringList projectWords(const QString &lang);
    void setProjectWord(const QString &word, const QString &lang, bool present);

    QList<Annotation> annotations(qint64 articleId);
    std::optional<Annotation> annotation(qint64 id);
    // Stores annotation with its tags; an id of 0 gets a new one. Returns the id.
    qint64 saveAnnotation(const Annotation &annotation);
    void removeAnnotation(qint64 id);

private:
    Database &m_db;
};

} // namespace lectern
