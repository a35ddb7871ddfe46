#pragma once

#include "../model/claim.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// One figure of one article, as alignment sees it.
struct AlignedFigure {
    qint64 articleId = 0;
    qint64 claimId = 0;
    Quantity quantity;       // start/end are offsets in the article's text
    QString lang;
    QString source;          // the outlet
    QStringList subjects;    // names the claim is about (Latin-script capitalised words)
    QList<int> years;        // years the claim sentence mentions
    int direction = 0;       // -1 a cut, +1 growth (openings, new jobs), 0 unknown
};

// Figures from different articles that report the same thing, and whether they agree.
struct AlignedGroup {
    QString conceptId;
    QString unit;
    QString verdict;         // agree, compatible, conflict, single
    QString why;
    QList<AlignedFigure> members;
};

// What an article contributes to alignment: its outlet, title and claims.
struct AlignmentInput {
    qint64 articleId = 0;
    QString source;
    QString title;
    QList<Claim> claims;
};

// Groups figures across articles by concept and unit (so a Danish, a Korean and an English
// report of the same figure line up), keeping apart figures about different subjects or
// different years, and joining values within a factor of 2.5 of each other. Each group
// gets a verdict from the values and their bounds: agree (the same value within rounding),
// compatible (different, but the bounds allow both: "up to 30,000" and "14,000"), conflict
// (values that cannot both hold) or single.
QList<AlignedGroup> alignFigures(const QList<AlignmentInput> &articles);

// The verdict for a set of figures, and why.
QString verdictOf(const QList<AlignedFigure> &members);

} // namespace lectern
