#include "articlelistmodel.h"

#include "project/projectdocument.h"

#include <QLocale>

namespace lectern {

ArticleListModel::ArticleListModel(ProjectDocument *project, QObject *parent)
    : QAbstractTableModel(parent), m_project(project)
{
    connect(project, &ProjectDocument::articlesChanged, this, &ArticleListModel::reload);
    connect(project, &ProjectDocument::annotationsChanged, this, [this] {
        // Counts changed: refresh the loaded rows in place, keeping the selection.
        if (m_rows.isEmpty())
            return;
        const int loaded = int(m_rows.size());
        const QList<ArticleMeta> fresh = m_project->isOpen() ? m_project->articles(loaded, 0, m_filter) : QList<ArticleMeta>();
        if (fresh.size() != loaded)
            return reload();
        m_rows = fresh;
        emit dataChanged(index(0, Annotations), index(loaded - 1, Annotations));
    });
}

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    const ArticleFilter::Sort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_project->isOpen() ? m_project->articleCount(m_filter) : 0;
    if (m_total > 0)
        m_rows = m_project->articles(PageSize, 0, m_filter);
    endResetModel();
}

qint64 ArticleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ArticleListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ArticleMeta &m = m_rows[index.row()];
    if (role == IdRole)
        return m.id;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return m.title;
    if (role == Qt::TextAlignmentRole && index.column() == Annotations)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title: return m.title;
    case Outlet: return m.outlet;
    case Date: return m.published.left(10);
    case Language: return m.lang;
    case Annotations: return m.annotationCount ? QVariant(m.annotationCount) : QVariant();
    default: return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Outlet: return tr("Outlet");
    case Date: return tr("Date");
    case Language: return tr("Lang.");
    case Annotations: return tr("Notes");
    default: return {};
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const QList<ArticleMeta> more = m_project->articles(PageSize, int(m_rows.size()), m_filter);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    static const ArticleFilter::Sort keys[] = {ArticleFilter::Sort::Title, ArticleFilter::Sort::Outlet,
                                               ArticleFilter::Sort::Published, ArticleFilter::Sort::Lang,
                                               ArticleFilter::Sort::Annotations};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = keys[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace lectern
