#include "comparewindow.h"

#include "connectorwidget.h"

#include "panels/linkspanel.h"
#include "project/projectdocument.h"
#include "reader/articleview.h"
#include "model/textcut.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QCursor>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lectern {

CompareWindow::CompareWindow(ProjectDocument *project, const QList<qint64> &articleIds, QWidget *parent)
    : QWidget(parent, Qt::Window), m_project(project), m_ids(articleIds), m_groups(project->compare(articleIds))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare %n article(s) – Lectern", nullptr, int(articleIds.size())));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1500, 900);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildPanes(), tr("Side by side"));
    tabs->addTab(buildMatrix(), tr("Sources matrix"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

QWidget *CompareWindow::buildPanes()
{
    auto *panes = new QWidget(this);
    auto *row = new QHBoxLayout(panes);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    for (int i = 0; i < m_ids.size(); ++i) {
        const auto meta = m_project->article(m_ids[i]);
        if (!meta)
            continue;
        auto *pane = new QWidget(panes);
        auto *column = new QVBoxLayout(pane);
        column->setContentsMargins(0, 0, 0, 0);
        auto *title = new QLabel(QStringLiteral("<b>%1</b> · %2").arg(meta->outlet.toHtmlEscaped(), meta->lang), pane);
        title->setContentsMargins(8, 4, 8, 4);
        auto *view = new ArticleView(pane);
        view->setColumnWidthEm(30);
        view->setArticle(*meta, m_project->articleText(meta->id), m_project->articleBlocks(meta->id));
        view->setClaims(m_project->claims(meta->id));
        column->addWidget(title);
        column->addWidget(view, 1);
        if (!m_views.isEmpty()) {
            auto *connector = new ConnectorWidget(m_views.last(), view, panes);
            m_connectors.append(connector);
            row->addWidget(connector);
            connect(connector, &ConnectorWidget::confirmRequested, this, [this, connector](int index, const QString &relation) {
                confirm(connector, index, relation);
            });
        }
        row->addWidget(pane, 1);
        m_views.append(view);
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, view] { syncScroll(view); });
        connect(view, &ArticleView::passageDropped, this, [this, view](qint64 article, int start, int end, int offset) {
            QMenu menu(this);
            for (const Relation &r : m_project->relations())
                menu.addAction(relationLabel(r))->setData(r.key);
            if (QAction *chosen = menu.exec(QCursor::pos()))
                linkDropped(article, start, end, view, offset, chosen->data().toString());
        });
    }
    // Curves between neighbours: every pair of figures of one group, one in each pane.
    for (int c = 0; c < m_connectors.size(); ++c) {
        const qint64 left = m_views[c]->articleId();
        const qint64 right = m_views[c + 1]->articleId();
        QList<Connection> connections;
        for (const AlignedGroup &group : std::as_const(m_groups)) {
            if (group.verdict == QLatin1String("single"))
                continue;
            // Each figure on the left to the closest figure of its group on the right: every
            // pair would be a thicket.
            for (const AlignedFigure &a : group.members) {
                if (a.articleId != left)
                    continue;
                const AlignedFigure *best = nullptr;
                for (const AlignedFigure &b : group.members)
                    if (b.articleId == right
                        && (!best || std::abs(b.quantity.value - a.quantity.value) < std::abs(best->quantity.value - a.quantity.value)))
                        best = &b;
                if (best)
                    connections.append({left, right, a.claimId, best->claimId, a.quantity.start, a.quantity.end,
                                        best->quantity.start, best->quantity.end, group.verdict, group.why});
            }
        }
        m_connectors[c]->setConnections(connections);
    }
    return panes;
}

void CompareWindow::syncScroll(ArticleView *source)
{
    // Scrolling one pane moves the others to the same place in their text.
    if (!m_syncing) {
        m_syncing = true;
        const QScrollBar *bar = source->verticalScrollBar();
        const double fraction = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0;
        for (ArticleView *view : std::as_const(m_views))
            if (view != source)
                view->verticalScrollBar()->setValue(int(fraction * view->verticalScrollBar()->maximum()));
        m_syncing = false;
    }
    for (ConnectorWidget *connector : std::as_const(m_connectors))
        connector->update();
}

