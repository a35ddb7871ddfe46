// Window benchmarks (issue: the reading and annotating window). Reports figures; asserts
// nothing. Runs offscreen unless a display is given:
//   bench_ui [--project BIG.lectern]   (e.g. the 100,000-article project of bench_import)
#include "corpus.h"
#include "mainwindow/mainwindow.h"
#include "panels/articlelistmodel.h"
#include "panels/articlelistpanel.h"
#include "project/projectdocument.h"
#include "reader/articleview.h"
#include "storage/searchtext.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace lectern;

static QTextStream out(stdout);


// An English article of about `bytes` bytes, in paragraphs, written to dir.
static QString writeArticle(const QString &dir, const QString &name, int bytes)
{
    QTemporaryDir scratch;
    corpus::generate(scratch.path(), 5);
    QString text = QStringLiteral("A long report on the harbour\n\n");
    QRandomGenerator rng(3);
    while (text.size() < bytes) {
        QString paragraph;
        for (int i = 0; i < 6; ++i)
            paragraph += corpus::queryWord(int(rng.bounded(5)) * 5) + QStringLiteral(" harbour workers said on Monday that ")
                + QString::number(rng.bounded(100, 90000)) + QStringLiteral(" jobs were at stake. ");
        text += paragraph.trimmed() + QStringLiteral("\n\n");
    }
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

static double showArticleMs(MainWindow &window, qint64 id)
{
    QElapsedTimer timer;
    timer.start();
    window.showArticle(id);
    // Until the window has painted the article: the rest of a long text is laid out as the
    // user scrolls, as QTextEdit does.
    window.repaint();
    QApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();

    {
        MainWindow window;
        window.show();
        window.repaint();
        QApplication::processEvents();
        out << QStringLiteral("cold start to first frame: %1 ms\n").arg(sinceStart.nsecsElapsed() / 1e6, 0, 'f', 0);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ui.lectern"));
    qint64 medium = 0, large = 0;
    {
        ProjectDocument project;
        project.create(path, nullptr);
        project.importFiles({writeArticle(dir.path(), QStringLiteral("medium.txt"), 100 * 1024),
                             writeArticle(dir.path(), QStringLiteral("large.txt"), 1024 * 1024)});
        const QList<ArticleMeta> articles = project.articles();
        medium = articles.value(0).id;
        large = articles.value(1).id;
        const qint64 tag = project.createTag(QStringLiteral("Figures"), QStringLiteral("#e15759"));
        for (const auto &[id, count] : {qMakePair(medium, 500), qMakePair(large, 6000)}) {
            const int length = int(project.articleText(id).size());
            for (int i = 0; i < count; ++i) {
                const int start = int(qint64(length - 40) * i / count);
                project.addAnnotation(id, start, start + 30, {tag});
            }
        }
    }
    {
        MainWindow window;
        window.resize(1500, 900);
        window.openProject(path);
        window.show();
        QApplication::processEvents();
        showArticleMs(window, medium); // warm the fonts
        showArticleMs(window, large);
        out << QStringLiteral("switch to a 100 KB article with 500 highlights: %1 ms\n")
                   .arg(showArticleMs(window, medium), 0, 'f', 1);
        out << QStringLiteral("switch to a 1 MB article with 6,000 highlights: %1 ms\n")
                   .arg(showArticleMs(window, large), 0, 'f', 1);
    }

    if (const qsizetype i = args.indexOf(QStringLiteral("--project")); i > 0) {
        MainWindow window;
        window.resize(1500, 900);
        window.show();
        QElapsedTimer timer;
        timer.start();
        window.openProject(args.value(i + 1));
        window.repaint();
        QApplication::processEvents();
        auto *model = window.findChild<ArticleListModel *>();
        out << QStringLiteral("open %1 articles, list shown: %2 ms\n").arg(model->totalCount())
                   .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 0);
        const QString typed = corpus::queryWord(0);
        QList<double> times;
        for (int n = 1; n <= typed.size(); ++n) {
            ArticleFilter filter;
            filter.titleContains = typed.left(n);
            filter.fullText = searchtext::parseQuery(typed.left(n)).fts;
            timer.restart();
            model->setFilter(filter);
            QApplication::processEvents();
            times.append(timer.nsecsElapsed() / 1e6);
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("filter the list per keystroke (\"%1\", %2 keys): median %3 ms, max %4 ms\n")
                   .arg(typed).arg(times.size()).arg(times[times.size() / 2], 0, 'f', 1)
                   .arg(times.last(), 0, 'f', 1);
    }
    out << QStringLiteral("peak memory: %1 MB\n").arg(corpus::peakRssMb(), 0, 'f', 0);
    return 0;
}
