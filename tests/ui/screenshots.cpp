// Renders the main window on the sample project for docs/screenshots (make screenshots):
//   make_screenshots --lang en|da --out DIR
// Builds a fresh copy of the sample project with a small codebook and a few annotations,
// so the pictures show what an analyst's window looks like after some work.
#include "compare/comparewindow.h"
#include "dialogs/exportdialog.h"
#include "report/exporter.h"
#include "dialogs/linkdialog.h"
#include "dialogs/preferencesdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/translations.h"
#include "panels/annotationpanel.h"
#include "panels/articlelistpanel.h"
#include "panels/claimspanel.h"
#include "panels/searchpanel.h"
#include "project/projectdocument.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

using namespace lectern;

static qint64 annotate(ProjectDocument &project, qint64 article, const QString &passage, QList<qint64> tags,
                       const QString &note)
{
    const QString text = project.articleText(article);
    const qsizetype at = text.indexOf(passage);
    if (at < 0) {
        qWarning("passage not found: %s", qPrintable(passage));
        return 0;
    }
    return project.addAnnotation(article, int(at), int(at + passage.size()), tags, note);
}

static void prepare(ProjectDocument &project)
{
    project.importFiles({QStringLiteral(LECTERN_SOURCE_DIR "/resources/samples")});
    const qint64 figures = project.createTag(QStringLiteral("Figures"), QStringLiteral("#e15759"));
    const qint64 jobs = project.createTag(QStringLiteral("Job cuts"), QStringLiteral("#f28e2b"), figures);
    const qint64 money = project.createTag(QStringLiteral("Investment"), QStringLiteral("#4e79a7"), figures);
    const qint64 sources = project.createTag(QStringLiteral("Attribution"), QStringLiteral("#59a14f"));
    const qint64 quotes = project.createTag(QStringLiteral("Quote"), QStringLiteral("#b07aa1"));
    project.createTag(QStringLiteral("Unverified"), QStringLiteral("#9c755f"));
    annotate(project, 1, QStringLiteral("will cut up to 1,200 jobs over the next two years"), {jobs},
             QStringLiteral("Upper bound; the Danish press reports 800 in Aarhus alone."));
    annotate(project, 1, QStringLiteral("invest DKK 3.4 billion, about $490 million"), {money},
             QStringLiteral("Same figure in every outlet."));
    annotate(project, 1, QStringLiteral("According to the Baltic Wire news agency"), {sources}, QString());
    annotate(project, 1, QStringLiteral("\"cannot compete with Rotterdam and Hamburg on today's costs\""), {quotes, sources},
             QStringLiteral("Check the wording against the Danish quote."));
    annotate(project, 4, QStringLiteral("최대 1200명을 감원"), {jobs}, QStringLiteral("Same upper bound as the English report."));
    annotate(project, 4, QStringLiteral("발틱와이어 통신에 따르면"), {sources}, QString());
    annotate(project, 6, QStringLiteral("نحو 1000 وظيفة"), {jobs}, QStringLiteral("About 1,000: between the other figures."));
    annotate(project, 6, QStringLiteral("490 مليون دولار"), {money}, QString());
    project.setArticleTags(1, {figures});
    LinkEnd english, danish;
    english.articleId = 1;
    english.wholeArticle = false;
    const QString text = project.articleText(1);
    english.span.start = int(text.indexOf(QStringLiteral("will cut up to 1,200 jobs")));
    english.span.end = english.span.start + 25;
    danish.articleId = 2;
    project.createLink(english, danish, QStringLiteral("contradicts"), QStringLiteral("The Danish paper says 800, in Aarhus only."));
    project.setArticleNote(1, QStringLiteral("Lead English report; compare figures with da, de, ko."), QStringLiteral("en"));
}

