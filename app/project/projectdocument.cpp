#include "projectdocument.h"

#include "../analysis/alignment.h"
#include "../analysis/claimextractor.h"
#include "../storage/annotationrepository.h"
#include "../storage/articlerepository.h"
#include "../storage/claimrepository.h"
#include "../storage/database.h"
#include "../storage/fulltextindex.h"
#include "../storage/linkrepository.h"
#include "../storage/searchtext.h"
#include "../storage/storageerror.h"
#include "commands/claimcommands.h"
#include "commands/codebookcommands.h"
#include "commands/commands.h"
#include "commands/linkcommands.h"
#include "claimsagain.h"
#include "importtask.h"

#include <QDateTime>
#include "writerlock.h"
#include "claimranking.h"
#include <QUndoStack>

#include <algorithm>

namespace lectern {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent), m_db(std::make_unique<Database>()), m_undoStack(new QUndoStack(this)),
      m_ranking(new ClaimRanking(this))
{
    // Every decision, undo and re-extraction teaches the ranking; so do new articles' claims.
    connect(this, &ProjectDocument::claimsChanged, this, [this] { m_ranking->refresh(path()); });
    connect(this, &ProjectDocument::articlesChanged, this, [this] { m_ranking->refresh(path()); });
    connect(m_ranking, &ClaimRanking::changed, this, &ProjectDocument::claimRankingChanged);
}

ProjectDocument::~ProjectDocument()
{
    close();
}

void ProjectDocument::reportFailure(const QString &message)
{
    m_lastError = message;
    emit editFailed(message);
}

bool ProjectDocument::push(std::unique_ptr<commands::Command> command)
{
    if (m_applying) {
        qWarning("Lectern: an edit was attempted while another was being applied; ignored");
        return false;
    }
    try {
        command->execute(true);
    } catch (const StorageError &error) {
        reportFailure(error.message());
        return false;
    }
    m_undoStack->push(command.release());
    return true;
}

int ProjectDocument::articleCount(const ArticleFilter &filter) const
{
    return ArticleRepository(*m_db).count(filter);
}

QList<ArticleMeta> ProjectDocument::articles(int limit, int offset, const ArticleFilter &filter) const
{
    return ArticleRepository(*m_db).list(filter, limit, offset);
}

QStringList ProjectDocument::outlets() const
{
    return ArticleRepository(*m_db).outlets();
}

QStringList ProjectDocument::languages() const
{
    return ArticleRepository(*m_db).languages();
}

int ProjectDocument::tagUsage(qint64 tagId) const
{
    return AnnotationRepository(*m_db).tagUsage(tagId);
}

QList<qint64> ProjectDocument::articleTags(qint64 articleId) const
{
    return AnnotationRepository(*m_db).articleTags(articleId);
}

QPair<QString, QString> ProjectDocument::articleNote(qint64 articleId) const
{
    return AnnotationRepository(*m_db).articleNote(articleId);
}

QStringList ProjectDocument::projectWords(const QString &lang) const
{
    return AnnotationRepository(*m_db).projectWords(lang);
}

QList<Claim> ProjectDocument::claims(qint64 articleId) const
{
    return ClaimRepository(*m_db).claims(articleId);
}

QList<Claim> ProjectDocument::allClaims() const
{
    return ClaimRepository(*m_db).all();
}

QList<Claim> ProjectDocument::withAnalystScores(QList<Claim> claims) const
{
    for (Claim &claim : claims)
        claim.score = claimScore(claim);
    return claims;
}

int ProjectDocument::sentenceCount(qint64 articleId) const
{
    if (const auto known = m_sentenceCounts.constFind(articleId); known != m_sentenceCounts.cend())
        return *known;
    const auto meta = article(articleId);
    const int count = meta ? int(sentenceSpans(articleText(articleId), meta->lang, articleBlocks(articleId)).size()) : 0;
    m_sentenceCounts.insert(articleId, count);
    return count;
}

