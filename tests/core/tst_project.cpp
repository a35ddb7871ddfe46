// ProjectDocument through its API alone: every edit undoable, saved at once, there after
// reopening (STYLE.md 9).
#include "project/projectdocument.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace lectern;

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importIsOneUndoStep();
    void tagsCreateRenameUndo();
    void annotationLifecycle();
    void editsSurviveReopen();
    void searchReturnsSnippets();
    void readOnlyProjectReportsFailedEdit();

private:
    QString m_path;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestProject::init()
{
    m_path = m_dir.filePath(QStringLiteral("p%1.lectern").arg(++m_counter));
    ProjectDocument project;
    QString error;
    QVERIFY2(project.create(m_path, &error), qPrintable(error));
}

void TestProject::importIsOneUndoStep()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    QSignalSpy changed(&project, &ProjectDocument::articlesChanged);
    const auto outcomes = project.importFiles({testutil::dataPath(QStringLiteral("import"))});
    QCOMPARE(outcomes.size(), 7);
    QCOMPARE(project.articleCount(), 7);
    QCOMPARE(project.undoStack()->count(), 1);
    QVERIFY(changed.count() >= 1);
    project.undoStack()->undo();
    QCOMPARE(project.articleCount(), 0);
    QVERIFY(project.search(QStringLiteral("ferry")).hits.isEmpty());
    project.undoStack()->redo();
    QCOMPARE(project.articleCount(), 7);
    QCOMPARE(project.search(QStringLiteral("ferry")).total, 1);
}

void TestProject::tagsCreateRenameUndo()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const qint64 parent = project.createTag(QStringLiteral("Figures"), QStringLiteral("#cc3333"));
    const qint64 child = project.createTag(QStringLiteral("Jobs"), QStringLiteral("#3366cc"), parent);
    QVERIFY2(parent && child, qPrintable(project.lastError()));
    QCOMPARE(project.tags().size(), 2);
    QCOMPARE(project.tags().last().parentId, parent);
    QVERIFY(project.renameTag(child, QStringLiteral("Job cuts")));
    QVERIFY(project.setTagColor(child, QStringLiteral("#00aa00")));
    QCOMPARE(project.tags().last().name, QStringLiteral("Job cuts"));
    project.undoStack()->undo();
    project.undoStack()->undo();
    QCOMPARE(project.tags().last().name, QStringLiteral("Jobs"));
    QCOMPARE(project.tags().last().color, QStringLiteral("#3366cc"));
    project.undoStack()->undo(); // creation of the child
    QCOMPARE(project.tags().size(), 1);
    project.undoStack()->redo();
    QCOMPARE(project.tags().size(), 2);
    QCOMPARE(project.tags().last().id, child); // the same id comes back
    QVERIFY(!project.renameTag(child, QStringLiteral("  ")));
}

void TestProject::annotationLifecycle()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    project.importFiles({testutil::dataPath(QStringLiteral("import/reader-mode.html"))});
    const qint64 article = project.articles().first().id;
    const QString text = project.articleText(article);
    const int start = int(text.indexOf(QStringLiteral("12 per cent")));
    const qint64 tag = project.createTag(QStringLiteral("Figures"), QStringLiteral("#cc3333"));
    QSignalSpy changed(&project, &ProjectDocument::annotationsChanged);
    const qint64 id = project.addAnnotation(article, start, start + 11, {tag}, QStringLiteral("Check the rate"));
    QVERIFY(id);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), article);
    auto annotations = project.annotations(article);
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().span.quote, QStringLiteral("12 per cent"));
    QCOMPARE(annotations.first().tagIds, QList<qint64>{tag});
    QVERIFY(annotations.first().span.matches(text));
    QCOMPARE(project.article(article)->annotationCount, 1);

    QVERIFY(project.setAnnotationNote(id, QStringLiteral("Rate confirmed by the operator")));
    QCOMPARE(project.annotations(article).first().note, QStringLiteral("Rate confirmed by the operator"));
    project.undoStack()->undo();
    QCOMPARE(project.annotations(article).first().note, QStringLiteral("Check the rate"));
    QVERIFY(project.removeAnnotation(id));
    QVERIFY(project.annotations(article).isEmpty());
    project.undoStack()->undo();
    QCOMPARE(project.annotations(article).first().id, id);
    QCOMPARE(project.annotations(article).first().tagIds, QList<qint64>{tag});
    QCOMPARE(project.addAnnotation(article, 10, 5), 0); // an empty span is refused
    QCOMPARE(project.addAnnotation(article, 0, int(text.size()) + 1), 0);
}

void TestProject::editsSurviveReopen()
{
    qint64 article = 0;
    {
        ProjectDocument project;
        QVERIFY(project.open(m_path, nullptr));
        project.importFiles({testutil::dataPath(QStringLiteral("import/korean-source.txt"))});
        article = project.articles().first().id;
        project.addAnnotation(article, 0, 5, {}, QStringLiteral("제목"));
    }
    ProjectDocument reopened;
    QVERIFY(reopened.open(m_path, nullptr));
    QCOMPARE(reopened.articleCount(), 1);
    QCOMPARE(reopened.annotations(article).first().note, QStringLiteral("제목"));
    QCOMPARE(reopened.undoStack()->count(), 0);
}

void TestProject::searchReturnsSnippets()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    project.importFiles({testutil::dataPath(QStringLiteral("import"))});
    const SearchResults results = project.search(QStringLiteral("도서관"));
    QCOMPARE(results.total, 1);
    const SearchHit &hit = results.hits.first();
    QVERIFY(!hit.marks.isEmpty());
    QCOMPARE(hit.snippet.mid(hit.marks.first().first, 3), QStringLiteral("도서관"));
    QCOMPARE(project.articleText(hit.article.id).mid(hit.matchStart, 3), QStringLiteral("도서관"));
}

void TestProject::readOnlyProjectReportsFailedEdit()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr, true));
    QSignalSpy failed(&project, &ProjectDocument::editFailed);
    QCOMPARE(project.createTag(QStringLiteral("Figures"), QStringLiteral("#cc3333")), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!project.lastError().isEmpty());
    QCOMPARE(project.undoStack()->count(), 0);
    QVERIFY(project.tags().isEmpty());
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
