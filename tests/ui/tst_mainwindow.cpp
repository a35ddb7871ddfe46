// The real MainWindow, offscreen, driven by its actions and widgets by object name.
#include "compare/comparewindow.h"
#include "compare/connectorwidget.h"
#include "dialogs/exportdialog.h"
#include "dialogs/linkdialog.h"
#include "mainwindow/importcontroller.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/translations.h"
#include "panels/annotationpanel.h"
#include "panels/claimlistmodel.h"
#include "panels/articlelistmodel.h"
#include "panels/codebookmodel.h"
#include "panels/codebookpanel.h"
#include "project/projectdocument.h"
#include "report/exporter.h"
#include "reader/articleview.h"
#include "widgets/noteeditor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QInputDialog>
#include <QMessageBox>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSlider>
#include <QLabel>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace lectern;

static QByteArray testutil_readStart(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void annotateNoteUndoRedoReopen();
    void keyboardMovesBetweenArticles();
    void languageSwitchKeepsTheWork();
    void codebookMergeFromThePanel();
    void deleteTagAsksFirst();
    void importByDrop();
    void importQdpxByDrop();
    void hostileHtmlTouchesNoNetwork();
    void modelsPassTheTester();
    void claimsPanelDecides();
    void claimThresholdSlider();
    void linkByTheMenuAndFollowIt();
    void compareViewConnectsAndConfirms();
    void exportDialogPreviewsAndWrites();

private:
    void openArticle(MainWindow &window, int row);
    QAction *action(MainWindow &window, const char *name);
    // Answers the next modal dialog with `answer` once it shows.
    void answerNextDialog(const std::function<void(QWidget *)> &answer);

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("LecternTests"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_path = m_dir.filePath(QStringLiteral("ui%1.lectern").arg(++m_counter));
    ProjectDocument project;
    QVERIFY(project.create(m_path, nullptr));
    project.importFiles({QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")});
    QCOMPARE(project.articleCount(), 7);
    project.createTag(QStringLiteral("Job figures"), QStringLiteral("#e15759"));
    project.createTag(QStringLiteral("Investment"), QStringLiteral("#4e79a7"));
}

QAction *TestMainWindow::action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QLatin1String(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

void TestMainWindow::openArticle(MainWindow &window, int row)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    QVERIFY(table);
    table->setCurrentIndex(table->model()->index(row, 0));
    QVERIFY(window.currentArticle() != 0);
}

void TestMainWindow::answerNextDialog(const std::function<void(QWidget *)> &answer)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start(20);
}

void TestMainWindow::annotateNoteUndoRedoReopen()
{
    qint64 article = 0;
    QString quote;
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        window.show();
        openArticle(window, 0);
        article = window.currentArticle();
        auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
        const QString text = window.project()->articleText(article);
        QVERIFY(!view->document()->toPlainText().isEmpty());
        // Select the second paragraph's first 40 characters and tag them with favourite 1.
        const int start = window.project()->articleBlocks(article).at(1).start;
        view->selectRange(start, start + 40);
        QCOMPARE(view->selectedRange(), qMakePair(start, start + 40));
        quote = text.mid(start, 40);
        view->setFocus();
        action(window, "favouriteTag1")->trigger();
        QList<Annotation> annotations = window.project()->annotations(article);
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().span.quote, quote);
        QCOMPARE(annotations.first().tagIds.size(), 1);

        // The note is typed in place and saved after a pause: one undo step.
        auto *note = window.findChild<NoteEditor *>(QStringLiteral("annotationNote"));
        QVERIFY(note && note->isEnabled());
        QTest::keyClicks(note->editor(), QStringLiteral("Figure differs by outlet"));
        QTRY_COMPARE(window.project()->annotations(article).first().note, QStringLiteral("Figure differs by outlet"));

        action(window, "undo")->trigger();
        QCOMPARE(window.project()->annotations(article).first().note, QString());
        action(window, "undo")->trigger();
        QVERIFY(window.project()->annotations(article).isEmpty());
        action(window, "redo")->trigger();
        action(window, "redo")->trigger();
        QCOMPARE(window.project()->annotations(article).first().note, QStringLiteral("Figure differs by outlet"));
        // The highlight is in the viewer.
        QCOMPARE(view->annotationsAt(start + 5).size(), 1);
        window.close();
    }
    MainWindow reopened;
    QVERIFY(reopened.openProject(m_path));
    reopened.showArticle(article);
    const QList<Annotation> annotations = reopened.project()->annotations(article);
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().span.quote, quote);
    QCOMPARE(annotations.first().note, QStringLiteral("Figure differs by outlet"));
    auto *list = reopened.findChild<QWidget *>(QStringLiteral("annotationList"));
    QVERIFY(list);
}

