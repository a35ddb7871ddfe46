#pragma once

// Undo commands are private to app/: only ProjectDocument creates and pushes them.
// Each command's apply(forward) runs in one transaction; ProjectDocument runs the first
// apply itself (so a failure is reported, not pushed) and QUndoStack runs the rest.

#include "../../model/annotation.h"
#include "../../model/claim.h"
#include "../../storage/annotationrepository.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace lectern {

class Database;
class ProjectDocument;

namespace commands {

// Ids for QUndoCommand::mergeWith: typing in a note is one undo step, not one per key.
enum MergeId { AnnotationNoteId = 1, ArticleNoteId = 2 };

class Command : public QUndoCommand
{
public:
    Command(ProjectDocument &document, const QString &text);
    void undo() override;
    void redo() override;
    // Runs the edit (forward) or its reverse in one transaction. Throws StorageError.
    void execute(bool forward);

protected:
    virtual void apply(Database &db, bool forward) = 0;
    virtual void notify(bool forward) = 0;
    // What changed, for the document's signals.
    void announceArticles();
    void announceTags();
    void announceAnnotations(qint64 articleId);
    void announceArticleTags(qint64 articleId);
    void announceProjectWords(const QString &lang);
    void announceClaims(qint64 articleId);
    void announceLinks();
    void reportFailure(const QString &message);
    ProjectDocument &m_document;

private:
    bool m_firstRedo = true;
};

// The shared step of every "before/after" command: store the state this direction wants
// (an empty before means the row is new, an empty after that it goes), and give a new
// row's id to `after` so later redos recreate the same id.
template<typename Row, typename Save, typename Remove>
void replaceRow(std::optional<Row> &before, std::optional<Row> &after, bool forward, Save save, Remove remove)
{
    const std::optional<Row> &target = forward ? after : before;
    const std::optional<Row> &other = forward ? before : after;
    if (target) {
        const qint64 id = save(*target);
        if (forward && !after->id)
            after->id = id;
    } else {
        remove(other->id);
    }
}

// Moves imported articles into the trash on undo and back on redo.
class Import : public Command
{
public:
    Import(ProjectDocument &document, const QList<qint64> &ids);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;

private:
    QList<qint64> m_ids;
};

// Creates a tag (before is empty) or changes its name, colour, parent or position.
class ChangeTag : public Command
{
public:
    ChangeTag(ProjectDocument &document, const QString &text, std::optional<Tag> before,
              std::optional<Tag> after);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;
    qint64 tagId() const;

private:
    std::optional<Tag> m_before;
    std::optional<Tag> m_after;
};

// Replaces an annotation (add: before is empty; remove: after is empty).
class ChangeAnnotation : public Command
{
public:
    ChangeAnnotation(ProjectDocument &document, const QString &text,
                     std::optional<Annotation> before, std::optional<Annotation> after);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;
    qint64 annotationId() const;
    // Note edits of the same annotation within a few seconds merge into one step.
    void setMergeable() { m_mergeable = true; }
    int id() const override { return m_mergeable ? AnnotationNoteId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::optional<Annotation> m_before;
    std::optional<Annotation> m_after;
    bool m_mergeable = false;
};

} // namespace commands
} // namespace lectern
