#include "report.h"

#include "../project/projectdocument.h"

#include <QFileInfo>

namespace lectern {

QString Report::tagName(qint64 id) const
{
    for (const Tag &t : tags)
        if (t.id == id)
            return t.name;
    return {};
}

QString Report::tagColor(qint64 id) const
{
    for (const Tag &t : tags)
        if (t.id == id)
            return t.color;
    return QStringLiteral("#f2c94c");
}

QString Report::articleTitle(qint64 id) const
{
    for (const ReportArticle &a : articles)
        if (a.meta.id == id)
            return a.meta.title;
    return {};
}

Report buildReport(const ProjectDocument &project, const ReportScope &scope)
{
    Report report;
    report.projectName = QFileInfo(project.path()).completeBaseName();
    report.projectPath = project.path();
    report.created = QDateTime::currentDateTime();
    report.scope = scope;
    report.tags = project.tags();
    report.relations = project.relations();
    QList<qint64> tagIds;
    for (const Tag &t : std::as_const(report.tags))
        if (scope.tags.contains(t.name))
            tagIds << t.id;
    QList<qint64> ids;
    int total = 0;
    for (const ArticleMeta &meta : project.articles()) {
        if (!scope.articleIds.isEmpty() && !scope.articleIds.contains(meta.id))
            continue;
        if (!scope.outlets.isEmpty() && !scope.outlets.contains(meta.outlet))
            continue;
        ReportArticle article;
        article.meta = meta;
        article.annotations = project.annotations(meta.id);
        article.articleTags = project.articleTags(meta.id);
        if (!tagIds.isEmpty()) {
            bool tagged = std::any_of(article.articleTags.begin(), article.articleTags.end(),
                                      [&](qint64 t) { return tagIds.contains(t); });
            for (const Annotation &a : std::as_const(article.annotations))
                tagged |= std::any_of(a.tagIds.begin(), a.tagIds.end(), [&](qint64 t) { return tagIds.contains(t); });
            if (!tagged)
                continue;
        }
        // A preview counts every article in scope but reads only the first few.
        if (scope.limit >= 0 && total++ >= scope.limit)
            continue;
        article.text = project.articleText(meta.id);
        article.blocks = project.articleBlocks(meta.id);
        article.claims = project.withAnalystScores(project.claims(meta.id)); // as the reader shows them
        article.links = project.links(meta.id);
        article.note = project.articleNote(meta.id).first;
        ids << meta.id;
        report.articles.append(article);
    }
    report.total = scope.limit >= 0 ? total : int(report.articles.size());
    if (scope.matrix && ids.size() > 1)
        report.groups = project.compare(ids);
    return report;
}

} // namespace lectern
