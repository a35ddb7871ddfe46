#include "claimstyle.h"

#include <QCoreApplication>

namespace lectern {

QStringList claimKinds()
{
    return {QStringLiteral("quantity"), QStringLiteral("quote"), QStringLiteral("attribution"),
            QStringLiteral("prediction"), QStringLiteral("causal"), QStringLiteral("comparison")};
}

QColor claimKindColor(const QString &kind)
{
    if (kind == QLatin1String("quantity")) return QColor(0xd9, 0x5f, 0x02);
    if (kind == QLatin1String("quote")) return QColor(0x75, 0x70, 0xb3);
    if (kind == QLatin1String("attribution")) return QColor(0x1b, 0x9e, 0x77);
    if (kind == QLatin1String("prediction")) return QColor(0x33, 0x6e, 0xc4);
    if (kind == QLatin1String("causal")) return QColor(0xa6, 0x76, 0x1d);
    return QColor(0xe7, 0x29, 0x8a);
}

QString primaryKind(const QStringList &kinds)
{
    for (const QString &kind : claimKinds())
        if (kinds.contains(kind))
            return kind;
    return kinds.value(0);
}

QString claimKindName(const QString &kind)
{
    if (kind == QLatin1String("quantity")) return QCoreApplication::translate("ClaimKind", "figure");
    if (kind == QLatin1String("quote")) return QCoreApplication::translate("ClaimKind", "quote");
    if (kind == QLatin1String("attribution")) return QCoreApplication::translate("ClaimKind", "attribution");
    if (kind == QLatin1String("prediction")) return QCoreApplication::translate("ClaimKind", "prediction");
    if (kind == QLatin1String("causal")) return QCoreApplication::translate("ClaimKind", "cause");
    if (kind == QLatin1String("comparison")) return QCoreApplication::translate("ClaimKind", "comparison");
    return kind;
}

} // namespace lectern
