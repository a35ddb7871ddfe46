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

// Deletes a tag with its sub-tags and their uses; undo brings all of it back, same ids.
class DeleteTag : public Command
{
public:
    DeleteTag(ProjectDocument &document, const QList<Tag> &subtree, const TagUses &uses);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;

private:
    QList<Tag> m_subtree;
    TagUses m_uses;
};

// Moves every use and sub-tag of one tag to another and deletes the first.
class MergeTags : public Command
{
public:
    MergeTags(ProjectDocument &document, const Tag &from, const Tag &into, const QList<Tag> &children,
              const TagUses &fromUses, const TagUses &addedUses);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;

private:
    Tag m_from;
    Tag m_into;
    QList<Tag> m_children;
    TagUses m_fromUses;
    TagUses m_addedUses; // uses of `into` that the merge adds
};

// The tags on a whole article.
class ChangeArticleTags : public Command
{
public:
    ChangeArticleTags(ProjectDocument &document, qint64 articleId, const QList<qint64> &before,
                      const QList<qint64> &after);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;

private:
    qint64 m_articleId;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

// The whole-article note; typing merges like annotation notes.
class ChangeArticleNote : public Command
{
public:
    ChangeArticleNote(ProjectDocument &document, qint64 articleId, QPair<QString, QString> before,
                      QPair<QString, QString> after);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;
    int id() const override { return ArticleNoteId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    qint64 m_articleId;
    QPair<QString, QString> m_before; // note, language
    QPair<QString, QString> m_after;
};

// A word added to (or removed from) the project's spelling dictionary.
class ChangeProjectWord : public Command
{
public:
    ChangeProjectWord(ProjectDocument &document, const QString &word, const QString &lang, bool add);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;

private:
    QString m_word;
    QString m_lang;
    bool m_add;
};

// A decision on a claim (accept, reject, edit its span) and, when a claim becomes an
// annotation, that annotation with it: one step.
class ChangeClaim : public Command
{
public:
    ChangeClaim(ProjectDocument &document, const QString &text, const Claim &before, const Claim &after,
                std::optional<Annotation> annotation = std::nullopt);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;
    qint64 annotationId() const { return m_annotation ? m_annotation->id : 0; }

private:
    Claim m_before;
    Claim m_after;
    std::optional<Annotation> m_annotation;
};

// All claims of an article at once: re-running extraction.
class ReplaceClaims : public Command
{
public:
    ReplaceClaims(ProjectDocument &document, qint64 articleId, const QList<Claim> &before, const QList<Claim> &after);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;

private:
    qint64 m_articleId;
    QList<Claim> m_before;
    QList<Claim> m_after;
};

// A link added (before empty), removed (after empty) or changed.
class ChangeLink : public Command
{
public:
    ChangeLink(ProjectDocument &document, const QString &text, std::optional<Link> before, std::optional<Link> after);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;
    qint64 linkId() const { return m_after ? m_after->id : 0; }

private:
    std::optional<Link> m_before;
    std::optional<Link> m_after;
};

// Moves articles to the trash and removes the links that end in them; undo restores both.
class DeleteArticles : public Command
{
public:
    DeleteArticles(ProjectDocument &document, const QList<qint64> &ids, const QList<Link> &links);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;

private:
    QList<qint64> m_ids;
    QList<Link> m_links;
};

// A relation added to the project's list.
class AddRelation : public Command
{
public:
    AddRelation(ProjectDocument &document, const Relation &relation);
    void apply(Database &db, bool forward) override;
    void notify(bool forward) override;
    qint64 relationId() const { return m_relation.id; }

private:
    Relation m_relation;
};

} // namespace commands
} // namespace lectern
