#include "importer.h"
#include "../model/textcut.h"

#include "../analysis/claimextractor.h"
#include "../analysis/languageid.h"
#include "../model/stagecost.h"
#include "../storage/searchtext.h"
#include "formats.h"
#include "localfile.h"
#include "parsebudget.h"
#include "textcleanup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>

namespace lectern::importer {

static QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::importer", text);
}

std::optional<Format> formatForName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Format::Text;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Html: return QStringLiteral("html");
    case Format::Markdown: return QStringLiteral("md");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Text: break;
    }
    return QStringLiteral("txt");
}

Format detectFormat(const QString &fileName, const QByteArray &bytes)
{
    if (const auto format = formatForName(fileName))
        return *format;
    if (bytes.startsWith("%PDF-"))
        return Format::Pdf;
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body"))
        return Format::Html;
    return Format::Text;
}

static ParsedDocument parse(const QByteArray &bytes, Format format)
{
    switch (format) {
    case Format::Html: return formats::parseHtml(bytes);
    case Format::Markdown: return formats::parseMarkdown(bytes);
    case Format::Pdf: return formats::parsePdf(bytes);
    case Format::Text: break;
    }
    return formats::parseText(bytes);
}

static int wordCount(const QList<RawBlock> &blocks)
{
    int words = 0;
    for (const RawBlock &block : blocks) {
        bool inWord = false;
        for (QChar c : block.text) {
            const bool letter = c.isLetterOrNumber();
            // A CJK character is about a word of its own.
            if (letter && (!inWord || searchtext::isSpacelessScript(c.unicode())))
                ++words;
            inWord = letter;
        }
    }
    return words;
}

// Turns parsed blocks into the canonical text, with the title as its first block.
static void detectLanguages(ArticleContent &content, const QString &langHint);

static ArticleContent buildContent(ParsedDocument doc)
{
    ArticleContent content;
    QList<RawBlock> &blocks = doc.blocks;
    if (doc.title.isEmpty() && !blocks.isEmpty()) {
        // A title from the first paragraph: cut at a space before 200 characters, never inside a word
        // or a surrogate pair.
        const QString &first = blocks.first().text;
        qsizetype cut = first.size();
        if (cut > 200) {
            cut = first.lastIndexOf(QLatin1Char(' '), 200);
            if (cut < 40) {
                cut = 200;
                if (first[cut - 1].isHighSurrogate())
                    --cut;
            }
        }
        doc.title = first.left(cut);
    }
    doc.title = doc.title.simplified();
    // The title stays where the text has it (after a "Source:" line, say), else it leads.
    const auto titleBlock = std::find_if(blocks.begin(), blocks.begin() + std::min<qsizetype>(blocks.size(), 8),
                                         [&doc](const RawBlock &b) { return b.text.simplified() == doc.title; });
    if (titleBlock != blocks.begin() + std::min<qsizetype>(blocks.size(), 8))
        titleBlock->kind = BlockKind::Heading;
    else if (!doc.title.isEmpty())
        blocks.prepend({doc.title, BlockKind::Heading});
    for (const RawBlock &raw : std::as_const(blocks)) {
        if (!content.text.isEmpty())
            content.text += QStringLiteral("\n\n");
        Block block;
        block.start = int(content.text.size());
        content.text += raw.text;
        block.end = int(content.text.size());
        block.kind = raw.kind;
        content.blocks.append(block);
    }
    ArticleMeta &meta = content.meta;
    meta.title = doc.title;
    meta.byline = doc.byline;
    meta.outlet = doc.outlet;
    meta.published = doc.published;
    meta.url = doc.url;
    detectLanguages(content, doc.langHint);
    return content;
}

