#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern::searchtext {

// True for the scripts written without spaces between words (Han, Hiragana, Katakana,
// Hangul, Thai, Lao, Khmer, Myanmar). Hangul uses spaces, but particles attach to words
// ("아마존은"), so a word is a substring there too.
bool isSpacelessScript(char32_t c);

// The text handed to the full-text index: runs of spaceless scripts become overlapping
// bigrams ("아마존은" -> "아마 마존 존은"), everything else stays as it is for FTS5's
// unicode61 tokenizer. A substring query of two or more characters then becomes a phrase
// of bigrams, so CJK search finds substrings without a trigram index three times the text.
QString indexText(QStringView text);

struct Query {
    QString fts;        // FTS5 MATCH expression, empty when the query has no words
    QStringList terms;  // the words and phrases as typed, for marking snippets
};
// Turns what a user typed into an FTS5 expression: all words must occur; "quoted phrases"
// stay together; a trailing * matches prefixes. FTS5 operators typed by the user are
// treated as words, so no input can make the expression invalid.
Query parseQuery(const QString &input);

struct Snippet {
    QString text;                    // an excerpt of the article text
    QList<QPair<int, int>> marks;    // [start, end) of each match, relative to text
    int matchStart = -1;             // offset of the first match in the article, -1 if none
};
// An excerpt of about 2 * radius characters around the first match of any term, matching
// without regard to case or diacritics.
Snippet makeSnippet(const QString &text, const QStringList &terms, int radius = 80);

// Case- and diacritic-folded copy of text; map[i] is the index in text of folded[i], and
// map.last() == text.size().
QString fold(QStringView text, QList<int> *map = nullptr);

} // namespace lectern::searchtext
