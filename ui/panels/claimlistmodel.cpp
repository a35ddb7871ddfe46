#include "claimlistmodel.h"

#include "reader/claimstyle.h"

#include <QBrush>

namespace lectern {

QString describeFigures(const Claim &claim)
{
    QStringList parts;
    for (const Quantity &q : claim.quantities) {
        if (q.unit == QLatin1String("year"))
            continue;
        QString part = q.text;
        if (q.bound != QLatin1String("exact"))
            part += QStringLiteral(" (%1)").arg(QString(q.bound).replace(QLatin1Char('_'), QLatin1Char(' ')));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

void ClaimListModel::setClaims(const QList<Claim> &claims, const QHash<qint64, QString> &titles)
{
    beginResetModel();
    m_claims = claims;
    m_titles = titles;
    endResetModel();
}

const Claim *ClaimListModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? &m_claims[row] : nullptr;
}

int ClaimListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_claims.size(); ++i)
        if (m_claims[i].id == id)
            return i;
    return -1;
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Claim &c = m_claims[index.row()];
    if (role == IdRole)
        return c.id;
    if (role == Qt::ToolTipRole)
        return c.text;
    if (role == Qt::ForegroundRole && index.column() == Kinds)
        return QBrush(claimKindColor(primaryKind(c.kinds)));
    if (role == Qt::ForegroundRole && c.status == QLatin1String("rejected"))
        return QBrush(Qt::gray);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kinds: {
        QStringList names;
        for (const QString &kind : c.kinds)
            names << claimKindName(kind);
        return names.join(QStringLiteral(", "));
    }
    case Score: return QString::number(c.score, 'f', 2);
    case Claimant: return c.claimant;
    case Figures: return describeFigures(c);
    case Sentence: return c.text;
    case Article: return m_titles.value(c.articleId);
    case Status:
        if (c.status == QLatin1String("accepted")) return tr("accepted");
        if (c.status == QLatin1String("rejected")) return tr("rejected");
        if (c.status == QLatin1String("edited")) return tr("edited");
        return QString();
    default: return {};
    }
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kinds: return tr("Kind");
    case Score: return tr("Score");
    case Claimant: return tr("Source");
    case Figures: return tr("Figures");
    case Sentence: return tr("Sentence");
    case Status: return tr("Status");
    case Article: return tr("Article");
    default: return {};
    }
}

} // namespace lectern
