#include "checkworthytraining.h"

#include "analysis/claimextractor.h"
#include "analysis/lexicon.h"

#include <QDir>
#include <QFile>

#include <linear.h>

#include <algorithm>
#include <cmath>

namespace lectern::training {

QList<Example> readExamples(const QString &folder, QString *error)
{
    QList<Example> examples;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return {};
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(QLatin1Char('\t'));
            if (fields.size() != 4 || (fields[0] != QLatin1String("check") && fields[0] != QLatin1String("no"))) {
                *error = QStringLiteral("%1:%2: expected label, reason, genre and sentence separated by tabs")
                             .arg(file.fileName()).arg(i + 1);
                return {};
            }
            examples.append({name.chopped(4), fields[1], fields[3], fields[0] == QLatin1String("check"), (i + 1) % 5 == 0});
        }
    }
    return examples;
}

namespace {

struct Problem {
    std::vector<std::vector<feature_node>> rows; // each ends with index -1
    std::vector<double> labels;                  // +1 worth checking, -1 not
};

Problem problemOf(const QList<Example> &examples)
{
    Problem p;
    for (const Example &e : examples) {
        const auto lexicon = Lexicon::forLanguage(e.lang);
        const FeatureVector features = sentenceFeatures(e.sentence, analyseSentence(e.sentence, *lexicon), *lexicon);
        std::vector<feature_node> row;
        for (const auto &[index, value] : features.entries)
            row.push_back({int(index) + 1, value});
        // liblinear's bias is a column the caller adds to every row (index n, value 1).
        row.push_back({int(CheckWorthinessModel::Dimension) + 1, 1});
        row.push_back({-1, 0});
        p.rows.push_back(std::move(row));
        p.labels.push_back(e.worthChecking ? 1 : -1);
    }
    return p;
}

void quiet(const char *) {}

// Trains on the rows `use` selects; returns the weights as a model.
CheckWorthinessModel fit(const Problem &all, const std::vector<bool> &use, double C)
{
    std::vector<feature_node *> x;
    std::vector<double> y;
    for (size_t i = 0; i < all.rows.size(); ++i) {
        if (use[i]) {
            x.push_back(const_cast<feature_node *>(all.rows[i].data()));
            y.push_back(all.labels[i]);
        }
    }
    problem prob{};
    prob.l = int(x.size());
    prob.n = int(CheckWorthinessModel::Dimension) + 1; // the last column is the bias
    prob.x = x.data();
    prob.y = y.data();
    prob.bias = 1; // the last column of each row
    parameter param{};
    param.solver_type = L2R_LR;
    param.eps = 0.001;
    param.C = C;
    set_print_string_function(quiet);
    model *trained = ::train(&prob, &param);
    int labels[2] = {0, 0};
    get_labels(trained, labels);
    const double sign = labels[0] == 1 ? 1.0 : -1.0;
    CheckWorthinessModel result;
    for (quint32 i = 0; i < CheckWorthinessModel::Dimension; ++i)
        result.weights[i] = float(sign * trained->w[i]);
    result.bias = float(sign * trained->w[CheckWorthinessModel::Dimension]);
    free_and_destroy_model(&trained);
    return result;
}

double logitOfRow(const CheckWorthinessModel &m, const std::vector<feature_node> &row)
{
    double sum = m.bias;
    for (const feature_node &f : row)
        if (f.index > 0 && quint32(f.index) <= CheckWorthinessModel::Dimension)
            sum += double(m.weights[quint32(f.index - 1)]) * f.value;
    return sum;
}

struct Fit {
    double logLoss = 0;
    std::vector<double> outOfFold;
};

Fit crossValidate(const Problem &p, double C)
{
    constexpr int Folds = 5;
    Fit result;
    result.outOfFold.assign(p.rows.size(), 0);
    for (int fold = 0; fold < Folds; ++fold) {
        std::vector<bool> use(p.rows.size());
        for (size_t i = 0; i < use.size(); ++i)
            use[i] = int(i % Folds) != fold;
        const CheckWorthinessModel m = fit(p, use, C);
        for (size_t i = 0; i < use.size(); ++i)
            if (!use[i])
                result.outOfFold[i] = logistic(logitOfRow(m, p.rows[i]));
    }
    for (size_t i = 0; i < p.rows.size(); ++i) {
        const double q = std::clamp(result.outOfFold[i], 1e-9, 1 - 1e-9);
        result.logLoss -= p.labels[i] > 0 ? std::log(q) : std::log(1 - q);
    }
    result.logLoss /= double(p.rows.size());
    return result;
}

} // namespace

CheckWorthinessModel train(const QList<Example> &examples, Report *report)
{
    QList<Example> training;
    for (const Example &e : examples)
        if (!e.heldOut)
            training.append(e);
    const Problem p = problemOf(training);
    double bestC = 0;
    Fit best;
    for (double C : {1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0}) {
        Fit f = crossValidate(p, C);
        if (bestC == 0 || f.logLoss < best.logLoss) {
            bestC = C;
            best = std::move(f);
        }
    }
    // The threshold: the best F1 on the out-of-fold predictions, flagging at most MaxFlagged
    // of the sentences (our sets hold more check-worthy sentences than an article does).
    constexpr double MaxFlagged = 0.38;
    double threshold = 0.5, bestF1 = -1, flaggedShare = 0;
    for (int step = 20; step <= 90; ++step) {
        const double t = step / 100.0;
        int tp = 0, fp = 0, fn = 0;
        for (size_t i = 0; i < p.rows.size(); ++i) {
            const bool flagged = best.outOfFold[i] >= t, positive = p.labels[i] > 0;
            tp += flagged && positive;
            fp += flagged && !positive;
            fn += !flagged && positive;
        }
        const double share = double(tp + fp) / double(p.rows.size());
        const double f1 = 2.0 * tp / std::max(1, 2 * tp + fp + fn);
        if (share <= MaxFlagged && f1 > bestF1) {
            bestF1 = f1;
            threshold = t;
            flaggedShare = share;
        }
    }
    CheckWorthinessModel model = fit(p, std::vector<bool>(p.rows.size(), true), bestC);
    model.threshold = threshold;
    if (report)
        *report = {bestC, best.logLoss, bestF1, flaggedShare};
    return model;
}

} // namespace lectern::training
