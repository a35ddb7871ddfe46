#include "mainwindow.h"

#include "importcontroller.h"
#include "settings.h"

#include "panels/annotationpanel.h"
#include "analysis/checkworthiness.h"
#include "panels/claimspanel.h"
#include "panels/linkspanel.h"
#include "dialogs/linkdialog.h"
#include "compare/comparewindow.h"
#include "panels/articlelistmodel.h"
#include "panels/articlelistpanel.h"
#include "panels/codebookmodel.h"
#include "panels/codebookpanel.h"
#include "panels/searchpanel.h"
#include "project/projectdocument.h"
#include "reader/articleview.h"
#include "reader/readerpane.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>

namespace lectern {

MainWindow::MainWindow(ProjectDocument *project, QWidget *parent)
    : QMainWindow(parent), m_project(project ? project : new ProjectDocument(this)), m_reader(new ReaderPane(this))
    , m_articles(new ArticleListPanel(m_project, this)), m_annotations(new AnnotationPanel(m_project, this))
    , m_codebook(new CodebookPanel(m_project, this)), m_search(new SearchPanel(m_project, this))
    , m_claims(new ClaimsPanel(m_project, this)), m_links(new LinksPanel(m_project, this))
    , m_importer(new ImportController(m_project, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCentralWidget(m_reader);
    QDockWidget *articles = addPanel(m_articles, tr("Articles"), QStringLiteral("articlesDock"), Qt::LeftDockWidgetArea);
    QDockWidget *codebook = addPanel(m_codebook, tr("Codebook"), QStringLiteral("codebookDock"), Qt::LeftDockWidgetArea);
    QDockWidget *annotations = addPanel(m_annotations, tr("Annotations"), QStringLiteral("annotationsDock"),
                                        Qt::RightDockWidgetArea);
    QDockWidget *search = addPanel(m_search, tr("Search"), QStringLiteral("searchDock"), Qt::RightDockWidgetArea);
    QDockWidget *claims = addPanel(m_claims, tr("Claims"), QStringLiteral("claimsDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(codebook, search);
    tabifyDockWidget(codebook, claims);
    QDockWidget *links = addPanel(m_links, tr("Links"), QStringLiteral("linksDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(codebook, links);
    codebook->raise();
    m_reader->view()->setColumnWidthEm(settings::readerColumnWidth.get());
    createActions();
    connectPanels();
    resize(1500, 900);
    resizeDocks({articles, annotations}, {480, 330}, Qt::Horizontal);
    resizeDocks({articles, codebook}, {560, 300}, Qt::Vertical);
    restoreGeometry(settings::windowGeometry.get());
    restoreState(settings::dockState().get());
    m_project->setParent(this);
    if (m_project->isOpen()) {
        m_articles->model()->reload();
        m_codebook->model()->reload();
        showArticle(0);
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_handedOver)
        return; // the project lives on in the window that took it over
    // Close the project while the panels that listen to it still exist, and let none of
    // them hear of it: the window is going away.
    m_project->undoStack()->disconnect();
    m_project->disconnect();
    delete m_project;
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    // QMainWindow does not mirror dock areas: in a right-to-left UI the article list goes
    // on the right, where such a reader starts.
    if (layoutDirection() == Qt::RightToLeft && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
        area = area == Qt::LeftDockWidgetArea ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::connectPanels()
{
    connect(m_articles, &ArticleListPanel::articleSelected, this, &MainWindow::showArticle);
    connect(m_annotations, &AnnotationPanel::annotationActivated, this, [this](qint64 id) {
        for (const Annotation &a : m_project->annotations(m_article))
            if (a.id == id)
                m_reader->view()->revealRange(a.span.start, a.span.end);
    });
    ArticleView *view = m_reader->view();
    connect(view, &ArticleView::annotationClicked, m_annotations, &AnnotationPanel::selectAnnotation);
    connect(view, &ArticleView::claimClicked, m_claims, &ClaimsPanel::selectClaim);
    connect(m_claims, &ClaimsPanel::claimActivated, this, [this](qint64 articleId, qint64, int start, int end) {
        // From the whole project's list: the claim's article first.
        if (articleId && articleId != m_article) {
            m_articles->selectArticle(articleId);
            if (m_article != articleId)
                showArticle(articleId);
        }
        m_reader->view()->revealRange(start, end);
    });
    connect(m_claims, &ClaimsPanel::thresholdChanged, this, &MainWindow::refreshClaims);
    connect(m_project, &ProjectDocument::claimRankingChanged, this, &MainWindow::refreshClaims);
    connect(m_links, &LinksPanel::followed, this, &MainWindow::followLink);
    connect(m_annotations, &AnnotationPanel::linkFollowed, this, &MainWindow::followLink);
    connect(m_project, &ProjectDocument::linksChanged, this, &MainWindow::refreshLinks);
    connect(m_project, &ProjectDocument::claimsChanged, this, [this](qint64 article) {
        if (article == m_article || article == 0) // 0: every article's
            refreshClaims();
    });
    m_reader->claimsToggle()->setChecked(settings::showClaims.get());
    view->setClaimsVisible(settings::showClaims.get());
    connect(m_reader->claimsToggle(), &QCheckBox::toggled, this, [](bool on) { settings::showClaims.set(on); });
    connect(view, &ArticleView::contextMenuWanted, this, &MainWindow::fillViewerMenu);
    connect(view, &ArticleView::tagDropped, this, [this](qint64 tag, int start, int end, qint64 onAnnotation) {
        if (end > start) {
            m_project->addAnnotation(m_article, start, end, {tag});
        } else if (onAnnotation) {
            for (const Annotation &a : m_project->annotations(m_article))
                if (a.id == onAnnotation && !a.tagIds.contains(tag))
                    m_project->setAnnotationTags(a.id, a.tagIds + QList<qint64>{tag});
        }
    });
    connect(m_search, &SearchPanel::hitChosen, this, [this](qint64 article, int offset, int length) {
        m_articles->selectArticle(article);
        if (m_article != article)
            showArticle(article);
        if (offset >= 0)
            m_reader->view()->revealRange(offset, offset + length);
    });
    connect(m_project, &ProjectDocument::annotationsChanged, this, [this](qint64 article) {
        if (article == 0 || article == m_article)
            refreshHighlights();
    });
    connect(m_project, &ProjectDocument::tagsChanged, this, &MainWindow::refreshHighlights);
    connect(m_project, &ProjectDocument::articleTagsChanged, this, [this](qint64 article) {
        if (article == m_article)
            refreshHighlights();
    });
    connect(m_project, &ProjectDocument::articlesChanged, this, [this] {
        if (m_article && !m_project->article(m_article))
            showArticle(0);
        else if (m_article)
            refreshHighlights();
    });
    connect(m_project, &ProjectDocument::editFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("The change was not saved"), message);
    });
    connect(m_project->undoStack(), &QUndoStack::indexChanged, this, [this] {
        statusBar()->showMessage(m_project->undoStack()->undoText().isEmpty()
                                     ? QString() : tr("Saved: %1").arg(m_project->undoStack()->undoText()), 4000);
    });
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    // A project on read-only media or in another user's folder opens read-only.
    bool readOnly = QFileInfo::exists(path) && !ProjectDocument::isWritable(path);
    if (!readOnly && ProjectDocument::inUse(path)) {
        // Another window writes to it: this one may read it.
        if (QMessageBox::question(this, tr("Project in use"),
                                  tr("%1 is open in another Lectern. Open it read-only here?").arg(path))
            != QMessageBox::Yes)
            return false;
        readOnly = true;
    }
    if (!m_project->open(path, &error, readOnly)) {
        QMessageBox::warning(this, tr("Cannot open project"), error);
        return false;
    }
    // A dated copy on every open, the last few kept: a bad day's work can be taken back.
    // On a worker thread: a large project opens at once and is copied meanwhile.
    if (!readOnly && settings::backupsToKeep.get() > 0)
        m_project->backupInBackground(settings::backupsToKeep.get());
    rememberRecent(QFileInfo(path).absoluteFilePath());
    m_articles->model()->reload();
    m_codebook->model()->reload();
    showArticle(0);
    updateTitle();
    statusBar()->showMessage(tr("%n article(s)", nullptr, m_project->articleCount()));
    return true;
}

bool MainWindow::newProject(const QString &path)
{
    QString error;
    if (!m_project->create(path, &error)) {
        QMessageBox::warning(this, tr("Cannot create project"), error);
        return false;
    }
    return openProject(path);
}

void MainWindow::closeProject()
{
    m_annotations->setArticle(0, {});
    m_project->close();
    m_articles->model()->reload();
    m_codebook->model()->reload();
    showArticle(0);
    updateTitle();
}

void MainWindow::showArticle(qint64 id)
{
    m_article = 0;
    const auto meta = id && m_project->isOpen() ? m_project->article(id) : std::nullopt;
    if (!meta) {
        m_reader->showEmpty(m_project->isOpen() ? tr("Choose an article in the list on the left.")
                                                : tr("Open a project (Ctrl+O) or create one (Ctrl+N)."));
        m_annotations->setArticle(0, {});
        m_claims->setArticle(0);
        return;
    }
    m_article = id;
    m_reader->view()->setArticle(*meta, m_project->articleText(id), m_project->articleBlocks(id));
    m_annotations->setArticle(id, meta->lang);
    m_claims->setArticle(id);
    m_links->setCurrentArticle(id);
    refreshHighlights();
    refreshClaims();
    refreshLinks();
}

void MainWindow::refreshLinks()
{
    if (!m_article)
        return;
    QList<QPair<int, int>> ranges;
    QList<std::tuple<qint64, QString, qint64>> rows;
    for (const Link &link : m_project->links(m_article)) {
        for (const LinkEnd *end : {&link.from, &link.to})
            if (end->articleId == m_article && !end->wholeArticle)
                ranges.append({end->span.start, end->span.end});
        const qint64 other = link.from.articleId == m_article ? link.to.articleId : link.from.articleId;
        rows.append({link.id, describeLink(m_project, link, m_article), other});
    }
    m_reader->view()->setLinkedRanges(ranges);
    m_annotations->setLinks(rows);
}

void MainWindow::followLink(qint64 linkId, qint64 articleId)
{
    for (const Link &link : m_project->links()) {
        if (link.id != linkId)
            continue;
        // The end in the article we go to (the far end when both are in one article).
        const LinkEnd &end = link.to.articleId == articleId ? link.to : link.from;
        m_articles->selectArticle(articleId);
        if (m_article != articleId)
            showArticle(articleId);
        if (!end.wholeArticle)
            m_reader->view()->revealRange(end.span.start, end.span.end);
    }
}

LinkDialog *MainWindow::linkDialog(int offset)
{
    if (!m_article)
        return nullptr;
    LinkEnd from;
    from.articleId = m_article;
    const auto [start, end] = m_reader->view()->selectedRange();
    if (end > start) {
        from.wholeArticle = false;
        from.span.start = start;
        from.span.end = end;
        from.span.quote = m_project->articleText(m_article).mid(start, end - start);
    } else if (const QList<qint64> claims = m_reader->view()->claimsAt(offset); !claims.isEmpty()) {
        for (const Claim &c : m_project->claims(m_article))
            if (c.id == claims.first()) {
                from.wholeArticle = false;
                from.claimId = c.id;
                from.span.start = c.start;
                from.span.end = c.end;
                from.span.quote = c.text;
            }
    }
    auto *dialog = new LinkDialog(m_project, from, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void MainWindow::linkFrom(int offset)
{
    if (LinkDialog *dialog = linkDialog(offset))
        dialog->open();
}

CompareWindow *MainWindow::compare(const QList<qint64> &articleIds)
{
    auto *window = new CompareWindow(m_project, articleIds, this);
    connect(window, &CompareWindow::openAt, this, [this](qint64 article, int start, int end) {
        m_articles->selectArticle(article);
        if (m_article != article)
            showArticle(article);
        m_reader->view()->revealRange(start, end);
        activateWindow();
    });
    window->show();
    return window;
}

void MainWindow::openCompare()
{
    if (!m_project->isOpen())
        return;
    // Which articles: the one being read is ticked, the reader ticks the others.
    QDialog chooser(this);
    chooser.setWindowTitle(tr("Compare articles"));
    auto *list = new QListWidget(&chooser);
    const QList<ArticleMeta> articles = m_project->articles(500);
    for (const ArticleMeta &m : articles) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2 [%3]").arg(m.title, m.outlet, m.lang), list);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m.id == m_article || articles.size() <= 3 ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &chooser);
    auto *layout = new QVBoxLayout(&chooser);
    layout->addWidget(new QLabel(tr("Tick two or more articles to put side by side:"), &chooser));
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &chooser, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &chooser, &QDialog::reject);
    chooser.resize(700, 500);
    if (chooser.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    if (ids.size() >= 2)
        compare(ids);
}

void MainWindow::restoreBackup()
{
    const QStringList backups = m_project->isOpen() ? m_project->backups() : QStringList();
    if (backups.isEmpty()) {
        QMessageBox::information(this, tr("Restore backup"), tr("This project has no backups yet."));
        return;
    }
    QStringList names;
    for (const QString &b : backups)
        names << QFileInfo(b).fileName();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore backup"),
                                                 tr("Replace the project by this backup (its present state is backed up first):"),
                                                 names, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_project->restoreBackup(backups.value(names.indexOf(chosen)), &error)) {
        QMessageBox::warning(this, tr("Restore backup"), error);
        return;
    }
    m_articles->model()->reload();
    m_codebook->model()->reload();
    showArticle(0);
}

void MainWindow::deleteCurrentArticle()
{
    if (!m_article)
        return;
    const QList<Link> lost = m_project->linksEndingIn({m_article});
    QString question = tr("Move “%1” to the trash?").arg(m_project->article(m_article)->title);
    if (!lost.isEmpty()) {
        QStringList names;
        for (const Link &link : lost)
            names << describeLink(m_project, link, m_article);
        question += QLatin1Char('\n') + tr("These links will be removed with it:") + QLatin1Char('\n') + names.join(QLatin1Char('\n'));
    }
    if (QMessageBox::question(this, tr("Delete article"), question + QLatin1Char('\n') + tr("You can undo this."))
        == QMessageBox::Yes)
        m_project->deleteArticles({m_article});
}

void MainWindow::refreshClaims()
{
    // What highlights() picks at the Claims panel's threshold is drawn, and every claim the
    // analyst decided on (a rejected one struck through). Scores are the analyst's.
    const QList<Claim> claims = m_project->withAnalystScores(m_project->claims(m_article));
    const QList<bool> highlighted = highlights(claims, m_project->sentenceCount(m_article), m_claims->threshold());
    QList<Claim> shown;
    for (qsizetype i = 0; i < claims.size(); ++i)
        if (highlighted[i] || claims[i].status != QLatin1String("auto"))
            shown.append(claims[i]);
    m_reader->view()->setClaims(shown);
}

void MainWindow::refreshHighlights()
{
    if (!m_article)
        return;
    const auto meta = m_project->article(m_article);
    if (!meta)
        return;
    QHash<qint64, QColor> colors;
    QHash<qint64, QString> names;
    for (const Tag &tag : m_project->tags()) {
        colors.insert(tag.id, QColor(tag.color));
        names.insert(tag.id, tag.name);
    }
    m_reader->view()->setAnnotations(m_project->annotations(m_article), colors, names);
    QStringList articleTags;
    const QList<qint64> ids = m_project->articleTags(m_article);
    for (qint64 id : ids)
        articleTags << names.value(id);
    m_reader->showMeta(*meta, articleTags);
}

qint64 MainWindow::annotateSelection(const QList<qint64> &tagIds)
{
    const auto [start, end] = m_reader->view()->selectedRange();
    if (!m_article || end <= start) {
        statusBar()->showMessage(tr("Select a passage of the article first."), 4000);
        return 0;
    }
    const qint64 id = m_project->addAnnotation(m_article, start, end, tagIds);
    if (id)
        m_annotations->selectAnnotation(id);
    return id;
}

void MainWindow::applyFavourite(int number)
{
    const QList<Tag> ordered = m_codebook->model()->orderedTags();
    if (number < 1 || number > ordered.size())
        return;
    const qint64 tag = ordered[number - 1].id;
    const auto [start, end] = m_reader->view()->selectedRange();
    if (end > start) {
        annotateSelection({tag});
        return;
    }
    // No selection: add the tag to the annotation chosen in the annotation pane.
    if (const qint64 current = m_annotations->currentAnnotation()) {
        for (const Annotation &a : m_project->annotations(m_article))
            if (a.id == current && !a.tagIds.contains(tag))
                m_project->setAnnotationTags(a.id, a.tagIds + QList<qint64>{tag});
    }
}

void MainWindow::fillViewerMenu(QMenu *menu, int offset)
{
    QAction *first = menu->actions().value(0);
    const auto [start, end] = m_reader->view()->selectedRange();
    if (end > start) {
        QAction *annotate = new QAction(tr("Annotate selection"), menu);
        connect(annotate, &QAction::triggered, this, [this] { annotateSelection(); });
        menu->insertAction(first, annotate);
        QMenu *tagWith = new QMenu(tr("Tag selection with"), menu);
        for (const Tag &tag : m_codebook->model()->orderedTags())
            tagWith->addAction(tag.name, this, [this, id = tag.id] { annotateSelection({id}); });
        if (tagWith->isEmpty())
            tagWith->addAction(tr("The codebook has no tags yet"))->setEnabled(false);
        menu->insertMenu(first, tagWith);
    }
    if (end > start) {
        for (qint64 claim : m_reader->view()->claimsAt(offset)) {
            QAction *span = new QAction(tr("Make the selection this claim's text"), menu);
            connect(span, &QAction::triggered, this, [this, claim, start, end] { m_project->setClaimSpan(claim, start, end); });
            menu->insertAction(first, span);
            break;
        }
    }
    for (qint64 id : m_reader->view()->annotationsAt(offset)) {
        QAction *remove = new QAction(tr("Remove annotation"), menu);
        connect(remove, &QAction::triggered, this, [this, id] { m_project->removeAnnotation(id); });
        QAction *note = new QAction(tr("Edit note"), menu);
        connect(note, &QAction::triggered, this, [this, id] {
            m_annotations->selectAnnotation(id);
            m_annotations->focusNote();
        });
        menu->insertAction(first, note);
        menu->insertAction(first, remove);
        break;
    }
    QAction *link = new QAction(tr("Link to…"), menu);
    connect(link, &QAction::triggered, this, [this, offset] { linkFrom(offset); });
    menu->insertAction(first, link);
    menu->insertSeparator(first);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (!m_project->isOpen()) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a project first."));
        return;
    }
    m_importer->import(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_project->isOpen())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.set(saveGeometry());
    settings::dockState().set(saveState());
    m_annotations->setArticle(0, {}); // saves a note being typed
    QMainWindow::closeEvent(event);
}

MainWindow *MainWindow::retranslated()
{
    settings::windowGeometry.set(saveGeometry());
    settings::dockState().set(saveState());
    m_annotations->setArticle(0, {}); // saves a note being typed
    const qint64 article = m_article;
    // Signals to this window's panels end with them; nothing else of this window listens.
    m_handedOver = true;
    m_project->setParent(nullptr);
    auto *next = new MainWindow(m_project);
    next->setAttribute(Qt::WA_DeleteOnClose, testAttribute(Qt::WA_DeleteOnClose));
    next->showArticle(article);
    next->show();
    hide();
    if (testAttribute(Qt::WA_DeleteOnClose))
        deleteLater();
    return next;
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange || event->type() == QEvent::LanguageChange)
        updateTitle();
}

void MainWindow::updateTitle()
{
    const QString name = QFileInfo(m_project->path()).fileName();
    setWindowTitle(!m_project->isOpen()     ? tr("Lectern")
                   : m_project->isReadOnly() ? tr("%1 (read-only) – Lectern").arg(name)
                                             : tr("%1 – Lectern").arg(name));
}

} // namespace lectern
