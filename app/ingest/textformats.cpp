// Plain text and Markdown import.
#include "formats.h"

#include "encoding.h"
#include "../model/stagecost.h"
#include "parsebudget.h"
#include "textcleanup.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <md4c.h>

namespace lectern::formats {

static QString decodeOrThrow(const QByteArray &bytes)
{
    const stagecost::Scope readCost(stagecost::Stage::Read);
    const encoding::Decoded decoded = encoding::decode(bytes);
    if (!decoded.ok())
        throw ImportError(decoded.error);
    return decoded.text;
}

ParsedDocument parseText(const QByteArray &bytes)
{
    ParsedDocument doc;
    doc.blocks = cleanup::blocksFromPlainText(decodeOrThrow(bytes));
    cleanup::readLeadingMetadata(doc);
    return doc;
}

namespace {

// "---" YAML-like front matter: simple "key: value" lines only.
QString takeFrontMatter(QString &text, ParsedDocument &doc)
{
    if (!text.startsWith(QLatin1String("---\n")) && !text.startsWith(QLatin1String("---\r\n")))
        return text;
    static const QRegularExpression end(QStringLiteral("\\n---\\s*\\n"));
    const auto m = end.match(text, 3);
    if (!m.hasMatch())
        return text;
    const QString header = text.mid(4, m.capturedStart() - 4);
    for (const QString &line : header.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\''))
            && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("title")) doc.title = value;
        else if (key == QLatin1String("author") || key == QLatin1String("byline")) doc.byline = value;
        else if (key == QLatin1String("date") || key == QLatin1String("published"))
            doc.published = cleanup::parseDate(value).isEmpty() ? value : cleanup::parseDate(value);
        else if (key == QLatin1String("source") || key == QLatin1String("outlet")
                 || key == QLatin1String("publisher")) doc.outlet = value;
        else if (key == QLatin1String("lang") || key == QLatin1String("language")) doc.langHint = value;
        else if (key == QLatin1String("url")) doc.url = value;
    }
    return text.mid(m.capturedEnd());
}

struct MarkdownState {
    QList<RawBlock> blocks;
    QString current;
    BlockKind kind = BlockKind::Paragraph;
    int quoteDepth = 0;
    int imageDepth = 0;
    int firstH1 = -1;

    void flush()
    {
        const QString text = kind == BlockKind::Preformatted ? current.trimmed()
                                                            : cleanup::normalizeSpace(current);
        if (!text.isEmpty())
            blocks.append({text, kind});
        current.clear();
    }
};

QString decodeEntity(const QString &entity)
{
    const bool hex = entity.startsWith(QLatin1String("&#x")) || entity.startsWith(QLatin1String("&#X"));
    if (entity.startsWith(QLatin1String("&#"))) {
        const char32_t c = entity.mid(hex ? 3 : 2).chopped(1).toUInt(nullptr, hex ? 16 : 10);
        return c > 0 && c <= 0x10FFFF ? QString::fromUcs4(&c, 1) : QString();
    }
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")}, {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")}, {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")}, {QStringLiteral("&nbsp;"), QString(QChar(0xA0))},
        {QStringLiteral("&mdash;"), QString(QChar(0x2014))}, {QStringLiteral("&ndash;"), QString(QChar(0x2013))},
    };
    return named.value(entity, entity);
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    if (parsebudget::exceeded())
        return 1;
    auto *state = static_cast<MarkdownState *>(userdata);
    switch (type) {
    case MD_BLOCK_H:
        state->flush();
        state->kind = BlockKind::Heading;
        if (static_cast<MD_BLOCK_H_DETAIL *>(detail)->level == 1 && state->firstH1 < 0)
            state->firstH1 = int(state->blocks.size());
        break;
    case MD_BLOCK_P: case MD_BLOCK_LI: case MD_BLOCK_CODE: case MD_BLOCK_TR:
        state->flush();
        state->kind = type == MD_BLOCK_LI ? BlockKind::ListItem
            : type == MD_BLOCK_CODE ? BlockKind::Preformatted
            : state->quoteDepth > 0 ? BlockKind::Quote : BlockKind::Paragraph;
        break;
    case MD_BLOCK_QUOTE:
        state->flush();
        ++state->quoteDepth;
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *state = static_cast<MarkdownState *>(userdata);
    if (type == MD_BLOCK_QUOTE)
        --state->quoteDepth;
    if (type == MD_BLOCK_TD || type == MD_BLOCK_TH)
        state->current += QStringLiteral(" | ");
    else if (type != MD_BLOCK_UL && type != MD_BLOCK_OL && type != MD_BLOCK_TABLE
             && type != MD_BLOCK_THEAD && type != MD_BLOCK_TBODY && type != MD_BLOCK_DOC)
        state->flush();
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<MarkdownState *>(userdata)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        --static_cast<MarkdownState *>(userdata)->imageDepth;
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    if (parsebudget::exceeded())
        return 1; // md4c stops and returns this
    auto *state = static_cast<MarkdownState *>(userdata);
    if (state->imageDepth > 0)
        return 0;
    const QString chunk = QString::fromUtf8(text, qsizetype(size));
    switch (type) {
    case MD_TEXT_SOFTBR: state->current += QLatin1Char(' '); break;
    case MD_TEXT_BR: state->current += QLatin1Char('\n'); break;
    case MD_TEXT_ENTITY: state->current += decodeEntity(chunk); break;
    case MD_TEXT_HTML: break; // raw inline HTML tags are markup, not text
    case MD_TEXT_NULLCHAR: break;
    default: state->current += chunk; break;
    }
    return 0;
}

} // namespace

ParsedDocument parseMarkdown(const QByteArray &bytes)
{
    ParsedDocument doc;
    QString text = decodeOrThrow(bytes);
    text = takeFrontMatter(text, doc);
    const QByteArray utf8 = text.toUtf8();
    MarkdownState state;
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTMLBLOCKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &state) != 0) {
        parsebudget::check();
        throw ImportError(QCoreApplication::translate("Import", "the Markdown could not be parsed"));
    }
    state.flush();
    doc.blocks = state.blocks;
    if (doc.title.isEmpty() && state.firstH1 >= 0)
        doc.title = doc.blocks.value(state.firstH1).text;
    cleanup::readLeadingMetadata(doc);
    return doc;
}

} // namespace lectern::formats
