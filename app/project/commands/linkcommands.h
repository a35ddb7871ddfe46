#pragma once

// Links, relations and deleting linked articles.

#include "commands.h"

namespace lectern::commands {

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

} // namespace lectern::commands