void TestMainWindow::keyboardMovesBetweenArticles()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    openArticle(window, 0);
    const qint64 first = window.currentArticle();
    action(window, "nextArticle")->trigger();
    QVERIFY(window.currentArticle() != first);
    // Annotate with Ctrl+E's action and step to it with F8's.
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    view->selectRange(0, 10);
    action(window, "annotateSelection")->trigger();
    QCOMPARE(window.project()->annotations(window.currentArticle()).size(), 1);
    action(window, "nextAnnotation")->trigger();
    QVERIFY(window.findChild<AnnotationPanel *>()->currentAnnotation() != 0);
}

void TestMainWindow::languageSwitchKeepsTheWork()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> old(window);
    QVERIFY(window->openProject(m_path));
    openArticle(*window, 1);
    const qint64 article = window->currentArticle();
    auto *view = window->findChild<ArticleView *>(QStringLiteral("articleView"));
    view->selectRange(0, 10);
    action(*window, "annotateSelection")->trigger();
    ProjectDocument *project = window->project();

    installTranslations(QStringLiteral("da"));
    MainWindow *next = window->retranslated();
    QTRY_VERIFY(old.isNull()); // the old window goes, deleted later
    QCOMPARE(next->project(), project);
    QCOMPARE(next->currentArticle(), article);
    QVERIFY(next->project()->undoStack()->canUndo()); // the annotation can still be undone
    QStringList menus;
    for (QAction *menu : next->menuBar()->actions())
        menus << menu->text();
    QVERIFY2(menus.contains(QStringLiteral("&Filer")), qPrintable(menus.join(u' ')));
    next->project()->undoStack()->undo();
    QCOMPARE(next->project()->annotations(article).size(), 0);

    installTranslations(QStringLiteral("ar"));
    QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    installTranslations(QStringLiteral("en"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    delete next;
}

void TestMainWindow::codebookMergeFromThePanel()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    openArticle(window, 0);
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    view->selectRange(0, 12);
    const QList<Tag> tags = window.project()->tags();
    window.annotateSelection({tags[1].id});
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("codebookTree"));
    auto *model = window.findChild<CodebookModel *>();
    tree->setCurrentIndex(model->indexOf(tags[1].id));
    answerNextDialog([](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("Job figures"));
        input->accept();
    });
    window.findChild<QAction *>(QStringLiteral("mergeTag"))->trigger();
    QCOMPARE(window.project()->tags().size(), 1);
    QCOMPARE(window.project()->annotations(window.currentArticle()).first().tagIds, QList<qint64>{tags[0].id});
    QCOMPARE(model->rowCount(), 1);
    window.project()->undoStack()->undo();
    QCOMPARE(model->rowCount(), 2);
}

void TestMainWindow::deleteTagAsksFirst()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("codebookTree"));
    auto *model = window.findChild<CodebookModel *>();
    tree->setCurrentIndex(model->index(0, 0));
    answerNextDialog([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::No)->click(); });
    window.findChild<QAction *>(QStringLiteral("deleteTag"))->trigger();
    QCOMPARE(window.project()->tags().size(), 2);
    answerNextDialog([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Yes)->click(); });
    window.findChild<QAction *>(QStringLiteral("deleteTag"))->trigger();
    QCOMPARE(window.project()->tags().size(), 1);
}

