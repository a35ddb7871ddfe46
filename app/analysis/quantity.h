#pragma once

#include "../model/claim.h"

namespace lectern {

class Lexicon;

// Finds the figures in a sentence the way its language writes them: thousands separators
// (, . space, no-break spaces, apostrophe), decimal commas, scale words (million, mia.,
// Mrd., 만, 億 ...), currencies before or after, percent words, durations, bounds before or
// after ("up to", "op til", "bis zu", "최대", "約", "이상", "以上"), and what is counted.
// Dates and years are recognised: dates are left out, years come back with unit "year".
// Offsets are relative to `text`.
QList<Quantity> findQuantities(QStringView text, const Lexicon &lexicon);

// The number a digit string stands for in a language whose decimal and grouping marks
// are `decimal` and `grouping` (CLDR): "16.000" in Danish is 16000, "3,4" is 3.4, "1,500" in
// English is 1500, "14.000" in French (which groups with spaces) is 14000.
double parseNumber(QStringView digits, QChar decimal, QChar grouping = QChar());

} // namespace lectern