static void shoot(MainWindow &window, qint64 article, const QString &file)
{
    window.findChild<ArticleListPanel *>()->selectArticle(article);
    window.showArticle(article);
    window.findChild<AnnotationPanel *>()->step(1);
    QTest::qWait(400);
    window.grab().save(file);
    qInfo("wrote %s", qPrintable(file));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leaves the user's settings alone
    const QStringList args = app.arguments();
    const QString lang = args.value(args.indexOf(QStringLiteral("--lang")) + 1, QStringLiteral("en"));
    const QString out = args.value(args.indexOf(QStringLiteral("--out")) + 1, QStringLiteral("."));
    QDir().mkpath(out);
    installTranslations(lang);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.lectern"));
    {
        ProjectDocument project;
        QString error;
        if (!project.create(path, &error)) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        prepare(project);
    }
    MainWindow window;
    window.resize(1600, 1000);
    window.openProject(path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("the window was not exposed");
    shoot(window, 1, QStringLiteral("%1/%2-english-article.png").arg(out, lang));
    shoot(window, 4, QStringLiteral("%1/%2-korean-article.png").arg(out, lang));
    shoot(window, 6, QStringLiteral("%1/%2-arabic-article.png").arg(out, lang));
    // Two sources side by side with their figures connected, and the sources matrix.
    CompareWindow *compare = window.compare({1, 2, 4});
    compare->resize(1600, 1000);
    QTest::qWait(500);
    compare->grab().save(QStringLiteral("%1/%2-compare.png").arg(out, lang));
    qInfo("wrote %s-compare.png", qPrintable(lang));
    if (auto *tabs = compare->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        QTest::qWait(200);
        compare->grab().save(QStringLiteral("%1/%2-matrix.png").arg(out, lang));
        qInfo("wrote %s-matrix.png", qPrintable(lang));
    }
    compare->close();
    // The dialogs: linking a passage, and exporting with a preview.
    window.showArticle(1);
    if (LinkDialog *link = window.linkDialog(0)) {
        link->resize(1100, 700);
        link->chooseArticle(2);
        link->show();
        QTest::qWait(300);
        link->grab().save(QStringLiteral("%1/%2-link-dialog.png").arg(out, lang));
        link->close();
    }
    {
        ExportDialog exporting(window.project(), 1, &window);
        exporting.show();
        QTest::qWait(300);
        exporting.grab().save(QStringLiteral("%1/%2-export-dialog.png").arg(out, lang));
    }
    {
        PreferencesDialog preferences(&window);
        preferences.show();
        if (auto *languages = preferences.findChild<QComboBox *>(QStringLiteral("uiLanguage")))
            languages->showPopup(); // the list of languages, each by its own name
        QTest::qWait(300);
        QPixmap shot = preferences.grab();
        if (QWidget *popup = QApplication::activePopupWidget()) {
            // The open list is a window of its own: draw it under the dialog's picture.
            const QPixmap list = popup->grab();
            QPixmap both(std::max(shot.width(), list.width()), shot.height() + list.height());
            both.fill(preferences.palette().window().color());
            QPainter painter(&both);
            painter.drawPixmap(0, 0, shot);
            painter.drawPixmap(0, shot.height(), list);
            painter.end();
            shot = both;
            popup->close();
        }
        shot.save(QStringLiteral("%1/%2-preferences.png").arg(out, lang));
    }
    // Two pages of the PDF report, as an editor would see them: the first article with its
    // highlights and notes, and the last page (sources matrix, links, tag index).
    {
        QString error;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        ReportScope scope;
        scope.articleIds = {1, 4, 6};
        if (exporter::exportReport(*window.project(), QStringLiteral("pdf"), pdf, scope, &error)) {
            auto document = Poppler::Document::load(pdf);
            const int pages = document ? document->numPages() : 0;
            const QList<int> shown{std::min(2, pages - 1), pages - 1};
            for (int i = 0; i < shown.size() && pages > 0; ++i)
                document->page(shown[i])->renderToImage(110, 110).save(
                    QStringLiteral("%1/%2-report-page%3.png").arg(out, lang).arg(i + 1));
        } else {
            qWarning("%s", qPrintable(error));
        }
    }
    auto *search = window.findChild<SearchPanel *>();
    search->parentWidget()->show();
    search->parentWidget()->raise();
    search->search(QStringLiteral("Aarhus"));
    shoot(window, 2, QStringLiteral("%1/%2-search.png").arg(out, lang));
    // The Claims panel: the whole project's claims, most likely worth checking first, with
    // the highlight slider and its count.
    auto *claims = window.findChild<ClaimsPanel *>();
    claims->parentWidget()->show();
    claims->parentWidget()->raise();
    for (const char *name : {"claimScope", "claimOrder"})
        if (auto *box = claims->findChild<QComboBox *>(QLatin1String(name))) {
            box->setCurrentIndex(1);
            emit box->activated(1);
        }
    shoot(window, 1, QStringLiteral("%1/%2-claims.png").arg(out, lang));
    return 0;
}
