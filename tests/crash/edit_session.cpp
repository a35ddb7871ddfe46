// A scripted editing session for tst_crash: edits a project through ProjectDocument, one
// call at a time, and prints "ok RUN I OP" after each call returned. The harness kills it
// with SIGKILL at a random moment and checks that every acknowledged edit is in the file.
// Usage: edit_session PROJECT RUN ARTICLE_ID
#include "project/projectdocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>

using namespace lectern;

// An edit that failed: the document's message goes to stderr and the session ends.
static int failed(const ProjectDocument &project)
{
    std::fprintf(stderr, "%s\n", qPrintable(project.lastError()));
    return 3;
}

static void acknowledge(int run, int i, const char *op)
{
    std::printf("ok %d %d %s\n", run, i, op);
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const int run = args[2].toInt();
    const qint64 article = args[3].toLongLong();
    ProjectDocument project;
    QString error;
    if (!project.open(args[1], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int length = project.articleText(article).size();
    for (int i = 0; i < 100000; ++i) {
        const QString name = QStringLiteral("r%1-%2").arg(run).arg(i);
        const qint64 tag = project.createTag(name, QStringLiteral("#3366cc"));
        if (!tag)
            return failed(project);
        acknowledge(run, i, "tag");
        const int start = (i * 7) % (length - 20);
        const qint64 annotation = project.addAnnotation(article, start, start + 12, {tag}, name);
        if (!annotation)
            return failed(project);
        acknowledge(run, i, "annotation");
        if (i % 5 == 4) { // take the annotation back again
            project.undoStack()->undo();
            acknowledge(run, i, "undo");
        }
        if (!project.setArticleNote(article, name))
            return failed(project);
        acknowledge(run, i, "note");
    }
    return 0;
}
