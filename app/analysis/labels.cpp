#include "labels.h"

#include <QCoreApplication>
#include <QLocale>

#include <unicode/ucurr.h>
#include <unicode/uloc.h>

namespace lectern::labels {

static QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::labels", text);
}

QString kind(const QString &key)
{
    if (key == QLatin1String("quantity")) return tr("figure");
    if (key == QLatin1String("quote")) return tr("quote");
    if (key == QLatin1String("attribution")) return tr("attribution");
    if (key == QLatin1String("prediction")) return tr("prediction");
    if (key == QLatin1String("causal")) return tr("cause and effect");
    if (key == QLatin1String("comparison")) return tr("comparison");
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString kinds(const QStringList &keys)
{
    QStringList out;
    for (const QString &k : keys)
        out << kind(k);
    return out.join(QStringLiteral(", "));
}

// The currency's name from ICU's locale data (CLDR), in the interface language.
static QString currencyName(const QString &code)
{
    const std::u16string iso = code.toStdU16String();
    if (iso.size() != 3)
        return code;
    UErrorCode status = U_ZERO_ERROR;
    UBool isChoice = false;
    int32_t length = 0;
    const QByteArray locale = QLocale().name().toLatin1();
    const UChar *name = ucurr_getName(iso.c_str(), locale.constData(), UCURR_LONG_NAME, &isChoice, &length, &status);
    if (U_FAILURE(status) || !name || length <= 0)
        return code;
    return QString::fromUtf16(name, length);
}

QString unit(const QString &key)
{
    if (key == QLatin1String("count")) return tr("count");
    if (key == QLatin1String("percent")) return tr("per cent");
    if (key == QLatin1String("year")) return tr("calendar year");
    if (key == QLatin1String("duration:year")) return tr("years");
    if (key == QLatin1String("duration:month")) return tr("months");
    if (key == QLatin1String("duration:week")) return tr("weeks");
    if (key == QLatin1String("duration:day")) return tr("days");
    if (key.startsWith(QLatin1String("currency:")))
        return currencyName(key.mid(9));
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString conceptName(const QString &key)
{
    if (key == QLatin1String("jobs")) return tr("Jobs");
    if (key == QLatin1String("employees")) return tr("Employees");
    if (key == QLatin1String("people")) return tr("People");
    if (key == QLatin1String("stores")) return tr("Stores");
    if (key == QLatin1String("revenue")) return tr("Revenue");
    if (key == QLatin1String("profit")) return tr("Profit");
    if (key == QLatin1String("investment")) return tr("Investment");
    if (key == QLatin1String("savings")) return tr("Savings");
    if (key == QLatin1String("cost")) return tr("Costs");
    if (key == QLatin1String("robots")) return tr("Robots");
    QString text = QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString figure(const QString &conceptKey, const QString &unitKey)
{
    if (conceptKey.isEmpty()) {
        QString text = unit(unitKey);
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        return text;
    }
    if (unitKey == QLatin1String("count") || unitKey.isEmpty())
        return conceptName(conceptKey);
    return tr("%1 (%2)").arg(conceptName(conceptKey), unit(unitKey));
}

QString verdict(const QString &key)
{
    if (key == QLatin1String("agree")) return tr("agree");
    if (key == QLatin1String("compatible")) return tr("can both hold");
    if (key == QLatin1String("conflict")) return tr("conflict");
    if (key == QLatin1String("single")) return tr("one source");
    return key;
}

QString status(const QString &key)
{
    if (key == QLatin1String("auto")) return tr("found");
    if (key == QLatin1String("accepted")) return tr("accepted");
    if (key == QLatin1String("rejected")) return tr("rejected");
    if (key == QLatin1String("edited")) return tr("edited");
    return key;
}

} // namespace lectern::labels
