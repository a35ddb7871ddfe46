// HTML import: a real HTML5 parser (gumbo), reader-mode extraction of the article body,
// metadata from <title>, meta tags and JSON-LD. Nothing is run or fetched: scripts and
// styles are dropped, only the text of elements is read.
#include "formats.h"

#include "encoding.h"
#include "htmlreader.h"
#include "textcleanup.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <gumbo.h>

namespace lectern::formats {

static constexpr int MaxNesting = 4096;

int htmlNestingDepth(const QByteArray &html)
{
    static const QByteArrayList voids = {"area", "base", "br", "col", "embed", "hr", "img",
                                         "input", "link", "meta", "param", "source", "track",
                                         "wbr", "p", "li", "dt", "dd", "tr", "td", "th",
                                         "option", "!doctype"};
    int depth = 0;
    int deepest = 0;
    const char *p = html.constData();
    const qsizetype n = html.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (p[i] != '<')
            continue;
        const bool closing = p[i + 1] == '/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && (isalnum(static_cast<unsigned char>(p[j])) || p[j] == '!'))
            ++j;
        if (j == nameStart)
            continue;
        const QByteArray name = QByteArray(p + nameStart, j - nameStart).toLower();
        if (voids.contains(name))
            continue;
        const qsizetype close = html.indexOf('>', j);
        if (close < 0)
            break;
        if (!closing && p[close - 1] == '/')
            continue;
        depth += closing ? -1 : 1;
        depth = std::max(depth, 0);
        deepest = std::max(deepest, depth);
        i = close;
    }
    return deepest;
}

static QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(2048));
    const auto m = charset.match(head);
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

ParsedDocument parseHtml(const QByteArray &bytes)
{
    const int depth = htmlNestingDepth(bytes);
    if (depth > MaxNesting)
        throw ImportError(QCoreApplication::translate("Import",
            "the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show")
            .arg(depth).arg(MaxNesting));
    const encoding::Decoded decoded = encoding::decode(bytes, declaredCharset(bytes));
    if (!decoded.ok())
        throw ImportError(decoded.error);
    const QByteArray utf8 = decoded.text.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 16;
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output)
        throw ImportError(QCoreApplication::translate("Import", "the HTML could not be parsed"));
    ParsedDocument doc;
    try {
        doc = html::readArticle(output->root);
    } catch (...) {
        gumbo_destroy_output(&options, output);
        throw;
    }
    gumbo_destroy_output(&options, output);
    return doc;
}

} // namespace lectern::formats
