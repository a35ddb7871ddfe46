// Commands for the analyst's decisions on extracted claims.
#include "claimcommands.h"

#include "../../storage/annotationrepository.h"
#include "../../storage/claimrepository.h"

namespace lectern::commands {

ChangeClaim::ChangeClaim(ProjectDocument &document, const QString &text, const Claim &before, const Claim &after,
                         std::optional<Annotation> annotation)
    : Command(document, text), m_before(before), m_after(after), m_annotation(std::move(annotation))
{
}

void ChangeClaim::apply(Database &db, bool forward)
{
    ClaimRepository claims(db);
    AnnotationRepository annotations(db);
    if (forward) {
        if (m_annotation) {
            m_annotation->id = annotations.saveAnnotation(*m_annotation); // same id on redo
            m_after.annotationId = m_annotation->id;
        }
        claims.update(m_after);
    } else {
        claims.update(m_before);
        if (m_annotation)
            annotations.removeAnnotation(m_annotation->id);
    }
}

void ChangeClaim::notify(bool)
{
    announceClaims(m_after.articleId);
    if (m_annotation)
        announceAnnotations(m_after.articleId);
}

ReplaceClaims::ReplaceClaims(ProjectDocument &document, qint64 articleId, const QList<Claim> &before,
                             const QList<Claim> &after)
    : Command(document, QObject::tr("Find claims again")), m_articleId(articleId), m_before(before), m_after(after)
{
}

void ReplaceClaims::apply(Database &db, bool forward)
{
    ClaimRepository claims(db);
    claims.restore(m_articleId, forward ? m_after : m_before);
    if (forward)
        m_after = claims.claims(m_articleId); // new claims keep their ids on redo
}

void ReplaceClaims::notify(bool)
{
    announceClaims(m_articleId);
}

} // namespace lectern::commands
