#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QStringView>

namespace lectern {

class Lexicon;

// The spans of a sentence whose digits are never a figure: dates in every written form
// (ISO, dotted, slashed, CJK 年月日, "ngày 28/10"), times, URLs, e-mail addresses, file
// names, versions, phone numbers, quarters and halves, ordinals and ranks, page counters
// and names with digits ("Covid-19", "A320", "G7"). In text order; the text is expected
// with ASCII digits (see findQuantities). One pass per pattern: linear in the text.
// With `near` (the candidate figures), the shapes are looked for only within a few words
// of them, which is where a shape can matter (a long sentence is not scanned 90 times).
QList<QPair<int, int>> notFigureSpans(QStringView text, const Lexicon &lexicon,
                                      const QList<QPair<int, int>> &near = {});

// The patterns of the shapes (case-insensitive, Unicode properties), for tests.
QStringList notFigurePatterns();

} // namespace lectern
