#include "claimspanel.h"

#include "claimlistmodel.h"

#include "analysis/checkworthiness.h"
#include "mainwindow/settings.h"
#include "project/claimsagain.h"
#include "project/projectdocument.h"
#include "reader/claimstyle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSlider>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lectern {

ClaimsPanel::ClaimsPanel(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_model(new ClaimListModel(this)), m_kind(new QComboBox(this))
    , m_status(new QComboBox(this)), m_scope(new QComboBox(this)), m_order(new QComboBox(this))
    , m_threshold(new QSlider(Qt::Horizontal, this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    m_kind->setObjectName(QStringLiteral("claimKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : claimKinds())
        m_kind->addItem(claimKindName(kind), kind);
    m_status->setObjectName(QStringLiteral("claimStatusFilter"));
    m_status->addItem(tr("Not rejected"), QStringLiteral("open"));
    m_status->addItem(tr("Accepted"), QStringLiteral("accepted"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_status->addItem(tr("All"), QString());
    m_scope->setObjectName(QStringLiteral("claimScope"));
    m_scope->addItem(tr("This article"), false);
    m_scope->addItem(tr("Whole project"), true);
    m_scope->setCurrentIndex(settings::claimsWholeProject.get() ? 1 : 0);
    m_order->setObjectName(QStringLiteral("claimOrder"));
    m_order->addItem(tr("In reading order"), false);
    m_order->addItem(tr("Most likely worth checking"), true);
    m_order->setCurrentIndex(settings::claimsByLikelihood.get() ? 1 : 0);
    m_threshold->setObjectName(QStringLiteral("claimThreshold"));
    m_threshold->setRange(5, 95);
    m_threshold->setValue(int(std::round(threshold() * 100)));
    m_threshold->setToolTip(tr("The least probability of being worth checking that the reader underlines"));
    m_count->setObjectName(QStringLiteral("claimCount"));
    m_table->setObjectName(QStringLiteral("claimTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClaimListModel::Sentence, QHeaderView::Stretch);
    m_table->setColumnHidden(ClaimListModel::Sentence, false);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(tr("Accept"), this, [this] { decide(QStringLiteral("accepted")); })->setObjectName(QStringLiteral("acceptClaim"));
    tools->addAction(tr("Reject"), this, [this] { decide(QStringLiteral("rejected")); })->setObjectName(QStringLiteral("rejectClaim"));
    tools->addAction(tr("Annotate"), this, [this] {
        if (const qint64 id = currentClaim())
            m_project->claimToAnnotation(id);
    })->setObjectName(QStringLiteral("annotateClaim"));
    // Find again: this article by a click, every article from the button's menu.
    auto *findAgain = new QAction(tr("Find again"), this);
    findAgain->setObjectName(QStringLiteral("findClaimsAgain"));
    connect(findAgain, &QAction::triggered, this, [this] {
        if (m_article)
            m_project->findClaimsAgain(m_article);
    });
    auto *findMenu = new QMenu(this);
    findMenu->addAction(tr("Find again in every article"), this, &ClaimsPanel::findAllAgain)
        ->setObjectName(QStringLiteral("findAllClaimsAgain"));
    auto *findButton = new QToolButton(this);
    findButton->setDefaultAction(findAgain);
    findButton->setMenu(findMenu);
    findButton->setPopupMode(QToolButton::MenuButtonPopup);
    tools->addWidget(findButton);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_status, 1);
    auto *order = new QHBoxLayout;
    order->addWidget(m_scope, 1);
    order->addWidget(m_order, 1);
    auto *highlight = new QHBoxLayout;
    auto *highlightLabel = new QLabel(tr("Highlight:"), this);
    highlightLabel->setBuddy(m_threshold);
    highlight->addWidget(highlightLabel);
    highlight->addWidget(m_threshold, 1);
    highlight->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addLayout(order);
    layout->addLayout(highlight);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::activated, this, &ClaimsPanel::reload);
    connect(m_status, &QComboBox::activated, this, &ClaimsPanel::reload);
    connect(m_scope, &QComboBox::activated, this, [this] {
        settings::claimsWholeProject.set(m_scope->currentData().toBool());
        reload();
    });
    connect(m_order, &QComboBox::activated, this, [this] {
        settings::claimsByLikelihood.set(m_order->currentData().toBool());
        reload();
    });
    connect(m_threshold, &QSlider::valueChanged, this, [this](int value) {
        settings::claimThreshold.set(value / 100.0);
        updateCount();
        emit thresholdChanged(value / 100.0);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const Claim *claim = m_model->claimAt(index.row()))
            emit claimActivated(claim->articleId, claim->id, claim->start, claim->end);
    });
    connect(project, &ProjectDocument::claimsChanged, this, [this](qint64 article) {
        if (article == m_article || article == 0 || m_scope->currentData().toBool())
            reload();
    });
    // A decision re-ranks every claim a moment later (off the GUI thread).
    connect(project, &ProjectDocument::claimRankingChanged, this, &ClaimsPanel::reload);
}

double ClaimsPanel::threshold() const
{
    const double chosen = settings::claimThreshold.get();
    return chosen < 0 ? CheckWorthinessModel::shipped().threshold : chosen;
}

void ClaimsPanel::updateCount()
{
    if (!m_article || !m_project->isOpen()) {
        m_count->clear();
        return;
    }
    const QList<Claim> claims = m_project->withAnalystScores(m_project->claims(m_article));
    const int sentences = m_project->sentenceCount(m_article);
    const QList<bool> shown = highlights(claims, sentences, threshold());
    m_count->setText(tr("%1 (%2 of %3 sentences)").arg(threshold(), 0, 'f', 2).arg(shown.count(true)).arg(sentences));
}

void ClaimsPanel::setArticle(qint64 articleId)
{
    m_article = articleId;
    reload();
}

QList<Claim> ClaimsPanel::listed() const
{
    QList<Claim> shown;
    const bool wholeProject = m_scope->currentData().toBool();
    if (!m_project->isOpen() || (!m_article && !wholeProject))
        return shown;
    const QString kind = m_kind->currentData().toString();
    const QString status = m_status->currentData().toString();
    for (const Claim &claim : m_project->withAnalystScores(wholeProject ? m_project->allClaims() : m_project->claims(m_article))) {
        if (!kind.isEmpty() && !claim.kinds.contains(kind))
            continue;
        if (status == QLatin1String("open") && claim.status == QLatin1String("rejected"))
            continue;
        if ((status == QLatin1String("accepted") || status == QLatin1String("rejected")) && claim.status != status)
            continue;
        shown.append(claim);
    }
    if (m_order->currentData().toBool()) {
        // Undecided claims first, most likely worth checking first: the order that clears a
        // project fastest.
        std::stable_sort(shown.begin(), shown.end(), [](const Claim &a, const Claim &b) {
            const bool aOpen = a.status == QLatin1String("auto"), bOpen = b.status == QLatin1String("auto");
            return aOpen != bOpen ? aOpen : a.score > b.score;
        });
    }
    // A long project list stays quick to show: the first ones are the ones to look at.
    constexpr qsizetype MaxRows = 2000;
    if (shown.size() > MaxRows)
        shown.resize(MaxRows);
    return shown;
}

void ClaimsPanel::reload()
{
    const qint64 keep = currentClaim();
    // The whole project's list says which article each claim is from.
    const bool wholeProject = m_scope->currentData().toBool();
    QHash<qint64, QString> titles;
    if (wholeProject && m_project->isOpen())
        for (const ArticleMeta &meta : m_project->articles())
            titles.insert(meta.id, meta.title);
    m_model->setClaims(listed(), titles);
    m_table->setColumnHidden(ClaimListModel::Article, !wholeProject);
    // After a decision in likelihood order, the next claim to look at is the one that moved
    // up into the decided claim's row.
    if (m_rowAfterDecision >= 0 && m_order->currentData().toBool() && m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(std::min(m_rowAfterDecision, m_model->rowCount() - 1), 0));
    } else if (keep) {
        selectClaim(keep);
    }
    updateCount();
}

void ClaimsPanel::selectClaim(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void ClaimsPanel::findAllAgain()
{
    if (!m_project->isOpen() || m_project->isReadOnly())
        return;
    const int count = m_project->articleCount();
    if (QMessageBox::question(this, tr("Find claims again"),
                              tr("Find the claims of all %1 articles again with the current lexicons? Your decisions are "
                                 "kept; this cannot be undone.").arg(QLocale().toString(count)))
        != QMessageBox::Yes)
        return;
    auto *progress = new QProgressDialog(tr("Finding claims again…"), tr("Cancel"), 0, count, this);
    progress->setObjectName(QStringLiteral("claimsAgainProgress"));
    progress->setWindowTitle(tr("Find claims again"));
    // Modal from the start until the task ends, cancelled or not: nothing edits the claims
    // it is replacing.
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    ClaimsAgainTask *task = m_project->startFindingAllClaimsAgain();
    connect(task, &ClaimsAgainTask::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(progress, &QProgressDialog::canceled, task, [progress, task] {
        task->cancel();
        progress->setCancelButton(nullptr);
        progress->setLabelText(tr("Stopping after the articles being read…"));
        progress->show();
    });
    connect(task, &ClaimsAgainTask::finished, this, [progress, task] {
        progress->deleteLater();
        task->deleteLater();
    });
}

qint64 ClaimsPanel::currentClaim() const
{
    const Claim *claim = m_model->claimAt(m_table->currentIndex().row());
    return claim ? claim->id : 0;
}

void ClaimsPanel::decide(const QString &status)
{
    const qint64 id = currentClaim();
    if (!id)
        return;
    const Claim *claim = m_model->claimAt(m_model->rowOf(id));
    // Deciding the same again takes the decision back.
    m_rowAfterDecision = m_table->currentIndex().row();
    m_project->setClaimStatus(id, claim && claim->status == status ? QStringLiteral("auto") : status);
    m_rowAfterDecision = -1;
}

} // namespace lectern
