#pragma once

#include "analysis/alignment.h"

#include <QWidget>

class QTableWidget;

namespace lectern {

class ArticleView;
class ConnectorWidget;
class ProjectDocument;

// Two or more articles side by side: their aligned figures joined by curves coloured by
// verdict, scrolling kept together; and the sources matrix, a row per aligned group and a
// column per outlet, conflicts standing out, exportable as CSV.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    CompareWindow(ProjectDocument *project, const QList<qint64> &articleIds, QWidget *parent = nullptr);

    QList<ConnectorWidget *> connectors() const { return m_connectors; }
    QTableWidget *matrix() const { return m_matrix; }
    // Turns an aligned pair into a link (clicking a curve offers this).
    qint64 confirm(ConnectorWidget *connector, int index, const QString &relation);
    // Links a passage dragged from one pane to the sentence (or article) it was dropped on.
    qint64 linkDropped(qint64 fromArticle, int start, int end, ArticleView *target, int offset, const QString &relation);
    bool exportMatrix(const QString &path) const;

signals:
    void openAt(qint64 articleId, int start, int end);

private:
    QWidget *buildPanes();
    QWidget *buildMatrix();
    void syncScroll(ArticleView *source);

    ProjectDocument *m_project;
    QList<qint64> m_ids;
    QList<AlignedGroup> m_groups;
    QList<ArticleView *> m_views;
    QList<ConnectorWidget *> m_connectors;
    QTableWidget *m_matrix = nullptr;
    bool m_syncing = false;
};

} // namespace lectern
