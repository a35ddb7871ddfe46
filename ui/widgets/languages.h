#pragma once

#include <QLocale>
#include <QString>

namespace lectern {

// A language's name in that language ("dansk", "한국어"), without a country: Qt calls
// plain "en" "American English".
inline QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

// Text from an article or a note, set apart from the UI's direction: in a right-to-left UI
// an English quote keeps its punctuation where it belongs (Unicode first-strong isolate).
// One line at a time: a line break ends an isolate.
inline QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace lectern
