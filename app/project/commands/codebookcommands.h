#pragma once

// Codebook edits and whole-article tags, notes and the word list.

#include "commands.h"

namespace lectern::commands {

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

} // namespace lectern::commands
