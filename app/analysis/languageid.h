#pragma once

#include <QSet>
#include <QString>

namespace lectern::language {

struct Guess {
    QString code;          // ISO 639-1 where one exists ("en", "da", "ko"), "und" when unknown
    bool reliable = false;
};

// The language of a text: by script where a script belongs to one language (Hangul, Kana,
// Thai, Greek, Hebrew ...), else by CLD2's statistics on its first JudgedLength characters
// (CLD2 is sure of a language after a few hundred words). Thread-safe.
constexpr qsizetype JudgedLength = 3000;
Guess detect(QStringView text);
// Only what the script says: ko, ja, zh, el, he, th ... or "und" for shared scripts.
Guess detectByScript(QStringView text);

// The 30 words an article uses most (three times at least), lower case: mostly its
// language's function words ("the", "og", "und"), found without a word list.
QSet<QString> commonWords(QStringView text);

// The language of one paragraph of an article in articleLang: empty when it is the
// article's language or too short to tell, else the paragraph's own language. With the
// article's common words, a paragraph that uses them as the article does is taken
// as the article's language without statistics (most paragraphs: statistics per paragraph
// cost more than the rest of reading an article).
QString detectBlock(QStringView text, const QString &articleLang, const QSet<QString> &articleWords = {});

} // namespace lectern::language
