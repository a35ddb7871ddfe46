// ProjectDocument through its API alone: every edit undoable, saved at once, there after
// reopening (STYLE.md 9).
#include "project/importtask.h"
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
    void deleteTagUndoRestoresSubtreeAndUses();
    void mergeTagsUndo();
    void moveTagRefusesCycles();
    void articleTagsAndNote();
    void noteTypingIsOneUndoStep();
    void projectWords();
    void saveCopyIsComplete();
    void backgroundImportIsUndoable();
    void filteredAndSortedList();
    void claimsAreFoundOnImport();
    void claimDecisionsSurviveFindingAgain();
    void claimBecomesAnnotation();
    void linksUndoRedoReopen();
    void deletingAnArticleRemovesItsLinks();
    void relationsAreEditable();
    void secondWriterIsToldItIsInUse();
    void backupsAreKeptAndRestored();

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
    // Seven articles; the seven .expected.json files beside them are accounted for as skipped.
    QCOMPARE(outcomes.size(), 14);
    QCOMPARE(std::count_if(outcomes.begin(), outcomes.end(),
                           [](const ImportOutcome &o) { return o.status == ImportOutcome::Status::Skipped; }), 7);
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

// A project with one article and an annotation tagged with a sub-tag; returns ids.
struct Fixture {
    qint64 article, parent, child, other, annotation;
};

static Fixture makeFixture(ProjectDocument &project)
{
    project.importFiles({testutil::dataPath(QStringLiteral("import/reader-mode.html"))});
    Fixture f{};
    f.article = project.articles().first().id;
    f.parent = project.createTag(QStringLiteral("Figures"), QStringLiteral("#cc3333"));
    f.child = project.createTag(QStringLiteral("Prices"), QStringLiteral("#3366cc"), f.parent);
    f.other = project.createTag(QStringLiteral("Money"), QStringLiteral("#33aa33"));
    f.annotation = project.addAnnotation(f.article, 10, 30, {f.child, f.parent});
    project.setArticleTags(f.article, {f.child});
    return f;
}

void TestProject::deleteTagUndoRestoresSubtreeAndUses()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const Fixture f = makeFixture(project);
    QCOMPARE(project.tagUsage(f.child), 2);
    QVERIFY(project.deleteTag(f.parent));
    QCOMPARE(project.tags().size(), 1);
    QVERIFY(project.annotations(f.article).first().tagIds.isEmpty());
    QVERIFY(project.articleTags(f.article).isEmpty());
    project.undoStack()->undo();
    QCOMPARE(project.tags().size(), 3);
    QCOMPARE(project.annotations(f.article).first().tagIds, (QList<qint64>{f.child, f.parent}));
    QCOMPARE(project.articleTags(f.article), QList<qint64>{f.child});
    project.undoStack()->redo();
    QCOMPARE(project.tags().size(), 1);
}

void TestProject::mergeTagsUndo()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const Fixture f = makeFixture(project);
    QVERIFY(!project.mergeTags(f.parent, f.child)); // not into its own sub-tag
    QVERIFY(project.mergeTags(f.parent, f.other));
    QCOMPARE(project.tags().size(), 2);
    QList<qint64> tags = project.annotations(f.article).first().tagIds;
    std::sort(tags.begin(), tags.end());
    QCOMPARE(tags, (QList<qint64>{f.child, f.other}));
    for (const Tag &t : project.tags())
        if (t.id == f.child)
            QCOMPARE(t.parentId, f.other);
    project.undoStack()->undo();
    QCOMPARE(project.tags().size(), 3);
    QCOMPARE(project.annotations(f.article).first().tagIds, (QList<qint64>{f.child, f.parent}));
    for (const Tag &t : project.tags())
        if (t.id == f.child)
            QCOMPARE(t.parentId, f.parent);
}

void TestProject::moveTagRefusesCycles()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const Fixture f = makeFixture(project);
    QVERIFY(!project.moveTag(f.parent, f.child, 0));
    QVERIFY(project.moveTag(f.child, f.other, 0));
    project.undoStack()->undo();
    for (const Tag &t : project.tags())
        if (t.id == f.child)
            QCOMPARE(t.parentId, f.parent);
}

