#include "linkspanel.h"

#include "project/projectdocument.h"
#include "model/textcut.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lectern {

QString relationLabel(const Relation &relation)
{
    static const QHash<QString, const char *> builtIn = {
        {QStringLiteral("supports"), QT_TRANSLATE_NOOP("Relation", "supports")},
        {QStringLiteral("contradicts"), QT_TRANSLATE_NOOP("Relation", "contradicts")},
        {QStringLiteral("same_claim"), QT_TRANSLATE_NOOP("Relation", "same claim")},
        {QStringLiteral("elaborates"), QT_TRANSLATE_NOOP("Relation", "elaborates")},
        {QStringLiteral("cites"), QT_TRANSLATE_NOOP("Relation", "cites/quotes")},
        {QStringLiteral("updates"), QT_TRANSLATE_NOOP("Relation", "updates/corrects")},
        {QStringLiteral("translation_of"), QT_TRANSLATE_NOOP("Relation", "translation of")}};
    if (const char *name = builtIn.value(relation.key))
        return QCoreApplication::translate("Relation", name);
    return relation.name;
}

QString describeLink(ProjectDocument *project, const Link &link, qint64 fromArticle)
{
    QString relation = link.relation;
    for (const Relation &r : project->relations())
        if (r.key == link.relation)
            relation = relationLabel(r);
    const bool outgoing = link.from.articleId == fromArticle;
    const LinkEnd &other = outgoing ? link.to : link.from;
    const auto meta = project->article(other.articleId);
    const QString title = meta ? meta->title : QObject::tr("(deleted article)");
    const QString where = other.wholeArticle ? QString() : QStringLiteral(" — “%1”").arg(textcut::head(other.span.quote.simplified(), 60));
    return QStringLiteral("%1 %2: %3%4").arg(outgoing ? QStringLiteral("→") : QStringLiteral("←"), relation, title, where);
}

LinksPanel::LinksPanel(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_relation(new QComboBox(this)), m_onlyCurrent(new QCheckBox(this))
    , m_text(new QLineEdit(this)), m_tree(new QTreeWidget(this))
{
    m_onlyCurrent->setText(tr("This article only"));
    m_onlyCurrent->setChecked(true);
    m_text->setPlaceholderText(tr("Filter links"));
    m_text->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("linkTree"));
    m_tree->setHeaderLabels({tr("Relation"), tr("From"), tr("To"), tr("Note")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_relation, 1);
    filters->addWidget(m_onlyCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_text);
    layout->addWidget(m_tree, 1);
    connect(m_relation, &QComboBox::activated, this, &LinksPanel::reload);
    connect(m_onlyCurrent, &QCheckBox::toggled, this, &LinksPanel::reload);
    connect(m_text, &QLineEdit::textChanged, this, &LinksPanel::reload);
    connect(project, &ProjectDocument::linksChanged, this, &LinksPanel::reload);
    connect(project, &ProjectDocument::articlesChanged, this, &LinksPanel::reload);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 link = item->data(0, Qt::UserRole).toLongLong();
        const qint64 from = item->data(1, Qt::UserRole).toLongLong();
        const qint64 to = item->data(2, Qt::UserRole).toLongLong();
        emit followed(link, from == m_article ? to : from);
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_tree);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            m_project->removeLink(item->data(0, Qt::UserRole).toLongLong());
    });
}

void LinksPanel::setCurrentArticle(qint64 articleId)
{
    m_article = articleId;
    reload();
}

int LinksPanel::visibleCount() const
{
    return m_tree->topLevelItemCount();
}

void LinksPanel::reload()
{
    m_tree->clear();
    if (!m_project->isOpen())
        return;
    const QString relation = m_relation->currentData().toString();
    m_relation->clear();
    m_relation->addItem(tr("All relations"), QString());
    QHash<QString, QString> names;
    for (const Relation &r : m_project->relations()) {
        m_relation->addItem(relationLabel(r), r.key);
        names.insert(r.key, relationLabel(r));
    }
    m_relation->setCurrentIndex(std::max(0, m_relation->findData(relation)));
    const QString text = m_text->text().trimmed();
    for (const Link &link : m_project->links(m_onlyCurrent->isChecked() ? m_article : 0)) {
        if (m_onlyCurrent->isChecked() && !m_article)
            break;
        if (!relation.isEmpty() && link.relation != relation)
            continue;
        auto title = [this](const LinkEnd &end) {
            const auto meta = m_project->article(end.articleId);
            QString t = meta ? QStringLiteral("%1 (%2)").arg(meta->title, meta->outlet) : tr("(deleted article)");
            if (!end.wholeArticle)
                t += QStringLiteral(": “%1”").arg(textcut::head(end.span.quote.simplified(), 60));
            return t;
        };
        const QStringList columns = {names.value(link.relation, link.relation), title(link.from), title(link.to), link.note};
        if (!text.isEmpty() && !columns.join(QLatin1Char(' ')).contains(text, Qt::CaseInsensitive))
            continue;
        auto *item = new QTreeWidgetItem(m_tree, columns);
        item->setData(0, Qt::UserRole, link.id);
        item->setData(1, Qt::UserRole, link.from.articleId);
        item->setData(2, Qt::UserRole, link.to.articleId);
        item->setToolTip(3, link.note);
    }
}

} // namespace lectern
