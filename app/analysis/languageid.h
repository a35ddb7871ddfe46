#pragma once

#include <QString>

namespace lectern::language {

struct Guess {
    QString code;          // ISO 639-1 where one exists ("en", "da", "ko"), "und" when unknown
    bool reliable = false;
};

// The language of a text: by script where a script belongs to one language (Hangul, Kana,
// Thai, Greek, Hebrew ...), else by CLD2's statistics. Thread-safe.
Guess detect(QStringView text);
// Only what the script says: ko, ja, zh, el, he, th ... or "und" for shared scripts.
Guess detectByScript(QStringView text);

// The language of one paragraph of an article in articleLang: empty when it is the
// article's language or too short to tell, else the paragraph's own language.
QString detectBlock(QStringView text, const QString &articleLang);

} // namespace lectern::language