void TestProject::articleTagsAndNote()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const Fixture f = makeFixture(project);
    QSignalSpy changed(&project, &ProjectDocument::articleTagsChanged);
    QVERIFY(project.setArticleNote(f.article, QStringLiteral("Compare with the operator's statement"), QStringLiteral("en")));
    QCOMPARE(project.articleNote(f.article).first, QStringLiteral("Compare with the operator's statement"));
    QCOMPARE(project.articleNote(f.article).second, QStringLiteral("en"));
    QCOMPARE(changed.count(), 1);
    project.undoStack()->undo();
    QVERIFY(project.articleNote(f.article).first.isEmpty());
}

void TestProject::noteTypingIsOneUndoStep()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const Fixture f = makeFixture(project);
    const int steps = project.undoStack()->count();
    for (const char *text : {"C", "Ch", "Che", "Check"})
        QVERIFY(project.setAnnotationNote(f.annotation, QString::fromLatin1(text)));
    QCOMPARE(project.undoStack()->count(), steps + 1);
    project.undoStack()->undo();
    QVERIFY(project.annotations(f.article).first().note.isEmpty());
}

void TestProject::projectWords()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    QVERIFY(project.addProjectWord(QStringLiteral("Nordlys"), QStringLiteral("da")));
    QVERIFY(!project.addProjectWord(QStringLiteral("Nordlys"), QStringLiteral("da")));
    QCOMPARE(project.projectWords(QStringLiteral("da")), QStringList{QStringLiteral("Nordlys")});
    QVERIFY(project.projectWords(QStringLiteral("en")).isEmpty());
    project.undoStack()->undo();
    QVERIFY(project.projectWords(QStringLiteral("da")).isEmpty());
}

void TestProject::saveCopyIsComplete()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.lectern"));
    {
        ProjectDocument project;
        QVERIFY(project.open(m_path, nullptr));
        makeFixture(project);
        QString error;
        QVERIFY2(project.saveCopy(copy, &error), qPrintable(error));
    }
    ProjectDocument reopened;
    QString error;
    QVERIFY2(reopened.open(copy, &error), qPrintable(error));
    QCOMPARE(reopened.articleCount(), 1);
    QCOMPARE(reopened.tags().size(), 3);
    QCOMPARE(reopened.annotations(reopened.articles().first().id).size(), 1);
}

void TestProject::backgroundImportIsUndoable()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    ImportTask *task = project.startImport({testutil::dataPath(QStringLiteral("import"))});
    QSignalSpy progress(task, &ImportTask::progress);
    QSignalSpy finished(task, &ImportTask::finished);
    QVERIFY(finished.wait(30000));
    QCOMPARE(task->outcomes().size(), 14); // seven articles, seven .expected.json skipped
    QVERIFY(progress.count() >= 1);
    QCOMPARE(project.articleCount(), 7);
    QCOMPARE(project.undoStack()->count(), 1);
    project.undoStack()->undo();
    QCOMPARE(project.articleCount(), 0);
}

void TestProject::filteredAndSortedList()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    project.importFiles({testutil::dataPath(QStringLiteral("import"))});
    ArticleFilter filter;
    filter.lang = QStringLiteral("ko");
    QCOMPARE(project.articleCount(filter), 1);
    filter = {};
    filter.sort = ArticleFilter::Sort::Title;
    const QList<ArticleMeta> sorted = project.articles(-1, 0, filter);
    for (int i = 1; i < sorted.size(); ++i)
        QVERIFY(sorted[i - 1].title.compare(sorted[i].title, Qt::CaseInsensitive) <= 0
                || sorted[i - 1].title.at(0).unicode() > 127);
    filter.titleContains = QStringLiteral("ferry");
    QCOMPARE(project.articleCount(filter), 1);
    QVERIFY(project.outlets().contains(QStringLiteral("Island Courier")));
    QVERIFY(project.languages().contains(QStringLiteral("ja")));
}

static qint64 importOne(ProjectDocument &project, const char *file)
{
    project.importFiles({testutil::dataPath(QLatin1String(file))});
    return project.articles().last().id;
}

void TestProject::claimsAreFoundOnImport()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const qint64 article = importOne(project, "import/reader-mode.html");
    const QList<Claim> claims = project.claims(article);
    QVERIFY(claims.size() >= 3);
    const QString text = project.articleText(article);
    bool sawPrice = false;
    for (const Claim &c : claims) {
        QCOMPARE(text.mid(c.start, c.end - c.start), c.text);
        for (const Quantity &q : c.quantities)
            sawPrice |= q.value == 18.4 && q.unit == QLatin1String("currency:GBP");
    }
    QVERIFY(sawPrice);
}

