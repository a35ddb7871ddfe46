#include "annotationpanel.h"

#include "widgets/languages.h"

#include "project/projectdocument.h"
#include "widgets/noteeditor.h"
#include "model/textcut.h"

#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern {

static QIcon swatch(const QList<QColor> &colors)
{
    static QHash<QString, QIcon> cache;
    QString key;
    for (const QColor &c : colors)
        key += c.name();
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pixmap(12, 28);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QList<QColor> shown = colors.isEmpty() ? QList<QColor>{QColor(0xf2, 0xc9, 0x4c)} : colors;
    const int height = 28 / int(shown.size());
    for (int i = 0; i < shown.size(); ++i)
        painter.fillRect(0, i * height, 12, height, shown[i]);
    painter.end();
    return *cache.insert(key, QIcon(pixmap));
}

AnnotationPanel::AnnotationPanel(ProjectDocument *project, QWidget *parent)
    : QWidget(parent), m_project(project), m_articleTags(new QLabel(this)), m_articleTagButton(new QToolButton(this))
    , m_articleNote(new NoteEditor(project, this)), m_list(new QListWidget(this)), m_links(new QListWidget(this))
    , m_quote(new QLabel(this))
    , m_note(new NoteEditor(project, this)), m_tagButton(new QToolButton(this)), m_remove(new QPushButton(this))
{
    auto *article = new QGroupBox(tr("Whole article"), this);
    m_articleTags->setWordWrap(true);
    m_articleTagButton->setText(tr("Tags…"));
    m_articleTagButton->setObjectName(QStringLiteral("articleTagButton"));
    m_articleNote->setObjectName(QStringLiteral("articleNote"));
    m_articleNote->setPlaceholderText(tr("A note on the whole article"));
    m_articleNote->setMaximumHeight(110);
    auto *articleLayout = new QVBoxLayout(article);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_articleTags, 1);
    tagRow->addWidget(m_articleTagButton);
    articleLayout->addLayout(tagRow);
    articleLayout->addWidget(m_articleNote);

    m_list->setObjectName(QStringLiteral("annotationList"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(12, 28));
    // Thousands of annotations lay out in batches while the window stays responsive.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(100);

    auto *current = new QGroupBox(tr("Selected annotation"), this);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_note->setObjectName(QStringLiteral("annotationNote"));
    m_note->setPlaceholderText(tr("Write a note on this passage"));
    m_tagButton->setText(tr("Tags…"));
    m_tagButton->setObjectName(QStringLiteral("annotationTagButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeAnnotation"));
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->addWidget(m_quote);
    currentLayout->addWidget(m_note, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_tagButton);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    currentLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(article);
    layout->addWidget(new QLabel(tr("Annotations"), this));
    layout->addWidget(m_list, 2);
    layout->addWidget(current, 1);
    m_links->setObjectName(QStringLiteral("articleLinks"));
    m_links->setMaximumHeight(110);
    m_links->setToolTip(tr("Double-click a link to open the other article at its end"));
    layout->addWidget(new QLabel(tr("Links"), this));
    layout->addWidget(m_links);
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit linkFollowed(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toLongLong());
    });

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showCurrent();
        if (const qint64 id = currentAnnotation())
            emit annotationActivated(id);
    });
    connect(m_note, &NoteEditor::edited, this, [this](const QString &text, const QString &lang) {
        if (m_shown)
            m_project->setAnnotationNote(m_shown, text, lang == m_lang ? QString() : lang);
    });
    connect(m_articleNote, &NoteEditor::edited, this, [this](const QString &text, const QString &lang) {
        if (m_article)
            m_project->setArticleNote(m_article, text, lang == m_lang ? QString() : lang);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentAnnotation())
            m_project->removeAnnotation(id);
    });
    connect(m_tagButton, &QToolButton::clicked, this, [this] {
        const qint64 id = currentAnnotation();
        for (const Annotation &a : std::as_const(m_annotations))
            if (a.id == id) {
                QMenu *menu = tagMenu(a.tagIds, [this, id](QList<qint64> tags) { m_project->setAnnotationTags(id, tags); });
                menu->exec(m_tagButton->mapToGlobal(QPoint(0, m_tagButton->height())));
                delete menu;
            }
    });
    connect(m_articleTagButton, &QToolButton::clicked, this, [this] {
        QMenu *menu = tagMenu(m_project->articleTags(m_article),
                              [this](QList<qint64> tags) { m_project->setArticleTags(m_article, tags); });
        menu->exec(m_articleTagButton->mapToGlobal(QPoint(0, m_articleTagButton->height())));
        delete menu;
    });
    connect(project, &ProjectDocument::annotationsChanged, this, [this](qint64 articleId) {
        if (articleId == 0 || articleId == m_article)
            reload();
    });
    connect(project, &ProjectDocument::tagsChanged, this, [this] {
        reload();
        reloadArticleTags();
    });
    connect(project, &ProjectDocument::articleTagsChanged, this, [this](qint64 articleId) {
        if (articleId == m_article)
            reloadArticleTags();
    });
    setArticle(0, {});
}

