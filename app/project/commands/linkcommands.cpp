// Commands for links between articles, and for deleting linked articles.
#include "linkcommands.h"

#include "../../storage/articlerepository.h"
#include "../../storage/linkrepository.h"

namespace lectern::commands {

ChangeLink::ChangeLink(ProjectDocument &document, const QString &text, std::optional<Link> before,
                       std::optional<Link> after)
    : Command(document, text), m_before(std::move(before)), m_after(std::move(after))
{
}

void ChangeLink::apply(Database &db, bool forward)
{
    LinkRepository links(db);
    replaceRow(m_before, m_after, forward, [&](const Link &l) { return links.save(l); },
               [&](qint64 id) { links.remove(id); });
}

void ChangeLink::notify(bool)
{
    announceLinks();
}

DeleteArticles::DeleteArticles(ProjectDocument &document, const QList<qint64> &ids, const QList<Link> &links)
    : Command(document, QObject::tr("Delete %n article(s)", nullptr, int(ids.size()))), m_ids(ids), m_links(links)
{
}

void DeleteArticles::apply(Database &db, bool forward)
{
    ArticleRepository(db).setDeleted(m_ids, forward);
    LinkRepository links(db);
    for (const Link &link : std::as_const(m_links)) {
        if (forward)
            links.remove(link.id);
        else
            links.save(link);
    }
}

void DeleteArticles::notify(bool)
{
    announceArticles();
    announceLinks();
}

AddRelation::AddRelation(ProjectDocument &document, const Relation &relation)
    : Command(document, QObject::tr("Add relation %1").arg(relation.name)), m_relation(relation)
{
}

void AddRelation::apply(Database &db, bool forward)
{
    LinkRepository links(db);
    if (forward)
        m_relation.id = links.saveRelation(m_relation);
    else
        links.removeRelation(m_relation.id);
}

void AddRelation::notify(bool)
{
    announceLinks();
}

} // namespace lectern::commands