void TestProject::claimDecisionsSurviveFindingAgain()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const qint64 article = importOne(project, "import/reader-mode.html");
    QList<Claim> claims = project.claims(article);
    const int count = int(claims.size());
    QSignalSpy changed(&project, &ProjectDocument::claimsChanged);
    QVERIFY(project.setClaimStatus(claims[0].id, QStringLiteral("rejected")));
    QVERIFY(project.setClaimStatus(claims[1].id, QStringLiteral("accepted")));
    QVERIFY(project.setClaimSpan(claims[2].id, claims[2].start, claims[2].start + 10));
    QCOMPARE(changed.count(), 3);
    QVERIFY(project.findClaimsAgain(article));
    const QList<Claim> again = project.claims(article);
    QCOMPARE(again.size(), count);
    QStringList statuses;
    for (const Claim &c : again)
        statuses << c.status;
    QVERIFY(statuses.contains(QStringLiteral("rejected")));
    QVERIFY(statuses.contains(QStringLiteral("accepted")));
    QVERIFY(statuses.contains(QStringLiteral("edited")));
    project.undoStack()->undo(); // finding again
    project.undoStack()->undo(); // the span
    QCOMPARE(project.claims(article)[2].end, claims[2].end);
    project.undoStack()->undo();
    project.undoStack()->undo();
    for (const Claim &c : project.claims(article))
        QCOMPARE(c.status, QStringLiteral("auto"));
    QVERIFY(!project.setClaimStatus(claims[0].id, QStringLiteral("maybe")));
}

void TestProject::claimBecomesAnnotation()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    const qint64 article = importOne(project, "import/reader-mode.html");
    const qint64 tag = project.createTag(QStringLiteral("Figures"), QStringLiteral("#e15759"));
    const Claim claim = project.claims(article).first();
    const qint64 annotation = project.claimToAnnotation(claim.id, {tag});
    QVERIFY(annotation);
    QCOMPARE(project.annotations(article).first().span.quote, claim.text);
    QCOMPARE(project.claims(article).first().annotationId, annotation);
    QCOMPARE(project.claims(article).first().status, QStringLiteral("accepted"));
    QCOMPARE(project.claimToAnnotation(claim.id), 0); // once
    project.undoStack()->undo();
    QVERIFY(project.annotations(article).isEmpty());
    QCOMPARE(project.claims(article).first().annotationId, 0);
    project.undoStack()->redo();
    QCOMPARE(project.annotations(article).first().id, annotation);
}

static LinkEnd passage(qint64 article, int start, int end)
{
    LinkEnd e;
    e.articleId = article;
    e.wholeArticle = false;
    e.span.start = start;
    e.span.end = end;
    return e;
}

void TestProject::linksUndoRedoReopen()
{
    qint64 link = 0, a = 0, b = 0;
    {
        ProjectDocument project;
        QVERIFY(project.open(m_path, nullptr));
        project.importFiles({testutil::dataPath(QStringLiteral("import"))});
        a = project.articles()[0].id;
        b = project.articles()[1].id;
        QSignalSpy changed(&project, &ProjectDocument::linksChanged);
        LinkEnd whole;
        whole.articleId = b;
        link = project.createLink(passage(a, 0, 20), whole, QStringLiteral("contradicts"), QStringLiteral("Figures differ"));
        QVERIFY(link);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(project.links(a).size(), 1);
        QCOMPARE(project.links(b).size(), 1); // both ends see it
        const Link stored = project.links(a).first();
        QCOMPARE(stored.from.span.quote, project.articleText(a).left(20));
        QVERIFY(stored.to.wholeArticle);
        QVERIFY(project.setLinkNote(link, QStringLiteral("Checked with the outlet")));
        QVERIFY(project.setLinkRelation(link, QStringLiteral("same_claim")));
        QVERIFY(!project.setLinkRelation(link, QStringLiteral("no_such_relation")));
        QVERIFY(!project.createLink(passage(a, 5, 5), whole, QStringLiteral("supports"))); // empty passage
        project.undoStack()->undo();
        project.undoStack()->undo();
        QCOMPARE(project.links().first().note, QStringLiteral("Figures differ"));
        project.undoStack()->undo();
        QVERIFY(project.links().isEmpty());
        project.undoStack()->redo();
        project.undoStack()->redo();
        QCOMPARE(project.links().first().id, link);
    }
    ProjectDocument reopened;
    QVERIFY(reopened.open(m_path, nullptr));
    const QList<Link> links = reopened.links();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().note, QStringLiteral("Checked with the outlet"));
    QCOMPARE(links.first().relation, QStringLiteral("contradicts"));
    QVERIFY(reopened.removeLink(link));
    QVERIFY(reopened.links().isEmpty());
}

