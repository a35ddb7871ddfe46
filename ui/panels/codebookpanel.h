#pragma once

#include <QWidget>

class QTreeView;

namespace lectern {

class CodebookModel;
class ProjectDocument;

// The codebook: hierarchical tags with colours. Create, rename (F2 or double-click),
// recolour, move (drag), merge and delete (asks, and says how many uses go with it).
class CodebookPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CodebookPanel(ProjectDocument *project, QWidget *parent = nullptr);

    CodebookModel *model() const { return m_model; }
    qint64 currentTag() const;

    void newTag(bool asChild);
    void recolourCurrent();
    void mergeCurrent();
    void deleteCurrent();

private:
    ProjectDocument *m_project;
    CodebookModel *m_model;
    QTreeView *m_tree;
};

// A pleasant colour for the n-th new tag.
QString tagColorFor(int n);

} // namespace lectern
