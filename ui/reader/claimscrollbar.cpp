#include "claimscrollbar.h"

#include <QPainter>
#include <QStyleOptionSlider>

namespace lectern {

ClaimScrollBar::ClaimScrollBar(QWidget *parent) : QScrollBar(Qt::Vertical, parent) {}

void ClaimScrollBar::setMarks(const QList<QPair<double, QColor>> &marks)
{
    m_marks = marks;
    update();
}

void ClaimScrollBar::paintEvent(QPaintEvent *event)
{
    QScrollBar::paintEvent(event);
    if (m_marks.isEmpty())
        return;
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarGroove, this);
    QPainter painter(this);
    for (const auto &[position, color] : m_marks) {
        const int y = groove.top() + int(position * (groove.height() - 2));
        painter.fillRect(QRect(groove.left() + 2, y, groove.width() - 4, 2), color);
    }
}

} // namespace lectern
