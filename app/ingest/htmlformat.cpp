// HTML import: a real HTML5 parser (gumbo), reader-mode extraction of the article body,
// metadata from <title>, meta tags and JSON-LD. Nothing is run or fetched: scripts and
// styles are dropped, only the text of elements is read.
#include "formats.h"

#include "encoding.h"
#include "../model/stagecost.h"
#include "htmlreader.h"
#include "parsebudget.h"
#include "textcleanup.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>

#include <csetjmp>
#include <cstdlib>

namespace lectern::formats {

static constexpr int MaxNesting = 4096;
static constexpr int MaxAttributes = 1000;

namespace {

// Elements that never hold children (HTML5 "void elements"): <br>, <br/> and <br></br> alike.
bool isVoid(const QByteArray &name)
{
    static const QByteArrayList voids = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                         "meta", "param", "source", "track", "wbr", "keygen", "frame",
                                         "basefont", "bgsound", "image"};
    return voids.contains(name);
}

// Elements whose start tag closes an open one of the same kind (<p>, <li>, <td> ...): a page
// of unclosed paragraphs is flat, as the parser builds it.
bool closesItsKind(const QByteArray &name)
{
    static const QByteArrayList kinds = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
                                         "rb", "rt", "rp", "rtc", "tbody", "thead", "tfoot", "caption"};
    return kinds.contains(name);
}

// HTML5's "special" elements: an end tag of another, unknown name does not close past one.
bool isSpecial(const QByteArray &name)
{
    static const QSet<QByteArray> special = {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body",
        "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt",
        "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li",
        "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
        "object", "ol", "p", "param", "plaintext", "pre", "script", "section", "select", "source", "style",
        "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title", "tr",
        "track", "ul", "wbr", "xmp", "mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc"};
    return special.contains(name);
}

// Elements that bound "in scope": the end tag of a special or formatting element does not
// close past one.
bool isScopeBoundary(const QByteArray &name)
{
    static const QSet<QByteArray> boundaries = {"applet", "caption", "html", "table", "td", "th", "marquee",
                                                "object", "template", "mi", "mo", "mn", "ms", "mtext",
                                                "annotation-xml", "foreignobject", "desc", "title"};
    return boundaries.contains(name);
}

bool isFormatting(const QByteArray &name)
{
    static const QSet<QByteArray> formatting = {"a", "b", "big", "code", "em", "font", "i", "nobr", "s",
                                                "small", "strike", "strong", "tt", "u"};
    return formatting.contains(name);
}

// Where the end tag </name> starts at or after `from`, whatever its case; -1 when none.
qsizetype findEndTag(const QByteArray &html, const QByteArray &name, qsizetype from)
{
    for (qsizetype at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
        if (at + 2 + name.size() <= html.size() && qstrnicmp(html.constData() + at + 2, name.constData(), name.size()) == 0)
            return at;
    }
    return -1;
}

struct OpenElement {
    QByteArray name;
    int special = -1;  // the topmost special element at or below this one
    int boundary = -1; // the topmost scope boundary at or below this one
};

} // namespace