QList<AlignedGroup> ProjectDocument::compare(const QList<qint64> &articleIds) const
{
    QList<qint64> ids = articleIds;
    if (ids.isEmpty())
        for (const ArticleMeta &m : articles())
            ids << m.id;
    QList<AlignmentInput> inputs;
    ClaimRepository claimRepository(*m_db);
    for (qint64 id : std::as_const(ids))
        if (const auto meta = article(id))
            inputs.append({id, meta->outlet, meta->title, claimRepository.claims(id)});
    return alignFigures(inputs);
}

std::optional<ArticleMeta> ProjectDocument::article(qint64 id) const
{
    return ArticleRepository(*m_db).meta(id);
}

QString ProjectDocument::articleText(qint64 id) const
{
    return ArticleRepository(*m_db).text(id);
}

QList<Block> ProjectDocument::articleBlocks(qint64 id) const
{
    return ArticleRepository(*m_db).blocks(id);
}

QByteArray ProjectDocument::articleOriginal(qint64 id) const
{
    return ArticleRepository(*m_db).original(id);
}

SearchResults ProjectDocument::search(const QString &input, int limit, int offset) const
{
    SearchResults results;
    const searchtext::Query query = searchtext::parseQuery(input);
    if (query.fts.isEmpty())
        return results;
    ArticleRepository articles(*m_db);
    results.total = fulltext::count(*m_db, query.fts);
    for (const fulltext::Hit &hit : fulltext::search(*m_db, query.fts, limit, offset)) {
        const auto meta = articles.meta(hit.articleId);
        if (!meta)
            continue;
        const searchtext::Snippet snippet = searchtext::makeSnippet(articles.text(hit.articleId), query.terms);
        results.hits.append({*meta, snippet.text, snippet.marks, snippet.matchStart});
    }
    return results;
}

QList<Tag> ProjectDocument::tags() const
{
    return AnnotationRepository(*m_db).tags();
}

QList<Annotation> ProjectDocument::annotations(qint64 articleId) const
{
    return AnnotationRepository(*m_db).annotations(articleId);
}

QList<ImportOutcome> ProjectDocument::importFiles(const QStringList &paths, ImportJob::Progress progress)
{
    ImportJob job(*m_db);
    job.setProgress(std::move(progress));
    const QList<ImportOutcome> outcomes = job.run(paths);
    if (!job.importedIds().isEmpty()) {
        auto command = std::make_unique<commands::Import>(*this, job.importedIds());
        // The job stored them already; the first redo() that push() makes is a no-op.
        m_undoStack->push(command.release());
        emit articlesChanged();
    }
    return outcomes;
}

int ProjectDocument::findAllClaimsAgain(const std::function<void(int done, int total)> &progress)
{
    if (isReadOnly())
        return -1;
    try {
        ClaimsAgainJob job(*m_db);
        job.setProgress(progress);
        const int done = job.run();
        m_undoStack->clear();
        emit claimsChanged(0);
        return done;
    } catch (const StorageError &error) {
        reportFailure(error.message());
        return -1;
    }
}

ClaimsAgainTask *ProjectDocument::startFindingAllClaimsAgain()
{
    auto *task = new ClaimsAgainTask(path(), this);
    connect(task, &ClaimsAgainTask::finished, this, [this, task, project = path()] {
        if (!isOpen() || path() != project)
            return; // another project is open by now: this one's history is not touched
        if (!task->error().isEmpty())
            reportFailure(task->error());
        m_undoStack->clear();
        emit claimsChanged(0);
    });
    task->start();
    return task;
}

ImportTask *ProjectDocument::startImport(const QStringList &paths)
{
    auto *task = new ImportTask(path(), paths, this);
    connect(task, &ImportTask::finished, this, [this, task] { finishImport(task); });
    task->start();
    return task;
}

void ProjectDocument::finishImport(ImportTask *task)
{
    if (!task->error().isEmpty())
        reportFailure(task->error());
    if (!task->importedIds().isEmpty()) {
        // The task stored them already; the first redo() that push() makes is a no-op.
        m_undoStack->push(new commands::Import(*this, task->importedIds()));
        emit articlesChanged();
    }
}

