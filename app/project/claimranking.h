#pragma once

#include "../model/claim.h"

#include <QHash>
#include <QObject>

class QThread;

namespace lectern {

// The project's claims ranked for this analyst. Every Accept and Reject is a training
// example: after each decision (and each undo) the analyst's correction to the shipped model
// is fitted again and every claim rescored, on a thread of its own with its own connection
// to the project file, so the window never waits. Made and fed by ProjectDocument.
class ClaimRanking : public QObject
{
    Q_OBJECT

public:
    explicit ClaimRanking(QObject *parent = nullptr);
    ~ClaimRanking() override;

    // The claim's probability of being worth checking for this analyst: the shipped model's
    // score until the analyst has decided on something.
    double score(const Claim &claim) const;
    // Decisions the current ranking learned from.
    int decisions() const { return m_decisions; }

    // Ranks again from the project file at `path` (a run in progress finishes first, and
    // its result is replaced). An empty path forgets the ranking.
    void refresh(const QString &path);
    // Blocks until the latest refresh is applied (the command line, tests).
    void waitForFinished();

signals:
    void changed();

private:
    struct Result {
        QHash<qint64, double> scores;
        int decisions = 0;
        QString error;
    };
    static Result rank(const QString &path);
    void start();
    void finish();

    QString m_path;
    bool m_again = false;
    quint64 m_runs = 0;
    QThread *m_thread = nullptr;
    Result m_running;
    QHash<qint64, double> m_scores;
    int m_decisions = 0;
};

} // namespace lectern