void TestMainWindow::importByDrop()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral(LECTERN_TEST_DATA "/import"))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(window.importer(), &ImportController::finished);
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toInt(), 7);
    QCOMPARE(window.project()->articleCount(), 14);
    auto *table = window.findChild<QTableView *>(QStringLiteral("articleTable"));
    QCOMPARE(table->model()->rowCount(), 14);
    action(window, "undo")->trigger();
    QCOMPARE(window.project()->articleCount(), 7);
    QCOMPARE(table->model()->rowCount(), 7);

    // The dialog's words: the pace and the time left once there is a pace to tell.
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([&locale] { QLocale::setDefault(locale); });
    QCOMPARE(ImportController::progressText(3, 10, 200, QStringLiteral("a.txt")), QStringLiteral("Importing 3 of 10: a.txt"));
    QCOMPARE(ImportController::progressText(1500, 10000, 2000, QStringLiteral("b.html")),
             QStringLiteral("Importing 1,500 of 10,000 (750 articles a second, 0:12 left): b.html"));
    QCOMPARE(ImportController::progressText(100, 100000, 1000, QStringLiteral("c.md")),
             QStringLiteral("Importing 100 of 100,000 (100 articles a second, 16:39 left): c.md"));
}

// A REFI-QDA project dropped on the window comes in through its own importer: articles,
// codebook and codings, with a report of what came in.
void TestMainWindow::importQdpxByDrop()
{
    const QString qdpx = m_dir.filePath(QStringLiteral("drop.qdpx"));
    {
        ProjectDocument source;
        QString error;
        QVERIFY(source.open(m_path, &error));
        const qint64 first = source.articles().first().id;
        source.addAnnotation(first, 0, 10, {source.tags().first().id}, QStringLiteral("from the other project"));
        QVERIFY2(exporter::exportReport(source, QStringLiteral("qdpx"), qdpx, {}, &error), qPrintable(error));
    }
    const QString empty = m_dir.filePath(QStringLiteral("empty%1.lectern").arg(++m_counter));
    {
        ProjectDocument project;
        QVERIFY(project.create(empty, nullptr));
    }
    MainWindow window;
    QVERIFY(window.openProject(empty));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(qdpx)});
    QDragEnterEvent enter(window.rect().center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(window.importer(), &ImportController::finished);
    QDropEvent drop(window.rect().center(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 7);
    QCOMPARE(window.project()->articleCount(), 7);
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("articleTable"))->model()->rowCount(), 7);
    QCOMPARE(window.project()->tags().size(), 2);
    auto *report = window.findChild<QMessageBox *>(QStringLiteral("qdpxReport"));
    QVERIFY(report);
    QVERIFY2(report->informativeText().contains(QStringLiteral("1 annotations")), qPrintable(report->informativeText()));
    report->close();
}

