#include "analystmodel.h"

#include <cmath>

namespace lectern {

namespace {

// How strongly the correction is held to zero: with few decisions it stays small, with
// many it can outweigh the shipped model on the features the decisions share.
constexpr double Regularisation = 0.5;
constexpr int Iterations = 200;

// Dense indices for the features the decisions use.
struct Data {
    std::vector<std::vector<std::pair<int, double>>> rows;
    std::vector<double> offsets;
    std::vector<double> labels; // 1 accepted, 0 rejected
    std::vector<quint32> features;
};

Data denseOf(const std::vector<AnalystModel::Decision> &decisions)
{
    Data d;
    QHash<quint32, int> index;
    for (const auto &decision : decisions) {
        std::vector<std::pair<int, double>> row;
        for (const auto &[feature, value] : decision.features.entries) {
            auto it = index.find(feature);
            if (it == index.end()) {
                it = index.insert(feature, int(d.features.size()));
                d.features.push_back(feature);
            }
            row.push_back({*it, value});
        }
        d.rows.push_back(std::move(row));
        d.offsets.push_back(decision.shippedLogit);
        d.labels.push_back(decision.accepted ? 1 : 0);
    }
    return d;
}

// The objective and its gradient at w (the last entry is the bias).
double objective(const Data &d, const std::vector<double> &w, std::vector<double> *gradient)
{
    const size_t bias = d.features.size();
    double loss = 0;
    if (gradient)
        gradient->assign(w.size(), 0);
    for (size_t i = 0; i < d.rows.size(); ++i) {
        double z = d.offsets[i] + w[bias];
        for (const auto &[j, v] : d.rows[i])
            z += w[size_t(j)] * v;
        // log(1 + e^z) - y z, computed without overflow.
        loss += (z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z))) - d.labels[i] * z;
        if (gradient) {
            const double g = logistic(z) - d.labels[i];
            for (const auto &[j, v] : d.rows[i])
                (*gradient)[size_t(j)] += g * v;
            (*gradient)[bias] += g;
        }
    }
    double norm = 0;
    for (size_t j = 0; j < w.size(); ++j) {
        norm += w[j] * w[j];
        if (gradient)
            (*gradient)[j] += Regularisation * w[j];
    }
    return loss + Regularisation / 2 * norm;
}

} // namespace

AnalystModel AnalystModel::fit(const std::vector<Decision> &decisions)
{
    AnalystModel model;
    model.m_decisions = int(decisions.size());
    if (decisions.empty())
        return model;
    const Data d = denseOf(decisions);
    std::vector<double> w(d.features.size() + 1, 0), gradient, next(w.size());
    double value = objective(d, w, &gradient);
    double step = 1;
    for (int iteration = 0; iteration < Iterations; ++iteration) {
        double squared = 0;
        for (double g : gradient)
            squared += g * g;
        if (squared < 1e-12)
            break;
        // Backtracking (Armijo): halve the step until the objective falls enough.
        double nextValue = 0;
        for (;;) {
            for (size_t j = 0; j < w.size(); ++j)
                next[j] = w[j] - step * gradient[j];
            nextValue = objective(d, next, nullptr);
            if (nextValue <= value - step / 2 * squared || step < 1e-9)
                break;
            step /= 2;
        }
        w.swap(next);
        value = objective(d, w, &gradient);
        step *= 2; // try a longer step next time
    }
    for (size_t j = 0; j < d.features.size(); ++j)
        if (w[j] != 0)
            model.m_weights.insert(d.features[j], w[j]);
    model.m_bias = w.back();
    return model;
}

double AnalystModel::logit(const FeatureVector &features, double shippedLogit) const
{
    double z = shippedLogit + m_bias;
    for (const auto &[index, value] : features.entries)
        z += m_weights.value(index) * value;
    return z;
}

double AnalystModel::probability(const FeatureVector &features, double shippedLogit) const
{
    return logistic(logit(features, shippedLogit));
}

} // namespace lectern
