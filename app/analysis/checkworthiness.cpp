#include "checkworthiness.h"

#include "lexicon.h"

#include <QFile>
#include <QIODevice>
#include <QDataStream>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

// FNV-1a over UTF-16 units: stable across machines and Qt versions (qHash is seeded and
// CPU-dependent, so a model trained on one machine would not fit another).
class Hasher
{
public:
    explicit Hasher(char kind) { add(QChar(QLatin1Char(kind))); add(QChar(QLatin1Char(':'))); }
    Hasher &add(QChar c)
    {
        m_hash = (m_hash ^ c.unicode()) * 1099511628211ull;
        return *this;
    }
    Hasher &add(const char *latin1)
    {
        for (; *latin1; ++latin1)
            add(QChar(QLatin1Char(*latin1)));
        return *this;
    }
    Hasher &add(QStringView s)
    {
        for (QChar c : s)
            add(c);
        return *this;
    }
    quint32 index() const { return quint32((m_hash ^ (m_hash >> 29)) % CheckWorthinessModel::Dimension); }

private:
    quint64 m_hash = 14695981039346656037ull;
};

// Collects features; blocks of n-grams are scaled to unit length so long sentences do not
// outweigh short ones.
class Builder
{
public:
    void add(quint32 index, float value = 1) { m_entries.push_back({index, value}); }
    void add(const char *name) { add(Hasher('s').add(name).index()); }
    void add(const char *prefix, QStringView value) { add(Hasher('s').add(prefix).add(value).index()); }
    void beginBlock() { m_blockStart = m_entries.size(); }
    void endBlock()
    {
        const size_t count = m_entries.size() - m_blockStart;
        if (count == 0)
            return;
        const float scale = float(1.0 / std::sqrt(double(count)));
        for (size_t i = m_blockStart; i < m_entries.size(); ++i)
            m_entries[i].second *= scale;
    }
    Builder() { m_entries.reserve(1024); }
    FeatureVector take(bool merge)
    {
        if (!merge) // scoring only sums: order and repeats do not matter
            return FeatureVector{std::move(m_entries)};
        std::sort(m_entries.begin(), m_entries.end());
        FeatureVector result;
        for (const auto &[index, value] : m_entries) {
            if (!result.entries.empty() && result.entries.back().first == index)
                result.entries.back().second += value;
            else
                result.entries.push_back({index, value});
        }
        return result;
    }

private:
    std::vector<std::pair<quint32, float>> m_entries;
    size_t m_blockStart = 0;
};

// Lower case, every number one 0 ("30,000", "3.4", "2026" alike: that a sentence has a
// figure is a feature of its own, how it is written is not), white space runs one space.
QString normalised(QStringView sentence)
{
    QString text;
    text.reserve(sentence.size() + 2);
    text += QLatin1Char(' ');
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        const QChar c = sentence[i];
        if (c.isDigit()) {
            if (!text.endsWith(QLatin1Char('0')))
                text += QLatin1Char('0');
        } else if ((c == QLatin1Char(',') || c == QLatin1Char('.') || c == QLatin1Char('\'')) && text.endsWith(QLatin1Char('0'))
                   && i + 1 < sentence.size() && sentence[i + 1].isDigit()) {
            continue; // a separator inside a number
        } else if (c.isSpace()) {
            if (!text.endsWith(QLatin1Char(' ')))
                text += QLatin1Char(' ');
        } else
            text += c.toLower();
    }
    if (!text.endsWith(QLatin1Char(' ')))
        text += QLatin1Char(' ');
    return text;
}

// Words: runs of letters, digits and marks, cut where the script changes (so Japanese
// splits into its kanji, kana and katakana runs).
QList<QStringView> wordsOf(QStringView text)
{
    QList<QStringView> words;
    qsizetype start = -1;
    QChar::Script script = QChar::Script_Unknown;
    auto scriptOf = [](QChar c) {
        const QChar::Script s = c.script();
        return s == QChar::Script_Inherited || s == QChar::Script_Common ? QChar::Script_Unknown : s;
    };
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && (text[i].isLetterOrNumber() || text[i].isMark());
        const QChar::Script s = inWord ? scriptOf(text[i]) : QChar::Script_Unknown;
        if (start >= 0 && (!inWord || (s != script && s != QChar::Script_Unknown && script != QChar::Script_Unknown))) {
            words.append(text.mid(start, i - start));
            start = -1;
        }
        if (inWord && start < 0) {
            start = i;
            script = s;
        } else if (inWord && script == QChar::Script_Unknown) {
            script = s;
        }
    }
    return words;
}

