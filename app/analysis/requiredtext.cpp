#include "requiredtext.h"

#include <cctype>
#include <optional>

namespace lectern {

namespace {

// Characters whose caseless matches in PCRE go beyond simple case folding: a requirement
// holding one is dropped rather than risk a wrong "no".
bool foldsOddly(QChar c)
{
    static const QString odd = QStringLiteral("ıİſKÅßẞςσΣµΐΰϐϑϕϖϰϱϵẛιͅ");
    return odd.contains(c);
}

// Past a POSIX class ("[:digit:]") that starts at i inside a class, or i when there is none.
qsizetype posixEnd(QStringView p, qsizetype i)
{
    if (p[i] != QLatin1Char('[') || i + 1 >= p.size() || p[i + 1] != QLatin1Char(':'))
        return i;
    const qsizetype close = p.indexOf(QLatin1String(":]"), i + 2);
    return close < 0 ? i : close + 2;
}

// The index of the ']' that closes the class opening at `open`.
qsizetype classEnd(QStringView p, qsizetype open)
{
    qsizetype i = open + 1;
    if (i < p.size() && p[i] == QLatin1Char('^'))
        ++i;
    if (i < p.size() && p[i] == QLatin1Char(']'))
        ++i;
    while (i < p.size() && p[i] != QLatin1Char(']')) {
        if (p[i] == QLatin1Char('\\'))
            ++i;
        else if (const qsizetype end = posixEnd(p, i); end > i)
            i = end - 1;
        ++i;
    }
    return i;
}

// The index just past the group that opens at `open` (escapes and classes skipped).
qsizetype groupEnd(QStringView p, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < p.size(); ++i) {
        const QChar c = p[i];
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            i = classEnd(p, i);
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return i + 1;
        }
    }
    return -1;
}

// The quantifier at i, if any: its least count; i moves past it (lazy or possessive marks too).
int quantifier(QStringView p, qsizetype &i)
{
    int least = 1;
    if (i >= p.size())
        return least;
    const QChar c = p[i];
    if (c == QLatin1Char('?') || c == QLatin1Char('*')) {
        least = 0;
        ++i;
    } else if (c == QLatin1Char('+')) {
        ++i;
    } else if (c == QLatin1Char('{') && i + 1 < p.size() && p[i + 1] == QLatin1Char(',')) {
        qsizetype j = i + 1; // {,n}: none at the least
        while (j < p.size() && p[j] != QLatin1Char('}'))
            ++j;
        if (j >= p.size())
            return least;
        least = 0;
        i = j + 1;
    } else if (c == QLatin1Char('{')) {
        qsizetype j = i + 1;
        while (j < p.size() && p[j].isDigit())
            ++j;
        if (j == i + 1 || j >= p.size() || (p[j] != QLatin1Char(',') && p[j] != QLatin1Char('}')))
            return least; // a literal brace
        least = p.mid(i + 1, j - i - 1).toInt();
        while (j < p.size() && p[j] != QLatin1Char('}'))
            ++j;
        i = j + 1;
    } else {
        return least;
    }
    if (i < p.size() && (p[i] == QLatin1Char('?') || p[i] == QLatin1Char('+')))
        ++i;
    return least;
}

// Moves i past what an escape letter or digit goes on with: \p{L} or \pL, \x{41} or \x41,
// \o{12}, \k<name>, \g{1} or \g-1, \N{U+41}, \cX, \012. (\d{2}: the brace is a quantifier.)
void skipEscape(QStringView p, QChar e, qsizetype &i)
{
    if (QStringLiteral("pPxokgN").contains(e) && i < p.size() && QStringLiteral("{<'").contains(p[i])) {
        const QChar close = p[i] == QLatin1Char('{') ? QLatin1Char('}') : p[i] == QLatin1Char('<') ? QLatin1Char('>') : QLatin1Char('\'');
        ++i;
        while (i < p.size() && p[i] != close)
            ++i;
        ++i;
    } else if (e == QLatin1Char('p') || e == QLatin1Char('P') || e == QLatin1Char('c')) {
        ++i;
    } else if (e == QLatin1Char('x')) {
        for (int k = 0; k < 2 && i < p.size() && isxdigit(p[i].unicode() < 128 ? p[i].toLatin1() : 0); ++k)
            ++i;
    } else if (e == QLatin1Char('g') || e.isDigit()) {
        while (i < p.size() && (p[i].isDigit() || (e == QLatin1Char('g') && (p[i] == QLatin1Char('-') || p[i] == QLatin1Char('+')))))
            ++i;
    }
}

