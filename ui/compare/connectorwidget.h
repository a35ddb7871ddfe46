#pragma once

#include <QColor>
#include <QWidget>

namespace lectern {

class ArticleView;

// One aligned pair of figures between two neighbouring panes.
struct Connection {
    qint64 leftArticle = 0, rightArticle = 0;
    qint64 leftClaim = 0, rightClaim = 0;
    int leftStart = 0, leftEnd = 0;
    int rightStart = 0, rightEnd = 0;
    QString verdict;
    QString why;
};

// The strip between two compare panes: a curve from each figure on the left to the
// figure it aligns with on the right, coloured by verdict, as a diff viewer links lines.
// Clicking a curve offers to confirm it as a link.
class ConnectorWidget : public QWidget
{
    Q_OBJECT

public:
    ConnectorWidget(ArticleView *left, ArticleView *right, QWidget *parent = nullptr);

    void setConnections(const QList<Connection> &connections);
    const QList<Connection> &connections() const { return m_connections; }
    // The curve under a point, or -1.
    int connectionAt(const QPoint &point) const;
    static QColor verdictColor(const QString &verdict);

signals:
    void confirmRequested(int index, const QString &relation);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The curve's end points in this widget's coordinates; false when off screen.
    bool ends(const Connection &c, QPointF *from, QPointF *to) const;

    ArticleView *m_left;
    ArticleView *m_right;
    QList<Connection> m_connections;
};

} // namespace lectern
