#include "claimranking.h"

#include "../analysis/analystmodel.h"
#include "../analysis/claimextractor.h"
#include "../analysis/lexicon.h"
#include "../storage/claimrepository.h"
#include "../storage/database.h"
#include "../storage/projectfile.h"
#include "../storage/storageerror.h"

#include <QThread>

namespace lectern {

ClaimRanking::ClaimRanking(QObject *parent)
    : QObject(parent)
{
}

ClaimRanking::~ClaimRanking()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

double ClaimRanking::score(const Claim &claim) const
{
    return m_scores.value(claim.id, claim.score);
}

void ClaimRanking::refresh(const QString &path)
{
    m_path = path;
    if (m_thread) {
        m_again = true;
        return;
    }
    start();
}

void ClaimRanking::start()
{
    m_again = false;
    if (m_path.isEmpty()) {
        const bool had = !m_scores.isEmpty();
        m_scores.clear();
        m_decisions = 0;
        if (had)
            emit changed();
        return;
    }
    const QString path = m_path;
    m_thread = QThread::create([this, path] { m_running = rank(path); });
    // A run that waitForFinished already collected must not be collected again.
    connect(m_thread, &QThread::finished, this, [this, run = ++m_runs] {
        if (run == m_runs)
            finish();
    });
    m_thread->start(QThread::LowPriority);
}

void ClaimRanking::finish()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_again) {
        start(); // a newer decision came in meanwhile: this result is already stale
        return;
    }
    if (!m_running.error.isEmpty()) {
        qWarning("lectern: ranking claims: %s", qPrintable(m_running.error));
        return;
    }
    m_scores = std::move(m_running.scores);
    m_decisions = m_running.decisions;
    emit changed();
}

void ClaimRanking::waitForFinished()
{
    while (m_thread) {
        m_thread->wait();
        finish();
    }
}

ClaimRanking::Result ClaimRanking::rank(const QString &path)
{
    Result result;
    QList<Claim> claims;
    try {
        Database db;
        projectfile::open(db, path, projectfile::Intent::OpenReadOnly);
        ClaimRepository repository(db);
        // Nothing learned and every score from the current model: the stored scores stand.
        // Claims found by older rules (a project from an earlier Lectern) are scored anew.
        if (!repository.anyDecided() && !repository.anyOlderThan(extractorVersion()))
            return result;
        claims = repository.all();
    } catch (const StorageError &error) {
        result.error = error.message();
        return result;
    }
    // Features once per claim; the shipped logit from the stored score.
    const CheckWorthinessModel &shipped = CheckWorthinessModel::shipped();
    std::vector<FeatureVector> features;
    features.reserve(size_t(claims.size()));
    std::vector<AnalystModel::Decision> decisions;
    for (const Claim &claim : claims) {
        features.push_back(sentenceFeatures(claim.text, claim, *Lexicon::forLanguage(claim.lang)));
        const bool accepted = claim.status == QLatin1String("accepted") || claim.status == QLatin1String("edited");
        if (accepted || claim.status == QLatin1String("rejected"))
            decisions.push_back({features.back(), shipped.logit(features.back()), accepted});
    }
    result.decisions = int(decisions.size());
    const AnalystModel analyst = AnalystModel::fit(decisions); // no decisions: no correction
    for (qsizetype i = 0; i < claims.size(); ++i)
        result.scores.insert(claims[i].id, analyst.probability(features[size_t(i)], shipped.logit(features[size_t(i)])));
    return result;
}

} // namespace lectern