// The alternatives of a group body split at its top level.
QList<QStringView> alternatives(QStringView body)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            i = classEnd(body, i);
        } else if (c == QLatin1Char('(')) {
            const qsizetype end = groupEnd(body, i);
            if (end < 0)
                return {};
            i = end - 1;
        } else if (c == QLatin1Char('|')) {
            parts.append(body.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(body.mid(start));
    return parts;
}

// The literal characters an alternative starts with, all of which a match of it holds:
// "https?://" gives "http", "kl\.?" gives "kl". Empty when it starts otherwise.
std::optional<QString> literal(QStringView p)
{
    QString text;
    for (qsizetype i = 0; i < p.size(); ++i) {
        QChar c = p[i];
        if (c == QLatin1Char('?') || c == QLatin1Char('*') || (c == QLatin1Char('{') && i + 1 < p.size() && p[i + 1] == QLatin1Char('0'))) {
            text.chop(1); // the character before may be left out
            break;
        }
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= p.size() || p[i + 1].isLetterOrNumber())
                break;
            c = p[++i];
        } else if (QStringLiteral(".^$|+()[]{}").contains(c)) {
            break;
        }
        text += c;
    }
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

} // namespace

RequiredText::RequiredText(const QString &pattern, bool caseInsensitive) : m_caseInsensitive(caseInsensitive)
{
    read(pattern);
}

void RequiredText::addNeed(Need need)
{
    for (const QString &s : std::as_const(need.anyOf)) {
        if (s.isEmpty())
            return; // an empty alternative: nothing is required
        if (m_caseInsensitive && std::any_of(s.begin(), s.end(), foldsOddly))
            return;
    }
    if (m_caseInsensitive)
        for (QString &s : need.anyOf)
            s = s.toCaseFolded();
    m_needs.append(need);
}

