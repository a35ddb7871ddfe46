#include "codebookmodel.h"

#include "project/projectdocument.h"
#include "reader/articleview.h"

#include <QColor>
#include <QMimeData>
#include <QPixmap>

namespace lectern {

CodebookModel::CodebookModel(ProjectDocument *project, QObject *parent)
    : QAbstractItemModel(parent), m_project(project)
{
    connect(project, &ProjectDocument::tagsChanged, this, &CodebookModel::reload);
    connect(project, &ProjectDocument::annotationsChanged, this, &CodebookModel::reload);
    connect(project, &ProjectDocument::articleTagsChanged, this, &CodebookModel::reload);
}

void CodebookModel::reload()
{
    beginResetModel();
    m_tags.clear();
    m_children.clear();
    m_uses.clear();
    m_favourite.clear();
    if (m_project->isOpen()) {
        for (const Tag &tag : m_project->tags()) {
            m_tags.insert(tag.id, tag);
            m_uses.insert(tag.id, m_project->tagUsage(tag.id));
        }
        for (const Tag &tag : m_project->tags())
            m_children[m_tags.contains(tag.parentId) ? tag.parentId : 0].append(tag.id);
        int number = 1;
        for (const Tag &tag : orderedTags()) {
            if (number > 9)
                break;
            m_favourite.insert(tag.id, number++);
        }
    }
    endResetModel();
}

QList<qint64> CodebookModel::childrenOf(qint64 parentId) const
{
    return m_children.value(parentId);
}

QList<Tag> CodebookModel::orderedTags() const
{
    QList<Tag> ordered;
    QList<qint64> stack = childrenOf(0);
    std::reverse(stack.begin(), stack.end());
    while (!stack.isEmpty()) {
        const qint64 id = stack.takeLast();
        ordered.append(m_tags.value(id));
        QList<qint64> children = childrenOf(id);
        std::reverse(children.begin(), children.end());
        stack += children;
    }
    return ordered;
}

qint64 CodebookModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? qint64(index.internalId()) : 0;
}

QModelIndex CodebookModel::indexOf(qint64 id) const
{
    if (!m_tags.contains(id))
        return {};
    const qint64 parentId = m_tags.contains(m_tags[id].parentId) ? m_tags[id].parentId : 0;
    return createIndex(int(childrenOf(parentId).indexOf(id)), 0, quintptr(id));
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex &parent) const
{
    const QList<qint64> children = childrenOf(idOf(parent));
    if (row < 0 || row >= children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex CodebookModel::parent(const QModelIndex &child) const
{
    const qint64 id = idOf(child);
    if (!m_tags.contains(id) || !m_tags.contains(m_tags[id].parentId))
        return {};
    return indexOf(m_tags[id].parentId);
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(idOf(parent)).size());
}

int CodebookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Tag tag = m_tags.value(idOf(index));
    if (role == IdRole)
        return tag.id;
    if (index.column() == Uses) {
        if (role == Qt::DisplayRole)
            return m_uses.value(tag.id);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return m_favourite.contains(tag.id) ? QStringLiteral("%1   [%2]").arg(tag.name).arg(m_favourite[tag.id])
                                            : tag.name;
    case Qt::EditRole:
        return tag.name;
    case Qt::DecorationRole: {
        QPixmap swatch(14, 14);
        swatch.fill(QColor(tag.color));
        return swatch;
    }
    case Qt::ToolTipRole:
        return m_favourite.contains(tag.id)
            ? tr("%1 — press %2 in the viewer to tag the selection").arg(tag.name).arg(m_favourite[tag.id])
            : tag.name;
    default:
        return {};
    }
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Name)
        return false;
    return m_project->renameTag(idOf(index), value.toString());
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Tag") : tr("Uses");
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == Name)
        flags |= Qt::ItemIsEditable;
    return flags;
}

Qt::DropActions CodebookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CodebookModel::mimeTypes() const
{
    return {QLatin1String(ArticleView::TagMimeType)};
}

QMimeData *CodebookModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(ArticleView::TagMimeType), QByteArray::number(idOf(indexes.first())));
    data->setText(m_tags.value(idOf(indexes.first())).name);
    return data;
}

bool CodebookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(QLatin1String(ArticleView::TagMimeType)))
        return false;
    const qint64 id = data->data(QLatin1String(ArticleView::TagMimeType)).toLongLong();
    const qint64 parentId = idOf(parent);
    const int position = row < 0 ? int(childrenOf(parentId).size()) : row;
    m_project->moveTag(id, parentId, position);
    return false; // the model reloads from the project; nothing for the view to remove
}

} // namespace lectern
