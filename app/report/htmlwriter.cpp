#include "writers.h"

#include "../analysis/checkworthiness.h"
#include "../analysis/claimextractor.h"
#include "../model/textcut.h"

#include <QColor>
#include <QMap>
#include <QSet>

namespace lectern::writers {

namespace {

QString e(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const style =
    "body{font-family:'Noto Serif','DejaVu Serif',serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.55;color:#222}"
    "h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:2.5em;border-bottom:1px solid #ccc;padding-bottom:.2em}"
    ".meta{color:#666;font-size:.9em}.note{font-size:.9em;color:#333}mark{padding:0 .1em;border-radius:2px}"
    "sup{font-size:.7em;color:#555}table{border-collapse:collapse;font-size:.85em;margin:1em 0}"
    "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
    ".conflict{background:#fbe0e0}.compatible{background:#fdf1d8}.agree{background:#e2f3e6}"
    "[dir=rtl]{text-align:right}@media print{h2{page-break-before:always}}";

// The article's text with annotations as <mark>s and footnote numbers.
QString markedText(const Report &report, const ReportArticle &a, QList<const Annotation *> &notes)
{
    QString out;
    for (const Block &block : a.blocks) {
        const QString lang = block.lang.isEmpty() ? a.meta.lang : block.lang;
        const bool rtl = lang == QLatin1String("ar") || lang == QLatin1String("he") || lang == QLatin1String("fa");
        const QString tag = block.kind == BlockKind::Heading ? QStringLiteral("h3")
            : block.kind == BlockKind::Quote ? QStringLiteral("blockquote") : QStringLiteral("p");
        out += QStringLiteral("<%1 lang=\"%2\"%3>").arg(tag, e(lang), rtl ? QStringLiteral(" dir=\"rtl\"") : QString());
        // Boundaries of annotations inside this block.
        QMap<int, QList<const Annotation *>> opens, closes;
        for (const Annotation &an : a.annotations) {
            if (an.span.end <= block.start || an.span.start >= block.end)
                continue;
            opens[std::max(an.span.start, block.start)].append(&an);
            closes[std::min(an.span.end, block.end)].append(&an);
        }
        int at = block.start;
        QList<int> points;
        for (auto it = opens.cbegin(); it != opens.cend(); ++it) points << it.key();
        for (auto it = closes.cbegin(); it != closes.cend(); ++it) points << it.key();
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        for (int point : std::as_const(points)) {
            out += e(a.text.mid(at, point - at));
            at = point;
            for (const Annotation *an : closes.value(point)) {
                int number = int(notes.indexOf(an)) + 1;
                if (number == 0) {
                    notes.append(an);
                    number = int(notes.size());
                }
                out += QStringLiteral("</mark><sup>%1</sup>").arg(number);
            }
            for (const Annotation *an : opens.value(point)) {
                const QColor color(an->tagIds.isEmpty() ? QStringLiteral("#f2c94c") : report.tagColor(an->tagIds.first()));
                // rgba(), which browsers and Qt's PDF and ODT writers read alike.
                out += QStringLiteral("<mark style=\"background-color:rgba(%1,%2,%3,0.35)\">")
                           .arg(color.red()).arg(color.green()).arg(color.blue());
            }
        }
        out += e(a.text.mid(at, block.end - at));
        out += QStringLiteral("</%1>\n").arg(tag);
    }
    return out;
}

} // namespace

QString html(const Report &report)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>\n")
                      .arg(e(report.projectName), QLatin1String(style));
    QStringList scope;
    if (!report.scope.tags.isEmpty())
        scope << QObject::tr("tagged %1").arg(report.scope.tags.join(QStringLiteral(", ")));
    if (!report.scope.outlets.isEmpty())
        scope << QObject::tr("from %1").arg(report.scope.outlets.join(QStringLiteral(", ")));
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2 · %3%4</p>\n")
               .arg(e(report.projectName), e(report.created.toString(Qt::ISODate).left(10)),
                    QObject::tr("%n article(s)", nullptr, std::max(report.total, int(report.articles.size()))),
                    scope.isEmpty() ? QString() : QStringLiteral(" · ") + e(scope.join(QStringLiteral("; "))));
    for (const ReportArticle &a : report.articles) {
        QStringList meta{a.meta.outlet, a.meta.byline, a.meta.published.left(10), a.meta.lang};
        meta.removeAll(QString());
        out += QStringLiteral("<h2>%1</h2>\n<p class=\"meta\">%2</p>\n").arg(e(a.meta.title), e(meta.join(QStringLiteral(" · "))));
        if (!a.note.isEmpty())
            out += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>\n").arg(e(QObject::tr("Note:")), e(a.note));
        QList<const Annotation *> notes;
        if (report.scope.text)
            out += markedText(report, a, notes);
        if (report.scope.notes && !notes.isEmpty()) {
            out += QStringLiteral("<ol class=\"note\">\n");
            for (const Annotation *an : std::as_const(notes)) {
                QStringList tags;
                for (qint64 t : an->tagIds)
                    tags << report.tagName(t);
                out += QStringLiteral("<li><i>“%1”</i>%2%3</li>\n")
                           .arg(e(textcut::head(an->span.quote.simplified(), 200)),
                                tags.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e(tags.join(QStringLiteral(", ")))),
                                an->note.isEmpty() ? QString() : QStringLiteral(" — ") + e(an->note));
            }
            out += QStringLiteral("</ol>\n");
        }
        if (report.scope.claims && !a.claims.isEmpty()) {
            out += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                       .arg(e(QObject::tr("Claim")), e(QObject::tr("Kinds")), e(QObject::tr("Source")), e(QObject::tr("Status")));
            // The claims the reader highlights by default, and every one the analyst accepted.
            const QList<bool> shown = highlights(a.claims, int(sentenceSpans(a.text, a.meta.lang, a.blocks).size()),
                                                 CheckWorthinessModel::shipped().threshold);
            for (qsizetype i = 0; i < a.claims.size(); ++i)
                if (const Claim &c = a.claims[i]; shown[i])
                    out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                               .arg(e(c.text), e(c.kinds.join(QStringLiteral(", "))), e(c.claimant), e(c.status));
            out += QStringLiteral("</table>\n");
        }
        if (report.scope.links && !a.links.isEmpty()) {
            out += QStringLiteral("<ul class=\"note\">\n");
            for (const Link &l : a.links) {
                const bool outgoing = l.from.articleId == a.meta.id;
                out += QStringLiteral("<li>%1 %2: %3%4</li>\n")
                           .arg(outgoing ? QStringLiteral("→") : QStringLiteral("←"), e(l.relation),
                                e(report.articleTitle(outgoing ? l.to.articleId : l.from.articleId)),
                                l.note.isEmpty() ? QString() : QStringLiteral(" — ") + e(l.note));
            }
            out += QStringLiteral("</ul>\n");
        }
    }
    if (report.scope.matrix && !report.groups.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                   .arg(e(QObject::tr("Sources matrix")), e(QObject::tr("Figure")), e(QObject::tr("Verdict")), e(QObject::tr("Values")));
        for (const AlignedGroup &g : report.groups) {
            if (g.verdict == QLatin1String("single"))
                continue;
            QStringList values;
            for (const AlignedFigure &m : g.members)
                values << QStringLiteral("%1: %2").arg(m.source.isEmpty() ? report.articleTitle(m.articleId) : m.source, m.quantity.text);
            out += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%1</td><td>%3</td></tr>\n")
                       .arg(e(g.verdict), e(g.conceptId.isEmpty() ? g.unit : g.conceptId), e(values.join(QStringLiteral("; "))));
        }
        out += QStringLiteral("</table>\n");
    }
    if (report.scope.links) {
        // Every link once, from the end it starts at.
        QStringList items;
        QSet<qint64> seen;
        for (const ReportArticle &a : report.articles)
            for (const Link &l : a.links)
                if (!seen.contains(l.id)) {
                    seen.insert(l.id);
                    items << QStringLiteral("<li>%1 — <b>%2</b> — %3%4</li>")
                                 .arg(e(report.articleTitle(l.from.articleId)), e(l.relation), e(report.articleTitle(l.to.articleId)),
                                      l.note.isEmpty() ? QString() : QStringLiteral(": ") + e(l.note));
                }
        if (!items.isEmpty())
            out += QStringLiteral("<h2>%1</h2>\n<ul>%2</ul>\n").arg(e(QObject::tr("Links")), items.join(QString()));
    }
    if (report.scope.tagIndex) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(e(QObject::tr("Tag index")));
        for (const Tag &t : report.tags) {
            QStringList passages;
            for (const ReportArticle &a : report.articles)
                for (const Annotation &an : a.annotations)
                    if (an.tagIds.contains(t.id))
                        passages << QStringLiteral("<li>%1: “%2”</li>").arg(e(a.meta.title), e(textcut::head(an.span.quote.simplified(), 160)));
            if (!passages.isEmpty())
                out += QStringLiteral("<h3>%1</h3>\n<ul>%2</ul>\n").arg(e(t.name), passages.join(QString()));
        }
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

} // namespace lectern::writers
