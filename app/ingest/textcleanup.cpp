#include "textcleanup.h"

#include <QDate>
#include <QRegularExpression>

namespace lectern::cleanup {

namespace {

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

bool looksHardWrapped(const QList<QStringView> &lines)
{
    if (lines.size() < 2)
        return false;
    qsizetype longest = 0, total = 0;
    for (const auto &line : lines) {
        longest = std::max(longest, line.size());
        total += line.size();
    }
    return longest <= 100 && total / lines.size() >= 35;
}

} // namespace

QString normalizeSpace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    bool pendingBreak = false;
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            pendingBreak = true;
        } else if ((c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F) && c != QChar(0x3000))
                   || c == QChar(0x200B) || c == QChar(0xFEFF)) {
            // No-break spaces stay ("14 000" keeps its thousands separator), and so does the
            // ideographic space, which is punctuation in CJK text.
            pendingSpace = true;
        } else if (c.category() == QChar::Other_Control) {
            pendingSpace = true;
        } else {
            if (!out.isEmpty()) {
                if (pendingBreak)
                    out += QLatin1Char('\n');
                else if (pendingSpace)
                    out += QLatin1Char(' ');
            }
            pendingSpace = pendingBreak = false;
            out += c;
        }
    }
    return out;
}

QList<RawBlock> blocksFromPlainText(QStringView text)
{
    QList<RawBlock> blocks;
    QList<QStringView> group;
    auto flush = [&] {
        if (group.isEmpty())
            return;
        if (looksHardWrapped(group)) {
            qsizetype longest = 0;
            for (const auto &line : std::as_const(group))
                longest = std::max(longest, line.size());
            QString joined;
            for (const auto &line : std::as_const(group)) {
                // A short line after a finished sentence ("Source: X") stands on its own.
                const bool standsAlone = !joined.isEmpty() && line.size() < longest / 2
                    && QStringLiteral(".!?\"”»").contains(joined.back());
                if (standsAlone) {
                    blocks.append({normalizeSpace(joined), BlockKind::Paragraph});
                    joined.clear();
                }
                if (!joined.isEmpty()) {
                    if (joined.endsWith(QLatin1Char('-')) && !line.isEmpty() && line.front().isLower())
                        joined.chop(1);
                    else
                        joined += QLatin1Char(' ');
                }
                joined += line.trimmed();
            }
            blocks.append({normalizeSpace(joined), BlockKind::Paragraph});
        } else {
            for (const auto &line : std::as_const(group))
                blocks.append({normalizeSpace(line), BlockKind::Paragraph});
        }
        group.clear();
    };
    for (QStringView line : text.tokenize(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            flush();
        else
            group.append(line);
    }
    flush();
    blocks.removeIf([](const RawBlock &b) { return b.text.isEmpty(); });
    return blocks;
}

void readLeadingMetadata(ParsedDocument &doc)
{
    static const auto sourceLine = rx(QStringLiteral(
        "^(?:sources?|kilder?|quelle|fuente|fonte|bron|källa|lähde|źródło|출처|出典|出处|来源|來源|"
        "المصدر)\\s*[:：]\\s*(.{2,80})$"));
    static const auto bylineLine = rx(QStringLiteral(
        "^(?:written by|by|skrevet af|af|von|par|por|door|av|av:|di|tekst:|text:)\\s+"
        "(\\p{Lu}[\\p{L}.'’-]*(?:[ ,]+(?:and|og|und|et|y|en|och|og|e|\\p{Lu}[\\p{L}.'’-]*))*)$"));
    static const auto koreanByline = rx(QStringLiteral("^([\\p{Hangul}]{2,4})\\s*(?:기자|특파원)$"));
    const qsizetype scan = std::min<qsizetype>(doc.blocks.size(), 8);
    for (qsizetype i = 0; i < scan; ++i) {
        const QString line = doc.blocks[i].text.trimmed();
        if (line.size() > 120)
            continue;
        if (auto m = sourceLine.match(line); m.hasMatch()) {
            if (doc.outlet.isEmpty())
                doc.outlet = m.captured(1).trimmed();
            continue;
        }
        if (auto m = bylineLine.match(line); m.hasMatch() && line.size() <= 80) {
            if (doc.byline.isEmpty())
                doc.byline = m.captured(1).trimmed();
            continue;
        }
        if (auto m = koreanByline.match(line); m.hasMatch()) {
            if (doc.byline.isEmpty())
                doc.byline = m.captured(1);
            continue;
        }
        if (line.size() <= 60) {
            if (const QString date = parseDate(line); !date.isEmpty()) {
                if (doc.published.isEmpty())
                    doc.published = date;
                continue;
            }
        }
        if (doc.title.isEmpty() && line.size() <= 300) {
            doc.title = line;
            doc.blocks[i].kind = BlockKind::Heading;
        }
    }
    // "Source:" lines also stand at the end of articles.
    for (qsizetype i = std::max<qsizetype>(scan, doc.blocks.size() - 3); i < doc.blocks.size(); ++i) {
        if (auto m = sourceLine.match(doc.blocks[i].text.trimmed()); m.hasMatch() && doc.outlet.isEmpty())
            doc.outlet = m.captured(1).trimmed();
    }
}

namespace {

enum class Shape { Content, Short, Boiler, Marker, Link };

const QRegularExpression &linkLine()
{
    static const auto re = rx(QStringLiteral(
        "^(?:læs også|læs mere|se også|read also|read more|related(?: articles?| stories| coverage)?|"
        "see also|more on this|lesen sie auch|mehr zum thema|auch interessant|lire aussi|"
        "à lire aussi|a lire aussi|voir aussi|lee también|leer más|lees ook|läs också|"
        "les også|관련\\s?기사|関連記事|相关阅读|相關閱讀|اقرأ أيضا|اقرأ أيضاً)\\s*(?:[:：].*)?$"));
    return re;
}

const QRegularExpression &photoCredit()
{
    static const auto re = rx(QStringLiteral(
        "^[(\\[]?\\s*(?:photo|foto|bild|image|billede|illustration|credit|사진|写真|图片|صورة)"
        "\\s*[:：].{0,160}[)\\]]?$"));
    return re;
}

// Short lines that open the non-article tail of a page.
const QRegularExpression &tailMarker()
{
    static const auto re = rx(QStringLiteral(
        "^(?:subscribe|sign up|newsletter|advertise|advertisement|sponsored|events?|jobs?|"
        "share this|follow us|comments|nyhedsbrev|tilmeld|annonce|navnenyt|ledige job|"
        "jobannoncer|job i|del artiklen|følg os|kommentarer|stellenangebote|anzeige|abonnieren|"
        "teilen|kommentare|s'abonner|abonnez-vous|publicité|partager|suscríbete|publicidad|"
        "compartir|구독|광고|購読|広告|订阅|广告|اشترك|إعلان)\\b.{0,80}$"));
    return re;
}

const QRegularExpression &boilerWords()
{
    static const auto re = rx(QStringLiteral(
        "newsletter|subscribe|sign(?:ing)? up|unsubscribe|advertis|terms of (?:service|use)|"
        "privacy policy|cookie|all rights reserved|notice an error|media kit|your inbox|"
        "nyhedsbrev|tilmeld|abonnement|annoncer|nyt job|gratis deltagelse|datenschutz|"
        "alle rechte vorbehalten|tous droits réservés|mentions légales|©|copyright"));
    return re;
}

Shape shapeOf(const QString &text)
{
    if (text.size() <= 200 && linkLine().match(text).hasMatch())
        return Shape::Link;
    if (text.size() <= 100 && tailMarker().match(text).hasMatch())
        return Shape::Marker;
    if (text.size() <= 400 && boilerWords().match(text).hasMatch())
        return Shape::Boiler;
    static const QString endings = QStringLiteral(".!?…:\"”»)。！？」』");
    const bool ended = !text.isEmpty() && endings.contains(text.back());
    if (text.size() < 60 || (text.size() <= 100 && !ended))
        return Shape::Short;
    return Shape::Content;
}

} // namespace

void removeBoilerplate(QList<RawBlock> &blocks)
{
    // Find the suffix that is most clearly not article: boilerplate counts for it, short
    // lines a little, real paragraphs (by their length) against it.
    double score = 0;
    double bestScore = 0;
    qsizetype bestStart = -1;
    bool sawBoiler = false;
    for (qsizetype i = blocks.size() - 1; i >= 1; --i) {
        const Shape shape = shapeOf(blocks[i].text.trimmed());
        switch (shape) {
        case Shape::Marker: score += 4; sawBoiler = true; break;
        case Shape::Link: score += 3; sawBoiler = true; break;
        case Shape::Boiler: score += 2; sawBoiler = true; break;
        case Shape::Short: score += 1; break;
        case Shape::Content: score -= 2.0 + blocks[i].text.size() / 150.0; break;
        }
        // The tail starts at a block that is boilerplate for sure, never at a short line
        // that may be the article's own (a list item, a closing quote).
        const bool strong = shape == Shape::Marker || shape == Shape::Link || shape == Shape::Boiler;
        if (strong && sawBoiler && score > bestScore) {
            bestScore = score;
            bestStart = i;
        }
    }
    if (bestStart > 0 && bestScore >= 3)
        blocks.resize(bestStart);
    // "Read also" links and photo credits go wherever they stand.
    blocks.removeIf([](const RawBlock &b) {
        const QString text = b.text.trimmed();
        return (text.size() <= 200 && linkLine().match(text).hasMatch())
            || photoCredit().match(text).hasMatch();
    });
}

QString parseDate(QStringView input)
{
    static const QList<QPair<QString, int>> months = [] {
        QList<QPair<QString, int>> list;
        const char *const names[] = {
            "january|jan|januar|janvier|enero|januari|janeiro|gennaio|jänner",
            "february|feb|februar|février|fevrier|febrero|februari|fevereiro|febbraio",
            "march|mar|marts|märz|mars|marzo|maart|março|mart",
            "april|apr|avril|abril|aprile",
            "may|maj|mai|mayo|mei|maio|maggio",
            "june|jun|juni|juin|junio|junho|giugno",
            "july|jul|juli|juillet|julio|julho|luglio",
            "august|aug|août|aout|agosto|augustus|augusti",
            "september|sep|sept|septembre|septiembre|setembro|settembre",
            "october|oct|oktober|okt|octobre|octubre|outubro|ottobre",
            "november|nov|novembre|noviembre|novembro",
            "december|dec|dezember|dez|décembre|diciembre|dezembro|dicembre"};
        for (int m = 0; m < 12; ++m)
            for (const auto &name : QString::fromUtf8(names[m]).split(QLatin1Char('|')))
                list.append({name, m + 1});
        return list;
    }();
    auto monthNumber = [](const QString &word) {
        const QString w = word.toLower().remove(QLatin1Char('.'));
        for (const auto &[name, number] : months)
            if (name == w)
                return number;
        return 0;
    };
    auto iso = [](int y, int m, int d) {
        const QDate date(y, m, d);
        return date.isValid() && y >= 1800 && y <= 2200 ? date.toString(Qt::ISODate) : QString();
    };
    const QString text = input.toString().trimmed();
    static const auto isoDate = rx(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    static const auto cjkDate = rx(QStringLiteral("(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]"));
    static const auto dayMonthYear = rx(QStringLiteral("\\b(\\d{1,2})\\.?\\s+(\\p{L}{3,10})\\.?\\s+(\\d{4})\\b"));
    static const auto monthDayYear = rx(QStringLiteral("\\b(\\p{L}{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b"));
    if (auto m = isoDate.match(text); m.hasMatch())
        return iso(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = cjkDate.match(text); m.hasMatch())
        return iso(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = dayMonthYear.match(text); m.hasMatch()) {
        if (const int month = monthNumber(m.captured(2)))
            return iso(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    if (auto m = monthDayYear.match(text); m.hasMatch()) {
        if (const int month = monthNumber(m.captured(1)))
            return iso(m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    return {};
}

} // namespace lectern::cleanup
