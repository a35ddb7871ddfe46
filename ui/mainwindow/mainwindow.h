#pragma once

#include <QMainWindow>

class QDockWidget;
class QMenu;

namespace lectern {

class AnnotationPanel;
class ArticleListPanel;
class ClaimsPanel;
class LinksPanel;
class CodebookPanel;
class ImportController;
class ProjectDocument;
class ReaderPane;
class SearchPanel;

// The main window assembles the panels (STYLE.md 5): article list (left), reader (centre),
// annotations (right), codebook and search (docks). It wires panels to each other and to
// the project; panels edit only through ProjectDocument.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A window on a new project document, or on `project` (open or not), which it adopts
    // with its undo history.
    explicit MainWindow(ProjectDocument *project = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    bool newProject(const QString &path);
    void closeProject();
    ProjectDocument *project() const { return m_project; }
    void showArticle(qint64 id);
    qint64 currentArticle() const { return m_article; }
    // Annotates the viewer's selection with the given tags; returns the annotation id.
    qint64 annotateSelection(const QList<qint64> &tagIds = {});
    void importPaths(const QStringList &paths);
    ImportController *importer() const { return m_importer; }
    // Opens the link dialog for the selection (or the claim at offset, or the whole article).
    class LinkDialog *linkDialog(int offset);
    // A compare window on these articles.
    class CompareWindow *compare(const QList<qint64> &articleIds);
    // After the UI language changed: a new window in that language takes over the project
    // (undo history included), the article being read and the layout; this one closes.
    MainWindow *retranslated();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void createActions();
    void createFileMenu();
    void connectPanels();
    void refreshArticle();
    void refreshHighlights();
    void refreshClaims();
    void refreshLinks();
    void followLink(qint64 linkId, qint64 articleId);
    void linkFrom(int offset);
    void deleteCurrentArticle();
    void restoreBackup();
    void openCompare();
    void applyFavourite(int number);
    void fillViewerMenu(QMenu *menu, int offset);
    void rememberRecent(const QString &path);
    void updateRecentMenu();
    void updateTitle();
    void chooseAndOpen();
    void chooseAndCreate();
    void chooseAndImport(bool folder);
    void saveCopy();
    void showPreferences();

    ProjectDocument *m_project;
    ReaderPane *m_reader;
    ArticleListPanel *m_articles;
    AnnotationPanel *m_annotations;
    CodebookPanel *m_codebook;
    SearchPanel *m_search;
    ClaimsPanel *m_claims;
    LinksPanel *m_links;
    ImportController *m_importer;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    qint64 m_article = 0;
    bool m_handedOver = false;
};

} // namespace lectern
