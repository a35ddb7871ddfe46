#pragma once

#include <QString>

// A synthetic multilingual corpus for benchmarks: article files of about 6 KB in English,
// Danish, German, Korean and Japanese, with Zipf-distributed words so the index sees
// realistic term frequencies. Deterministic for a given seed.
namespace corpus {

// Writes count article files into dir; returns the total number of bytes written.
qint64 generate(const QString &dir, int count, quint32 seed = 42);

// A query word a user might type, drawn like the corpus words (language by index).
QString queryWord(int index);

// The process's peak resident memory so far (VmHWM), in MB.
double peakRssMb();

} // namespace corpus
