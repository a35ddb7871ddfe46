// Trains the check-worthiness model on our labelled sentences and writes the weights the
// application ships: `make train` (train_checkworthiness tests/data/checkworthy
// resources/model/checkworthiness.bin).
#include "checkworthytraining.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: train_checkworthiness DATA_FOLDER OUTPUT_FILE\n");
        return 2;
    }
    QString error;
    const QList<training::Example> examples = training::readExamples(args[1], &error);
    if (!error.isEmpty() || examples.isEmpty()) {
        std::fprintf(stderr, "train_checkworthiness: %s\n", qPrintable(error.isEmpty() ? args[1] + QStringLiteral(": no .tsv files") : error));
        return 1;
    }
    training::Report report;
    const CheckWorthinessModel model = training::train(examples, &report);
    QSaveFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly) || out.write(model.toBytes()) < 0 || !out.commit()) {
        std::fprintf(stderr, "train_checkworthiness: %s: %s\n", qPrintable(args[2]), qPrintable(out.errorString()));
        return 1;
    }
    std::printf("trained on %lld sentences (%lld held out, not used): C %.2f, 5-fold log loss %.3f, "
                "F1 %.3f flagging %.0f%% at threshold %.2f\n",
                qlonglong(std::count_if(examples.begin(), examples.end(), [](const auto &e) { return !e.heldOut; })),
                qlonglong(std::count_if(examples.begin(), examples.end(), [](const auto &e) { return e.heldOut; })),
                report.C, report.crossValidatedLogLoss, report.crossValidatedF1, report.crossValidatedFlagged * 100,
                model.threshold);
    return 0;
}
