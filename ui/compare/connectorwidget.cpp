#include "connectorwidget.h"

#include "reader/articleview.h"

#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace lectern {

ConnectorWidget::ConnectorWidget(ArticleView *left, ArticleView *right, QWidget *parent)
    : QWidget(parent), m_left(left), m_right(right)
{
    setMinimumWidth(60);
    setMaximumWidth(90);
    setMouseTracking(true);
}

QColor ConnectorWidget::verdictColor(const QString &verdict)
{
    if (verdict == QLatin1String("agree")) return QColor(0x2e, 0x9d, 0x4a);
    if (verdict == QLatin1String("compatible")) return QColor(0xe0, 0x9b, 0x14);
    if (verdict == QLatin1String("conflict")) return QColor(0xd6, 0x27, 0x28);
    return Qt::gray;
}

void ConnectorWidget::setConnections(const QList<Connection> &connections)
{
    m_connections = connections;
    update();
}

bool ConnectorWidget::ends(const Connection &c, QPointF *from, QPointF *to) const
{
    const QRect leftRect = m_left->offsetRect(c.leftStart);
    const QRect rightRect = m_right->offsetRect(c.rightStart);
    const QPoint a = m_left->viewport()->mapTo(window(), leftRect.center());
    const QPoint b = m_right->viewport()->mapTo(window(), rightRect.center());
    const QPoint origin = mapTo(window(), QPoint(0, 0));
    *from = QPointF(0, a.y() - origin.y());
    *to = QPointF(width(), b.y() - origin.y());
    const bool leftVisible = leftRect.bottom() >= 0 && leftRect.top() <= m_left->viewport()->height();
    const bool rightVisible = rightRect.bottom() >= 0 && rightRect.top() <= m_right->viewport()->height();
    return leftVisible || rightVisible;
}

void ConnectorWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());
    for (const Connection &c : std::as_const(m_connections)) {
        QPointF from, to;
        if (!ends(c, &from, &to))
            continue;
        QPainterPath path(from);
        path.cubicTo(QPointF(width() * 0.5, from.y()), QPointF(width() * 0.5, to.y()), to);
        painter.setPen(QPen(verdictColor(c.verdict), c.verdict == QLatin1String("conflict") ? 2.5 : 1.8));
        painter.drawPath(path);
    }
}

int ConnectorWidget::connectionAt(const QPoint &point) const
{
    for (int i = 0; i < m_connections.size(); ++i) {
        QPointF from, to;
        if (!ends(m_connections[i], &from, &to))
            continue;
        QPainterPath path(from);
        path.cubicTo(QPointF(width() * 0.5, from.y()), QPointF(width() * 0.5, to.y()), to);
        for (qreal t = 0; t <= 1.0; t += 0.02) {
            const QPointF p = path.pointAtPercent(t);
            if (QLineF(p, point).length() < 6)
                return i;
        }
    }
    return -1;
}

void ConnectorWidget::mousePressEvent(QMouseEvent *event)
{
    const int index = connectionAt(event->position().toPoint());
    if (index < 0)
        return;
    QMenu menu(this);
    const bool conflict = m_connections[index].verdict == QLatin1String("conflict");
    QAction *same = menu.addAction(tr("Confirm as link: same claim"));
    QAction *contradicts = menu.addAction(tr("Confirm as link: contradicts"));
    menu.setDefaultAction(conflict ? contradicts : same);
    QAction *chosen = menu.exec(event->globalPosition().toPoint());
    if (chosen == same)
        emit confirmRequested(index, QStringLiteral("same_claim"));
    else if (chosen == contradicts)
        emit confirmRequested(index, QStringLiteral("contradicts"));
}

bool ConnectorWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = connectionAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), QStringLiteral("%1: %2").arg(m_connections[index].verdict, m_connections[index].why), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace lectern
