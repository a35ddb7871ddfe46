#pragma once

#include "highlights.h"
#include "textmap.h"

#include "model/annotation.h"
#include "model/article.h"
#include "model/claim.h"

#include <QHash>
#include <QTextEdit>

class QTimer;

namespace lectern {

// The article viewer: the canonical text in a readable centred column, one QTextBlock per
// Block (headings large, right-to-left paragraphs right-aligned, fonts by language), the
// analyst's annotations as highlights, paragraphs in another language marked in the margin.
// Selection offsets are canonical-text offsets (TextMap), never document positions.
class ArticleView : public QTextEdit
{
    Q_OBJECT

public:
    static constexpr const char *TagMimeType = "application/x-lectern-tag";
    static constexpr const char *PassageMimeType = "application/x-lectern-passage"; // article:start:end

    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const ArticleMeta &meta, const QString &text, const QList<Block> &blocks);
    void setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, QColor> &tagColors,
                        const QHash<qint64, QString> &tagNames);
    void clearArticle();
    qint64 articleId() const { return m_meta.id; }
    QString lang() const { return m_meta.lang; }

    // The selection as canonical offsets; start == end when nothing is selected.
    QPair<int, int> selectedRange() const;
    void selectRange(int start, int end);
    // Scrolls so that offset is in view, and briefly flashes [start, end).
    void revealRange(int start, int end, bool flash = true);
    // The annotations under a canonical offset.
    QList<qint64> annotationsAt(int offset) const;
    void setColumnWidthEm(int em);
    // Claims to show: underlined in their kind's colour, figures boxed, marked on the
    // scroll bar. Rejected claims are never shown.
    void setClaims(const QList<Claim> &claims);
    void setClaimsVisible(bool visible);
    bool claimsVisible() const { return m_claimsVisible; }
    QList<qint64> claimsAt(int offset) const;
    // Where a canonical offset is shown, in viewport coordinates.
    QRect offsetRect(int offset) const;
    // Passages with links get a mark in the right margin.
    void setLinkedRanges(const QList<QPair<int, int>> &ranges);

signals:
    void annotationClicked(qint64 annotationId);
    void claimClicked(qint64 claimId);
    void tagDropped(qint64 tagId, int start, int end, qint64 onAnnotation);
    void contextMenuWanted(QMenu *menu, int offset);
    // A passage of another article was dropped here, at offset.
    void passageDropped(qint64 article, int start, int end, int offset);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void updateColumn();
    void paintLanguageMarks();
    void applyHighlights();
    void paintHighlights(QPainter &painter);
    void paintClaims(QPainter &painter);
    // Calls paint(rect) for each on-screen line piece of the sorted ranges.
    template<typename Range, typename Paint>
    void forVisibleRects(const QList<Range> &ranges, Paint paint);
    void updateScrollMarks();
    void flashStep();
    void stopFlash();

    ArticleMeta m_meta;
    QList<Block> m_blocks;
    TextMap m_map;
    QList<Annotation> m_annotations;
    QList<HighlightSegment> m_segments; // sorted, non-overlapping
    QList<Claim> m_claims;              // sorted by start
    QList<QPair<int, int>> m_linked;
    bool m_claimsVisible = true;
    class ClaimScrollBar *m_scrollBar = nullptr;
    QHash<qint64, QColor> m_tagColors;
    QHash<qint64, QString> m_tagNames;
    int m_columnEm = 46;
    QTextDocument *m_document = nullptr; // the article's document, which we own
    QTimer *m_flashTimer = nullptr;
    QTextEdit::ExtraSelection m_flash;
    int m_flashTicks = 0;
};

} // namespace lectern
