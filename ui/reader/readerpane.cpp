#include "widgets/languages.h"
#include "readerpane.h"

#include "articleview.h"
#include "claimstyle.h"

#include "model/article.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern {

ReaderPane::ReaderPane(QWidget *parent)
    : QWidget(parent), m_meta(new QLabel(this)), m_claims(new QCheckBox(this)), m_view(new ArticleView(this)), m_findBar(new QWidget(this))
    , m_findText(new QLineEdit(m_findBar)), m_findCount(new QLabel(m_findBar))
{
    m_meta->setObjectName(QStringLiteral("articleMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setContentsMargins(16, 8, 16, 8);
    m_meta->setAutoFillBackground(true);
    m_meta->setBackgroundRole(QPalette::AlternateBase);

    m_findText->setObjectName(QStringLiteral("findText"));
    m_findText->setPlaceholderText(tr("Find in article"));
    m_findText->setClearButtonEnabled(true);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    auto *close = new QToolButton(m_findBar);
    close->setText(tr("Close"));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(8, 4, 8, 4);
    findLayout->addWidget(m_findText, 1);
    findLayout->addWidget(m_findCount);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(close);
    m_findBar->hide();

    // The claims legend: what each underline colour means, and a switch for all of them.
    auto *legend = new QWidget(this);
    legend->setAutoFillBackground(true);
    legend->setBackgroundRole(QPalette::AlternateBase);
    auto *legendLayout = new QHBoxLayout(legend);
    legendLayout->setContentsMargins(16, 0, 16, 6);
    m_claims->setObjectName(QStringLiteral("showClaims"));
    m_claims->setText(tr("Claims:"));
    m_claims->setChecked(true);
    legendLayout->addWidget(m_claims);
    for (const QString &kind : claimKinds()) {
        auto *label = new QLabel(QStringLiteral("<span style=\"color:%1\">━</span> %2")
                                     .arg(claimKindColor(kind).name(), claimKindName(kind).toHtmlEscaped()), legend);
        legendLayout->addWidget(label);
    }
    legendLayout->addStretch(1);
    connect(m_claims, &QCheckBox::toggled, m_view, &ArticleView::setClaimsVisible);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_meta);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);

    connect(m_findText, &QLineEdit::textChanged, this, &ReaderPane::markAllMatches);
    connect(m_findText, &QLineEdit::returnPressed, this, [this] { find(false); });
    connect(next, &QToolButton::clicked, this, [this] { find(false); });
    connect(previous, &QToolButton::clicked, this, [this] { find(true); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_view->setExtraSelections({});
        m_view->setFocus();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_findBar);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, close, &QToolButton::click);
    showEmpty(tr("Choose an article in the list on the left."));
}

void ReaderPane::showMeta(const ArticleMeta &meta, const QStringList &articleTags)
{
    QStringList parts;
    if (!meta.outlet.isEmpty())
        parts << QStringLiteral("<b>%1</b>").arg(meta.outlet.toHtmlEscaped());
    if (!meta.byline.isEmpty())
        parts << meta.byline.toHtmlEscaped();
    if (!meta.published.isEmpty())
        parts << meta.published.left(10).toHtmlEscaped();
    const QString language = languageName(meta.lang);
    parts << (meta.lang == QLatin1String("und") ? tr("language unknown") : language);
    parts << tr("%n annotation(s)", nullptr, meta.annotationCount);
    // Each part is its own bidi island (FSI ... PDI), so an Arabic outlet does not reorder the
    // date beside it, and the line runs in the direction of the UI.
    for (QString &part : parts)
        part = QChar(0x2068) + part + QChar(0x2069);
    const QChar direction = QGuiApplication::layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    QString html = direction + parts.join(QStringLiteral(" · "));
    if (!articleTags.isEmpty())
        html += QStringLiteral("<br>") + tr("Article tags: %1").arg(articleTags.join(QStringLiteral(", ")).toHtmlEscaped());
    m_meta->setText(html);
    m_meta->show();
}

void ReaderPane::showEmpty(const QString &message)
{
    m_view->clearArticle();
    m_meta->setText(message.toHtmlEscaped());
}

void ReaderPane::openFind()
{
    m_findBar->show();
    m_findText->setFocus();
    m_findText->selectAll();
    markAllMatches();
}

void ReaderPane::find(bool backwards)
{
    const QString text = m_findText->text();
    if (text.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (!m_view->find(text, flags)) {
        // Wrap around.
        QTextCursor cursor = m_view->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_view->setTextCursor(cursor);
        m_view->find(text, flags);
    }
}

void ReaderPane::markAllMatches()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_findText->text();
    if (!text.isEmpty()) {
        QTextCursor cursor(m_view->document());
        while (!(cursor = m_view->document()->find(text, cursor)).isNull() && selections.size() < 5000) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = cursor;
            selection.format.setBackground(QColor(255, 230, 0, 160));
            selections.append(selection);
        }
    }
    m_view->setExtraSelections(selections);
    m_findCount->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, int(selections.size())));
}

} // namespace lectern
