#pragma once

#include "model/annotation.h"

#include <QAbstractItemModel>

namespace lectern {

class ProjectDocument;

// The codebook as a tree: each tag with its colour, number of uses and favourite number
// (the first nine tags in tree order answer to the keys 1-9). Renaming edits in place;
// dragging a tag moves it (onto another tag: under it) or carries it to the viewer.
class CodebookModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Uses, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CodebookModel(ProjectDocument *project, QObject *parent = nullptr);

    void reload();
    qint64 idOf(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id) const;
    // Tags in tree order (depth first), as the favourite numbers count them.
    QList<Tag> orderedTags() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    QList<qint64> childrenOf(qint64 parentId) const;

    ProjectDocument *m_project;
    QHash<qint64, Tag> m_tags;
    QHash<qint64, QList<qint64>> m_children; // parent id (0 = root) -> child ids in order
    QHash<qint64, int> m_uses;
    QHash<qint64, int> m_favourite;
};

} // namespace lectern
