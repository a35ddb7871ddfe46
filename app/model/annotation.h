#pragma once

#include "span.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lectern {

// A tag of the project's codebook. parentId 0 is a top-level tag.
struct Tag {
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString color; // #rrggbb
    int position = 0;
    QString description;

    friend bool operator==(const Tag &, const Tag &) = default;
};

// A passage of an article marked by the analyst, with a note and tags.
struct Annotation {
    qint64 id = 0;
    qint64 articleId = 0;
    Span span;
    QString note;
    QString noteLang; // empty: the article's language
    QList<qint64> tagIds;
    QDateTime created;
    QDateTime modified;
};

// One end of a link: a passage or claim of an article, or the whole article (no span).
struct LinkEnd {
    qint64 articleId = 0;
    bool wholeArticle = true;
    Span span;
    qint64 claimId = 0;
};

// A typed relation between two ends (supports, contradicts, same claim, ...).
struct Link {
    qint64 id = 0;
    QString relation; // key of a row in the project's relation list
    LinkEnd from;
    LinkEnd to;
    QString note;
};

// A kind of link, editable per project.
struct Relation {
    qint64 id = 0;
    QString key;
    QString name;
    bool directed = true;
};

} // namespace lectern