QMenu *AnnotationPanel::tagMenu(const QList<qint64> &checked, const std::function<void(QList<qint64>)> &apply)
{
    auto *menu = new QMenu(this);
    const QList<Tag> tags = m_project->tags();
    if (tags.isEmpty())
        menu->addAction(tr("The codebook has no tags yet"))->setEnabled(false);
    for (const Tag &tag : tags) {
        QAction *action = menu->addAction(tag.name);
        action->setCheckable(true);
        action->setChecked(checked.contains(tag.id));
        connect(action, &QAction::toggled, this, [checked, tag, apply](bool on) {
            QList<qint64> next = checked;
            if (on)
                next.append(tag.id);
            else
                next.removeAll(tag.id);
            apply(next);
        });
    }
    return menu;
}

void AnnotationPanel::setArticle(qint64 articleId, const QString &articleLang)
{
    m_note->flush();
    m_articleNote->flush();
    m_article = articleId;
    m_lang = articleLang;
    setEnabled(articleId != 0);
    reload();
    reloadArticleTags();
}

void AnnotationPanel::reloadArticleTags()
{
    if (!m_article || !m_project->isOpen()) {
        m_articleTags->setText(QString());
        m_articleNote->setNote(QString(), QString(), QString());
        return;
    }
    QStringList names;
    const QList<qint64> ids = m_project->articleTags(m_article);
    for (const Tag &tag : m_project->tags())
        if (ids.contains(tag.id))
            names << tag.name;
    m_articleTags->setText(names.isEmpty() ? tr("No article tags") : names.join(QStringLiteral(", ")));
    const auto note = m_project->articleNote(m_article);
    m_articleNote->setNote(note.first, note.second, m_lang);
}

void AnnotationPanel::reload()
{
    const qint64 keep = currentAnnotation();
    m_annotations = m_article && m_project->isOpen() ? m_project->annotations(m_article) : QList<Annotation>();
    QHash<qint64, Tag> tags;
    if (m_project->isOpen())
        for (const Tag &tag : m_project->tags())
            tags.insert(tag.id, tag);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Annotation &a : std::as_const(m_annotations)) {
        QStringList tagNames;
        QList<QColor> colors;
        for (qint64 id : a.tagIds) {
            tagNames << tags.value(id).name;
            colors << QColor(tags.value(id).color);
        }
        QString quote = a.span.quote.simplified();
        if (quote.size() > 120)
            quote = textcut::elided(quote, 118);
        QString text = isolated(QStringLiteral("“%1”").arg(quote));
        if (!tagNames.isEmpty())
            text += QLatin1Char('\n') + isolated(tagNames.join(QStringLiteral(" · ")));
        if (!a.note.isEmpty())
            text += QLatin1Char('\n') + isolated(textcut::head(a.note.simplified(), 160));
        auto *item = new QListWidgetItem(swatch(colors), text, m_list);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(a.note);
    }
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == keep)
            m_list->setCurrentRow(row);
    showCurrent();
}

void AnnotationPanel::showCurrent()
{
    const qint64 id = currentAnnotation();
    m_note->flush(); // saves to the annotation shown so far
    m_shown = 0;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.id != id)
            continue;
        m_shown = id;
        m_quote->setText(isolated(QStringLiteral("“%1”").arg(textcut::head(a.span.quote.simplified(), 300))));
        m_note->setNote(a.note, a.noteLang, m_lang);
        m_note->setEnabled(true);
        m_tagButton->setEnabled(true);
        m_remove->setEnabled(true);
        return;
    }
    m_quote->setText(m_annotations.isEmpty() ? tr("Select text in the article and press Ctrl+E to annotate it.")
                                             : tr("Choose an annotation above."));
    m_note->setNote(QString(), QString(), m_lang);
    m_note->setEnabled(false);
    m_tagButton->setEnabled(false);
    m_remove->setEnabled(false);
}

void AnnotationPanel::selectAnnotation(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
            showCurrent();
        }
}

qint64 AnnotationPanel::currentAnnotation() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void AnnotationPanel::step(int delta)
{
    if (m_list->count() == 0)
        return;
    const int row = std::clamp(m_list->currentRow() + delta, 0, m_list->count() - 1);
    m_list->setCurrentRow(row);
    if (const qint64 id = currentAnnotation())
        emit annotationActivated(id);
}

void AnnotationPanel::setLinks(const QList<std::tuple<qint64, QString, qint64>> &links)
{
    m_links->clear();
    for (const auto &[id, text, other] : links) {
        auto *item = new QListWidgetItem(text, m_links);
        item->setData(Qt::UserRole, id);
        item->setData(Qt::UserRole + 1, other);
        item->setToolTip(text);
    }
    if (links.isEmpty())
        m_links->addItem(tr("No links yet: select a passage and press Ctrl+K"));
}

void AnnotationPanel::focusNote()
{
    m_note->editor()->setFocus();
}

} // namespace lectern
