#pragma once

#include "../model/claim.h"

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace lectern {

class Lexicon;

// A sentence as the check-worthiness model sees it: hashed sparse features, sorted by index,
// each index once (unless made for scoring only). The same features are used to train (tools/train_checkworthiness) and to
// score, so both go through sentenceFeatures.
struct FeatureVector {
    std::vector<std::pair<quint32, float>> entries;
};

// Words, word pairs and character n-grams of the sentence (digits folded to 0), its figures
// and what they count, quotes, named-source attribution, the cue words of its language,
// questions, a named subject. `analysed` carries the sentence's kinds, claimant and quantities.
// Without `merge` the entries are left unsorted and may repeat: enough to score, quicker.
FeatureVector sentenceFeatures(QStringView sentence, const Claim &analysed, const Lexicon &lexicon, bool merge = true);

// The shipped linear model (resources/model/checkworthiness.bin, trained by
// `make train` on tests/data/checkworthy): logistic regression over sentenceFeatures.
class CheckWorthinessModel
{
public:
    static constexpr quint32 Dimension = 1u << 18;

    // The built-in model, loaded once; thread-safe.
    static const CheckWorthinessModel &shipped();
    static std::optional<CheckWorthinessModel> fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;

    double logit(const FeatureVector &features) const;
    double probability(const FeatureVector &features) const;

    std::vector<float> weights = std::vector<float>(Dimension); // one per hashed feature
    float bias = 0;
    // The least probability the reader highlights by default, chosen when training, on
    // out-of-fold predictions for the training sentences only.
    double threshold = 0.5;
};

// Which of one article's claims the reader highlights at threshold t (their scores already
// the analyst's): a claim the analyst accepted or edited always, a rejected one never, and
// the others when their score reaches t and they rank among the article's most likely
// third of its sentences (more, (1 - t), below t = 2/3). Facts are dense in news: the
// second rule keeps the underline to a minority that means "look here first".
QList<bool> highlights(const QList<Claim> &claims, int sentences, double threshold);

double logistic(double logit);
double logitOf(double probability);

} // namespace lectern
