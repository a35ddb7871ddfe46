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

} // namespace lectern
