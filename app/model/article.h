#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lectern {

// What a block of the canonical text is. Blocks are separated by "\n\n".
enum class BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted };

QString blockKindName(BlockKind kind);
BlockKind blockKindFromName(const QString &name);

// One block of an article's canonical text: [start, end) in UTF-16 code units.
// lang is the block's language when it differs from the article's, else empty.
struct Block {
    int start = 0;
    int end = 0;
    BlockKind kind = BlockKind::Paragraph;
    QString lang;

    friend bool operator==(const Block &, const Block &) = default;
};

// The metadata of an article: everything the article list reads. The text lives apart.
struct ArticleMeta {
    qint64 id = 0;
    QString title;
    QString byline;
    QString outlet;
    QString published; // ISO 8601 date or date-time, empty when unknown
    QString lang;      // ISO 639-1 code of the article's main language, "und" when unknown
    QString url;
    QString fileName;  // the original file's name, without its folder
    QString format;    // txt, html, md, pdf
    int textLength = 0;
    QDateTime importedAt;
    int annotationCount = 0;
};

// An article as an importer produces it, before it has an id.
struct ArticleContent {
    ArticleMeta meta;
    QString text;         // canonical text, never changes after import
    QList<Block> blocks;  // in text order, covering every paragraph
};

} // namespace lectern
