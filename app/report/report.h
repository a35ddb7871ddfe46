#pragma once

#include "../analysis/alignment.h"
#include "../model/annotation.h"
#include "../model/article.h"
#include "../model/claim.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace lectern {

class ProjectDocument;

// What a report covers: chosen articles, or those with a tag or from an outlet (all when
// nothing is chosen), and which parts it holds.
struct ReportScope {
    QList<qint64> articleIds;
    QStringList tags;
    QStringList outlets;
    bool text = true;
    bool notes = true;
    bool claims = true;
    bool links = true;
    bool matrix = true;
    bool tagIndex = true;
    int limit = -1; // read at most this many articles in full (a preview); -1: all
};

struct ReportArticle {
    ArticleMeta meta;
    QString text;
    QList<Block> blocks;
    QList<Annotation> annotations;
    QList<Claim> claims;
    QList<Link> links;
    QList<qint64> articleTags;
    QString note;
};

// Everything a writer needs, read once from the project: writers never touch it.
struct Report {
    QString projectName;
    QString projectPath; // the project file: an export is never written over it
    QDateTime created;
    ReportScope scope;
    QList<ReportArticle> articles;
    QList<Tag> tags;
    QList<Relation> relations;
    QList<AlignedGroup> groups;
    int total = 0; // articles in scope (a preview may carry fewer)

    QString tagName(qint64 id) const;
    QString tagColor(qint64 id) const;
    QString articleTitle(qint64 id) const;
};

Report buildReport(const ProjectDocument &project, const ReportScope &scope);

} // namespace lectern
