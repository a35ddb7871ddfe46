#include "book.h"

#include "../analysis/checkworthiness.h"
#include "../analysis/claimextractor.h"
#include "../analysis/labels.h"
#include "../model/textcut.h"

#include <QCoreApplication>
#include <QtMath>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace lectern::book {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("lectern::book", text, disambiguation, n);
}

Paragraph para(Role role, const QString &text, const QString &lang = {})
{
    Paragraph p;
    p.role = role;
    p.lang = lang;
    p.rtl = rightToLeft(lang);
    if (!text.isEmpty())
        p.runs.append(Run{text});
    return p;
}

Cell cell(const QString &text, const QString &lang = {}, QColor background = {})
{
    return Cell{{Run{text}}, lang, rightToLeft(lang), background};
}

QString languageName(const QString &code)
{
    if (code.isEmpty() || code == QLatin1String("und"))
        return {};
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

// Lines at the top of an article that repeat what its metadata line says: the title, the
// byline, "Source: outlet", "By …". Kept when an annotation touches them.
bool repeatsMeta(const ReportArticle &a, const Block &block)
{
    const QString text = a.text.mid(block.start, block.end - block.start).simplified();
    if (text.isEmpty())
        return true;
    for (const Annotation &an : a.annotations)
        if (an.span.start < block.end && an.span.end > block.start)
            return false;
    const auto same = [&](const QString &value) {
        return !value.isEmpty() && text.compare(value.simplified(), Qt::CaseInsensitive) == 0;
    };
    if (same(a.meta.title) || same(a.meta.byline))
        return true;
    const bool shortLine = text.size() <= 80;
    return shortLine && ((!a.meta.outlet.isEmpty() && text.endsWith(a.meta.outlet.simplified(), Qt::CaseInsensitive))
                         || (!a.meta.byline.isEmpty() && text.contains(a.meta.byline.simplified(), Qt::CaseInsensitive)));
}

void addArticle(const Report &report, const ReportArticle &a, QList<Item> &body)
{
    const QString lang = a.meta.lang == QLatin1String("und") ? QString() : a.meta.lang;
    Paragraph title = para(Role::Heading, a.meta.title, lang);
    title.anchor = QStringLiteral("article-%1").arg(a.meta.id);
    body.append(title);
    QStringList meta;
    for (const QString &field : {a.meta.outlet, a.meta.byline, a.meta.published.left(10), languageName(a.meta.lang)})
        if (!field.isEmpty()) // each field isolated: an Arabic outlet does not turn the date around
            meta << QChar(0x2068) + field + QChar(0x2069);
    if (!meta.isEmpty())
        body.append(para(Role::Meta, meta.join(QStringLiteral(" · "))));
    if (!a.meta.url.isEmpty())
        body.append(para(Role::Meta, a.meta.url));
    QStringList tags;
    for (qint64 t : a.articleTags)
        tags << report.tagName(t);
    if (!tags.isEmpty())
        body.append(para(Role::Meta, tr("Tags: %1").arg(tags.join(QStringLiteral(", ")))));
    if (!a.note.isEmpty()) {
        Paragraph note = para(Role::Note, QString());
        note.runs = {Run::bold(tr("Note:") + QLatin1Char(' ')), Run{a.note}};
        body.append(note);
    }
    QList<const Annotation *> notes;
    if (report.scope.text) {
        for (qsizetype i = 0; i < a.blocks.size(); ++i) {
            const Block &block = a.blocks[i];
            if (i < 6 && repeatsMeta(a, block))
                continue; // a line near the top that the metadata line already gives
            const QString blockLang = block.lang.isEmpty() ? lang : block.lang;
            Paragraph p = para(block.kind == BlockKind::Heading ? Role::BlockHeading
                               : block.kind == BlockKind::Quote ? Role::Quote : Role::Body, QString(), blockLang);
            p.runs = markedRuns(report, a, block.start, block.end, notes);
            body.append(p);
        }
    }
    if (report.scope.notes && !notes.isEmpty()) {
        body.append(para(Role::Subheading, tr("Notes")));
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const Annotation *an = notes[i];
            QStringList names;
            for (qint64 t : an->tagIds)
                names << report.tagName(t);
            Paragraph item = para(Role::Item, QString(), lang);
            item.runs.append(Run::bold(QStringLiteral("%1. ").arg(i + 1)));
            item.runs.append(Run::italic(QStringLiteral("“%1”").arg(textcut::head(an->span.quote.simplified(), 200))));
            if (!names.isEmpty())
                item.runs.append(Run{QStringLiteral(" [%1]").arg(names.join(QStringLiteral(", ")))});
            if (!an->note.isEmpty())
                item.runs.append(Run{QStringLiteral(" — ") + an->note});
            body.append(item);
        }
    }
    if (report.scope.claims && !a.claims.isEmpty()) {
        // The claims the reader highlights by default, and every one the analyst accepted.
        const QList<bool> shown = highlights(a.claims, int(sentenceSpans(a.text, a.meta.lang, a.blocks).size()),
                                             CheckWorthinessModel::shipped().threshold);
        Table table;
        table.header = {tr("Claim"), tr("What it is"), tr("Claimed by"), tr("Status")};
        table.widths = {0.58, 0.16, 0.16, 0.10};
        for (qsizetype i = 0; i < a.claims.size(); ++i)
            if (const Claim &c = a.claims[i]; shown[i])
                table.rows.append({cell(c.text, lang), cell(labels::kinds(c.kinds)), cell(c.claimant, lang),
                                   cell(labels::status(c.status))});
        if (!table.rows.isEmpty()) {
            body.append(para(Role::Subheading, tr("Claims")));
            body.append(table);
        }
    }
    if (report.scope.links && !a.links.isEmpty()) {
        body.append(para(Role::Subheading, tr("Links")));
        for (const Link &l : a.links) {
            const bool outgoing = l.from.articleId == a.meta.id;
            QString relation = l.relation;
            for (const Relation &r : report.relations)
                if (r.key == l.relation && !r.name.isEmpty())
                    relation = r.name;
            Paragraph item = para(Role::Item, QString());
            item.runs = {Run{outgoing ? QStringLiteral("→ ") : QStringLiteral("← ")}, Run::bold(relation),
                         Run{QStringLiteral(": ") + report.articleTitle(outgoing ? l.to.articleId : l.from.articleId)}};
            if (!l.note.isEmpty())
                item.runs.append(Run{QStringLiteral(" — ") + l.note});
            body.append(item);
        }
    }
}

