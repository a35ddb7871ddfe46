#include "projectdocument.h"

#include "../analysis/alignment.h"
#include "../analysis/claimextractor.h"
#include "../storage/annotationrepository.h"
#include "../storage/articlerepository.h"
#include "../storage/claimrepository.h"
#include "../storage/database.h"
#include "../storage/fulltextindex.h"
#include "../storage/linkrepository.h"
#include "../storage/projectfile.h"
#include "../storage/searchtext.h"
#include "../storage/storageerror.h"
#include "../storage/sqlitefile.h"
#include "commands/claimcommands.h"
#include "commands/codebookcommands.h"
#include "commands/commands.h"
#include "commands/linkcommands.h"
#include "importtask.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QUndoStack>

#include <algorithm>

namespace lectern {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent), m_db(std::make_unique<Database>()), m_undoStack(new QUndoStack(this))
{
}

ProjectDocument::~ProjectDocument()
{
    close();
}

bool ProjectDocument::create(const QString &path, QString *error)
{
    return openFile(path, error, int(projectfile::Intent::Create));
}

bool ProjectDocument::open(const QString &path, QString *error, bool readOnly)
{
    return openFile(path, error, int(readOnly ? projectfile::Intent::OpenReadOnly
                                              : projectfile::Intent::Open));
}

bool ProjectDocument::isReadOnly() const
{
    return isOpen() && m_db->isReadOnly();
}

bool ProjectDocument::isWritable(const QString &path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

// Takes the one-writer lock. A lock file without its owner's details is left by a process
// killed while making it (the kill test found one): once a moment has shown that nobody is
// still writing them, it is stale.
static bool takeLock(QLockFile &lock)
{
    if (lock.tryLock(100))
        return true;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false; // a live holder: QLockFile has checked its process
    QThread::msleep(300);
    if (lock.getLockInfo(&pid, &host, &application))
        return false;
    lock.removeStaleLockFile();
    return lock.tryLock(100);
}

bool ProjectDocument::openFile(const QString &path, QString *error, int intent)
{
    close();
    const QString readOnlyMessage =
        tr("%1 cannot be changed: the file or its folder is read-only. You can open it read-only.").arg(path);
    if (projectfile::Intent(intent) == projectfile::Intent::Open && QFileInfo::exists(path) && !isWritable(path)) {
        if (error)
            *error = readOnlyMessage;
        return false;
    }
    // Two windows writing one project would lose each other's edits: the first to open
    // it for writing holds a lock beside it; others may still open it read-only.
    if (projectfile::Intent(intent) != projectfile::Intent::OpenReadOnly) {
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // stale only when its process is gone
        if (!takeLock(*lock) && lock->error() == QLockFile::PermissionError) {
            if (error)
                *error = readOnlyMessage;
            return false;
        }
        if (!lock->isLocked()) {
            qint64 pid = 0;
            QString host, application;
            lock->getLockInfo(&pid, &host, &application);
            if (error)
                *error = tr("%1 is in use by another Lectern (process %2 on %3). You can open it read-only.")
                             .arg(path).arg(pid).arg(host);
            return false;
        }
        m_lock = std::move(lock);
    }
    try {
        projectfile::open(*m_db, path, projectfile::Intent(intent));
    } catch (const StorageError &e) {
        m_lock.reset();
        if (error)
            *error = e.message();
        return false;
    }
    emit articlesChanged();
    emit tagsChanged();
    return true;
}

void ProjectDocument::close()
{
    m_undoStack->clear();
    m_db->close();
    m_lock.reset();
}

bool ProjectDocument::isOpen() const
{
    return m_db->isOpen();
}

QString ProjectDocument::path() const
{
    return m_db->path();
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

static QString backupFolder(const QString &projectPath)
{
    const QFileInfo project(projectPath);
    return project.absolutePath() + QLatin1Char('/') + project.completeBaseName() + QStringLiteral("-backups");
}

// One backup of the project at `projectPath` through a connection of its own (any thread:
// a read transaction, so edits go on meanwhile), written under a temporary name and renamed
// when complete; the oldest beyond `keep` are removed.
static QString makeBackup(const QString &projectPath, int keep, QString *error)
{
    const QDir folder(backupFolder(projectPath));
    if (!folder.exists() && !QDir().mkpath(folder.path())) {
        if (error)
            *error = ProjectDocument::tr("Cannot create %1.").arg(folder.path());
        return {};
    }
    // Named by the time only: the folder already names the project, and a long project
    // name plus a date would pass the file system's 255-byte limit.
    const QString target = folder.filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))
                                           + QStringLiteral(".lectern"));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        Database db;
        db.open(projectPath, Database::Mode::ReadOnly);
        sqlite::copyTo(db, partial);
    } catch (const StorageError &e) {
        QFile::remove(partial);
        if (error)
            *error = ProjectDocument::tr("Cannot save a copy as %1: %2").arg(target, e.message());
        return {};
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (error)
            *error = ProjectDocument::tr("Cannot create %1.").arg(target);
        return {};
    }
    const QStringList all = folder.entryList({QStringLiteral("*.lectern")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(folder.filePath(all[i]));
    return target;
}

QString ProjectDocument::backup(int keep, QString *error) const
{
    return makeBackup(path(), keep, error);
}

QFuture<QString> ProjectDocument::backupInBackground(int keep) const
{
    return QtConcurrent::run([project = path(), keep] { return makeBackup(project, keep, nullptr); });
}

bool ProjectDocument::inUse(const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

QStringList ProjectDocument::backups() const
{
    const QDir folder(backupFolder(path()));
    QStringList files;
    for (const QString &name : folder.entryList({QStringLiteral("*.lectern")}, QDir::Files, QDir::Name | QDir::Reversed))
        files << folder.filePath(name);
    return files; // names carry the time, so name order is time order
}

bool ProjectDocument::restoreBackup(const QString &backupPath, QString *error)
{
    const QString project = path();
    {
        // Check the backup is a project this version reads before touching anything.
        ProjectDocument probe;
        if (!probe.open(backupPath, error, true))
            return false;
    }
    if (backup(1000, error).isEmpty())
        return false; // the state being replaced is kept too
    close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(project + suffix);
    if (!QFile::copy(backupPath, project)) {
        if (error)
            *error = tr("Cannot restore %1 from %2.").arg(project, backupPath);
        return false;
    }
    QFile(project).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return open(project, error);
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

bool ProjectDocument::saveCopy(const QString &path, QString *error) const
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("Cannot replace %1.").arg(path);
        return false;
    }
    try {
        sqlite::copyTo(*m_db, path);
    } catch (const StorageError &e) {
        if (error)
            *error = tr("Cannot save a copy as %1: %2").arg(path, e.message());
        return false;
    }
    return true;
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