qint64 ProjectDocument::createTag(const QString &name, const QString &color, qint64 parentId)
{
    Tag tag;
    tag.name = name.trimmed();
    tag.color = color;
    tag.parentId = parentId;
    if (tag.name.isEmpty())
        return 0;
    auto command = std::make_unique<commands::ChangeTag>(*this, tr("Create tag %1").arg(tag.name),
                                                         std::nullopt, tag);
    auto *raw = command.get();
    return push(std::move(command)) ? raw->tagId() : 0;
}

bool ProjectDocument::changeTag(qint64 id, const QString &text, const std::function<void(Tag &)> &change)
{
    const auto before = AnnotationRepository(*m_db).tag(id);
    if (!before)
        return false;
    Tag after = *before;
    change(after);
    return push(std::make_unique<commands::ChangeTag>(*this, text, before, after));
}

bool ProjectDocument::renameTag(qint64 id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    return changeTag(id, tr("Rename tag to %1").arg(name.trimmed()),
                     [&name](Tag &tag) { tag.name = name.trimmed(); });
}

bool ProjectDocument::setTagColor(qint64 id, const QString &color)
{
    return changeTag(id, tr("Change tag colour"), [&color](Tag &tag) { tag.color = color; });
}

qint64 ProjectDocument::addAnnotation(qint64 articleId, int start, int end,
                                      const QList<qint64> &tagIds, const QString &note)
{
    const QString text = articleText(articleId);
    if (text.isEmpty() || start < 0 || end <= start || end > text.size())
        return 0;
    Annotation annotation;
    annotation.articleId = articleId;
    annotation.span = Span::fromText(text, start, end);
    annotation.tagIds = tagIds;
    annotation.note = note;
    annotation.created = annotation.modified = QDateTime::currentDateTimeUtc();
    auto command = std::make_unique<commands::ChangeAnnotation>(*this, tr("Annotate"), std::nullopt,
                                                                annotation);
    auto *raw = command.get();
    return push(std::move(command)) ? raw->annotationId() : 0;
}

bool ProjectDocument::changeAnnotation(qint64 id, const QString &text,
                                       const std::function<void(Annotation &)> &change, bool mergeable)
{
    const auto before = AnnotationRepository(*m_db).annotation(id);
    if (!before)
        return false;
    Annotation after = *before;
    change(after);
    after.modified = QDateTime::currentDateTimeUtc();
    auto command = std::make_unique<commands::ChangeAnnotation>(*this, text, before, after);
    if (mergeable)
        command->setMergeable();
    return push(std::move(command));
}

bool ProjectDocument::setAnnotationNote(qint64 id, const QString &note, const QString &lang)
{
    return changeAnnotation(id, tr("Edit note"), [&](Annotation &a) {
        a.note = note;
        a.noteLang = lang;
    }, true);
}

bool ProjectDocument::setAnnotationTags(qint64 id, const QList<qint64> &tagIds)
{
    return changeAnnotation(id, tr("Change tags"), [&](Annotation &a) { a.tagIds = tagIds; });
}

bool ProjectDocument::moveTag(qint64 id, qint64 newParentId, int position)
{
    // A tag cannot move under itself or its own descendants.
    for (const Tag &t : AnnotationRepository(*m_db).subtree(id))
        if (t.id == newParentId)
            return false;
    return changeTag(id, tr("Move tag"), [&](Tag &tag) {
        tag.parentId = newParentId;
        tag.position = position;
    });
}

bool ProjectDocument::deleteTag(qint64 id)
{
    AnnotationRepository repository(*m_db);
    const QList<Tag> subtree = repository.subtree(id);
    if (subtree.isEmpty())
        return false;
    QList<qint64> ids;
    for (const Tag &t : subtree)
        ids.append(t.id);
    return push(std::make_unique<commands::DeleteTag>(*this, subtree, repository.usesOf(ids)));
}

