#pragma once

// Decisions on extracted claims.

#include "commands.h"

namespace lectern::commands {

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

} // namespace lectern::commands
