#include "articleview.h"

#include "claimscrollbar.h"
#include "claimstyle.h"
#include "highlights.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace lectern {

namespace {

bool isRightToLeftLanguage(const QString &lang)
{
    static const QStringList rtl = {QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("fa"),
                                    QStringLiteral("ur"), QStringLiteral("yi"), QStringLiteral("ps")};
    return rtl.contains(lang);
}

// Han characters look different in Korean, Japanese and Chinese: pick the font by language.
QStringList fontFamiliesFor(const QString &lang)
{
    if (lang == QLatin1String("ko")) return {QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Serif CJK KR")};
    if (lang == QLatin1String("ja")) return {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Serif CJK JP")};
    if (lang == QLatin1String("zh")) return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")};
    if (isRightToLeftLanguage(lang)) return {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Arabic"),
                                     QStringLiteral("Noto Sans Hebrew")};
    return {QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"), QStringLiteral("serif")};
}

} // namespace

ArticleView::ArticleView(QWidget *parent) : QTextEdit(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    m_scrollBar = new ClaimScrollBar(this);
    setVerticalScrollBar(m_scrollBar);
    m_flashTimer = new QTimer(this);
    connect(m_flashTimer, &QTimer::timeout, this, &ArticleView::flashStep);
}

void ArticleView::clearArticle()
{
    stopFlash();
    m_segments.clear();
    m_meta = {};
    m_blocks.clear();
    m_map = {};
    m_annotations.clear();
    if (m_document) {
        setDocument(new QTextDocument(this));
        delete m_document;
        m_document = nullptr;
    }
}

void ArticleView::setArticle(const ArticleMeta &meta, const QString &text, const QList<Block> &blocks)
{
    stopFlash();
    m_meta = meta;
    m_blocks = blocks;
    m_map = TextMap(blocks);
    m_annotations.clear();
    m_segments.clear();
    m_claims.clear();
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    QFont base = font();
    base.setFamilies(fontFamiliesFor(meta.lang));
    base.setPointSizeF(base.pointSizeF() * 1.2);
    doc->setDefaultFont(base);
    QTextCursor cursor(doc);
    // One edit block: cursors built inside it lay out once, not once per block.
    cursor.beginEditBlock();
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        const QString lang = block.lang.isEmpty() ? meta.lang : block.lang;
        QTextBlockFormat blockFormat;
        blockFormat.setBottomMargin(block.kind == BlockKind::Heading ? 10 : 12);
        blockFormat.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        const bool rtl = isRightToLeftLanguage(lang);
        blockFormat.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        blockFormat.setAlignment(rtl ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft | Qt::AlignAbsolute);
        if (block.kind == BlockKind::Quote || block.kind == BlockKind::ListItem)
            blockFormat.setIndent(1);
        QTextCharFormat charFormat;
        charFormat.setFontFamilies(fontFamiliesFor(lang));
        if (block.kind == BlockKind::Heading) {
            charFormat.setFontWeight(QFont::Bold);
            charFormat.setFontPointSize(base.pointSizeF() * (i == 0 ? 1.6 : 1.2));
        } else if (block.kind == BlockKind::Quote) {
            charFormat.setFontItalic(true);
        }
        if (i == 0)
            cursor.setBlockFormat(blockFormat);
        else
            cursor.insertBlock(blockFormat);
        cursor.setBlockCharFormat(charFormat);
        // A line break inside a block must not become a block of its own: U+2028 has the
        // same length and keeps the offsets.
        QString piece = text.mid(block.start, block.end - block.start);
        piece.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(piece, charFormat);
    }
    cursor.endEditBlock();
    // QTextEdit deletes its own first document when replaced, never ours: we delete those.
    QTextDocument *previous = m_document;
    setDocument(doc);
    m_document = doc;
    delete previous;
    updateColumn();
    verticalScrollBar()->setValue(0);
}

void ArticleView::setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, QColor> &tagColors,
                                 const QHash<qint64, QString> &tagNames)
{
    m_annotations = annotations;
    m_tagColors = tagColors;
    m_tagNames = tagNames;
    applyHighlights();
}

void ArticleView::applyHighlights()
{
    // Highlights are painted, not stored as character formats: a format change per
    // annotation costs a document edit each (seconds for thousands of them), painting costs
    // only what is on screen.
    m_segments = highlightSegments(m_annotations, m_tagColors);
    viewport()->update();
}

template<typename Range, typename Paint>
void ArticleView::forVisibleRects(const QList<Range> &ranges, Paint paint)
{
    if (ranges.isEmpty())
        return;
    const int scroll = verticalScrollBar()->value();
    const int hscroll = horizontalScrollBar()->value();
    const int bottom = scroll + viewport()->height();
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    QTextBlock block = document()->findBlock(cursorForPosition(QPoint(0, 0)).position());
    for (; block.isValid(); block = block.next()) {
        const QRectF blockRect = layout->blockBoundingRect(block);
        if (blockRect.top() > bottom)
            break;
        const int blockStart = m_map.toText(block.position());
        const int blockEnd = blockStart + block.length() - 1;
        // The first range that ends after the block starts (ranges are sorted and claims do
        // not overlap much, so a short scan back is enough).
        auto it = std::lower_bound(ranges.cbegin(), ranges.cend(), blockStart,
                                   [](const Range &r, int offset) { return r.end <= offset; });
        const QTextLayout *lines = block.layout();
        for (; it != ranges.cend() && it->start < blockEnd; ++it) {
            const int from = std::max(it->start, blockStart) - blockStart;
            const int to = std::min(it->end, blockEnd) - blockStart;
            for (int l = 0; l < lines->lineCount(); ++l) {
                const QTextLine line = lines->lineAt(l);
                const int lineStart = line.textStart();
                const int lineEnd = lineStart + line.textLength();
                if (to <= lineStart || from >= lineEnd)
                    continue;
                const qreal x1 = line.cursorToX(std::max(from, lineStart));
                const qreal x2 = line.cursorToX(std::min(to, lineEnd));
                QRectF rect(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height());
                rect.translate(blockRect.topLeft() - QPointF(hscroll, scroll));
                paint(*it, rect);
            }
        }
    }
}

void ArticleView::paintHighlights(QPainter &painter)
{
    forVisibleRects(m_segments, [&painter](const HighlightSegment &segment, QRectF rect) {
        rect.adjust(0, rect.height() * 0.12, 0, -rect.height() * 0.08);
        painter.fillRect(rect, segment.background);
        if (segment.underline.isValid())
            painter.fillRect(QRectF(rect.left(), rect.bottom() - 2, rect.width(), 2), segment.underline);
    });
}

void ArticleView::paintClaims(QPainter &painter)
{
    if (!m_claimsVisible)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    forVisibleRects(m_claims, [&painter](const Claim &claim, const QRectF &rect) {
        QPen pen(claimKindColor(primaryKind(claim.kinds)), 2);
        pen.setStyle(claim.status == QLatin1String("auto") ? Qt::DotLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(rect.left(), rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1));
    });
    // Figures get a box of their own.
    QList<Quantity> figures;
    for (const Claim &claim : std::as_const(m_claims))
        for (const Quantity &q : claim.quantities)
            if (q.unit != QLatin1String("year"))
                figures.append(q);
    painter.setPen(QPen(claimKindColor(QStringLiteral("quantity")), 1.2));
    painter.setBrush(Qt::NoBrush);
    forVisibleRects(figures, [&painter](const Quantity &, QRectF rect) {
        rect.adjust(-1, rect.height() * 0.15, 1, -rect.height() * 0.1);
        painter.drawRoundedRect(rect, 3, 3);
    });
}

void ArticleView::setClaims(const QList<Claim> &claims)
{
    m_claims.clear();
    for (const Claim &claim : claims)
        if (claim.status != QLatin1String("rejected"))
            m_claims.append(claim);
    std::sort(m_claims.begin(), m_claims.end(), [](const Claim &a, const Claim &b) { return a.start < b.start; });
    updateScrollMarks();
    viewport()->update();
}

void ArticleView::setClaimsVisible(bool visible)
{
    m_claimsVisible = visible;
    updateScrollMarks();
    viewport()->update();
}

void ArticleView::updateScrollMarks()
{
    QList<QPair<double, QColor>> marks;
    const int length = m_blocks.isEmpty() ? 0 : m_blocks.last().end;
    if (m_claimsVisible && length > 0)
        for (const Claim &claim : std::as_const(m_claims))
            marks.append({double(claim.start) / length, claimKindColor(primaryKind(claim.kinds))});
    m_scrollBar->setMarks(marks);
}

QRect ArticleView::offsetRect(int offset) const
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(m_map.toDocument(offset), 0, document()->characterCount() - 1));
    return cursorRect(cursor);
}

