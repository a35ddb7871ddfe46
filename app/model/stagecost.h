#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace lectern::stagecost {

// Where an import's CPU time goes, by stage (make bench prints it). Off unless enabled:
// a Scope then costs one comparison.
enum class Stage { Read, ReaderMode, LanguageId, Segmentation, Extraction, IndexText, Write, Fts, Count };

void setEnabled(bool on);
bool enabled();
void reset();
// CPU seconds of every stage so far, summed over threads, in the order of Stage.
QList<QPair<QString, double>> seconds();

// Charges the calling thread's CPU time to a stage while it lives. Scopes nest: an inner
// stage's time is not the outer's.
class Scope
{
public:
    explicit Scope(Stage stage);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    Stage m_stage;
    Scope *m_outer = nullptr;
    qint64 m_since = -1; // thread CPU ns when this scope last started counting; -1 when off
};

} // namespace lectern::stagecost
