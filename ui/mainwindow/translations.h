#pragma once

#include <QString>

class QLocale;
class QTranslator;

namespace lectern {

// Installs Qt's and Lectern's translations for the UI language: `forced` when given, else
// the one chosen in preferences, else the system's. Right-to-left languages mirror the UI.
// Called again, it replaces the translators it installed before.
void installTranslations(const QString &forced = {});
// Loads Lectern's own messages for a locale into `translator` (built in under :/i18n).
bool loadLecternTranslation(QTranslator &translator, const QLocale &locale);

} // namespace lectern
