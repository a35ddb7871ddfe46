#pragma once

#include "model/annotation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace lectern {

class ArticleView;
class ProjectDocument;

// "Link to…": picks the other end of a link in any article (a passage selected in it, or
// the whole article), a relation and a note, and creates the link through ProjectDocument.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(ProjectDocument *project, const LinkEnd &from, QWidget *parent = nullptr);

    void chooseArticle(qint64 id);
    ArticleView *targetView() const { return m_target; }
    qint64 createdLink() const { return m_created; }
    void accept() override;

private:
    void filterArticles();

    ProjectDocument *m_project;
    LinkEnd m_from;
    QLineEdit *m_filter;
    QListWidget *m_articles;
    ArticleView *m_target;
    QComboBox *m_relation;
    QLineEdit *m_note;
    QLabel *m_hint;
    qint64 m_created = 0;
};

} // namespace lectern