qint64 CompareWindow::confirm(ConnectorWidget *connector, int index, const QString &relation)
{
    if (index < 0 || index >= connector->connections().size())
        return 0;
    const Connection &c = connector->connections()[index];
    auto end = [this](qint64 article, qint64 claim, int start, int stop) {
        LinkEnd e;
        e.articleId = article;
        e.claimId = claim;
        e.wholeArticle = false;
        // The whole claim sentence, which is what the figure says.
        for (const Claim &cl : m_project->claims(article))
            if (cl.id == claim) {
                start = cl.start;
                stop = cl.end;
            }
        e.span.start = start;
        e.span.end = stop;
        return e;
    };
    return m_project->createLink(end(c.leftArticle, c.leftClaim, c.leftStart, c.leftEnd),
                                 end(c.rightArticle, c.rightClaim, c.rightStart, c.rightEnd), relation,
                                 tr("Confirmed from the comparison: %1").arg(c.why));
}

qint64 CompareWindow::linkDropped(qint64 fromArticle, int start, int end, ArticleView *target, int offset,
                                  const QString &relation)
{
    LinkEnd from;
    from.articleId = fromArticle;
    from.wholeArticle = false;
    from.span.start = start;
    from.span.end = end;
    LinkEnd to;
    to.articleId = target->articleId();
    for (const Claim &claim : m_project->claims(to.articleId))
        if (claim.start <= offset && offset < claim.end) {
            to.wholeArticle = false;
            to.claimId = claim.id;
            to.span.start = claim.start;
            to.span.end = claim.end;
        }
    return m_project->createLink(from, to, relation);
}

QWidget *CompareWindow::buildMatrix()
{
    auto *page = new QWidget(this);
    m_matrix = new QTableWidget(page);
    m_matrix->setObjectName(QStringLiteral("sourcesMatrix"));
    QStringList outlets;
    QHash<qint64, QString> outletOf;
    for (qint64 id : std::as_const(m_ids))
        if (const auto meta = m_project->article(id)) {
            const QString name = meta->outlet.isEmpty() ? textcut::head(meta->title, 30) : meta->outlet;
            outletOf.insert(id, name);
            if (!outlets.contains(name))
                outlets << name;
        }
    QList<AlignedGroup> rows;
    for (const AlignedGroup &g : std::as_const(m_groups))
        if (g.verdict != QLatin1String("single"))
            rows.append(g);
    m_matrix->setColumnCount(int(outlets.size()) + 2);
    m_matrix->setHorizontalHeaderLabels(QStringList{tr("Figure"), tr("Verdict")} + outlets);
    m_matrix->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AlignedGroup &g = rows[r];
        QColor tint = ConnectorWidget::verdictColor(g.verdict);
        tint.setAlpha(g.verdict == QLatin1String("conflict") ? 70 : 35);
        auto *figure = new QTableWidgetItem(g.conceptId.isEmpty() ? g.unit : QStringLiteral("%1 (%2)").arg(g.conceptId, g.unit));
        figure->setToolTip(g.why);
        m_matrix->setItem(r, 0, figure);
        m_matrix->setItem(r, 1, new QTableWidgetItem(g.verdict));
        for (int c = 0; c < outlets.size(); ++c) {
            QStringList values;
            const AlignedFigure *first = nullptr;
            for (const AlignedFigure &m : g.members)
                if (outletOf.value(m.articleId) == outlets[c]) {
                    if (!values.contains(m.quantity.text))
                        values << m.quantity.text;
                    if (!first)
                        first = &m;
                }
            auto *cell = new QTableWidgetItem(values.join(QStringLiteral("; ")));
            if (first) {
                cell->setData(Qt::UserRole, first->articleId);
                cell->setData(Qt::UserRole + 1, first->quantity.start);
                cell->setData(Qt::UserRole + 2, first->quantity.end);
            }
            m_matrix->setItem(r, c + 2, cell);
        }
        for (int c = 0; c < m_matrix->columnCount(); ++c)
            m_matrix->item(r, c)->setBackground(tint);
    }
    m_matrix->setSortingEnabled(true);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_matrix, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *item) {
        if (const qint64 article = item->data(Qt::UserRole).toLongLong())
            emit openAt(article, item->data(Qt::UserRole + 1).toInt(), item->data(Qt::UserRole + 2).toInt());
    });
    auto *exportButton = new QPushButton(tr("Export as CSV…"), page);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the sources matrix"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportMatrix(path);
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(exportButton, 0, Qt::AlignRight);
    return page;
}

bool CompareWindow::exportMatrix(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // Every cell quoted; a cell a spreadsheet would read as a formula is neutralised.
    auto cell = [](QString text) -> QString {
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(QLatin1Char('\''));
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_matrix->columnCount(); ++c)
        header << cell(m_matrix->horizontalHeaderItem(c)->text());
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < m_matrix->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_matrix->columnCount(); ++c)
            row << cell(m_matrix->item(r, c) ? m_matrix->item(r, c)->text() : QString());
        lines << row.join(QLatin1Char(','));
    }
    return file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8()) > 0;
}

} // namespace lectern
