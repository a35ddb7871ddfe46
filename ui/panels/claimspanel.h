#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace lectern {

class ClaimListModel;
class ProjectDocument;

// The claims of the article being read, with filters by kind and status. The analyst
// accepts or rejects a claim, turns it into an annotation, or finds claims again after a
// lexicon changed; choosing one scrolls the reader to it.
class ClaimsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsPanel(ProjectDocument *project, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);
    void selectClaim(qint64 id);
    qint64 currentClaim() const;
    ClaimListModel *model() const { return m_model; }

signals:
    void claimActivated(qint64 id, int start, int end);

private:
    void reload();
    void decide(const QString &status);

    ProjectDocument *m_project;
    qint64 m_article = 0;
    ClaimListModel *m_model;
    QComboBox *m_kind;
    QComboBox *m_status;
    QTableView *m_table;
};

} // namespace lectern
