#include "mainwindow.h"

#include "project/projectdocument.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>

namespace lectern {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_project(new ProjectDocument(this)), m_articles(new QTableWidget(this))
{
    setWindowTitle(tr("Lectern"));
    m_articles->setObjectName(QStringLiteral("articleList"));
    m_articles->setColumnCount(5);
    m_articles->setHorizontalHeaderLabels({tr("Title"), tr("Outlet"), tr("Date"), tr("Language"),
                                           tr("Annotations")});
    m_articles->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_articles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_articles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_articles->verticalHeader()->hide();
    setCentralWidget(m_articles);
    connect(m_project, &ProjectDocument::articlesChanged, this, &MainWindow::reloadArticles);
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openProject(const QString &path)
{
    QString error;
    if (!m_project->open(path, &error)) {
        QMessageBox::warning(this, tr("Cannot open project"), error);
        return false;
    }
    setWindowTitle(tr("%1 – Lectern").arg(path));
    statusBar()->showMessage(tr("%n article(s)", nullptr, m_project->articleCount()));
    return true;
}

void MainWindow::reloadArticles()
{
    const QList<ArticleMeta> articles = m_project->articles(1000);
    m_articles->setRowCount(int(articles.size()));
    for (int row = 0; row < articles.size(); ++row) {
        const ArticleMeta &m = articles[row];
        const QStringList cells = {m.title, m.outlet, m.published.left(10), m.lang,
                                   QString::number(m.annotationCount)};
        for (int column = 0; column < cells.size(); ++column)
            m_articles->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
}

} // namespace lectern