void ArticleView::setLinkedRanges(const QList<QPair<int, int>> &ranges)
{
    m_linked = ranges;
    viewport()->update();
}

QList<qint64> ArticleView::claimsAt(int offset) const
{
    QList<qint64> ids;
    if (m_claimsVisible)
        for (const Claim &claim : m_claims)
            if (claim.start <= offset && offset < claim.end)
                ids.append(claim.id);
    return ids;
}

QPair<int, int> ArticleView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {0, 0};
    return {m_map.toText(cursor.selectionStart()), m_map.toText(cursor.selectionEnd())};
}

void ArticleView::selectRange(int start, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_map.toDocument(start));
    cursor.setPosition(m_map.toDocument(end), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void ArticleView::revealRange(int start, int end, bool flash)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_map.toDocument(end));
    setTextCursor(cursor);
    cursor.setPosition(m_map.toDocument(start));
    setTextCursor(cursor);
    ensureCursorVisible();
    if (!flash)
        return;
    cursor.setPosition(m_map.toDocument(end), QTextCursor::KeepAnchor);
    m_flash.cursor = cursor;
    m_flash.format.setBackground(palette().highlight());
    m_flash.format.setForeground(palette().highlightedText());
    m_flashTicks = 0;
    m_flashTimer->start(140);
}