void TestProject::deletingAnArticleRemovesItsLinks()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    project.importFiles({testutil::dataPath(QStringLiteral("import"))});
    const QList<ArticleMeta> articles = project.articles();
    LinkEnd c;
    c.articleId = articles[2].id;
    project.createLink(passage(articles[0].id, 0, 10), passage(articles[1].id, 0, 10), QStringLiteral("supports"));
    project.createLink(passage(articles[1].id, 0, 10), c, QStringLiteral("cites"));
    QCOMPARE(project.linksEndingIn({articles[1].id}).size(), 2);
    QVERIFY(project.deleteArticles({articles[1].id}));
    QVERIFY(project.links().isEmpty());
    QCOMPARE(project.articleCount(), int(articles.size()) - 1);
    project.undoStack()->undo();
    QCOMPARE(project.links().size(), 2);
    QCOMPARE(project.articleCount(), int(articles.size()));
}

void TestProject::relationsAreEditable()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    QCOMPARE(project.relations().size(), 7);
    const qint64 id = project.addRelation(QStringLiteral("Paraphrases"), true);
    QVERIFY(id);
    QCOMPARE(project.relations().last().key, QStringLiteral("paraphrases"));
    QVERIFY(!project.addRelation(QStringLiteral("paraphrases"), true));
    project.undoStack()->undo();
    QCOMPARE(project.relations().size(), 7);
}

void TestProject::secondWriterIsToldItIsInUse()
{
    ProjectDocument first;
    QVERIFY(first.open(m_path, nullptr));
    ProjectDocument second;
    QString error;
    QVERIFY(!second.open(m_path, &error));
    QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
    QVERIFY(second.open(m_path, &error, true)); // read-only is fine
    QCOMPARE(second.createTag(QStringLiteral("x"), QStringLiteral("#000000")), 0);
    first.close();
    ProjectDocument third;
    QVERIFY(third.open(m_path, nullptr)); // the lock went with the first
    third.close();
    // A lock file left empty by a process killed while making it does not lock anyone out.
    testutil::writeFile(m_path + QStringLiteral(".lock"), {});
    QVERIFY(!ProjectDocument::inUse(m_path)); // the window would not offer read-only for it
    testutil::writeFile(m_path + QStringLiteral(".lock"), {});
    ProjectDocument fourth;
    QVERIFY2(fourth.open(m_path, &error), qPrintable(error));
}

void TestProject::backupsAreKeptAndRestored()
{
    ProjectDocument project;
    QVERIFY(project.open(m_path, nullptr));
    project.createTag(QStringLiteral("Before"), QStringLiteral("#e15759"));
    QString error;
    const QString first = project.backup(3, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(5);
        QVERIFY(!project.backup(3).isEmpty());
    }
    QCOMPARE(project.backups().size(), 3); // the oldest went
    QVERIFY(!project.backups().contains(first));
    const QString keep = project.backups().first();
    project.createTag(QStringLiteral("After"), QStringLiteral("#59a14f"));
    QCOMPARE(project.tags().size(), 2);
    QVERIFY2(project.restoreBackup(keep, &error), qPrintable(error));
    QCOMPARE(project.tags().size(), 1);
    QCOMPARE(project.tags().first().name, QStringLiteral("Before"));
    QVERIFY(project.backups().size() >= 4); // the replaced state was backed up first
    QVERIFY(!project.restoreBackup(m_dir.filePath(QStringLiteral("none.lectern")), &error));
    QCOMPARE(project.tags().size(), 1); // a failed restore changes nothing

    // The window's way: on a worker thread while an edit goes on; the copy is a whole
    // project, with the new tag or without it.
    QTest::qWait(5);
    QFuture<QString> background = project.backupInBackground(3);
    project.createTag(QStringLiteral("During"), QStringLiteral("#4e79a7"));
    const QString copy = background.result();
    QVERIFY(!copy.isEmpty());
    ProjectDocument reader;
    QVERIFY2(reader.open(copy, &error, true), qPrintable(error));
    QVERIFY(reader.tags().size() == 1 || reader.tags().size() == 2);
    QCOMPARE(project.backups().size(), 3);
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