void addFigures(Builder &b, const Claim &claim)
{
    int figures = 0;
    for (const Quantity &q : claim.quantities) {
        if (q.unit == QLatin1String("year")) {
            b.add("q:year");
            continue;
        }
        ++figures;
        b.add("u:", QStringView(q.unit).left(q.unit.indexOf(QLatin1Char(':')) < 0 ? q.unit.size() : q.unit.indexOf(QLatin1Char(':'))));
        // Not its bound: "up to 30,000 jobs" is as checkable as "30,000 jobs".
        // That it counts something known, not what: the topic says nothing of checkability.
        if (!q.conceptId.isEmpty())
            b.add("q:concept");
        if (!q.noun.isEmpty())
            b.add("q:noun");
    }
    b.add(figures == 0 ? "q:0" : figures == 1 ? "q:1" : figures == 2 ? "q:2" : "q:3+");
}

void addCues(Builder &b, QStringView sentence, const Claim &claim, const Lexicon &lexicon)
{
    const bool figure = claim.kinds.contains(QLatin1String("quantity"));
    if (claim.kinds.isEmpty())
        b.add("k:none");
    for (const QString &kind : claim.kinds) {
        // A future verb says nothing by itself: an announced cut of 30,000 jobs is checkable,
        // "will need fewer employees" is not. Only a prediction without a figure counts.
        if (kind == QLatin1String("prediction") && figure)
            continue;
        b.add("k:", kind);
        b.add(figure ? "kf:" : "kn:", kind);
    }
    if (!claim.claimant.isEmpty()) {
        b.add("claimant");
        b.add(claim.claimant.contains(QLatin1Char(' ')) ? "claimant:words" : "claimant:word");
        b.add(figure ? "claimant+figure" : "claimant-figure");
    }
    const QStringView trimmed = sentence.trimmed();
    if (!trimmed.isEmpty()) {
        const QChar last = trimmed.back();
        if (last == QLatin1Char('?') || last == QChar(0xFF1F) || last == QChar(0x061F))
            b.add("p:question");
        else if (last == QLatin1Char('!') || last == QChar(0xFF01))
            b.add("p:exclaim");
        else if (last != QLatin1Char('.') && last != QChar(0x3002) && !last.isPunct())
            b.add("p:unterminated");
        if (trimmed.contains(QLatin1Char('?')) || trimmed.contains(QChar(0xFF1F)) || trimmed.contains(QChar(0x061F)))
            b.add("p:asks");
    }
    // Names: capitalised words past the first (scripts with case only).
    int capitals = 0;
    const QList<QStringView> words = wordsOf(sentence);
    for (qsizetype i = 1; i < words.size(); ++i)
        capitals += words[i].front().isUpper() ? 1 : 0;
    b.add(capitals == 0 ? "caps:0" : capitals < 3 ? "caps:1-2" : "caps:3+");
    // A named actor as the subject ("Nordlys Freight will cut 1,200 jobs", not "Analysts
    // expect..."): what a named company or person does or decides can be checked.
    if (!words.isEmpty() && words.front().front().isUpper() && !lexicon.stopNames.contains(words.front().toString())) {
        b.add("subj:name");
        if (figure)
            b.add(std::any_of(claim.quantities.begin(), claim.quantities.end(), [](const Quantity &q) { return !q.conceptId.isEmpty(); })
                      ? "subj:name+concept" : "subj:name+figure");
    }
}

} // namespace

