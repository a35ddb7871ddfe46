#pragma once

// A project made to trip exporters, used by every format's tests: articles in English (with
// a URL and characters outside the BMP), Danish, German, Korean, Japanese, Chinese and
// Arabic; overlapping and nested annotations; a quote whose 80th UTF-16 unit is half an
// emoji; notes with Markdown, HTML and formula syntax; two tags named alike under different
// parents; a whole-article tag, an article note and links with notes.

#include "project/projectdocument.h"
#include "testutil.h"

#include <QHash>

namespace hostile {

struct Project {
    QHash<QString, qint64> articles;  // by language: en, da, de, ko, ja, zh, ar
    QHash<QString, qint64> tags;      // economyFigures, politicsFigures, quotes, economy, politics
    QHash<QString, qint64> annotations; // a, b (overlap), c, d (nested in c), cut, ar1, ar2, ja
    QString noteWithMarkup;
};

// The first occurrence of quote after the first of `after` (the title repeats some words).
inline qint64 annotate(lectern::ProjectDocument &project, qint64 article, const QString &quote,
                       const QList<qint64> &tags, const QString &note = {}, const QString &after = {})
{
    const QString text = project.articleText(article);
    const int start = int(text.indexOf(quote, after.isEmpty() ? 0 : std::max<qsizetype>(0, text.indexOf(after))));
    if (start < 0)
        return 0;
    return project.addAnnotation(article, start, start + int(quote.size()), tags, note);
}

inline bool build(lectern::ProjectDocument &project, const QString &path, Project &out)
{
    using namespace lectern;
    if (!project.create(path, nullptr))
        return false;
    project.importFiles({testutil::dataPath(QStringLiteral("hostile"))});
    for (const ArticleMeta &m : project.articles()) {
        const QString key = m.fileName.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('-'), 0, 0);
        out.articles.insert(key, m.id);
    }
    if (out.articles.size() != 7)
        return false;
    out.tags[QStringLiteral("economy")] = project.createTag(QStringLiteral("Economy"), QStringLiteral("#4e79a7"));
    out.tags[QStringLiteral("politics")] = project.createTag(QStringLiteral("Politics"), QStringLiteral("#59a14f"));
    out.tags[QStringLiteral("economyFigures")] = project.createTag(QStringLiteral("Figures"), QStringLiteral("#e15759"), out.tags[QStringLiteral("economy")]);
    out.tags[QStringLiteral("politicsFigures")] = project.createTag(QStringLiteral("Figures"), QStringLiteral("#f28e2b"), out.tags[QStringLiteral("politics")]);
    out.tags[QStringLiteral("quotes")] = project.createTag(QStringLiteral("Quotes"), QStringLiteral("#b07aa1"));
    const qint64 en = out.articles[QStringLiteral("en")];
    const qint64 ar = out.articles[QStringLiteral("ar")];
    out.noteWithMarkup = QStringLiteral("~~x~~ $x$ @x &amp; <b>bold</b> =SUM(A1) https://x.invalid\n4. marts 2026 [a](b)");
    auto &an = out.annotations;
    an[QStringLiteral("a")] = annotate(project, en, QStringLiteral("Ferry fares on the harbour route will rise by 12% from April"),
                                       {out.tags[QStringLiteral("economyFigures")]}, out.noteWithMarkup);
    an[QStringLiteral("b")] = annotate(project, en, QStringLiteral("rise by 12% from April, the council said on Tuesday"),
                                       {out.tags[QStringLiteral("politicsFigures")]}, QStringLiteral("overlaps a"));
    an[QStringLiteral("c")] = annotate(project, en, QStringLiteral("as it looks for £4.5m to repair the 𠮷 pier"),
                                       {out.tags[QStringLiteral("quotes")]});
    an[QStringLiteral("d")] = annotate(project, en, QStringLiteral("£4.5m"), {out.tags[QStringLiteral("economyFigures")]}, {},
                                       QStringLiteral("as it looks"));
    // A quote whose 80th UTF-16 unit is the first half of 😀.
    const QString text = project.articleText(en);
    const int emoji = int(text.indexOf(QStringLiteral("😀")));
    an[QStringLiteral("cut")] = project.addAnnotation(en, emoji - 79, emoji + 2, {out.tags[QStringLiteral("quotes")]});
    an[QStringLiteral("ar1")] = annotate(project, ar, QStringLiteral("بقيمة 40 مليون دينار"), {out.tags[QStringLiteral("economyFigures")]},
                                         QStringLiteral("رقم يجب التحقق منه"));
    an[QStringLiteral("ar2")] = annotate(project, ar, QStringLiteral("40 مليون دينار، وقال رئيس المجلس"), {out.tags[QStringLiteral("quotes")]});
    an[QStringLiteral("ja")] = annotate(project, out.articles[QStringLiteral("ja")], QStringLiteral("深夜バス"), {out.tags[QStringLiteral("quotes")]});
    for (auto it = an.cbegin(); it != an.cend(); ++it)
        if (it.value() <= 0)
            return false;
    project.setArticleNote(en, QStringLiteral("Check the £4.5m against the budget <script>alert(1)</script>"));
    project.setArticleTags(out.articles[QStringLiteral("da")], {out.tags[QStringLiteral("politicsFigures")]});
    LinkEnd from, to;
    from.articleId = en;
    from.wholeArticle = false;
    const Annotation first = project.annotations(en).first();
    from.span.start = first.span.start;
    from.span.end = first.span.end;
    to.articleId = ar;
    to.wholeArticle = true;
    if (project.createLink(from, to, QStringLiteral("contradicts"), QStringLiteral("Different currencies & figures")) <= 0)
        return false;
    LinkEnd da;
    da.articleId = out.articles[QStringLiteral("da")];
    da.wholeArticle = true;
    LinkEnd whole;
    whole.articleId = en;
    whole.wholeArticle = true;
    return project.createLink(da, whole, QStringLiteral("translation_of")) > 0;
}

} // namespace hostile