void RequiredText::read(QStringView p)
{
    // A top-level alternation requires nothing of either side.
    if (alternatives(p).size() != 1)
        return;
    QString run; // literal characters in a row, all required
    auto endRun = [&] {
        // Each piece between characters that fold oddly is required on its own ("say" of "sayılı").
        QString piece;
        for (QChar c : std::as_const(run)) {
            if (m_caseInsensitive && foldsOddly(c)) {
                if (!piece.isEmpty())
                    addNeed({{piece}, false});
                piece.clear();
            } else {
                piece += c;
            }
        }
        if (!piece.isEmpty())
            addNeed({{piece}, false});
        run.clear();
    };
    qsizetype i = 0;
    // A literal character just read (i is past it): it joins the run, unless a quantifier
    // follows, which ends the run with the character in it only if it must appear.
    auto addLiteral = [&](QChar c) {
        const qsizetype at = i;
        const int least = quantifier(p, i);
        if (i == at)
            return void(run += c);
        if (least > 0)
            run += c;
        else if (c.isLowSurrogate() && !run.isEmpty() && run.back().isHighSurrogate())
            run.chop(1); // the quantifier is the whole character's
        endRun();
    };
    while (i < p.size()) {
        const QChar c = p[i];
        if (c == QLatin1Char('(')) {
            endRun();
            const qsizetype end = groupEnd(p, i);
            if (end < 0)
                return;
            const QStringView inner = p.mid(i + 1, end - i - 2);
            i = end;
            const int least = quantifier(p, i);
            // (?i) alone changes how the rest reads: nothing more is read.
            if (inner.size() > 1 && inner[0] == QLatin1Char('?') && (inner[1].isLetter() || inner[1] == QLatin1Char('-'))
                && !inner.contains(QLatin1Char(':')))
                return;
            if (inner.startsWith(QLatin1Char('?')) && !inner.startsWith(QLatin1String("?:")))
                continue; // a lookaround or another special group: nothing consumed to require
            if (least == 0)
                continue;
            const QStringView body = inner.startsWith(QLatin1String("?:")) ? inner.mid(2) : inner;
            const QList<QStringView> alts = alternatives(body);
            if (alts.size() > 1) {
                Need need;
                bool readable = true;
                for (QStringView alt : alts) {
                    const auto text = literal(alt);
                    readable = readable && text;
                    if (text)
                        need.anyOf << *text;
                }
                if (readable) // else nothing is required of this group
                    addNeed(need);
            } else if (alts.size() == 1) {
                read(body); // a required group's requirements are the pattern's
            }
            continue;
        }
        if (c == QLatin1Char('[')) {
            endRun();
            qsizetype j = i + 1;
            const bool negated = j < p.size() && p[j] == QLatin1Char('^');
            if (negated)
                ++j;
            Need need;
            bool readable = !negated;
            if (j < p.size() && p[j] == QLatin1Char(']')) {
                need.anyOf << QStringLiteral("]");
                ++j;
            }
            for (; j < p.size() && p[j] != QLatin1Char(']'); ++j) {
                QChar m = p[j];
                if (m == QLatin1Char('\\')) {
                    const QChar e = j + 1 < p.size() ? p[j + 1] : QChar();
                    ++j;
                    if (e == QLatin1Char('d'))
                        need.orDigit = true;
                    else if (e == QLatin1Char('p') || e == QLatin1Char('P') || e == QLatin1Char('x')) {
                        readable = false;
                        if (j + 1 < p.size() && p[j + 1] == QLatin1Char('{'))
                            while (j < p.size() && p[j] != QLatin1Char('}'))
                                ++j;
                    } else if (e.isLetterOrNumber())
                        readable = false; // \s, \w and the like
                    else
                        need.anyOf << QString(e);
                    if (j + 2 < p.size() && p[j + 1] == QLatin1Char('-') && p[j + 2] != QLatin1Char(']'))
                        readable = false; // a range from an escaped character: not read
                    continue;
                }
                if (const qsizetype end = posixEnd(p, j); end > j) {
                    readable = false; // [:digit:] and the like
                    j = end - 1;
                    continue;
                }
                if (j + 2 < p.size() && p[j + 1] == QLatin1Char('-') && p[j + 2] != QLatin1Char(']')) {
                    const char16_t last = p[j + 2].unicode();
                    if (p[j + 2] == QLatin1Char('\\') || last < m.unicode() || last - m.unicode() > 200) {
                        readable = false;
                    } else {
                        for (char16_t u = m.unicode(); u <= last; ++u)
                            need.anyOf << QString(QChar(u));
                    }
                    j += 2;
                    continue;
                }
                need.anyOf << QString(m);
            }
            i = j + 1;
            const int least = quantifier(p, i);
            if (readable && least > 0 && (!need.anyOf.isEmpty() || need.orDigit))
                addNeed(need);
            continue;
        }
        if (c == QLatin1Char('\\')) {
            const QChar e = i + 1 < p.size() ? p[i + 1] : QChar();
            i += 2;
            if (QStringLiteral("bBAzZG").contains(e))
                continue; // anchors consume nothing
            if (e == QLatin1Char('Q') || e == QLatin1Char('E')) {
                endRun();
                return; // quoted text: nothing more is read (what was read still holds)
            }
            if (e.isLetterOrNumber()) {
                endRun();
                skipEscape(p, e, i);
                const int least = quantifier(p, i);
                if (e == QLatin1Char('d') && least > 0)
                    addNeed({{}, true});
                continue;
            }
            addLiteral(e); // an escaped punctuation mark
            continue;
        }
        if (QStringLiteral(".^$").contains(c)) {
            endRun();
            ++i;
            quantifier(p, i);
            continue;
        }
        ++i;
        addLiteral(c);
    }
    endRun();
}

RequiredText::Text::Text(QStringView text, bool fold) : m_text(fold ? text.toString().toCaseFolded() : text.toString())
{
    for (QChar c : std::as_const(m_text)) {
        const char16_t u = c.unicode();
        if (u < 128)
            m_ascii[u / 64] |= quint64(1) << (u % 64);
        m_digit = m_digit || (u >= u'0' && u <= u'9') || (u >= 128 && (c.isDigit() || c.isSurrogate()));
    }
}

bool RequiredText::Text::has(char16_t c) const
{
    return c < 128 ? (m_ascii[c / 64] >> (c % 64)) & 1 : m_text.contains(QChar(c));
}

bool RequiredText::Text::contains(const QString &needle) const
{
    // Most needles fail on a character the text lacks: two bit tests before a search.
    if (!has(needle.front().unicode()) || !has(needle.back().unicode()))
        return false;
    return needle.size() == 1 || m_text.contains(needle);
}

bool RequiredText::mayMatchIn(const Text &text) const
{
    for (const Need &need : m_needs) {
        bool met = need.orDigit && text.hasDigit();
        for (qsizetype k = 0; !met && k < need.anyOf.size(); ++k)
            met = text.contains(need.anyOf[k]);
        if (!met)
            return false;
    }
    return true;
}

} // namespace lectern
