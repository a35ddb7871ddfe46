#pragma once

#include <QByteArray>
#include <QString>

namespace lectern::encoding {

struct Decoded {
    QString text;
    QString encoding; // the name of the encoding used, e.g. "UTF-8", "windows-1252"
    QString error;    // why the bytes could not be decoded; text is empty then
    bool ok() const { return error.isEmpty(); }
};

// True when bytes are valid UTF-8; *firstBad gets the offset of the first invalid byte.
bool isValidUtf8(const QByteArray &bytes, qsizetype *firstBad = nullptr);

// Decodes a text file: a BOM wins, then a declared charset (from HTML), then strict UTF-8,
// then UTF-16 without BOM, then uchardet's guess. Bytes that mix valid multi-byte UTF-8
// with invalid sequences are refused as damaged UTF-8 rather than guessed as Latin-1.
// Binary data (NUL bytes outside UTF-16) is refused.
Decoded decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// Converts with ICU; empty error on success. Used by decode() and by tests that need text
// in a legacy encoding.
Decoded decodeAs(const QByteArray &bytes, const QByteArray &charset);
QByteArray encodeAs(const QString &text, const QByteArray &charset);

} // namespace lectern::encoding
