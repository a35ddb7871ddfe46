#pragma once

#include "model/claim.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lectern {

// The claims of one article, as the claims panel lists them.
class ClaimListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kinds, Score, Claimant, Figures, Sentence, Status, Article, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // Titles shown in the Article column (the whole project's list), by article id.
    void setClaims(const QList<Claim> &claims, const QHash<qint64, QString> &titles = {});
    const Claim *claimAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Claim> m_claims;
    QHash<qint64, QString> m_titles;
};

// The figures of a claim in a few words: "30,000 jobs (up to); $8 billion".
QString describeFigures(const Claim &claim);

} // namespace lectern
