#pragma once

#include "../model/article.h"
#include "../model/claim.h"

namespace lectern {

// Finds the check-worthy sentences of a text in its language: sentences (ICU) that state a
// figure, quote someone, attribute something to a source, predict, explain a cause or
// compare. Each gets kinds, a score in [0, 1], the claimant where one is named, and its
// quantities. Blocks may be given (an article's); else paragraphs split at blank lines.
// Thread-safe.
QList<Claim> extractClaims(const QString &text, const QString &lang, const QList<Block> &blocks = {});

// The version of the extraction rules; stored with claims so a project knows which
// claims came from older rules.
int extractorVersion();

} // namespace lectern
