#pragma once

#include "storage/articlerepository.h"

#include <QAbstractTableModel>

namespace lectern {

class ProjectDocument;

// The project's articles, read a page at a time (canFetchMore/fetchMore), filtered and
// sorted in SQL, so a project of 100,000 articles never loads whole.
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Outlet, Date, Language, Annotations, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit ArticleListModel(ProjectDocument *project, QObject *parent = nullptr);

    void setFilter(const ArticleFilter &filter);
    ArticleFilter filter() const { return m_filter; }
    void reload();
    int totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not loaded (yet)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    ProjectDocument *m_project;
    ArticleFilter m_filter;
    QList<ArticleMeta> m_rows;
    int m_total = 0;
};

} // namespace lectern