int htmlNestingDepth(const QByteArray &html, int *mostAttributes)
{
    // The open elements as the HTML5 tree builder keeps them, in outline: "<x/>" opens x
    // unless x is void or inside <svg>/<math> (foreign content honours the slash); "</x>"
    // closes up to the nearest open x, and is ignored when none is open or when a special
    // element (a scope boundary, for special and formatting x) lies between; raw text
    // elements hold no tags. It may count deeper than the parser builds (a <div> closes an
    // open <p> there), never much shallower. One pass and a stack: linear in the page.
    QList<OpenElement> stack;
    QHash<QByteArray, QList<int>> positions; // where each name is open, innermost last
    int foreign = 0;
    int deepest = 0;
    auto pop = [&] {
        const OpenElement top = stack.takeLast();
        positions[top.name].removeLast();
        if (top.name == "svg" || top.name == "math")
            --foreign;
    };
    const char *p = html.constData();
    const qsizetype n = html.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (p[i] != '<')
            continue;
        const bool closing = p[i + 1] == '/';
        qsizetype j = i + (closing ? 2 : 1);
        if (j < n && p[j] == '!') { // comment, doctype, CDATA
            const bool comment = j + 2 < n && p[j + 1] == '-' && p[j + 2] == '-';
            const qsizetype end = comment ? html.indexOf("-->", j) : html.indexOf('>', j);
            if (end < 0)
                break;
            i = end;
            continue;
        }
        const qsizetype nameStart = j;
        while (j < n && (isalnum(static_cast<unsigned char>(p[j])) || p[j] == '-' || p[j] == ':'))
            ++j;
        if (j == nameStart)
            continue;
        const QByteArray name = QByteArray(p + nameStart, j - nameStart).toLower();
        // The tag's end, past quoted attribute values.
        char quote = 0;
        qsizetype close = j;
        int attributes = 0;
        for (bool space = true; close < n; ++close) {
            if (quote) {
                if (p[close] == quote)
                    quote = 0;
            } else if (p[close] == '"' || p[close] == '\'') {
                quote = p[close];
            } else if (p[close] == '>') {
                break;
            } else {
                const bool isSpace = isspace(static_cast<unsigned char>(p[close]));
                if (space && !isSpace && p[close] != '=' && p[close] != '/')
                    ++attributes; // a name begins (or a bare value: counted too, an upper bound)
                space = isSpace;
            }
        }
        if (mostAttributes)
            *mostAttributes = std::max(*mostAttributes, attributes);
        if (close >= n)
            break;
        i = close;
        if (closing) {
            const QList<int> &at = positions[name];
            if (at.isEmpty())
                continue; // no such element open: the parser ignores it
            const int position = at.last();
            const OpenElement &top = stack.last();
            const bool blocked = isSpecial(name) || isFormatting(name) ? top.boundary > position : top.special > position;
            if (blocked)
                continue;
            while (stack.size() > position)
                pop();
            continue;
        }
        if (isVoid(name) || (foreign > 0 && p[close - 1] == '/'))
            continue;
        if (closesItsKind(name) && !stack.isEmpty() && stack.last().name == name)
            pop();
        const int index = int(stack.size());
        OpenElement element{name, stack.isEmpty() ? -1 : stack.last().special, stack.isEmpty() ? -1 : stack.last().boundary};
        if (isSpecial(name))
            element.special = index;
        if (isScopeBoundary(name))
            element.boundary = index;
        stack.append(element);
        positions[name].append(index);
        if (name == "svg" || name == "math")
            ++foreign;
        deepest = std::max(deepest, int(stack.size()));
        if (deepest > MaxNesting)
            return deepest; // enough to refuse, and the stack stays small
        // Raw text: no tags inside <script>, <style>, <textarea>, <title> ... until their end tag.
        static const QByteArrayList rawText = {"script", "style", "textarea", "title", "xmp", "iframe",
                                               "noembed", "noframes", "plaintext"};
        if (rawText.contains(name) && !foreign) {
            const qsizetype end = findEndTag(html, name, close);
            if (end < 0)
                break;
            i = end - 1;
        }
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

namespace {

// gumbo's memory, every block of it, in a list of our own: gumbo_destroy_output frees a tree
// by recursion, which a tree a million elements deep (1,000,000 "<span/>") turns into a
// stack overflow; freeing the list instead is flat. The allocator also keeps the parse
// within its budget: past it, it jumps back out of gumbo (a C library: no destructors
// are skipped) and the list is freed as usual.
struct GumboArena {
    struct Header {
        Header *previous;
        Header *next;
        size_t size;
        size_t padding; // keeps the block 16-byte aligned
    };
    Header *last = nullptr;
    qint64 live = 0;
    std::jmp_buf out;

    static void *allocate(void *userdata, size_t size)
    {
        auto *arena = static_cast<GumboArena *>(userdata);
        arena->live += qint64(size);
        if (parsebudget::exceeded() || arena->live > parsebudget::memoryLimitBytes())
            std::longjmp(arena->out, 1);
        auto *header = static_cast<Header *>(std::malloc(sizeof(Header) + size));
        if (!header)
            std::longjmp(arena->out, 1);
        *header = {arena->last, nullptr, size, 0};
        if (arena->last)
            arena->last->next = header;
        arena->last = header;
        return header + 1;
    }

    static void deallocate(void *userdata, void *pointer)
    {
        if (!pointer)
            return;
        auto *arena = static_cast<GumboArena *>(userdata);
        Header *header = static_cast<Header *>(pointer) - 1;
        arena->live -= qint64(header->size);
        if (header->previous)
            header->previous->next = header->next;
        if (header->next)
            header->next->previous = header->previous;
        if (arena->last == header)
            arena->last = header->previous;
        std::free(header);
    }

    ~GumboArena()
    {
        while (last) {
            Header *previous = last->previous;
            std::free(last);
            last = previous;
        }
    }
};

// Only plain data between setjmp and longjmp here.
GumboOutput *parseWithin(GumboArena &arena, const GumboOptions &options, const QByteArray &utf8)
{
    if (setjmp(arena.out) != 0)
        return nullptr;
    return gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
}

} // namespace

ParsedDocument parseHtml(const QByteArray &bytes)
{
    int attributes = 0;
    const int depth = htmlNestingDepth(bytes, &attributes);
    if (depth > MaxNesting)
        throw ImportError(QCoreApplication::translate("Import",
            "the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show")
            .arg(depth).arg(MaxNesting));
    // The parser checks each attribute against the element's others: quadratic in their number.
    if (attributes > MaxAttributes)
        throw ImportError(QCoreApplication::translate("Import",
            "an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show")
            .arg(attributes).arg(MaxAttributes));
    const encoding::Decoded decoded = [&bytes] {
        const stagecost::Scope cost(stagecost::Stage::Read);
        return encoding::decode(bytes, declaredCharset(bytes));
    }();
    if (!decoded.ok())
        throw ImportError(decoded.error);
    const QByteArray utf8 = decoded.text.toUtf8();
    GumboArena arena;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 16;
    options.allocator = GumboArena::allocate;
    options.deallocator = GumboArena::deallocate;
    options.userdata = &arena;
    GumboOutput *output = parseWithin(arena, options, utf8);
    if (!output) {
        parsebudget::check();
        throw ImportError(QCoreApplication::translate("Import", "reading it needed more than the %1 MB of memory one file may use; "
                                                                "the file was not imported")
                              .arg(parsebudget::memoryLimitBytes() / (1024 * 1024)));
    }
    return html::readArticle(output->root); // the arena frees the tree, flat
}

} // namespace lectern::formats