// The article's language, and each paragraph's.
static void detectLanguages(ArticleContent &content, const QString &langHint)
{
    ArticleMeta &meta = content.meta;
    const stagecost::Scope cost(stagecost::Stage::LanguageId);
    const language::Guess guess = language::detect(content.text);
    meta.lang = guess.code;
    if (meta.lang == QLatin1String("und") && !langHint.isEmpty())
        meta.lang = langHint.section(QLatin1Char('-'), 0, 0).toLower();
    // The words of the text the article's language was judged by; none when it is unknown
    // (every paragraph is then judged on its own).
    const QSet<QString> commonWords = guess.code == QLatin1String("und")
        ? QSet<QString>() : language::commonWords(QStringView(content.text).left(language::JudgedLength));
    for (Block &block : content.blocks)
        block.lang = language::detectBlock(QStringView(content.text).mid(block.start, block.end - block.start), meta.lang,
                                           commonWords);
    meta.textLength = int(content.text.size());
}

NewArticle prepareBytes(const QByteArray &bytes, const QString &fileName, Format format)
{
    const parsebudget::Scope budget; // this file's time and memory
    if (bytes.trimmed().isEmpty())
        throw ImportError(tr("the file is empty"));
    NewArticle article;
    {
        const stagecost::Scope cost(stagecost::Stage::ReaderMode);
        ParsedDocument doc = parse(bytes, format);
        cleanup::removeBoilerplate(doc.blocks);
        if (wordCount(doc.blocks) < 8)
            throw ImportError(tr("no article text found (fewer than 8 words)"));
        article.content = buildContent(std::move(doc));
    }
    article.content.meta.fileName = localfile::display(QFileInfo(fileName).fileName());
    article.content.meta.format = formatName(format);
    {
        const stagecost::Scope cost(stagecost::Stage::Read);
        article.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        article.originalSize = bytes.size();
        // Level 1: most of the saving for a fraction of the time; originals are rarely read.
        article.storedOriginal = qCompress(bytes, 1);
        article.compression = QStringLiteral("zlib");
    }
    {
        const stagecost::Scope cost(stagecost::Stage::IndexText);
        article.indexTitle = searchtext::indexText(article.content.meta.title);
        article.indexBody = searchtext::indexText(article.content.text);
    }
    parsebudget::check();
    article.claims = extractClaims(article.content.text, article.content.meta.lang, article.content.blocks);
    parsebudget::check();
    return article;
}

NewArticle prepareText(const QString &text, const ParsedDocument &meta, const QString &fileName)
{
    NewArticle article;
    ArticleContent &content = article.content;
    content.text = text;
    // Paragraphs are the runs of text between line breaks; the text is kept as it is.
    for (qsizetype at = 0; at < text.size();) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), at);
        const qsizetype stop = end < 0 ? text.size() : end;
        if (!QStringView(text).mid(at, stop - at).trimmed().isEmpty()) {
            Block block;
            block.start = int(at);
            block.end = int(stop);
            content.blocks.append(block);
        }
        at = stop + 1;
    }
    content.meta.title = meta.title.simplified();
    if (content.meta.title.isEmpty() && !content.blocks.isEmpty())
        content.meta.title = textcut::head(QStringView(text).mid(content.blocks.first().start,
                                                                content.blocks.first().end - content.blocks.first().start).trimmed(), 200);
    content.meta.byline = meta.byline;
    content.meta.outlet = meta.outlet;
    content.meta.published = meta.published;
    content.meta.url = meta.url;
    content.meta.fileName = fileName;
    content.meta.format = QStringLiteral("txt");
    detectLanguages(content, meta.langHint);
    const QByteArray bytes = text.toUtf8();
    article.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    article.originalSize = bytes.size();
    article.storedOriginal = qCompress(bytes, 1);
    article.compression = QStringLiteral("zlib");
    article.indexTitle = searchtext::indexText(content.meta.title);
    article.indexBody = searchtext::indexText(content.text);
    article.claims = extractClaims(content.text, content.meta.lang, content.blocks);
    return article;
}

NewArticle prepareFile(const QString &path)
{
    // Regular files only, read without blocking: a FIFO or device is refused, never opened.
    QByteArray bytes;
    {
        const stagecost::Scope cost(stagecost::Stage::Read);
        bytes = localfile::readRegular(path, MaxFileSize);
    }
    return prepareBytes(bytes, path, detectFormat(path, bytes));
}

} // namespace lectern::importer