QColor verdictColor(const QString &verdict)
{
    if (verdict == QLatin1String("conflict")) return QColor(0xf6, 0xc9, 0xc9);
    if (verdict == QLatin1String("compatible")) return QColor(0xfb, 0xe6, 0xb8);
    if (verdict == QLatin1String("agree")) return QColor(0xcd, 0xeb, 0xd3);
    return {};
}

void addMatrix(const Report &report, QList<Item> &body)
{
    Table table;
    table.header = {tr("Figure"), tr("Verdict"), tr("What each source says")};
    table.widths = {0.25, 0.17, 0.58};
    for (const AlignedGroup &g : report.groups) {
        if (g.verdict == QLatin1String("single"))
            continue;
        QStringList values;
        for (const AlignedFigure &m : g.members)
            values << QStringLiteral("%1: %2").arg(m.source.isEmpty() ? report.articleTitle(m.articleId) : m.source,
                                                   m.quantity.text);
        table.rows.append({cell(labels::figure(g.conceptId, g.unit)),
                           cell(labels::verdict(g.verdict), {}, verdictColor(g.verdict)),
                           cell(values.join(QLatin1Char('\n')))});
    }
    if (table.rows.isEmpty())
        return;
    Paragraph heading = para(Role::Heading, tr("Sources matrix"));
    heading.anchor = QStringLiteral("matrix");
    body.append(heading);
    body.append(table);
}

void addLinks(const Report &report, QList<Item> &body)
{
    QList<Item> items;
    QSet<qint64> seen;
    for (const ReportArticle &a : report.articles)
        for (const Link &l : a.links) {
            if (seen.contains(l.id))
                continue;
            seen.insert(l.id);
            QString relation = l.relation;
            for (const Relation &r : report.relations)
                if (r.key == l.relation && !r.name.isEmpty())
                    relation = r.name;
            Paragraph item = para(Role::Item, QString());
            item.runs = {Run{report.articleTitle(l.from.articleId) + QStringLiteral(" — ")}, Run::bold(relation),
                         Run{QStringLiteral(" — ") + report.articleTitle(l.to.articleId)}};
            if (!l.note.isEmpty())
                item.runs.append(Run{QStringLiteral(": ") + l.note});
            items.append(item);
        }
    if (items.isEmpty())
        return;
    Paragraph heading = para(Role::Heading, tr("Links"));
    heading.anchor = QStringLiteral("links");
    body.append(heading);
    body.append(items);
}

void addTagIndex(const Report &report, QList<Item> &body)
{
    QList<Item> items;
    for (const Tag &t : report.tags) {
        QList<Item> passages;
        for (const ReportArticle &a : report.articles)
            for (const Annotation &an : a.annotations)
                if (an.tagIds.contains(t.id)) {
                    Paragraph item = para(Role::Item, QString(), a.meta.lang);
                    item.runs = {Run{a.meta.title + QStringLiteral(": ")},
                                 Run::italic(QStringLiteral("“%1”").arg(textcut::head(an.span.quote.simplified(), 160)))};
                    passages.append(item);
                }
        if (passages.isEmpty())
            continue;
        Paragraph name = para(Role::Subheading, QString());
        // A swatch in the colour its highlights have in the text.
        name.runs = {Run{QStringLiteral("\u2002\u2002"), blend({QColor(t.color)})}, Run{QLatin1Char(' ') + t.name}};
        items.append(name);
        items.append(passages);
    }
    if (items.isEmpty())
        return;
    Paragraph heading = para(Role::Heading, tr("Tag index"));
    heading.anchor = QStringLiteral("tags");
    body.append(heading);
    body.append(items);
}

} // namespace

