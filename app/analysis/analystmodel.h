#pragma once

#include "checkworthiness.h"

#include <QHash>

namespace lectern {

// What one analyst finds worth checking in one project: a correction to the shipped model,
// fitted on the analyst's Accept and Reject decisions. The adapted logit is the shipped
// model's logit plus this correction's, so with no decisions it changes nothing, and each
// decision moves the ranking of claims like it.
class AnalystModel
{
public:
    struct Decision {
        FeatureVector features;
        double shippedLogit = 0;
        bool accepted = false;
    };

    // L2-regularised logistic regression with the shipped logit as a fixed offset, by
    // gradient descent with backtracking; deterministic. liblinear has no per-example
    // offset, so this small fit is ours.
    static AnalystModel fit(const std::vector<Decision> &decisions);

    bool isEmpty() const { return m_weights.isEmpty() && m_bias == 0; }
    int decisions() const { return m_decisions; }
    double logit(const FeatureVector &features, double shippedLogit) const;
    double probability(const FeatureVector &features, double shippedLogit) const;

private:
    QHash<quint32, double> m_weights;
    double m_bias = 0;
    int m_decisions = 0;
};

} // namespace lectern
