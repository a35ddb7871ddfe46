#pragma once

#include "../model/annotation.h"

#include <QList>
#include <optional>

namespace lectern {

class Database;

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

    QList<Annotation> annotations(qint64 articleId);
    std::optional<Annotation> annotation(qint64 id);
    // Stores annotation with its tags; an id of 0 gets a new one. Returns the id.
    qint64 saveAnnotation(const Annotation &annotation);
    void removeAnnotation(qint64 id);

private:
    Database &m_db;
};

} // namespace lectern