void ArticleView::flashStep()
{
    const bool on = m_flashTicks++ % 2 == 0;
    setExtraSelections(on ? QList<QTextEdit::ExtraSelection>{m_flash} : QList<QTextEdit::ExtraSelection>{});
    if (m_flashTicks >= 6)
        m_flashTimer->stop();
}

void ArticleView::stopFlash()
{
    // Extra selections hold cursors into the document: drop them before it goes.
    m_flashTimer->stop();
    m_flash = {};
    setExtraSelections({});
}

QList<qint64> ArticleView::annotationsAt(int offset) const
{
    QList<qint64> ids;
    for (const Annotation &a : m_annotations)
        if (a.span.start <= offset && offset < a.span.end)
            ids.append(a.id);
    return ids;
}

void ArticleView::setColumnWidthEm(int em)
{
    m_columnEm = em;
    updateColumn();
}

void ArticleView::updateColumn()
{
    // A readable line length: the text column is at most m_columnEm wide, centred.
    const int column = fontMetrics().averageCharWidth() * 2 * m_columnEm * 6 / 10;
    const int side = std::max(48, (viewport()->width() - column) / 2);
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    if (int(frame.leftMargin()) == side && int(frame.rightMargin()) == side)
        return;
    frame.setLeftMargin(side);
    frame.setRightMargin(side);
    frame.setTopMargin(24);
    frame.setBottomMargin(48);
    document()->rootFrame()->setFrameFormat(frame);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    {
        // Under the text: the viewport's background is already filled, the text comes after.
        QPainter painter(viewport());
        paintHighlights(painter);
    }
    QTextEdit::paintEvent(event);
    {
        QPainter painter(viewport());
        paintClaims(painter);
        // A link mark in the right margin beside every linked passage.
        const int right = viewport()->width() - int(document()->rootFrame()->frameFormat().rightMargin()) + 10;
        painter.setPen(QPen(palette().color(QPalette::Link), 2));
        for (const auto &[start, end] : std::as_const(m_linked)) {
            const QRect top = offsetRect(start);
            const QRect bottom = offsetRect(std::max(start, end - 1));
            if (bottom.bottom() < 0 || top.top() > viewport()->height())
                continue;
            painter.drawLine(right, top.top(), right, bottom.bottom());
            painter.drawText(right + 4, top.top() + painter.fontMetrics().ascent(), QStringLiteral("⇄"));
        }
    }
    paintLanguageMarks();
}

