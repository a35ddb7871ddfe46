// PDF import: the text layer through poppler-qt6, with lines joined into paragraphs by
// their vertical gaps and line ends, de-hyphenated, page numbers dropped.
#include "formats.h"

#include "parsebudget.h"
#include "textcleanup.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <poppler-qt6.h>

#include <algorithm>

namespace lectern::formats {

namespace {

struct Line {
    QString text;
    QRectF box;
};

bool pastBudget(const QVariant &)
{
    return parsebudget::exceeded();
}

QList<Line> pageLines(Poppler::Page &page)
{
    QList<Line> lines;
    // poppler asks every few drawing operations whether to stop: one page that draws the
    // same text thousands of times over makes its text layout quadratic (the attack file).
    const auto words = page.textList(Poppler::Page::Rotate0, pastBudget, QVariant());
    parsebudget::check();
    for (const auto &word : words) {
        const QRectF box = word->boundingBox();
        if (lines.isEmpty() || std::abs(box.center().y() - lines.last().box.center().y()) > box.height() / 2
            || box.left() < lines.last().box.left() - 1) {
            lines.append({word->text(), box});
        } else {
            Line &line = lines.last();
            line.text += word->text();
            line.box = line.box.united(box);
        }
        if (word->hasSpaceAfter())
            lines.last().text += QLatin1Char(' ');
    }
    for (Line &line : lines)
        line.text = line.text.trimmed();
    return lines;
}

void appendParagraphs(const QList<Line> &lines, QList<RawBlock> &blocks)
{
    if (lines.isEmpty())
        return;
    QList<double> gaps;
    double right = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        right = std::max(right, lines[i].box.right());
        if (i > 0 && lines[i].box.top() > lines[i - 1].box.top())
            gaps.append(lines[i].box.top() - lines[i - 1].box.top());
    }
    std::sort(gaps.begin(), gaps.end());
    const double pitch = gaps.isEmpty() ? 0 : gaps[gaps.size() / 2];
    static const QRegularExpression pageNumber(QStringLiteral("^(?:\\d{1,4}|page \\d+(?: of \\d+)?|side \\d+|seite \\d+|- ?\\d+ ?-)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString paragraph;
    auto flush = [&] {
        const QString text = cleanup::normalizeSpace(paragraph);
        if (!text.isEmpty())
            blocks.append({text, BlockKind::Paragraph});
        paragraph.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (pageNumber.match(line.text).hasMatch())
            continue;
        if (i > 0 && !paragraph.isEmpty()) {
            const Line &previous = lines[i - 1];
            const double gap = line.box.top() - previous.box.top();
            static const QString endings = QStringLiteral(".!?:\"”»)。");
            const bool previousEnded = !previous.text.isEmpty() && endings.contains(previous.text.back());
            const bool previousShort = previous.box.right() < right - 0.15 * (right - previous.box.left());
            if (gap > pitch * 1.4 || gap < 0 || (previousEnded && previousShort)) {
                flush();
            } else if (paragraph.endsWith(QLatin1Char('-')) && !line.text.isEmpty() && line.text.front().isLower()) {
                paragraph.chop(1);
            } else {
                paragraph += QLatin1Char(' ');
            }
        }
        paragraph += line.text;
    }
    flush();
}

} // namespace

ParsedDocument parsePdf(const QByteArray &bytes)
{
    auto document = Poppler::Document::loadFromData(bytes);
    if (!document)
        throw ImportError(QCoreApplication::translate("Import", "the PDF is damaged or truncated"));
    if (document->isLocked())
        throw ImportError(QCoreApplication::translate("Import", "the PDF is protected by a password"));
    ParsedDocument doc;
    for (int i = 0; i < document->numPages(); ++i) {
        parsebudget::check();
        if (auto page = document->page(i))
            appendParagraphs(pageLines(*page), doc.blocks);
    }
    doc.title = document->info(QStringLiteral("Title")).simplified();
    doc.byline = document->info(QStringLiteral("Author")).simplified();
    if (!doc.blocks.isEmpty() && !doc.title.isEmpty() && doc.blocks.first().text == doc.title)
        doc.blocks.first().kind = BlockKind::Heading;
    cleanup::readLeadingMetadata(doc);
    return doc;
}

} // namespace lectern::formats