void TestMainWindow::hostileHtmlTouchesNoNetwork()
{
    // A local server records any request: scripts, frames, images, style sheets, fonts and
    // links in an imported page all point at it.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] { ++requests; });
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    const QString page = QStringLiteral(
        "<html><head><title>Harbour strike ends</title>"
        "<script src='%1/script.js'></script><script>fetch('%1/fetch'); document.write('INJECTED')</script>"
        "<link rel='stylesheet' href='%1/style.css'><style>@import url(%1/import.css); "
        "body{background:url(%1/bg.png)} p{width:expression(alert(1))} @font-face{src:url(%1/font.woff)}</style>"
        "<meta http-equiv='refresh' content='0;url=%1/refresh'></head><body onload=\"fetch('%1/onload')\">"
        "<article><h1>Harbour strike ends after nine days</h1>"
        "<p>Dock workers returned on Monday after the port agreed to hire 300 more staff, the union said.</p>"
        "<p><img src='%1/photo.jpg' srcset='%1/photo2x.jpg 2x'> <iframe src='%1/frame'></iframe>"
        "<a href='javascript:fetch(\"%1/js\")'>Read more</a> <a href='file:///etc/passwd'>local</a></p>"
        "<p>The port expects traffic to return to normal within a week, its director said.</p>"
        "<object data='%1/object'></object><embed src='%1/embed'><video src='%1/video' autoplay></video>"
        "</article></body></html>").arg(base);
    const QString path = m_dir.filePath(QStringLiteral("hostile.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(page.toUtf8());
    file.close();

    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<ImportOutcome> outcomes = window.project()->importFiles({path});
    QCOMPARE(outcomes.size(), 1);
    const qint64 id = outcomes.first().articleId;
    QVERIFY(id);
    window.showArticle(id);
    // Imported as text: the words are there, nothing of the markup or the scripts.
    const QString text = window.project()->articleText(id);
    QVERIFY(text.contains(QStringLiteral("hire 300 more staff")));
    for (const char *absent : {"INJECTED", "fetch", "expression", "<", "127.0.0.1"})
        QVERIFY2(!text.contains(QLatin1String(absent)), absent);
    // The viewer, the export preview and a compare window show it; nothing is fetched.
    ExportDialog dialog(window.project(), id, &window);
    dialog.show();
    CompareWindow *compare = window.compare({id, window.project()->articles().first().id});
    QVERIFY(compare);
    QTest::qWait(800);
    server.waitForNewConnection(200);
    QCOMPARE(requests, 0);
    compare->close();
}

void TestMainWindow::modelsPassTheTester()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const qint64 parent = project.tags().first().id;
    project.createTag(QStringLiteral("Sub"), QStringLiteral("#59a14f"), parent);
    ArticleListModel articles(&project);
    articles.reload();
    QAbstractItemModelTester articleTester(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    articles.sort(ArticleListModel::Outlet, Qt::DescendingOrder);
    ArticleFilter filter;
    filter.lang = QStringLiteral("da");
    articles.setFilter(filter);
    QCOMPARE(articles.rowCount(), 1);
    CodebookModel codebook(&project);
    codebook.reload();
    QAbstractItemModelTester codebookTester(&codebook, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(codebook.rowCount(), 2);
    QCOMPARE(codebook.rowCount(codebook.indexOf(parent)), 1);
    QVERIFY(codebook.setData(codebook.indexOf(parent), QStringLiteral("Renamed"), Qt::EditRole));
    QCOMPARE(codebook.data(codebook.indexOf(parent), Qt::EditRole).toString(), QStringLiteral("Renamed"));
}

void TestMainWindow::claimsPanelDecides()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    openArticle(window, 0);
    const qint64 article = window.currentArticle();
    auto *table = window.findChild<QTableView *>(QStringLiteral("claimTable"));
    QVERIFY(table && table->model()->rowCount() > 0);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    table->setCurrentIndex(table->model()->index(0, 0));
    const qint64 claim = table->model()->index(0, 0).data(ClaimListModel::IdRole).toLongLong();
    window.findChild<QAction *>(QStringLiteral("acceptClaim"))->trigger();
    QCOMPARE(window.project()->claims(article).first().status, QStringLiteral("accepted"));
    window.findChild<QAction *>(QStringLiteral("annotateClaim"))->trigger();
    QCOMPARE(window.project()->annotations(article).size(), 1);
    QCOMPARE(window.project()->annotations(article).first().span.start, window.project()->claims(article).first().start);
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    QVERIFY(view->claimsAt(window.project()->claims(article).first().start).contains(claim));
    window.findChild<QCheckBox *>(QStringLiteral("showClaims"))->setChecked(false);
    QVERIFY(view->claimsAt(window.project()->claims(article).first().start).isEmpty());
    window.findChild<QCheckBox *>(QStringLiteral("showClaims"))->setChecked(true);
    window.findChild<QAction *>(QStringLiteral("rejectClaim"))->trigger();
    QCOMPARE(window.project()->claims(article).first().status, QStringLiteral("rejected"));
    QVERIFY(view->claimsAt(window.project()->claims(article).first().start).isEmpty());

    // Every article's claims found again off the GUI thread, after a question; the
    // decision stays, the list and the reader follow.
    const qsizetype claims = window.project()->claims(article).size();
    QSignalSpy changed(window.project(), &ProjectDocument::claimsChanged);
    answerNextDialog([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    window.findChild<QAction *>(QStringLiteral("findAllClaimsAgain"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
    QCOMPARE(changed.last().first().toLongLong(), 0);
    QCOMPARE(window.project()->claims(article).size(), claims);
    QCOMPARE(window.project()->claims(article).first().status, QStringLiteral("rejected"));
    QCOMPARE(table->model()->rowCount() > 0, true);
}

void TestMainWindow::claimThresholdSlider()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    openArticle(window, 0);
    const qint64 article = window.currentArticle();
    auto *slider = window.findChild<QSlider *>(QStringLiteral("claimThreshold"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("claimCount"));
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    QVERIFY(slider && count && view);
    auto drawn = [&] {
        int n = 0;
        for (const Claim &c : window.project()->claims(article))
            n += view->claimsAt(c.start).contains(c.id) ? 1 : 0;
        return n;
    };
    const int before = slider->value();
    slider->setValue(slider->minimum());
    const int many = drawn();
    const QString manyText = count->text();
    slider->setValue(slider->maximum());
    const int few = drawn();
    QVERIFY2(many > few, qPrintable(QStringLiteral("%1 drawn at the lowest threshold, %2 at the highest").arg(many).arg(few)));
    QVERIFY(count->text() != manyText);
    QVERIFY(count->text().contains(QString::number(few)));
    slider->setValue(before);
}

void TestMainWindow::linkByTheMenuAndFollowIt()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    openArticle(window, 0);
    const qint64 from = window.currentArticle();
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    view->selectRange(0, 15);
    LinkDialog *dialog = window.linkDialog(0);
    QVERIFY(dialog);
    const qint64 target = window.project()->articles().last().id;
    dialog->chooseArticle(target);
    dialog->targetView()->selectRange(0, 12);
    dialog->findChild<QComboBox *>(QStringLiteral("linkRelation"))->setCurrentIndex(1); // contradicts
    dialog->accept();
    const qint64 link = dialog->createdLink();
    QVERIFY(link);
    const QList<Link> links = window.project()->links(from);
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().relation, QStringLiteral("contradicts"));
    QCOMPARE(links.first().to.articleId, target);
    QCOMPARE(links.first().to.span.end, 12);
    // Both articles show it; following it opens the other one at its end.
    auto *list = window.findChild<QListWidget *>(QStringLiteral("articleLinks"));
    QCOMPARE(list->count(), 1);
    emit list->itemActivated(list->item(0));
    QCOMPARE(window.currentArticle(), target);
    QCOMPARE(view->textCursor().position(), 0);
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("articleLinks"))->item(0)->data(Qt::UserRole).toLongLong(), link);
    auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("linkTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    emit tree->itemActivated(tree->topLevelItem(0), 0);
    QCOMPARE(window.currentArticle(), from);
}

void TestMainWindow::compareViewConnectsAndConfirms()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    window.show();
    QList<qint64> ids;
    for (const ArticleMeta &m : window.project()->articles())
        ids << m.id;
    CompareWindow *compare = window.compare(ids.mid(0, 3));
    QVERIFY(compare);
    QCOMPARE(compare->connectors().size(), 2);
    int curves = 0;
    for (ConnectorWidget *connector : compare->connectors())
        curves += int(connector->connections().size());
    QVERIFY(curves > 0);
    ConnectorWidget *first = compare->connectors().first();
    QVERIFY(!first->connections().isEmpty());
    QVERIFY(compare->matrix()->rowCount() > 0);
    const qint64 link = compare->confirm(first, 0, QStringLiteral("same_claim"));
    QVERIFY(link);
    QCOMPARE(window.project()->links().size(), 1);
    // Dragging a passage from the first pane onto a sentence of the second links them.
    auto *second = compare->findChildren<ArticleView *>().value(1);
    const Claim target = window.project()->claims(second->articleId()).first();
    QVERIFY(compare->linkDropped(ids[0], 0, 10, second, target.start + 1, QStringLiteral("cites")));
    QCOMPARE(window.project()->links().size(), 2);
    QCOMPARE(window.project()->links().last().to.claimId, target.id);
    QCOMPARE(window.project()->links().first().relation, QStringLiteral("same_claim"));
    QCOMPARE(window.project()->links().first().from.claimId, first->connections().first().leftClaim);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("matrix.csv"));
    QVERIFY(compare->exportMatrix(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.startsWith(QStringLiteral("\"Figure\",\"Verdict\"")));
    QVERIFY(content.count(QStringLiteral("\r\n")) == compare->matrix()->rowCount() + 1);
    compare->close();
}

void TestMainWindow::exportDialogPreviewsAndWrites()
{
    MainWindow window;
    QVERIFY(window.openProject(m_path));
    openArticle(window, 0);
    ExportDialog dialog(window.project(), window.currentArticle(), &window);
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Nordlys")));
    QTemporaryDir dir;
    for (const char *format : {"html", "pdf", "qdpx"}) {
        dialog.setFormat(QLatin1String(format));
        const QString path = dir.filePath(QStringLiteral("out.") + QLatin1String(format));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 100);
    }
    QVERIFY(testutil_readStart(dir.filePath(QStringLiteral("out.pdf"))).startsWith("%PDF-"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
