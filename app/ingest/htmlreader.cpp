#include "htmlreader.h"

#include "textcleanup.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gumbo.h>

namespace lectern::html {

namespace {

QString attr(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

GumboTag tagOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_ELEMENT)
        return &node->v.element.children;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    return nullptr;
}

// Visits nodes depth-first in document order; visit returns false to skip a subtree.
template<typename Visit>
void walk(GumboNode *root, Visit visit)
{
    QList<GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        GumboNode *node = stack.takeLast();
        if (!visit(node))
            continue;
        if (const GumboVector *children = childrenOf(node)) {
            for (unsigned int i = children->length; i > 0; --i)
                stack.append(static_cast<GumboNode *>(children->data[i - 1]));
        }
    }
}

QString textOf(GumboNode *node)
{
    QString text;
    walk(node, [&text, node](GumboNode *n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE
            || n->type == GUMBO_NODE_CDATA)
            text += QString::fromUtf8(n->v.text.text);
        const GumboTag tag = tagOf(n);
        return n == node
            || (tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE && tag != GUMBO_TAG_TEMPLATE);
    });
    return text.simplified();
}

bool isJunkTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU: case GUMBO_TAG_LABEL:
        return true;
    default:
        return false;
    }
}

// Class and id words that mark page furniture rather than article text.
bool isJunkElement(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    if (isJunkTag(tagOf(node)))
        return true;
    if (!attr(node, "hidden").isNull() || attr(node, "aria-hidden") == QLatin1String("true"))
        return true;
    static const QRegularExpression displayNone(QStringLiteral("display\\s*:\\s*none"));
    if (displayNone.match(attr(node, "style")).hasMatch())
        return true;
    const QString role = attr(node, "role");
    if (role == QLatin1String("navigation") || role == QLatin1String("complementary")
        || role == QLatin1String("banner") || role == QLatin1String("contentinfo"))
        return true;
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
        return false;
    static const QRegularExpression junk(QStringLiteral(
        "(^|[\\s_-])(nav|navbar|menu|footer|sidebar|comments?|share|sharing|social|newsletter|"
        "subscribe|signup|promo|related|advert|ads?|adslot|banner|cookie|consent|popup|modal|"
        "jobs?|breadcrumbs?|recommended|recirculation|read-?also|more-stories|teaser|"
        "paywall|login|tags|masthead)($|[\\s_-])"),
        QRegularExpression::CaseInsensitiveOption);
    const QString names = attr(node, "class") + QLatin1Char(' ') + attr(node, "id");
    return junk.match(names).hasMatch();
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_ADDRESS:
        return true;
    default:
        return false;
    }
}

BlockKind kindOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: return BlockKind::Heading;
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: return BlockKind::ListItem;
    case GUMBO_TAG_BLOCKQUOTE: return BlockKind::Quote;
    case GUMBO_TAG_PRE: return BlockKind::Preformatted;
    default: return BlockKind::Paragraph;
    }
}

// Readability-style scoring: each paragraph adds to its parent and half to its grandparent.
GumboNode *findArticleRoot(GumboNode *body)
{
    QHash<GumboNode *, double> scores;
    walk(body, [&scores](GumboNode *node) {
        if (node->type != GUMBO_NODE_ELEMENT)
            return false;
        if (isJunkElement(node))
            return false;
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE) {
            const QString text = textOf(node);
            if (text.size() >= 25) {
                const double score = 1.0 + text.count(QLatin1Char(',')) + text.count(QChar(0x3001))
                    + std::min(text.size() / 100.0, 3.0);
                GumboNode *parent = node->parent;
                if (parent) {
                    scores[parent] += score;
                    if (parent->parent)
                        scores[parent->parent] += score / 2;
                }
            }
            return false;
        }
        return true;
    });
    GumboNode *best = body;
    double bestScore = 0;
    static const QRegularExpression positive(QStringLiteral(
        "article|body|content|entry|main|post|story|text"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        double score = it.value();
        if (tagOf(it.key()) == GUMBO_TAG_ARTICLE || attr(it.key(), "itemprop") == QLatin1String("articleBody")
            || positive.match(attr(it.key(), "class") + attr(it.key(), "id")).hasMatch())
            score *= 1.25;
        if (score > bestScore) {
            bestScore = score;
            best = it.key();
        }
    }
    return best;
}

struct BlockBuilder {
    QList<RawBlock> blocks;
    QString current;
    qsizetype linkChars = 0;
    BlockKind kind = BlockKind::Paragraph;

    void flush()
    {
        const QString text = kind == BlockKind::Preformatted ? current.trimmed()
                                                            : cleanup::normalizeSpace(current);
        // A block that is mostly links ("Read also" lists, tag clouds) is not article text.
        const bool linkList = text.size() < 300 && linkChars > 0 && linkChars * 10 > text.size() * 6;
        if (!text.isEmpty() && !linkList)
            blocks.append({text, kind});
        current.clear();
        linkChars = 0;
        kind = BlockKind::Paragraph;
    }
};

