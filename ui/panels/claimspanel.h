#pragma once

#include "model/claim.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QTableView;

namespace lectern {

class ClaimListModel;
class ProjectDocument;

// The claims of the article being read, or of the whole project, with filters by kind and
// status, in reading order or most likely worth checking first. The analyst accepts or
// rejects a claim (each decision re-ranks the rest), turns it into an annotation, or finds
// claims again after a lexicon changed; choosing one shows it in the reader. A slider sets
// the least score the reader highlights and says how many sentences that is.
class ClaimsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsPanel(ProjectDocument *project, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);
    void selectClaim(qint64 id);
    qint64 currentClaim() const;
    ClaimListModel *model() const { return m_model; }
    // The least score the reader highlights (the model's own until the slider moves).
    double threshold() const;

signals:
    void claimActivated(qint64 articleId, qint64 id, int start, int end);
    void thresholdChanged(double threshold);

private:
    void reload();
    void decide(const QString &status);
    // Every article's claims found again (after a lexicon change), with progress and cancel.
    void findAllAgain();
    void updateCount();
    QList<Claim> listed() const;

    ProjectDocument *m_project;
    qint64 m_article = 0;
    ClaimListModel *m_model;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_scope;
    QComboBox *m_order;
    QSlider *m_threshold;
    QLabel *m_count;
    QTableView *m_table;
    int m_rowAfterDecision = -1;
};

} // namespace lectern
