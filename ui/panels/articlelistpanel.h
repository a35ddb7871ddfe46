#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace lectern {

class ArticleListModel;
class ProjectDocument;

// The article list with its filters (text, outlet, language, tag); text filtering is
// debounced and done in SQL.
class ArticleListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleListPanel(ProjectDocument *project, QWidget *parent = nullptr);

    ArticleListModel *model() const { return m_model; }
    qint64 currentArticle() const;
    void selectArticle(qint64 id);
    // Moves the selection by delta rows (next/previous article).
    void step(int delta);
    void focusFilter();

signals:
    void articleSelected(qint64 id);

private:
    void refreshChoices();
    void applyFilter();

    ProjectDocument *m_project;
    ArticleListModel *m_model;
    QLineEdit *m_text;
    QComboBox *m_outlet;
    QComboBox *m_language;
    QComboBox *m_tag;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
};

} // namespace lectern
