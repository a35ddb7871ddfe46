#include "linkdialog.h"

#include "project/projectdocument.h"
#include "panels/linkspanel.h"
#include "reader/articleview.h"
#include "model/textcut.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace lectern {

LinkDialog::LinkDialog(ProjectDocument *project, const LinkEnd &from, QWidget *parent)
    : QDialog(parent), m_project(project), m_from(from), m_filter(new QLineEdit(this)), m_articles(new QListWidget(this))
    , m_target(new ArticleView(this)), m_relation(new QComboBox(this)), m_note(new QLineEdit(this)), m_hint(new QLabel(this))
{
    setWindowTitle(tr("Link to…"));
    setObjectName(QStringLiteral("linkDialog"));
    resize(1000, 650);
    const auto meta = project->article(from.articleId);
    const QString what = from.wholeArticle ? tr("the whole article “%1”").arg(meta ? meta->title : QString())
                                           : QStringLiteral("“%1”").arg(textcut::head(from.span.quote.simplified(), 160));
    auto *fromLabel = new QLabel(tr("Link %1 to:").arg(what.toHtmlEscaped()), this);
    fromLabel->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter articles"));
    m_filter->setClearButtonEnabled(true);
    m_articles->setObjectName(QStringLiteral("linkTargets"));
    m_hint->setText(tr("Select a passage in the article to link to it, or leave it to link the whole article."));
    m_hint->setWordWrap(true);
    for (const Relation &r : project->relations())
        m_relation->addItem(relationLabel(r), r.key);
    // The project's relation list grows from here.
    m_relation->addItem(tr("New relation…"), QString());
    m_relation->setObjectName(QStringLiteral("linkRelation"));
    connect(m_relation, &QComboBox::activated, this, [this](int index) {
        if (!m_relation->itemData(index).toString().isEmpty())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New relation"), tr("Name of the relation:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && m_project->addRelation(name, true)) {
            const Relation added = m_project->relations().last();
            m_relation->insertItem(index, added.name, added.key);
        }
        m_relation->setCurrentIndex(std::max(0, index - (ok ? 0 : 1)));
    });
    m_note->setPlaceholderText(tr("A note on this link"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_articles, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_hint);
    rightLayout->addWidget(m_target, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({320, 680});
    auto *form = new QFormLayout;
    form->addRow(tr("Relation:"), m_relation);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fromLabel);
    layout->addWidget(split, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &LinkDialog::filterArticles);
    connect(m_articles, &QListWidget::currentRowChanged, this, [this] {
        if (const QListWidgetItem *item = m_articles->currentItem())
            chooseArticle(item->data(Qt::UserRole).toLongLong());
    });
    for (const ArticleMeta &m : project->articles(500)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2 · %3").arg(m.title, m.outlet, m.lang), m_articles);
        item->setData(Qt::UserRole, m.id);
    }
}

void LinkDialog::filterArticles()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_articles->count(); ++i)
        m_articles->item(i)->setHidden(!text.isEmpty() && !m_articles->item(i)->text().contains(text, Qt::CaseInsensitive));
}

void LinkDialog::chooseArticle(qint64 id)
{
    const auto meta = m_project->article(id);
    if (!meta)
        return;
    m_target->setArticle(*meta, m_project->articleText(id), m_project->articleBlocks(id));
    for (int i = 0; i < m_articles->count(); ++i)
        if (m_articles->item(i)->data(Qt::UserRole).toLongLong() == id && m_articles->currentRow() != i) {
            const QSignalBlocker blocker(m_articles);
            m_articles->setCurrentRow(i);
        }
}

void LinkDialog::accept()
{
    const qint64 target = m_target->articleId();
    if (!target)
        return; // nothing chosen yet: the dialog stays
    LinkEnd to;
    to.articleId = target;
    const auto [start, end] = m_target->selectedRange();
    to.wholeArticle = end <= start;
    to.span.start = start;
    to.span.end = end;
    m_created = m_project->createLink(m_from, to, m_relation->currentData().toString(), m_note->text());
    if (m_created)
        QDialog::accept();
}

} // namespace lectern
