#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern {

// A figure in a sentence: "up to 30,000 corporate jobs", "3,4 mia. kr.", "1만4000명".
struct Quantity {
    int start = 0;       // offsets in the text the claim was found in
    int end = 0;
    QString text;
    double value = 0;    // the plain number, scale words applied
    QString unit;        // count, percent, currency:XXX, duration:day|week|month|year, year
    QString noun;        // what is counted, as written ("stillinger", "명"), or empty
    QString conceptId;   // language-independent id from the lexicons ("jobs"), or empty
    QString bound;       // exact, about, at_least, at_most, up_to
};

// A check-worthy sentence (DESIGN.md, "lectern claims").
struct Claim {
    qint64 id = 0;
    qint64 articleId = 0;
    int start = 0;
    int end = 0;
    QString text;
    QString lang;
    QStringList kinds;   // quantity, quote, attribution, prediction, causal, comparison
    double score = 0;
    QString claimant;    // who says it, or empty
    QList<Quantity> quantities;
    QString status = QStringLiteral("auto"); // auto, accepted, rejected, edited
    qint64 annotationId = 0;                 // the annotation made from it, if any
};

} // namespace lectern
