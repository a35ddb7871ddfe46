#include "codebookpanel.h"

#include "codebookmodel.h"

#include "project/projectdocument.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace lectern {

QString tagColorFor(int n)
{
    static const char *const palette[] = {"#e15759", "#4e79a7", "#59a14f", "#f28e2b", "#b07aa1",
                                          "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"};
    return QLatin1String(palette[n % 10]);
}

CodebookPanel::CodebookPanel(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_model(new CodebookModel(project, this)), m_tree(new QTreeView(this))
{
    m_tree->setObjectName(QStringLiteral("codebookTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CodebookModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CodebookModel::Uses, QHeaderView::ResizeToContents);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);

    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("New"), this, [this] { newTag(false); })->setObjectName(QStringLiteral("newTag"));
    tools->addAction(tr("Sub-tag"), this, [this] { newTag(true); })->setObjectName(QStringLiteral("newSubTag"));
    tools->addAction(tr("Colour"), this, &CodebookPanel::recolourCurrent);
    tools->addAction(tr("Merge"), this, &CodebookPanel::mergeCurrent)->setObjectName(QStringLiteral("mergeTag"));
    tools->addAction(tr("Delete"), this, &CodebookPanel::deleteCurrent)->setObjectName(QStringLiteral("deleteTag"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_tree, 1);
}

qint64 CodebookPanel::currentTag() const
{
    return m_model->idOf(m_tree->currentIndex());
}

void CodebookPanel::newTag(bool asChild)
{
    const qint64 parent = asChild ? currentTag() : 0;
    bool ok = false;
    const QString name = QInputDialog::getText(this, asChild ? tr("New sub-tag") : tr("New tag"),
                                               tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const qint64 id = m_project->createTag(name, tagColorFor(int(m_project->tags().size())), parent);
    if (id)
        m_tree->setCurrentIndex(m_model->indexOf(id));
}

void CodebookPanel::recolourCurrent()
{
    const qint64 id = currentTag();
    if (!id)
        return;
    QColor current;
    for (const Tag &tag : m_project->tags())
        if (tag.id == id)
            current = QColor(tag.color);
    const QColor color = QColorDialog::getColor(current, this, tr("Tag colour"));
    if (color.isValid())
        m_project->setTagColor(id, color.name());
}

void CodebookPanel::mergeCurrent()
{
    const qint64 id = currentTag();
    if (!id)
        return;
    QStringList names;
    QList<qint64> ids;
    QString name;
    for (const Tag &tag : m_model->orderedTags()) {
        if (tag.id == id) {
            name = tag.name;
            continue;
        }
        names << tag.name;
        ids << tag.id;
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge tag"),
                                               tr("Merge \"%1\" and all its uses into:").arg(name), names, 0,
                                               false, &ok);
    if (ok && !m_project->mergeTags(id, ids.value(names.indexOf(into))))
        QMessageBox::information(this, tr("Merge tag"), tr("A tag cannot be merged into its own sub-tag."));
}

void CodebookPanel::deleteCurrent()
{
    const qint64 id = currentTag();
    if (!id)
        return;
    const QString name = m_model->data(m_model->indexOf(id), Qt::EditRole).toString();
    const int uses = m_project->tagUsage(id);
    const QString question = uses == 0
        ? tr("Delete the tag \"%1\" and its sub-tags?").arg(name)
        : tr("Delete the tag \"%1\"? It is used %n time(s); those uses go with it.", nullptr, uses).arg(name);
    if (QMessageBox::question(this, tr("Delete tag"), question + QLatin1Char('\n') + tr("You can undo this."))
        == QMessageBox::Yes)
        m_project->deleteTag(id);
}

} // namespace lectern
