// Commands for the codebook and for whole-article tags, notes and the word list.
#include "codebookcommands.h"

#include "../../storage/annotationrepository.h"
#include "../projectdocument.h"

#include <QDateTime>

namespace lectern::commands {

bool ChangeAnnotation::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeAnnotation *>(other);
    if (!next || !next->m_mergeable || !m_after || !next->m_after || next->m_after->id != m_after->id)
        return false;
    // Typing pauses of more than a few seconds start a new undo step.
    if (m_after->modified.msecsTo(next->m_after->modified) > 3000)
        return false;
    m_after = next->m_after;
    return true;
}

DeleteTag::DeleteTag(ProjectDocument &document, const QList<Tag> &subtree, const TagUses &uses)
    : Command(document, QObject::tr("Delete tag %1").arg(subtree.value(0).name)), m_subtree(subtree), m_uses(uses)
{
}

void DeleteTag::apply(Database &db, bool forward)
{
    AnnotationRepository repository(db);
    if (forward) {
        repository.removeTag(m_subtree.first().id); // sub-tags and uses go by cascade
        return;
    }
    for (const Tag &tag : std::as_const(m_subtree))
        repository.saveTag(tag);
    repository.addUses(m_uses);
}

void DeleteTag::notify(bool)
{
    announceTags();
    announceAnnotations(0);
}

MergeTags::MergeTags(ProjectDocument &document, const Tag &from, const Tag &into, const QList<Tag> &children,
                     const TagUses &fromUses, const TagUses &addedUses)
    : Command(document, QObject::tr("Merge tag %1 into %2").arg(from.name, into.name))
    , m_from(from), m_into(into), m_children(children), m_fromUses(fromUses), m_addedUses(addedUses)
{
}

void MergeTags::apply(Database &db, bool forward)
{
    AnnotationRepository repository(db);
    if (forward) {
        repository.addUses(m_addedUses);
        for (Tag child : std::as_const(m_children)) {
            child.parentId = m_into.id;
            repository.saveTag(child);
        }
        repository.removeTag(m_from.id);
        return;
    }
    repository.saveTag(m_from);
    for (const Tag &child : std::as_const(m_children))
        repository.saveTag(child);
    repository.removeUses(m_addedUses);
    repository.addUses(m_fromUses);
}

void MergeTags::notify(bool)
{
    announceTags();
    announceAnnotations(0);
}

ChangeArticleTags::ChangeArticleTags(ProjectDocument &document, qint64 articleId, const QList<qint64> &before,
                                     const QList<qint64> &after)
    : Command(document, QObject::tr("Tag article")), m_articleId(articleId), m_before(before), m_after(after)
{
}

void ChangeArticleTags::apply(Database &db, bool forward)
{
    AnnotationRepository(db).setArticleTags(m_articleId, forward ? m_after : m_before);
}

void ChangeArticleTags::notify(bool)
{
    announceArticleTags(m_articleId);
}

ChangeArticleNote::ChangeArticleNote(ProjectDocument &document, qint64 articleId, QPair<QString, QString> before,
                                     QPair<QString, QString> after)
    : Command(document, QObject::tr("Edit article note")), m_articleId(articleId), m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeArticleNote::apply(Database &db, bool forward)
{
    const auto &note = forward ? m_after : m_before;
    AnnotationRepository(db).setArticleNote(m_articleId, note.first, note.second);
}

void ChangeArticleNote::notify(bool)
{
    announceArticleTags(m_articleId);
}

bool ChangeArticleNote::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeArticleNote *>(other);
    if (!next || next->m_articleId != m_articleId)
        return false;
    m_after = next->m_after;
    return true;
}

ChangeProjectWord::ChangeProjectWord(ProjectDocument &document, const QString &word, const QString &lang, bool add)
    : Command(document, QObject::tr("Add \"%1\" to the project dictionary").arg(word)), m_word(word)
    , m_lang(lang), m_add(add)
{
}

void ChangeProjectWord::apply(Database &db, bool forward)
{
    AnnotationRepository(db).setProjectWord(m_word, m_lang, forward == m_add);
}

void ChangeProjectWord::notify(bool)
{
    announceProjectWords(m_lang);
}

} // namespace lectern::commands
