#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace lectern {

class ProjectDocument;

// Full-text search over the project, with snippets; choosing a hit opens the article at
// the match.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(ProjectDocument *project, QWidget *parent = nullptr);

    void focusQuery();
    void search(const QString &query);

signals:
    void hitChosen(qint64 articleId, int offset, int length);

private:
    void runSearch();

    ProjectDocument *m_project;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_status;
};

} // namespace lectern
