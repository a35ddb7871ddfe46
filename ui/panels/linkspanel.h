#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace lectern {

struct Link;
class ProjectDocument;

// All links of the project, filtered by relation, by the article being read and by text
// (titles, outlets, notes). Double-clicking one follows it; Delete removes it.
class LinksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LinksPanel(ProjectDocument *project, QWidget *parent = nullptr);

    void setCurrentArticle(qint64 articleId);
    int visibleCount() const;

signals:
    // Open `articleId` at the end of link `linkId` that lies in it.
    void followed(qint64 linkId, qint64 articleId);

private:
    void reload();

    ProjectDocument *m_project;
    qint64 m_article = 0;
    QComboBox *m_relation;
    QCheckBox *m_onlyCurrent;
    QLineEdit *m_text;
    QTreeWidget *m_tree;
};

struct Relation;

// A relation's name for people: the built-in ones in the UI's language.
QString relationLabel(const Relation &relation);

// How a link reads from one of its ends: "→ contradicts: Title (Outlet)".
QString describeLink(ProjectDocument *project, const Link &link, qint64 fromArticle);

} // namespace lectern
