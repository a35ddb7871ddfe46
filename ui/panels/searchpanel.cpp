#include "searchpanel.h"

#include "project/projectdocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace lectern {

SearchPanel::SearchPanel(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_query(new QLineEdit(this)), m_results(new QListWidget(this))
    , m_status(new QLabel(this))
{
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search all articles (\"phrase\", prefix*)"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setSpacing(3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPanel::runSearch);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit hitChosen(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toInt(),
                       item->data(Qt::UserRole + 2).toInt());
    });
    connect(m_results, &QListWidget::itemClicked, m_results, &QListWidget::itemActivated);
}

void SearchPanel::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPanel::search(const QString &query)
{
    m_query->setText(query);
    runSearch();
}

void SearchPanel::runSearch()
{
    m_results->clear();
    if (!m_project->isOpen() || m_query->text().trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    const SearchResults results = m_project->search(m_query->text(), 100);
    m_status->setText(tr("%n article(s) found", nullptr, results.total));
    for (const SearchHit &hit : results.hits) {
        // Mark the matches: the label shows the first lines of a rich-text item.
        QString snippet;
        int at = 0;
        for (const auto &[start, end] : hit.marks) {
            snippet += hit.snippet.mid(at, start - at).toHtmlEscaped() + QStringLiteral("<b>")
                + hit.snippet.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b>");
            at = end;
        }
        snippet += hit.snippet.mid(at).toHtmlEscaped();
        auto *item = new QListWidgetItem(m_results);
        item->setData(Qt::UserRole, hit.article.id);
        item->setData(Qt::UserRole + 1, hit.matchStart);
        item->setData(Qt::UserRole + 2, hit.marks.isEmpty() ? 0 : hit.marks.first().second - hit.marks.first().first);
        auto *label = new QLabel(QStringLiteral("<b>%1</b> <small>%2</small><br>%3")
                                     .arg(hit.article.title.toHtmlEscaped(), hit.article.outlet.toHtmlEscaped(), snippet));
        label->setWordWrap(true);
        label->setContentsMargins(4, 4, 4, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setSizeHint(QSize(100, label->heightForWidth(std::max(200, m_results->viewport()->width() - 12)) + 8));
        m_results->setItemWidget(item, label);
    }
}

} // namespace lectern
