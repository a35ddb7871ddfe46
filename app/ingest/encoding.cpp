#include "encoding.h"

#include <QCoreApplication>

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <memory>

namespace lectern::encoding {

static QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::encoding", text);
}

bool isValidUtf8(const QByteArray &bytes, qsizetype *firstBad)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int minimum = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1; minimum = 0x80; cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2; minimum = 0x800; cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3; minimum = 0x10000; cp = c & 0x07;
        } else {
            if (firstBad) *firstBad = i;
            return false;
        }
        if (i + extra >= n) {
            if (firstBad) *firstBad = i;
            return false;
        }
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) {
                if (firstBad) *firstBad = i;
                return false;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            if (firstBad) *firstBad = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

static bool hasMultibyteUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        if ((p[i] & 0xE0) == 0xC0 && (p[i + 1] & 0xC0) == 0x80 && p[i] >= 0xC2)
            return true;
        if ((p[i] & 0xF0) == 0xE0 && i + 2 < bytes.size() && (p[i + 1] & 0xC0) == 0x80
            && (p[i + 2] & 0xC0) == 0x80)
            return true;
    }
    return false;
}

// UTF-16 without a BOM shows as NUL in every other byte of ASCII-heavy text.
static QByteArray guessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return {};
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (oddNul > units * 3 / 10 && evenNul < units / 20)
        return "UTF-16LE";
    if (evenNul > units * 3 / 10 && oddNul < units / 20)
        return "UTF-16BE";
    return {};
}

// UTF-16 without a BOM and with few or no ASCII characters (Japanese, Chinese, Korean)
// has no NUL pattern: read as 16-bit units, nearly every unit is then a letter of a CJK or
// other script, punctuation or a space, and no surrogate is left unpaired. Only tried for
// bytes with NULs (its line ends and spaces), which no 8-bit or UTF-8 text has: Shift_JIS
// read as UTF-16 also looks like ideographs.
static bool looksLikeText(char16_t u)
{
    return (u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t' || (u >= 0xA0 && u < 0x2000)
        || (u >= 0x2010 && u < 0x2070) || (u >= 0x3000 && u < 0x3100) // CJK punctuation, kana
        || (u >= 0x3400 && u < 0x4DC0) || (u >= 0x4E00 && u < 0xA000) // ideographs
        || (u >= 0xAC00 && u < 0xD7A4) || (u >= 0xFF00 && u < 0xFFF0); // hangul, full width
}

static QByteArray guessUtf16Text(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    if (n < 16)
        return {};
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    for (const bool little : {true, false}) {
        qsizetype text = 0;
        bool broken = false;
        for (qsizetype i = 0; i < n && !broken; i += 2) {
            const char16_t u = little ? char16_t(p[i] | (p[i + 1] << 8)) : char16_t((p[i] << 8) | p[i + 1]);
            if (QChar::isHighSurrogate(u)) {
                const char16_t next = i + 3 < n ? (little ? char16_t(p[i + 2] | (p[i + 3] << 8)) : char16_t((p[i + 2] << 8) | p[i + 3])) : 0;
                broken = !QChar::isLowSurrogate(next);
                text += 2;
                i += 2;
            } else if (QChar::isLowSurrogate(u)) {
                broken = true;
            } else if (looksLikeText(u)) {
                ++text;
            }
        }
        if (!broken && text * 100 >= (n / 2) * 97)
            return little ? "UTF-16LE" : "UTF-16BE";
    }
    return {};
}

Decoded decodeAs(const QByteArray &bytes, const QByteArray &charset)
{
    Decoded result;
    result.encoding = QString::fromLatin1(charset);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> converter(
        ucnv_open(charset.constData(), &status), ucnv_close);
    if (U_FAILURE(status)) {
        result.error = tr("unknown text encoding \"%1\"").arg(result.encoding);
        return result;
    }
    // Stop at the first byte that is not valid in this encoding rather than guessing.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString text(bytes.size() * 2 + 2, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()),
                                         int32_t(text.size()), bytes.constData(),
                                         int32_t(bytes.size()), &status);
    if (U_FAILURE(status)) {
        result.error = tr("the bytes are not valid %1").arg(result.encoding);
        return result;
    }
    text.truncate(length);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    result.text = text;
    return result;
}

