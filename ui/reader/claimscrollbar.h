#pragma once

#include <QScrollBar>

namespace lectern {

// A scroll bar that shows where the article's claims are, as coloured ticks.
class ClaimScrollBar : public QScrollBar
{
    Q_OBJECT

public:
    explicit ClaimScrollBar(QWidget *parent = nullptr);
    // Positions in [0, 1] of the text, with their colours.
    void setMarks(const QList<QPair<double, QColor>> &marks);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<double, QColor>> m_marks;
};

} // namespace lectern
