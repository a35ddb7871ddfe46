#pragma once

#include "../model/article.h"

#include <QJsonObject>

namespace lectern {
struct SearchHit;

// The stable JSON shapes of the command line (README, "JSON output").
namespace json {
QJsonObject article(const ArticleMeta &meta);
QJsonObject articleWithText(const ArticleMeta &meta, const QString &text, const QList<Block> &blocks);
QJsonObject searchHit(const SearchHit &hit);
} // namespace json
} // namespace lectern