bool ProjectDocument::mergeTags(qint64 fromId, qint64 intoId)
{
    AnnotationRepository repository(*m_db);
    const auto from = repository.tag(fromId);
    const auto into = repository.tag(intoId);
    if (!from || !into || fromId == intoId)
        return false;
    for (const Tag &t : repository.subtree(fromId))
        if (t.id == intoId)
            return false; // merging a tag into its own sub-tag would orphan it
    QList<Tag> children;
    for (const Tag &t : repository.tags())
        if (t.parentId == fromId)
            children.append(t);
    const TagUses fromUses = repository.usesOf({fromId});
    const TagUses intoUses = repository.usesOf({intoId});
    TagUses added;
    for (const auto &use : fromUses.annotations) {
        const bool present = std::any_of(intoUses.annotations.begin(), intoUses.annotations.end(),
                                         [&](const auto &u) { return u.annotationId == use.annotationId; });
        if (!present)
            added.annotations.append({use.annotationId, intoId, use.position});
    }
    for (const auto &[articleId, tagId] : fromUses.articles) {
        Q_UNUSED(tagId);
        if (!intoUses.articles.contains({articleId, intoId}))
            added.articles.append({articleId, intoId});
    }
    return push(std::make_unique<commands::MergeTags>(*this, *from, *into, children, fromUses, added));
}

bool ProjectDocument::setArticleTags(qint64 articleId, const QList<qint64> &tagIds)
{
    const QList<qint64> before = articleTags(articleId);
    if (before == tagIds)
        return true;
    return push(std::make_unique<commands::ChangeArticleTags>(*this, articleId, before, tagIds));
}

bool ProjectDocument::setArticleNote(qint64 articleId, const QString &note, const QString &lang)
{
    const auto before = articleNote(articleId);
    if (before.first == note && before.second == lang)
        return true;
    return push(std::make_unique<commands::ChangeArticleNote>(*this, articleId, before, qMakePair(note, lang)));
}

double ProjectDocument::claimScore(const Claim &claim) const
{
    return m_ranking->score(claim);
}

int ProjectDocument::rankingDecisions() const
{
    return m_ranking->decisions();
}

void ProjectDocument::waitForClaimRanking()
{
    m_ranking->waitForFinished();
}

bool ProjectDocument::setClaimStatus(qint64 claimId, const QString &status)
{
    const auto before = ClaimRepository(*m_db).claim(claimId);
    static const QStringList statuses = {QStringLiteral("auto"), QStringLiteral("accepted"), QStringLiteral("rejected")};
    if (!before || !statuses.contains(status) || before->status == status)
        return false;
    Claim after = *before;
    after.status = status;
    const QString text = status == QLatin1String("accepted") ? tr("Accept claim")
        : status == QLatin1String("rejected") ? tr("Reject claim") : tr("Reset claim");
    return push(std::make_unique<commands::ChangeClaim>(*this, text, *before, after));
}

bool ProjectDocument::setClaimSpan(qint64 claimId, int start, int end)
{
    const auto before = ClaimRepository(*m_db).claim(claimId);
    if (!before)
        return false;
    const QString text = articleText(before->articleId);
    if (start < 0 || end <= start || end > text.size())
        return false;
    Claim after = *before;
    const Span span = Span::fromText(text, start, end);
    after.start = span.start;
    after.end = span.end;
    after.text = span.quote;
    after.status = QStringLiteral("edited");
    // Figures outside the new span no longer belong to the claim.
    after.quantities.removeIf([&](const Quantity &q) { return q.start < after.start || q.end > after.end; });
    return push(std::make_unique<commands::ChangeClaim>(*this, tr("Edit claim"), *before, after));
}

qint64 ProjectDocument::claimToAnnotation(qint64 claimId, const QList<qint64> &tagIds)
{
    const auto before = ClaimRepository(*m_db).claim(claimId);
    if (!before || before->annotationId)
        return 0;
    Annotation annotation;
    annotation.articleId = before->articleId;
    annotation.span = Span::fromText(articleText(before->articleId), before->start, before->end);
    annotation.tagIds = tagIds;
    annotation.created = annotation.modified = QDateTime::currentDateTimeUtc();
    Claim after = *before;
    if (after.status == QLatin1String("auto"))
        after.status = QStringLiteral("accepted");
    auto command = std::make_unique<commands::ChangeClaim>(*this, tr("Annotate claim"), *before, after, annotation);
    auto *raw = command.get();
    return push(std::move(command)) ? raw->annotationId() : 0;
}

