#include "widgets/languages.h"
#include "articlelistpanel.h"

#include "articlelistmodel.h"

#include "project/projectdocument.h"
#include "storage/searchtext.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern {

ArticleListPanel::ArticleListPanel(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_model(new ArticleListModel(project, this))
    , m_text(new QLineEdit(this)), m_outlet(new QComboBox(this)), m_language(new QComboBox(this))
    , m_tag(new QComboBox(this)), m_table(new QTableView(this)), m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_text->setObjectName(QStringLiteral("articleFilter"));
    m_text->setPlaceholderText(tr("Filter by title or text"));
    m_text->setClearButtonEnabled(true);
    m_outlet->setObjectName(QStringLiteral("outletFilter"));
    m_language->setObjectName(QStringLiteral("languageFilter"));
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_table->setObjectName(QStringLiteral("articleTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArticleListModel::Date, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Outlet, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ArticleListModel::Outlet, 110);
    for (int c : {int(ArticleListModel::Date), int(ArticleListModel::Language), int(ArticleListModel::Annotations)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_outlet, 1);
    choices->addWidget(m_language);
    choices->addWidget(m_tag, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_text);
    layout->addLayout(choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ArticleListPanel::applyFilter);
    for (QComboBox *box : {m_outlet, m_language, m_tag})
        connect(box, &QComboBox::activated, this, &ArticleListPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const qint64 id = m_model->idAt(current.row()))
                    emit articleSelected(id);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n article(s)", nullptr, m_model->totalCount()));
    });
    connect(project, &ProjectDocument::articlesChanged, this, &ArticleListPanel::refreshChoices);
    connect(project, &ProjectDocument::tagsChanged, this, &ArticleListPanel::refreshChoices);
}

void ArticleListPanel::refreshChoices()
{
    auto fill = [](QComboBox *box, const QString &all, const QList<QPair<QString, QVariant>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        box->addItem(all, QVariant());
        for (const auto &[label, value] : items)
            box->addItem(label, value);
        const int index = box->findData(current);
        box->setCurrentIndex(index < 0 ? 0 : index);
    };
    if (!m_project->isOpen())
        return;
    QList<QPair<QString, QVariant>> outlets, languages, tags;
    for (const QString &outlet : m_project->outlets())
        outlets.append({outlet, outlet});
    for (const QString &lang : m_project->languages())
        languages.append({QStringLiteral("%1 (%2)").arg(languageName(lang), lang), lang});
    for (const Tag &tag : m_project->tags())
        tags.append({tag.name, tag.id});
    fill(m_outlet, tr("All outlets"), outlets);
    fill(m_language, tr("All languages"), languages);
    fill(m_tag, tr("All tags"), tags);
}

void ArticleListPanel::applyFilter()
{
    const qint64 current = currentArticle();
    ArticleFilter filter;
    filter.outlet = m_outlet->currentData().toString();
    filter.lang = m_language->currentData().toString();
    filter.tagId = m_tag->currentData().toLongLong();
    filter.titleContains = m_text->text().trimmed();
    filter.fullText = searchtext::parseQuery(m_text->text()).fts;
    m_model->setFilter(filter);
    if (current)
        selectArticle(current);
}

qint64 ArticleListPanel::currentArticle() const
{
    return m_model->idAt(m_table->currentIndex().row());
}

void ArticleListPanel::selectArticle(qint64 id)
{
    int row = m_model->rowOf(id);
    // Load a few more pages to find it; an article deep in a huge list opens without it.
    for (int pages = 0; row < 0 && pages < 20 && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void ArticleListPanel::step(int delta)
{
    const int row = m_table->currentIndex().row() + delta;
    if (row >= 0 && row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, 0));
    else if (delta > 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        step(delta);
    }
}

void ArticleListPanel::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

} // namespace lectern
