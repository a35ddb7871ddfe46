#pragma once

#include "../model/article.h"
#include "../model/claim.h"

namespace lectern {

class Lexicon;

// Finds the candidate claims of a text in its language: sentences (ICU) that state a figure,
// quote someone, attribute something to a source, predict, explain a cause or compare, and
// any other sentence the check-worthiness model scores at candidateFloor() or above. Each
// gets its kinds, the model's probability that it is worth checking as its score, the
// claimant where one is named, and its quantities. Blocks may be given (an article's); else
// paragraphs split at blank lines. Thread-safe.
QList<Claim> extractClaims(const QString &text, const QString &lang, const QList<Block> &blocks = {});

// Every sentence of a text, as extractClaims cuts it.
QList<QPair<int, int>> sentenceSpans(const QString &text, const QString &lang, const QList<Block> &blocks = {});

// One sentence's kinds, claimant and quantities (offsets in the sentence), unscored.
Claim analyseSentence(QStringView sentence, const Lexicon &lexicon);

// The least score a sentence without any kind needs to be kept as a candidate.
double candidateFloor();

// The version of the extraction rules; stored with claims so a project knows which
// claims came from older rules.
int extractorVersion();

} // namespace lectern
