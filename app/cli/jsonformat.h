#pragma once

#include "../model/article.h"
#include "../model/claim.h"

#include <QJsonObject>

namespace lectern {
struct SearchHit;
struct AlignedGroup;

// The stable JSON shapes of the command line (README, "JSON output").
namespace json {
QJsonObject article(const ArticleMeta &meta);
QJsonObject articleWithText(const ArticleMeta &meta, const QString &text, const QList<Block> &blocks);
QJsonObject searchHit(const SearchHit &hit);
QJsonObject claim(qint64 article, const Claim &claim);
QJsonObject alignedGroup(const AlignedGroup &group);
} // namespace json
} // namespace lectern
