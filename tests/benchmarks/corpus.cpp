#include "corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <cmath>

namespace corpus {

namespace {

struct Language {
    const char *code;
    QStringList syllables;
    bool spaceless;
};

QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

const QList<Language> &languages()
{
    static const QList<Language> list = {
        {"en", split("an ber con den ing tion ex port re pro duc ment al ter com pa ny sta te wor ker"), false},
        {"da", split("ar bej de ren sel skab ø ko nom ansat te fær ge hav n stil ling er re der i"), false},
        {"de", split("ar beit stel len un ter neh men ge werk schaft ver ein ba rung kün di gung be trieb"), false},
        {"ko", split("노 동 자 회 사 감 원 발 표 경 제 정 부 시 장 물 류 항 만 투 자"), true},
        {"ja", split("人 員 削 減 発 表 会 社 物 流 港 湾 投 資 経 済 市 場 労 働 者"), true},
    };
    return list;
}

// Each language's vocabulary: syllable combinations, ranked for a Zipf draw.
QStringList vocabulary(const Language &lang)
{
    QStringList words;
    QRandomGenerator rng(7);
    while (words.size() < 5000) {
        const int parts = lang.spaceless ? 2 : 2 + int(rng.bounded(3));
        QString word;
        for (int i = 0; i < parts; ++i)
            word += lang.syllables[int(rng.bounded(qsizetype(lang.syllables.size())))];
        words.append(word);
    }
    return words;
}

int zipfIndex(QRandomGenerator &rng, int size)
{
    // Inverse transform of a continuous power law with exponent about 1.
    const double u = rng.generateDouble();
    return std::min(size - 1, int(std::exp(u * std::log(double(size))) - 1));
}

QString sentence(QRandomGenerator &rng, const Language &lang, const QStringList &words)
{
    const int length = 8 + int(rng.bounded(14));
    QString out;
    for (int i = 0; i < length; ++i) {
        if (i > 0 && (!lang.spaceless || rng.bounded(4) == 0))
            out += QLatin1Char(' ');
        out += words[zipfIndex(rng, int(words.size()))];
        if (i == 3 && rng.bounded(3) == 0)
            out += QStringLiteral(" %1,%2").arg(rng.bounded(1, 99)).arg(rng.bounded(100, 999));
    }
    out += lang.spaceless ? QStringLiteral("。") : QStringLiteral(". ");
    if (!lang.spaceless)
        out[0] = out[0].toUpper();
    return out;
}

} // namespace

qint64 generate(const QString &dir, int count, quint32 seed)
{
    QDir().mkpath(dir);
    QList<QStringList> vocabularies;
    for (const Language &lang : languages())
        vocabularies.append(vocabulary(lang));
    QRandomGenerator rng(seed);
    qint64 total = 0;
    for (int i = 0; i < count; ++i) {
        const int which = i % int(languages().size());
        const Language &lang = languages()[which];
        QString text = sentence(rng, lang, vocabularies[which]).trimmed() + QStringLiteral("\n\n");
        while (text.toUtf8().size() < 5800) {
            for (int s = 0; s < 4; ++s)
                text += sentence(rng, lang, vocabularies[which]);
            text = text.trimmed() + QStringLiteral("\n\n");
        }
        const QByteArray bytes = text.toUtf8();
        QFile file(QStringLiteral("%1/%2/%3.txt").arg(dir).arg(i / 1000, 3, 10, QLatin1Char('0')).arg(i, 6, 10, QLatin1Char('0')));
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (file.open(QIODevice::WriteOnly))
            total += file.write(bytes);
    }
    return total;
}

QString queryWord(int index)
{
    static QList<QStringList> vocabularies;
    if (vocabularies.isEmpty())
        for (const Language &lang : languages())
            vocabularies.append(vocabulary(lang));
    QRandomGenerator rng(quint32(1000 + index));
    const QStringList &words = vocabularies[index % vocabularies.size()];
    return words[zipfIndex(rng, int(words.size()))];
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace corpus
