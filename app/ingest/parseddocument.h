#pragma once

#include "../model/article.h"

#include <QList>
#include <QString>

namespace lectern {

// One block as a parser finds it, before offsets are assigned.
struct RawBlock {
    QString text;
    BlockKind kind = BlockKind::Paragraph;
};

// What a format's parser extracts from one file. importer.cpp turns it into an article.
struct ParsedDocument {
    QString title;
    QString byline;
    QString outlet;
    QString published;
    QString url;
    QString langHint; // declared language (html lang, front matter), may be wrong or empty
    QList<RawBlock> blocks;
};

// Thrown by a parser when a file cannot become an article; the message says why, in terms
// a user understands ("binary data, not text"), without the file name.
class ImportError : public std::exception
{
public:
    explicit ImportError(QString reason) : m_reason(std::move(reason)), m_utf8(m_reason.toUtf8()) {}
    const QString &reason() const { return m_reason; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_reason;
    QByteArray m_utf8;
};

} // namespace lectern