QString Paragraph::plainText() const
{
    QString text;
    for (const Run &r : runs)
        text += r.text;
    return text;
}

bool rightToLeft(const QString &lang)
{
    const QString base = lang.section(QLatin1Char('-'), 0, 0);
    return base == QLatin1String("ar") || base == QLatin1String("he") || base == QLatin1String("fa")
        || base == QLatin1String("ur") || base == QLatin1String("yi");
}

QColor blend(const QList<QColor> &highlights)
{
    // Their average, laid on as often as there are highlights: the same in any order.
    if (highlights.isEmpty())
        return {};
    double r = 0, g = 0, b = 0;
    for (const QColor &c : highlights) {
        r += c.red();
        g += c.green();
        b += c.blue();
    }
    const double n = double(highlights.size());
    const double paper = std::pow(0.65, n);
    return QColor(qRound(255 * paper + r / n * (1 - paper)), qRound(255 * paper + g / n * (1 - paper)),
                  qRound(255 * paper + b / n * (1 - paper)));
}

QList<Run> markedRuns(const Report &report, const ReportArticle &a, int start, int end,
                      QList<const Annotation *> &notes)
{
    // Every boundary of an annotation inside the block cuts the text; each piece is coloured
    // by all annotations covering it, so nothing runs on past where its annotation ends.
    QList<const Annotation *> inside;
    QList<int> cuts{start, end};
    for (const Annotation &an : a.annotations)
        if (an.span.end > start && an.span.start < end && an.span.end > an.span.start) {
            inside.append(&an);
            cuts << std::max(an.span.start, start) << std::min(an.span.end, end);
        }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<Run> runs;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts[i], to = cuts[i + 1];
        QList<QColor> colors;
        for (const Annotation *an : std::as_const(inside))
            if (an->span.start <= from && an->span.end >= to)
                colors << QColor(an->tagIds.isEmpty() ? QStringLiteral("#f2c94c") : report.tagColor(an->tagIds.first()));
        runs.append(Run{a.text.mid(from, to - from), blend(colors)});
        for (const Annotation *an : std::as_const(inside)) {
            // A passage over several paragraphs gets its number once, where it ends (or at
            // the end of the last paragraph it reaches).
            const bool endsHere = an->span.end <= end
                ? an->span.end == to
                : to == end && std::none_of(a.blocks.begin(), a.blocks.end(), [&](const Block &b) {
                      return b.start >= end && b.start < an->span.end;
                  });
            if (!endsHere || !report.scope.notes)
                continue; // without the notes, a number would point nowhere
            qsizetype number = notes.indexOf(an) + 1;
            if (number == 0) {
                notes.append(an);
                number = notes.size();
            }
            runs.append(Run::note(int(number)));
        }
    }
    return runs;
}

Book build(const Report &report)
{
    Book book;
    book.title = report.projectName;
    book.lang = QLocale().name().section(QLatin1Char('_'), 0, 0);
    if (book.lang == QLatin1String("C"))
        book.lang = QStringLiteral("en");
    book.contentsTitle = tr("Contents");
    const int count = std::max(report.total, int(report.articles.size()));
    book.cover.append(para(Role::Title, report.projectName));
    book.cover.append(para(Role::Subtitle, tr("%n article(s)", nullptr, count)));
    QStringList scope;
    if (!report.scope.tags.isEmpty())
        scope << tr("tagged %1").arg(report.scope.tags.join(QStringLiteral(", ")));
    if (!report.scope.outlets.isEmpty())
        scope << tr("from %1").arg(report.scope.outlets.join(QStringLiteral(", ")));
    if (!report.scope.articleIds.isEmpty())
        scope << tr("chosen by the analyst");
    book.cover.append(para(Role::Meta, scope.isEmpty() ? tr("Every article in the project") : scope.join(QStringLiteral("; "))));
    QSet<QString> outlets;
    int annotations = 0;
    for (const ReportArticle &a : report.articles) {
        if (!a.meta.outlet.isEmpty())
            outlets.insert(a.meta.outlet);
        annotations += int(a.annotations.size());
    }
    book.cover.append(para(Role::Meta, tr("%n outlet(s)", nullptr, int(outlets.size())) + QStringLiteral(" · ")
                                            + tr("%n annotation(s)", nullptr, annotations)));
    book.cover.append(para(Role::Meta, tr("Made with Lectern on %1").arg(QLocale().toString(report.created.date(), QLocale::LongFormat))));
    for (const ReportArticle &a : report.articles)
        addArticle(report, a, book.body);
    if (report.scope.matrix)
        addMatrix(report, book.body);
    if (report.scope.links)
        addLinks(report, book.body);
    if (report.scope.tagIndex)
        addTagIndex(report, book.body);
    return book;
}

} // namespace lectern::book