FeatureVector sentenceFeatures(QStringView sentence, const Claim &analysed, const Lexicon &lexicon, bool merge)
{
    Builder b;
    const QString text = normalised(sentence);
    const QList<QStringView> words = wordsOf(text);
    b.beginBlock();
    QStringView previous = u"<s>";
    for (const QStringView word : words) {
        b.add(Hasher('w').add(word).index());
        b.add(Hasher('b').add(previous).add(QChar(QLatin1Char(' '))).add(word).index());
        previous = word;
    }
    b.add(Hasher('b').add(previous).add(u" </s>").index());
    b.endBlock();
    b.beginBlock();
    // Character 2-, 3- and 4-grams; each longer one continues the hash of the shorter.
    for (qsizetype i = 0; i + 2 <= text.size(); ++i) {
        // Inside the string's surrogate pairs an n-gram would be half a character: skip.
        if (text[i].isLowSurrogate())
            continue;
        Hasher h('c');
        h.add(text[i]).add(text[i + 1]);
        b.add(h.index());
        for (qsizetype n = 3; n <= 4 && i + n <= text.size(); ++n)
            b.add(h.add(text[i + n - 1]).index());
    }
    b.endBlock();
    addFigures(b, analysed);
    addCues(b, sentence, analysed, lexicon);
    b.add("bias-lang:", lexicon.lang.isEmpty() ? QStringView(u"und") : QStringView(lexicon.lang));
    return b.take(merge);
}

QList<bool> highlights(const QList<Claim> &claims, int sentences, double threshold)
{
    QList<bool> shown(claims.size(), false);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const QString &status = claims[i].status;
        if (status == QLatin1String("accepted") || status == QLatin1String("edited"))
            shown[i] = true;
        else if (status == QLatin1String("auto") && claims[i].score >= threshold)
            open.append(i);
    }
    std::stable_sort(open.begin(), open.end(), [&](qsizetype a, qsizetype b) { return claims[a].score > claims[b].score; });
    const qsizetype limit = std::max<qsizetype>(1, qsizetype(std::ceil(std::max(1.0 / 3, 1 - threshold) * std::max(sentences, 1) - 1e-9)));
    for (qsizetype n = 0; n < open.size() && n < limit; ++n)
        shown[open[n]] = true;
    return shown;
}

double logistic(double logit)
{
    return 1.0 / (1.0 + std::exp(-logit));
}

double logitOf(double probability)
{
    const double p = std::clamp(probability, 1e-6, 1 - 1e-6);
    return std::log(p / (1 - p));
}

double CheckWorthinessModel::logit(const FeatureVector &features) const
{
    double sum = bias;
    for (const auto &[index, value] : features.entries)
        sum += double(weights[index]) * value;
    return sum;
}

double CheckWorthinessModel::probability(const FeatureVector &features) const
{
    return logistic(logit(features));
}

// The file: "LCWM", version 1, threshold (double), bias (float), count, then count pairs of
// index (quint32) and weight (float); little-endian.
QByteArray CheckWorthinessModel::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out.writeRawData("LCWM", 4);
    quint32 count = 0;
    for (float w : weights)
        count += w != 0 ? 1 : 0;
    out << quint32(1) << quint32(Dimension);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << threshold;
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << bias << count;
    for (quint32 i = 0; i < Dimension; ++i)
        if (weights[i] != 0)
            out << i << weights[i];
    return bytes;
}

std::optional<CheckWorthinessModel> CheckWorthinessModel::fromBytes(const QByteArray &bytes)
{
    if (!bytes.startsWith("LCWM"))
        return std::nullopt;
    QDataStream in(bytes.mid(4));
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 version = 0, dimension = 0, count = 0;
    CheckWorthinessModel model;
    in >> version >> dimension;
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    in >> model.threshold;
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    in >> model.bias >> count;
    if (version != 1 || dimension != Dimension || count > Dimension)
        return std::nullopt;
    for (quint32 n = 0; n < count; ++n) {
        quint32 index = 0;
        float weight = 0;
        in >> index >> weight;
        if (index >= Dimension)
            return std::nullopt;
        model.weights[index] = weight;
    }
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return model;
}

const CheckWorthinessModel &CheckWorthinessModel::shipped()
{
    static const CheckWorthinessModel model = [] {
        QFile file(QStringLiteral(":/model/checkworthiness.bin"));
        if (file.open(QIODevice::ReadOnly))
            if (auto loaded = fromBytes(file.readAll()))
                return *loaded;
        qWarning("lectern: the built-in check-worthiness model is missing or damaged; every sentence scores 0.5");
        return CheckWorthinessModel();
    }();
    return model;
}

} // namespace lectern