void collectBlocks(GumboNode *root, BlockBuilder &out)
{
    // An explicit stack of (node, leaving) pairs gives enter and leave events without recursion.
    QList<QPair<GumboNode *, bool>> stack{{root, false}};
    int inLink = 0;
    while (!stack.isEmpty()) {
        auto [node, leaving] = stack.takeLast();
        const GumboTag tag = tagOf(node);
        if (leaving) {
            if (tag == GUMBO_TAG_A)
                --inLink;
            if (isBlockTag(tag))
                out.flush();
            continue;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
            || node->type == GUMBO_NODE_CDATA) {
            const QString text = QString::fromUtf8(node->v.text.text);
            out.current += text;
            if (inLink)
                out.linkChars += text.trimmed().size();
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT || (node != root && isJunkElement(node)))
            continue;
        if (tag == GUMBO_TAG_BR) {
            out.current += QLatin1Char('\n');
            continue;
        }
        if (tag == GUMBO_TAG_IMG)
            continue;
        if (isBlockTag(tag)) {
            out.flush();
            out.kind = kindOf(tag);
        }
        if (tag == GUMBO_TAG_A)
            ++inLink;
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            out.current += QLatin1Char(' ');
        stack.append({node, true});
        const GumboVector *children = childrenOf(node);
        for (unsigned int i = children->length; i > 0; --i)
            stack.append({static_cast<GumboNode *>(children->data[i - 1]), false});
    }
    out.flush();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString().simplified();
    if (value.isArray()) {
        QStringList names;
        for (const auto &item : value.toArray())
            if (const QString name = jsonText(item); !name.isEmpty())
                names << name;
        return names.join(QStringLiteral(", "));
    }
    return {};
}

void readJsonLd(const QJsonValue &value, ParsedDocument &doc)
{
    if (value.isArray()) {
        for (const auto &item : value.toArray())
            readJsonLd(item, doc);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("@graph")))
        readJsonLd(object.value(QLatin1String("@graph")), doc);
    const QString type = jsonText(object.value(QLatin1String("@type")));
    if (!type.contains(QLatin1String("Article")) && !type.contains(QLatin1String("Posting")))
        return;
    auto fill = [](QString &field, const QString &found) {
        if (field.isEmpty())
            field = found;
    };
    fill(doc.title, jsonText(object.value(QLatin1String("headline"))));
    fill(doc.byline, jsonText(object.value(QLatin1String("author"))));
    fill(doc.outlet, jsonText(object.value(QLatin1String("publisher"))));
    fill(doc.published, jsonText(object.value(QLatin1String("datePublished"))));
    fill(doc.url, jsonText(object.value(QLatin1String("url"))));
    fill(doc.langHint, jsonText(object.value(QLatin1String("inLanguage"))));
}

void readHead(GumboNode *root, ParsedDocument &doc, QString &titleElement)
{
    QHash<QString, QString> meta;
    walk(root, [&](GumboNode *node) {
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_HTML)
            doc.langHint = attr(node, "lang");
        else if (tag == GUMBO_TAG_TITLE && titleElement.isEmpty())
            titleElement = textOf(node);
        else if (tag == GUMBO_TAG_META) {
            const QString key = (attr(node, "property") + attr(node, "name") + attr(node, "itemprop")).toLower();
            if (!key.isEmpty() && !meta.contains(key))
                meta.insert(key, attr(node, "content").simplified());
        } else if (tag == GUMBO_TAG_LINK && attr(node, "rel") == QLatin1String("canonical"))
            meta.insert(QStringLiteral("canonical"), attr(node, "href"));
        else if (tag == GUMBO_TAG_SCRIPT && attr(node, "type") == QLatin1String("application/ld+json")) {
            const QJsonDocument json = QJsonDocument::fromJson(textOf(node).toUtf8());
            readJsonLd(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), doc);
        } else if (tag == GUMBO_TAG_TIME && meta.value(QStringLiteral("time")).isEmpty())
            meta.insert(QStringLiteral("time"), attr(node, "datetime"));
        return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE;
    });
    auto first = [&meta](std::initializer_list<const char *> keys) {
        for (const char *key : keys)
            if (const QString v = meta.value(QLatin1String(key)); !v.isEmpty())
                return v;
        return QString();
    };
    auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    fill(doc.title, first({"og:title", "twitter:title", "headline"}));
    const QString author = first({"author", "article:author", "byl", "dc.creator"});
    if (!author.startsWith(QLatin1String("http")))
        fill(doc.byline, author.startsWith(QLatin1String("By "), Qt::CaseInsensitive) ? author.mid(3) : author);
    fill(doc.outlet, first({"og:site_name", "application-name", "publisher"}));
    fill(doc.published, first({"article:published_time", "datepublished", "date", "pubdate",
                               "dc.date", "dcterms.created", "time"}));
    fill(doc.url, first({"canonical", "og:url"}));
}

} // namespace

ParsedDocument readArticle(GumboNode *root)
{
    ParsedDocument doc;
    QString titleElement;
    readHead(root, doc, titleElement);
    GumboNode *body = root;
    walk(root, [&body, root](GumboNode *node) {
        if (tagOf(node) == GUMBO_TAG_BODY)
            body = node;
        return body == root;
    });
    BlockBuilder builder;
    collectBlocks(findArticleRoot(body), builder);
    doc.blocks = builder.blocks;
    if (doc.title.isEmpty()) {
        for (const RawBlock &block : std::as_const(doc.blocks))
            if (block.kind == BlockKind::Heading) {
                doc.title = block.text;
                break;
            }
    }
    if (doc.title.isEmpty()) {
        // "Headline | Outlet" in <title>: keep the headline.
        static const QRegularExpression siteSuffix(QStringLiteral("\\s+[|–—-]\\s+[^|–—-]{2,40}$"));
        doc.title = QString(titleElement).remove(siteSuffix);
    }
    static const QRegularExpression isoStart(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}"));
    doc.published = isoStart.match(doc.published).hasMatch() ? doc.published.left(25)
                                                             : cleanup::parseDate(doc.published);
    return doc;
}

} // namespace lectern::html