bool ProjectDocument::findClaimsAgain(qint64 articleId)
{
    const auto meta = article(articleId);
    if (!meta)
        return false;
    ClaimRepository claims(*m_db);
    const QList<Claim> before = claims.claims(articleId);
    const QList<Claim> after = claims.merged(articleId, extractClaims(articleText(articleId), meta->lang,
                                                                      articleBlocks(articleId)));
    return push(std::make_unique<commands::ReplaceClaims>(*this, articleId, before, after));
}

QList<Relation> ProjectDocument::relations() const
{
    return LinkRepository(*m_db).relations();
}

bool ProjectDocument::hasRelation(const QString &key) const
{
    const QList<Relation> known = relations();
    return std::any_of(known.begin(), known.end(), [&](const Relation &r) { return r.key == key; });
}

QList<Link> ProjectDocument::links(qint64 articleId) const
{
    return LinkRepository(*m_db).links(articleId);
}

qint64 ProjectDocument::createLink(const LinkEnd &from, const LinkEnd &to, const QString &relation, const QString &note)
{
    if (!hasRelation(relation) || !article(from.articleId) || !article(to.articleId))
        return 0;
    Link link;
    link.relation = relation;
    link.note = note;
    link.from = from;
    link.to = to;
    // A passage end is stored with its quote and context, so it can be verified later.
    for (LinkEnd *end : {&link.from, &link.to}) {
        if (!end->wholeArticle)
            end->span = Span::fromText(articleText(end->articleId), end->span.start, end->span.end);
        if (!end->wholeArticle && end->span.isEmpty())
            return 0;
    }
    auto command = std::make_unique<commands::ChangeLink>(*this, tr("Link articles"), std::nullopt, link);
    auto *raw = command.get();
    return push(std::move(command)) ? raw->linkId() : 0;
}

bool ProjectDocument::changeLink(qint64 id, const QString &text, const std::function<void(Link &)> &change)
{
    const auto before = LinkRepository(*m_db).link(id);
    if (!before)
        return false;
    Link after = *before;
    change(after);
    return push(std::make_unique<commands::ChangeLink>(*this, text, before, after));
}

bool ProjectDocument::setLinkNote(qint64 linkId, const QString &note)
{
    return changeLink(linkId, tr("Edit link note"), [&](Link &l) { l.note = note; });
}

bool ProjectDocument::setLinkRelation(qint64 linkId, const QString &relation)
{
    if (!hasRelation(relation))
        return false;
    return changeLink(linkId, tr("Change link relation"), [&](Link &l) { l.relation = relation; });
}

bool ProjectDocument::removeLink(qint64 linkId)
{
    const auto before = LinkRepository(*m_db).link(linkId);
    if (!before)
        return false;
    return push(std::make_unique<commands::ChangeLink>(*this, tr("Remove link"), before, std::nullopt));
}

qint64 ProjectDocument::addRelation(const QString &name, bool directed)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return 0;
    Relation relation;
    relation.name = trimmed;
    relation.key = trimmed.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    relation.directed = directed;
    for (const Relation &r : relations())
        if (r.key == relation.key)
            return 0;
    auto command = std::make_unique<commands::AddRelation>(*this, relation);
    auto *raw = command.get();
    return push(std::move(command)) ? raw->relationId() : 0;
}

QList<Link> ProjectDocument::linksEndingIn(const QList<qint64> &articleIds) const
{
    QList<Link> result;
    for (const Link &link : links())
        if (articleIds.contains(link.from.articleId) || articleIds.contains(link.to.articleId))
            result.append(link);
    return result;
}

bool ProjectDocument::deleteArticles(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return false;
    return push(std::make_unique<commands::DeleteArticles>(*this, articleIds, linksEndingIn(articleIds)));
}

bool ProjectDocument::addProjectWord(const QString &word, const QString &lang)
{
    if (word.trimmed().isEmpty() || projectWords(lang).contains(word))
        return false;
    return push(std::make_unique<commands::ChangeProjectWord>(*this, word.trimmed(), lang, true));
}

bool ProjectDocument::removeAnnotation(qint64 id)
{
    const auto before = AnnotationRepository(*m_db).annotation(id);
    if (!before)
        return false;
    return push(std::make_unique<commands::ChangeAnnotation>(*this, tr("Remove annotation"), before,
                                                             std::nullopt));
}

} // namespace lectern
