#include "translations.h"

#include "settings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lectern {

bool loadLecternTranslation(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n"));
}

void installTranslations(const QString &forced)
{
    // The translators installed last time go first, so switching languages never stacks them.
    static QList<QTranslator *> installed;
    for (QTranslator *translator : std::as_const(installed)) {
        QApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();

    const QString chosen = forced.isEmpty() ? settings::uiLanguage.get() : forced;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(qApp);
    if (loadLecternTranslation(*ours, locale))
        QApplication::installTranslator(ours);
    installed = {qt, ours};
    QApplication::setLayoutDirection(locale.textDirection());
}

} // namespace lectern
