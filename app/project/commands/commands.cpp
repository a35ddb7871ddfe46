#include "commands.h"

#include "../../storage/annotationrepository.h"
#include "../../storage/articlerepository.h"
#include "../../storage/database.h"
#include "../../storage/storageerror.h"
#include "../projectdocument.h"

#include <QScopedValueRollback>

namespace lectern::commands {

Command::Command(ProjectDocument &document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

void Command::execute(bool forward)
{
    // An edit made while this one runs (a view reacting to its signal) would be pushed into
    // the middle of an undo: the document refuses edits until this returns.
    const QScopedValueRollback<bool> busy(m_document.m_applying, true);
    Transaction transaction(*m_document.m_db);
    apply(*m_document.m_db, forward);
    transaction.commit();
    notify(forward);
}

void Command::announceArticles() { emit m_document.articlesChanged(); }
void Command::announceTags() { emit m_document.tagsChanged(); }
void Command::announceAnnotations(qint64 articleId) { emit m_document.annotationsChanged(articleId); }
void Command::announceArticleTags(qint64 articleId) { emit m_document.articleTagsChanged(articleId); }
void Command::announceProjectWords(const QString &lang) { emit m_document.projectWordsChanged(lang); }
void Command::announceClaims(qint64 articleId) { emit m_document.claimsChanged(articleId); }
void Command::announceLinks() { emit m_document.linksChanged(); }
void Command::reportFailure(const QString &message) { m_document.reportFailure(message); }

void Command::redo()
{
    if (m_firstRedo) { // ProjectDocument already ran it before pushing
        m_firstRedo = false;
        return;
    }
    try {
        execute(true);
    } catch (const StorageError &error) {
        reportFailure(error.message());
    }
}

void Command::undo()
{
    try {
        execute(false);
    } catch (const StorageError &error) {
        reportFailure(error.message());
    }
}

Import::Import(ProjectDocument &document, const QList<qint64> &ids)
    : Command(document, QObject::tr("Import %n article(s)", nullptr, int(ids.size()))), m_ids(ids)
{
}

void Import::apply(Database &db, bool forward)
{
    ArticleRepository(db).setDeleted(m_ids, !forward);
}

void Import::notify(bool)
{
    announceArticles();
}

ChangeTag::ChangeTag(ProjectDocument &document, const QString &text, std::optional<Tag> before,
                     std::optional<Tag> after)
    : Command(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeTag::apply(Database &db, bool forward)
{
    AnnotationRepository repository(db);
    replaceRow(m_before, m_after, forward, [&](const Tag &t) { return repository.saveTag(t); },
               [&](qint64 id) { repository.removeTag(id); });
}

void ChangeTag::notify(bool)
{
    announceTags();
}

qint64 ChangeTag::tagId() const
{
    return m_after ? m_after->id : 0;
}

ChangeAnnotation::ChangeAnnotation(ProjectDocument &document, const QString &text,
                                   std::optional<Annotation> before, std::optional<Annotation> after)
    : Command(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeAnnotation::apply(Database &db, bool forward)
{
    AnnotationRepository repository(db);
    replaceRow(m_before, m_after, forward, [&](const Annotation &a) { return repository.saveAnnotation(a); },
               [&](qint64 id) { repository.removeAnnotation(id); });
}

void ChangeAnnotation::notify(bool)
{
    const auto &any = m_after ? m_after : m_before;
    announceAnnotations(any->articleId);
}

qint64 ChangeAnnotation::annotationId() const
{
    return m_after ? m_after->id : 0;
}

} // namespace lectern::commands
