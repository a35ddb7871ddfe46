#pragma once

#include "analysis/checkworthiness.h"

#include <QList>
#include <QString>

namespace lectern::training {

// One labelled sentence of tests/data/checkworthy.
struct Example {
    QString lang;
    QString reason;
    QString sentence;
    bool worthChecking = false;
    bool heldOut = false; // every fifth line of its file: for the test only
};

// Reads every <lang>.tsv of the folder; a malformed line is reported in `error` and stops.
QList<Example> readExamples(const QString &folder, QString *error);

// What training chose, for the log.
struct Report {
    double C = 0;
    double crossValidatedLogLoss = 0;
    double crossValidatedF1 = 0;
    double crossValidatedFlagged = 0;
};

// L2-regularised logistic regression (liblinear) on the examples that are not held out. C is
// chosen by 5-fold cross-validation on them (log loss), and the threshold on the same
// out-of-fold predictions. Deterministic: the same data gives the same bytes.
CheckWorthinessModel train(const QList<Example> &examples, Report *report = nullptr);

} // namespace lectern::training
