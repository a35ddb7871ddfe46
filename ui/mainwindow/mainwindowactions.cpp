// The menus and actions of the main window, and the file dialogs they open.
#include "mainwindow.h"

#include "importcontroller.h"
#include "settings.h"
#include "translations.h"

#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "panels/annotationpanel.h"
#include "panels/articlelistpanel.h"
#include "panels/codebookpanel.h"
#include "panels/searchpanel.h"
#include "project/projectdocument.h"
#include "reader/articleview.h"
#include "reader/readerpane.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace lectern {

static QString projectFilter()
{
    return QObject::tr("Lectern projects (*.lectern)");
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::chooseAndCreate);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, [this] { chooseAndImport(false); });
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importFiles->setObjectName(QStringLiteral("importFiles"));
    file->addAction(tr("Import &Folder…"), this, [this] { chooseAndImport(true); });
    file->addSeparator();
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, [this] {
        if (!m_project->isOpen())
            return;
        auto *dialog = new ExportDialog(m_project, m_article, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    })->setObjectName(QStringLiteral("exportReport"));
    file->addAction(tr("Save a &Copy As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveCopy);
    file->addAction(tr("&Restore Backup…"), this, &MainWindow::restoreBackup);
    file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createActions()
{
    createFileMenu();
    ArticleView *view = m_reader->view();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_project->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = m_project->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find in Article…"), QKeySequence::Find, m_reader, &ReaderPane::openFind);
    edit->addAction(tr("Search &Project…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this, [this] {
        m_search->parentWidget()->show();
        m_search->parentWidget()->raise();
        m_search->focusQuery();
    });
    edit->addAction(tr("Filter &Articles"), QKeySequence(Qt::CTRL | Qt::Key_L), m_articles, &ArticleListPanel::focusFilter);
    edit->addAction(tr("&Delete Article…"), this, &MainWindow::deleteCurrentArticle)->setObjectName(QStringLiteral("deleteArticle"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    QAction *annotateAction = annotate->addAction(tr("&Annotate Selection"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                                  [this] { annotateSelection(); });
    annotateAction->setObjectName(QStringLiteral("annotateSelection"));
    annotate->addAction(tr("Edit &Note"), QKeySequence(Qt::CTRL | Qt::Key_Return), m_annotations,
                        &AnnotationPanel::focusNote);
    annotate->addAction(tr("&Remove Annotation"), this, [this] {
        if (const qint64 id = m_annotations->currentAnnotation())
            m_project->removeAnnotation(id);
    });
    QAction *linkAction = annotate->addAction(tr("&Link Selection To…"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                                              [this] { linkFrom(m_reader->view()->selectedRange().first); });
    linkAction->setObjectName(QStringLiteral("linkSelection"));
    annotate->addSeparator();
    annotate->addAction(tr("New &Tag…"), this, [this] { m_codebook->newTag(false); });
    QMenu *favourites = annotate->addMenu(tr("Apply &Favourite Tag"));
    for (int n = 1; n <= 9; ++n) {
        // Digits tag the selection only while the viewer has focus, so notes can be typed.
        auto *action = new QAction(tr("Favourite tag %1").arg(n), view);
        action->setShortcut(QKeySequence(Qt::Key_0 + n));
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setObjectName(QStringLiteral("favouriteTag%1").arg(n));
        connect(action, &QAction::triggered, this, [this, n] { applyFavourite(n); });
        view->addAction(action);
        favourites->addAction(action);
    }

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Next Article"), QKeySequence(Qt::ALT | Qt::Key_Down), this, [this] { m_articles->step(1); })
        ->setObjectName(QStringLiteral("nextArticle"));
    go->addAction(tr("&Previous Article"), QKeySequence(Qt::ALT | Qt::Key_Up), this, [this] { m_articles->step(-1); });
    go->addAction(tr("Next &Annotation"), QKeySequence(Qt::Key_F8), this, [this] { m_annotations->step(1); })
        ->setObjectName(QStringLiteral("nextAnnotation"));
    go->addAction(tr("Previous A&nnotation"), QKeySequence(Qt::SHIFT | Qt::Key_F8), this, [this] { m_annotations->step(-1); });
    go->addAction(tr("&Reader"), QKeySequence(Qt::Key_F6), view, [view] { view->setFocus(); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this, view] {
        view->zoomIn(1);
        settings::readerZoom.set(settings::readerZoom.get() + 1);
    });
    m_viewMenu->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this, view] {
        view->zoomOut(1);
        settings::readerZoom.set(settings::readerZoom.get() - 1);
    });
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Compare Articles…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                          &MainWindow::openCompare)->setObjectName(QStringLiteral("compareArticles"));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());
    view->zoomIn(settings::readerZoom.get());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lectern"), this, [this] {
        QMessageBox::about(this, tr("About Lectern"),
                           tr("<h3>Lectern %1</h3><p>Read, annotate and compare news articles from many outlets "
                              "and languages.</p>").arg(QStringLiteral(LECTERN_VERSION)));
    });
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = settings::recentProjects.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > settings::MaxRecentProjects)
        recent.removeLast();
    settings::recentProjects.set(recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (const QString &path : settings::recentProjects.get())
        m_recentMenu->addAction(path, this, [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), settings::lastFolder.get(),
                                                      projectFilter());
    if (!path.isEmpty()) {
        settings::lastFolder.set(QFileInfo(path).absolutePath());
        openProject(path);
    }
}

void MainWindow::chooseAndCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), settings::lastFolder.get(), projectFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".lectern")))
        path += QStringLiteral(".lectern");
    settings::lastFolder.set(QFileInfo(path).absolutePath());
    newProject(path);
}

void MainWindow::chooseAndImport(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import Folder"), settings::lastFolder.get());
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Import Files"), settings::lastFolder.get(),
                                              tr("Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;"
                                                 "All files (*)"));
    }
    if (paths.isEmpty())
        return;
    settings::lastFolder.set(QFileInfo(paths.first()).absolutePath());
    importPaths(paths);
}

void MainWindow::saveCopy()
{
    if (!m_project->isOpen())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), settings::lastFolder.get(), projectFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".lectern")))
        path += QStringLiteral(".lectern");
    QString error;
    if (!m_project->saveCopy(path, &error))
        QMessageBox::warning(this, tr("Save a Copy As"), error);
}

void MainWindow::showPreferences()
{
    const QString language = settings::uiLanguage.get();
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_reader->view()->setColumnWidthEm(settings::readerColumnWidth.get());
    if (settings::uiLanguage.get() == language)
        return;
    installTranslations();
    // An import in progress belongs to this window: the new one takes over when it is done.
    if (m_importer->isRunning())
        connect(m_importer, &ImportController::finished, this, [this] { retranslated(); },
                Qt::SingleShotConnection);
    else
        retranslated();
}

} // namespace lectern