// A small language badge in the margin beside paragraphs not in the article's language.
void ArticleView::paintLanguageMarks()
{
    QPainter painter(viewport());
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    painter.setFont(small);
    const int scroll = verticalScrollBar()->value();
    const int left = int(document()->rootFrame()->frameFormat().leftMargin());
    QTextBlock block = document()->begin();
    for (int i = 0; block.isValid() && i < m_blocks.size(); block = block.next(), ++i) {
        if (m_blocks[i].lang.isEmpty())
            continue;
        const QRectF rect = document()->documentLayout()->blockBoundingRect(block).translated(0, -scroll);
        if (rect.bottom() < 0 || rect.top() > viewport()->height())
            continue;
        const QString label = m_blocks[i].lang.toUpper();
        const QRect badge(left - 44, int(rect.top()) + 2, 36, painter.fontMetrics().height() + 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().alternateBase());
        painter.drawRoundedRect(badge, 4, 4);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(badge, Qt::AlignCenter, label);
        painter.drawLine(left - 6, int(rect.top()) + 2, left - 6, int(rect.bottom()) - 8);
    }
}

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int offset = m_map.toText(cursorForPosition(viewport()->mapFromGlobal(help->globalPos())).position());
        QStringList lines;
        for (qint64 id : annotationsAt(offset)) {
            for (const Annotation &a : std::as_const(m_annotations)) {
                if (a.id != id)
                    continue;
                QStringList tags;
                for (qint64 tag : a.tagIds)
                    tags << m_tagNames.value(tag);
                QString line = tags.isEmpty() ? tr("Annotation") : tags.join(QStringLiteral(", "));
                if (!a.note.isEmpty())
                    line += QStringLiteral(": ") + a.note;
                lines << line;
            }
        }
        for (qint64 id : claimsAt(offset)) {
            for (const Claim &claim : std::as_const(m_claims)) {
                if (claim.id != id)
                    continue;
                QStringList kinds;
                for (const QString &kind : claim.kinds)
                    kinds << claimKindName(kind);
                QString line = tr("Claim (%1), score %2").arg(kinds.join(QStringLiteral(", "))).arg(claim.score, 0, 'f', 2);
                if (!claim.claimant.isEmpty())
                    line += QLatin1Char('\n') + tr("Source: %1").arg(claim.claimant);
                for (const Quantity &q : claim.quantities)
                    if (q.unit != QLatin1String("year"))
                        line += QStringLiteral("\n• %1").arg(q.text);
                lines << line;
            }
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
        return true;
    }
    return QTextEdit::event(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int offset = m_map.toText(cursorForPosition(event->position().toPoint()).position());
    const QList<qint64> ids = annotationsAt(offset);
    if (!ids.isEmpty())
        emit annotationClicked(ids.last());
    else if (const QList<qint64> claims = claimsAt(offset); !claims.isEmpty())
        emit claimClicked(claims.first());
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const int offset = m_map.toText(cursorForPosition(event->pos()).position());
    emit contextMenuWanted(menu, offset);
    menu->exec(event->globalPos());
    delete menu;
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    QMimeData *data = QTextEdit::createMimeDataFromSelection();
    const auto [start, end] = selectedRange();
    if (m_meta.id && end > start)
        data->setData(QLatin1String(PassageMimeType), QStringLiteral("%1:%2:%3").arg(m_meta.id).arg(start).arg(end).toLatin1());
    return data;
}

static bool acceptsDrop(const QMimeData *data, qint64 self)
{
    if (data->hasFormat(QLatin1String(ArticleView::TagMimeType)))
        return true;
    // A passage from another article (dragging between compare panes links them).
    return data->hasFormat(QLatin1String(ArticleView::PassageMimeType))
        && data->data(QLatin1String(ArticleView::PassageMimeType)).split(':').value(0).toLongLong() != self;
}

void ArticleView::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData(), m_meta.id))
        event->acceptProposedAction();
    else
        event->ignore(); // files go to the window, which imports them
}

void ArticleView::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData(), m_meta.id))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ArticleView::dropEvent(QDropEvent *event)
{
    if (!acceptsDrop(event->mimeData(), m_meta.id)) {
        event->ignore();
        return;
    }
    if (event->mimeData()->hasFormat(QLatin1String(PassageMimeType))) {
        const QList<QByteArray> parts = event->mimeData()->data(QLatin1String(PassageMimeType)).split(':');
        event->acceptProposedAction();
        emit passageDropped(parts.value(0).toLongLong(), parts.value(1).toInt(), parts.value(2).toInt(),
                            m_map.toText(cursorForPosition(event->position().toPoint()).position()));
        return;
    }
    const qint64 tag = event->mimeData()->data(QLatin1String(TagMimeType)).toLongLong();
    const auto [start, end] = selectedRange();
    const int offset = m_map.toText(cursorForPosition(event->position().toPoint()).position());
    const QList<qint64> under = annotationsAt(offset);
    event->acceptProposedAction();
    emit tagDropped(tag, start, end, under.isEmpty() ? 0 : under.last());
}

} // namespace lectern
