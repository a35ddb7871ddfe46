// Alignment over the claims of many articles (issue: links and comparison). Figures only.
//   bench_alignment [ARTICLES]
#include "analysis/alignment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace lectern;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    // Synthetic claims: 200 companies, 6 concepts, figures spread over five orders of
    // magnitude, some with years: about what 10,000 news articles state.
    QRandomGenerator rng(11);
    const QStringList concepts = {QStringLiteral("jobs"), QStringLiteral("employees"), QStringLiteral("people"),
                                  QStringLiteral("revenue"), QStringLiteral("investment"), QStringLiteral("stores")};
    const char *bounds[] = {"exact", "about", "up_to", "at_least"};
    QList<AlignmentInput> inputs;
    int figures = 0;
    for (int a = 0; a < count; ++a) {
        AlignmentInput input;
        input.articleId = a + 1;
        input.source = QStringLiteral("Outlet %1").arg(rng.bounded(40));
        input.title = QStringLiteral("Company%1 news").arg(rng.bounded(200));
        for (int c = 0; c < 8; ++c) {
            Claim claim;
            claim.lang = QStringLiteral("en");
            claim.text = QStringLiteral("Company%1 reports figures.").arg(rng.bounded(200));
            const int n = 1 + int(rng.bounded(2));
            for (int k = 0; k < n; ++k) {
                Quantity q;
                q.value = std::round(std::pow(10.0, 1 + rng.generateDouble() * 5));
                q.unit = QStringLiteral("count");
                q.conceptId = concepts[rng.bounded(qsizetype(concepts.size()))];
                q.bound = QLatin1String(bounds[rng.bounded(4)]);
                claim.quantities << q;
                ++figures;
            }
            input.claims << claim;
        }
        inputs << input;
    }
    QElapsedTimer timer;
    timer.start();
    const QList<AlignedGroup> groups = alignFigures(inputs);
    QTextStream(stdout) << QStringLiteral("alignment: %1 articles, %2 figures into %3 groups in %4 ms\n")
                               .arg(count).arg(figures).arg(groups.size()).arg(timer.elapsed());
    return 0;
}