QByteArray encodeAs(const QString &text, const QByteArray &charset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> converter(
        ucnv_open(charset.constData(), &status), ucnv_close);
    if (U_FAILURE(status))
        return {};
    QByteArray out(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter.get(), out.data(), int32_t(out.size()),
                                           reinterpret_cast<const UChar *>(text.constData()),
                                           int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(length);
    return out;
}

static QByteArray detectWithUchardet(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(bytes.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get()));
}

Decoded decode(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        Decoded d = decodeAs(bytes.mid(3), "UTF-8");
        if (!d.ok())
            d.error = tr("invalid UTF-8 after a UTF-8 byte order mark");
        return d;
    }
    if (bytes.startsWith("\xFF\xFE"))
        return decodeAs(bytes.mid(2), "UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return decodeAs(bytes.mid(2), "UTF-16BE");

    if (const QByteArray utf16 = guessUtf16(bytes); !utf16.isEmpty())
        return decodeAs(bytes, utf16);
    if (bytes.contains('\0')) {
        if (const QByteArray utf16 = guessUtf16Text(bytes); !utf16.isEmpty())
            return decodeAs(bytes, utf16);
        Decoded d;
        d.error = tr("binary data, not text");
        return d;
    }
    qsizetype firstBad = 0;
    const bool validUtf8 = isValidUtf8(bytes, &firstBad);
    if (validUtf8 && (declaredCharset.isEmpty() || hasMultibyteUtf8(bytes)))
        return decodeAs(bytes, "UTF-8");
    QByteArray guess = validUtf8 ? QByteArray() : detectWithUchardet(bytes).toUpper();
    // Legacy CJK encodings can look like damaged UTF-8: when uchardet names one and the
    // bytes decode strictly in it, that is what they are.
    static const QByteArrayList multibyte = {"EUC-KR", "UHC", "CP949", "SHIFT_JIS", "EUC-JP",
                                             "GB18030", "GB2312", "BIG5", "EUC-TW", "ISO-2022-JP",
                                             "ISO-2022-KR", "ISO-2022-CN", "HZ-GB-2312"};
    if (guess == "UHC" || guess == "CP949")
        guess = "windows-949"; // ICU's name for Korean's extended EUC-KR
    if (multibyte.contains(guess) || guess == "windows-949") {
        if (Decoded d = decodeAs(bytes, guess); d.ok())
            return d;
    }
    if (!validUtf8 && hasMultibyteUtf8(bytes)) {
        Decoded d;
        d.error = firstBad >= bytes.size() - 3
            ? tr("the file ends in the middle of a UTF-8 character (truncated?)")
            : tr("invalid UTF-8 at byte %1").arg(firstBad);
        return d;
    }
    if (!declaredCharset.isEmpty()) {
        QByteArray charset = declaredCharset.trimmed().toLower();
        // WHATWG: a page that says Latin-1 is read as windows-1252.
        if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii")
            charset = "windows-1252";
        Decoded d = decodeAs(bytes, charset);
        if (d.ok())
            return d;
    }
    if (validUtf8)
        return decodeAs(bytes, "UTF-8");
    if (guess.isEmpty() || guess == "ASCII")
        guess = "windows-1252";
    if (guess == "ISO-8859-1")
        guess = "windows-1252"; // a superset that also maps 0x80-0x9F (€, curly quotes)
    Decoded d = decodeAs(bytes, guess);
    if (!d.ok() && guess != "windows-1252")
        d = decodeAs(bytes, "windows-1252");
    return d;
}

} // namespace lectern::encoding
