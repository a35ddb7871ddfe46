#include "claimspanel.h"

#include "claimlistmodel.h"

#include "project/projectdocument.h"
#include "reader/claimstyle.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lectern {

ClaimsPanel::ClaimsPanel(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_model(new ClaimListModel(this)), m_kind(new QComboBox(this))
    , m_status(new QComboBox(this)), m_table(new QTableView(this))
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
    tools->addAction(tr("Find again"), this, [this] {
        if (m_article)
            m_project->findClaimsAgain(m_article);
    })->setObjectName(QStringLiteral("findClaimsAgain"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::activated, this, &ClaimsPanel::reload);
    connect(m_status, &QComboBox::activated, this, &ClaimsPanel::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (const Claim *claim = m_model->claimAt(index.row()))
            emit claimActivated(claim->id, claim->start, claim->end);
    });
    connect(project, &ProjectDocument::claimsChanged, this, [this](qint64 article) {
        if (article == m_article)
            reload();
    });
}

void ClaimsPanel::setArticle(qint64 articleId)
{
    m_article = articleId;
    reload();
}

void ClaimsPanel::reload()
{
    const qint64 keep = currentClaim();
    QList<Claim> shown;
    if (m_article && m_project->isOpen()) {
        const QString kind = m_kind->currentData().toString();
        const QString status = m_status->currentData().toString();
        for (const Claim &claim : m_project->claims(m_article)) {
            if (!kind.isEmpty() && !claim.kinds.contains(kind))
                continue;
            if (status == QLatin1String("open") && claim.status == QLatin1String("rejected"))
                continue;
            if ((status == QLatin1String("accepted") || status == QLatin1String("rejected")) && claim.status != status)
                continue;
            shown.append(claim);
        }
    }
    m_model->setClaims(shown);
    if (keep)
        selectClaim(keep);
}

void ClaimsPanel::selectClaim(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->setCurrentIndex(m_model->index(row, 0));
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
    m_project->setClaimStatus(id, claim && claim->status == status ? QStringLiteral("auto") : status);
}

} // namespace lectern
