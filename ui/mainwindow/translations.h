#pragma once

#include <QString>

namespace lectern {

// Installs Qt's and Lectern's translations for the UI language: `forced` when given, else
// the one chosen in preferences, else the system's. Right-to-left languages mirror the UI.
// Called again, it replaces the translators it installed before.
void installTranslations(const QString &forced = {});

} // namespace lectern
