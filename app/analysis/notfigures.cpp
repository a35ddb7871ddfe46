#include "notfigures.h"

#include "lexicon.h"
#include "requiredtext.h"

#include <QRegularExpression>

#include <algorithm>

namespace lectern {

namespace {

QRegularExpression pattern(const char *source)
{
    QRegularExpression re(QString::fromUtf8(source),
                          QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
    re.optimize();
    return re;
}

// Shapes that are never figures, whatever the language.
const QList<QRegularExpression> &shapes()
{
    static const QList<QRegularExpression> list = {
        pattern(R"((?:https?://|www\.)[^\s<>"“”]+)"),                                        // URLs
        pattern(R"([\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})"),                           // e-mail
        pattern(R"([\p{L}\p{N}_-]+\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|csv|txt|html?|mp4|mov|zip|json|xml)\b)"),
        pattern(R"((?<![\d.,])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d))"),                         // 2025-10-29, 2025.10.31
        pattern(R"((?<![\d.,])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d]))"),              // 29.10.2025, 10/29/25
        pattern(R"((?<![\d.,])\d{1,2}\.\s\d{1,2}\.\s?(?:\d{4})?(?![\d]))"),                    // 30. 10. 2025 (Czech, Slovak)
        pattern(R"(\d+[Hh]\d)"),                                                               // 25H2
        pattern(R"((?<!\p{L})(?:tel|telefon\p{L}*|phone|ring på|call|llamar al|appeler le|chiamare il|zadzwoń pod|телефон\p{L}*|hotline|số)\.?\s*(?:na\s+|al\s+|på\s+|au\s+)?[+\d][\d ./-]{6,}\d)"),
        pattern(R"((?<![\d.,/])\d{1,2}/\d{1,2}(?![\d/]))"),                                    // 28/10, 10/29
        pattern(R"((?<![\d.,])\d{1,2}\.\d{1,2}\.(?=\s+\S))"),                                  // 29.10. (not 2.5 at a sentence's end)
        pattern(R"((?<!\p{L})(?:kello|klo|kl\.?|klokken|klockan|klokka)\s+\d{1,2}(?![\d.,]))"),       // kello 6
        pattern(R"((?<![\d.,])\d{1,2}[.:]\d{2}\s?[–-]\s?\d{1,2}[.:]\d{2}(?!\d))"),                 // 9.00–15.00
        pattern(R"(\d{3}\s?(?:MAX|NEO|neo|ER|XL|XLR)\b)"),                                       // 737 MAX
        pattern(R"((?<!\p{L})(?:Boeing|Airbus|iPhone|Galaxy|Windows|Pixel|Model|Tesla|Audi|BMW|Volvo|Android|بوينغ|إيرباص|ایرباس|بوئینگ|एंड्रॉयड|आईफोन)\s?\d+)"),
        pattern(R"((?<![\d.,])\d{1,2}[:h]\d{2}(?!\d))"),                                       // 14:30, 14h30
        pattern(R"((?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|uhr\b|giờ\b|uur\b))"),
        pattern(R"(\bkl\.\s?\d{1,2}(?:[.:]\d{2})?)"),                                          // kl. 14
        pattern(R"((?<![\d.,])\d+\.\d{1,2}\.\d+(?:\.\d+)*(?!\d))"),                            // versions 18.1.2
        pattern(R"(\bv\d+(?:\.\d+)*)"),                                                        // v2, v18.1
        pattern(R"((?<![\p{Latin}\p{N}])(?:ver\.|version|versión|versão|versione|iOS|iPadOS|macOS|Android|Windows|Python|Java|Firefox|Chrome)\s?\d+(?:\.\d+)*)"),
        // Covid-19, F-35, کووید-۱۹; not Hebrew, whose prefixes join numbers with a hyphen ("כ-400": about 400).
        pattern(R"([\p{Latin}\p{Greek}\p{Cyrillic}\p{Arabic}\p{Devanagari}]+[-‑]\d+\b)"),
        pattern(R"((?<!\p{L})ה-\d+)"),                                                                  // ה-11: the 11th
        pattern(R"(\d+['’]\p{Ll}*nc[iıuü])"),                                                            // 2'nci, 3'üncü
        pattern(R"(\d+\s?sayılı)"),                                                                       // 33062 sayılı
        pattern(R"((?<![\d.,])\d[\d ]*\s?numaral\p{L}*)"),                                              // 444 0 864 numaralı
        pattern(R"((?:ไตรมาส|อันดับที่|ลำดับที่|ครั้งที่|เข็มที่|ฉบับที่)\s?\d+)"),                          // ไตรมาส 3, อันดับที่ 3
        pattern(R"((?<![\d.,])\d+-[aeoöá]s(?!\p{L}))"),                                                  // a 4-es metró
        pattern(R"((?<!\p{L})nomor\s+\d+\s+tahun\s+\d{4})"),                                            // Nomor 6 Tahun 2023
        pattern(R"((?<!\p{L})thứ\s+(?:\d+|Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy))"),               // thứ 3, thứ Hai (Monday)
        pattern(R"((?<![\d.,])\d{1,2}\s?giờ(?:\s?\d{1,2}\s?phút)?)"),                                   // 9 giờ 15 phút
        pattern(R"((?<![\d.,])1[89]00\s\d{4}(?!\d))"),                                                   // 1900 9095 hotline
        pattern(R"(\p{Devanagari}+\d+)"),                                                              // जी20
        pattern(R"((?<![\d.,])\d{1,2}(?:[.:]\d{2})?\s?बजे)"),                                       // 11 बजे
        pattern(R"((?<![\p{L}\p{N}])\p{Lu}{1,4}\d+[\p{L}\d]*)"),                               // A320, G7, COP28
        pattern(R"((?<![\p{L}\p{N}])\d[DG](?![\p{L}\p{N}]))"),                                 // 5G, 3D
        pattern(R"(\+\d{1,3}[\s-]?(?:\(\d+\)[\s-]?)?\d{1,4}(?:[\s-]\d{2,4}){1,4})"),            // +45 33 12 34 56
        pattern(R"((?<![\d.,])\d{2}(?:[ .-]\d{2}){3,4}(?![\d]))"),                                // 33 12 45 67
        pattern(R"((?<![\d.,])\d{4}-\d{3,}(?!\d))"),                                                // case 2025-4471
        pattern(R"((?<!\p{L})(?:nr|no|núm|n[ºo°]|nummer|number|zaaknummer|j\.nr|sag|case|#|§|art|artikel|article|paragraf)\.?\s*\d[\d./-]*)"),
        pattern(R"(\p{L}*(?:straße|strasse|str\.|gasse|weg|allee|gade|gate|gaten|vej|vejen|gatan|vägen|väg|straat|laan|plein|street|road|avenue|ave\.|rue|calle|via|ulica|utca|katu|tie|улица|ул\.)\s+\d+\p{L}?(?![\d\p{L}]))"),
        pattern(R"(\b\p{Ll}+\p{Lu}\p{L}*\s\d+\b)"),                                                  // iPhone 16
        pattern(R"(\b\p{Lu}\p{Ll}+\p{Lu}\p{L}*\s\d+\b)"),                                           // PlayStation 5
        pattern(R"((?<!\p{L})(?:klokken|klokka|klockan|kello|klo|kl|um|gegen|omkring|om|godz|o godzinie|órakor)\.?\s+\d{1,2}[.:]\d{2}(?!\d))"),
        pattern(R"((?<![\d.,])\d{1,2}\.\d{2}\s?(?:uhr|u\.|h|hod\.|óra)(?!\p{L}))"),
        pattern(R"((?<!\p{L})(?:a las|a la|las|alle ore|alle|dalle|ore|às|as|à|vers|desde las|hasta las|de las|pukul|jam|saat|lúc|kello|klo|kl|at|um|о|в|около|στις|στη|στην)\s+\d{1,2}(?:[.:h]\s?\d{2})(?!\d))"),
        pattern(R"((?<![\d.,])\d{1,2}[.:]\d{2}\s*(?:horas|hs|h|uur|wib|wita|wit|น\.|giờ|ч\.|óra|godz\.?|časova|часова|sati|сати|sata|сата|óra\p{L}*)(?!\p{L}))"),
        pattern(R"((?<![\d.,])\d{1,2}\s?h\s?\d{2}(?!\d))"),                                 // 22 h 30
        pattern(R"((?<![\d.,\p{L}])\d{1,2}\s?h(?![\p{L}\d]))"),                              // vers 17 h
        pattern(R"(\(\d{1,2}\))"),                                                            // terça-feira (28), footnotes
        pattern(R"((?<![\d.,])\d+\.?[º°ª](?!\p{L}))"),                                       // 3° posto, 5.ª
        pattern(R"((?<!\p{L})n\.?\s?[ºo°]\.?\s?\d+)"),                                       // n.º 3
        pattern(R"((?<!\p{L})(?:ibex|dax|ftse|nikkei|kospi|bist|stoxx|cac|smi|omx|wig|bux|topix|sensex|nifty|s&p|nasdaq|ת"א|निफ्टी|सेंसेक्स)\s?\d+)"),
        pattern(R"((?<![\d.,])0\d{1,4}[\s/-]\d{2,4}(?:[\s-]\d{2,4}){1,3}(?!\d))"),            // 030 1234 5678
        pattern(R"(\b[QH][1-4]\b)"),                                                           // Q3, H1
        pattern(R"(\d\s?(?:분기|반기))"),                                                      // 2분기
        pattern(R"(第?\s?\d+\s?(?:四半期|半期|季度))"),                                        // 第2四半期
        pattern(R"((?:quý|quí)\s+(?:[IVX]+|\d))"),
        pattern(R"(\d(?:st|nd|rd|th)\s+(?:quarter|half))"),
        pattern(R"(\b(?:[1-4](?:er|e|è|ème))\s+(?:trimestre|semestre))"),
        pattern(R"(\d\.\s?(?:quartal|kvartal|halbjahr|halvår|neljännes|kwartał|čtvrtletí|negyedév|çeyrek))"),
        pattern(R"(第\s?\d+)"),                                                                // 第3位
        pattern(R"(제\s?\d+)"),                                                                // 제2공장, 제21대
        pattern(R"(\d+\s?(?:호선|호기|호|쪽|페이지|ページ|页|類|类|号線|号机|回目|章|条|項))"),       // 2호선, 12쪽, 5類
        pattern(R"(\d{1,2}\s?[～~〜-]\s?\d{1,2}\s?月)"),                                      // 1～9月
        pattern(R"(\d{1,2}\s?(?:时|点)(?:\s?\d{1,2}\s?分)?)"),                                 // 18时
        pattern(R"(\d+\s?(?:番目|番手|位|위|번째|등|차|회째|度目))"),
        pattern(R"((?<![\d.,])\d+(?:st|nd|rd|th|er|ère|re|e|ème|º|ª|ste|de|ten|te)(?![\p{L}\d]))"),
        pattern(R"((?<![\d.,])\d{1,2}\.[º°ª])"),                                                 // 2.º
        pattern(R"(\d{1,4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?)"),                     // 2025年10月28日
        pattern(R"(\d{1,2}\s?月\s?\d{1,2}\s?[日号])"),
        pattern(R"(\d{1,2}\s?(?:月|월)(?!\s?(?:間|간)|급|額))"),                              // 10月, 10월
        pattern(R"(\d{1,2}\s?[日号](?!間|本|系|経|銀|米))"),
        pattern(R"(\d{4}\s?년\s?\d{1,2}\s?월(?:\s?\d{1,2}\s?일)?)"),
        pattern(R"(\d{1,2}\s?일(?!\s?(?:간|동안)|자리))"),                                      // 28일, not 일자리
        pattern(R"(\d{1,2}\s?(?:시|時)(?!민|장|설|청|代|点)(?:\s?\d{1,2}\s?(?:분|分))?)"),          // 3시, 3時
        pattern(R"((?:ngày|tháng)\s+\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?)"),                       // ngày 28/10
        pattern(R"((?<!\p{L})(?:page|p\.|pp\.|seite|side|sida|sidan|página|pagina|strona|stronie|straně|strana|stránce|oldal|oldalon|sivu|sivulla|страница|странице|сторінка|сторінці|стр\.|strana|strani|страна|страни|σελίδα|σελ\.|الصفحة|صفحه|עמוד|पृष्ठ)\s*\d+(?:\s*(?:of|/|von|af|av|van|de|di|din|sur|из|з|z|ze|od|од|από|من|از|מתוך)\s*\d+)?)"),
        // Labels with a number: "Section 4.2", "Platz 5", "junction 15", "§ 4, stk. 2", "Punkt 1 und 2".
        pattern(R"((?<![\d.,])\d+(?:η|ης|ή|ής|ος|ου|ο|ων|ον|οι|ες)(?!\p{L}))"),                       // 4η, 21ος, 30ής
        pattern(R"((?<![\d.,])\d{3}\s\d{3}\s\d{4}(?!\d))"),                                                // 210 123 4567
        pattern(R"(№\s?\d+\p{L}*)"),                                                              // № 145н
        pattern(R"([\p{L}\p{N}-]+\.\p{L}{2,6}/\S+)"),                                                   // government.ru/docs/12345/
        pattern(R"((?<![\d.,])\d+:[ae](?!\p{L}))"),                                                   // 2:a, 5:e
        pattern(R"((?<![\d.,])\d+\s?(?:kap\.|§))"),                                                 // 4 kap. 2 §
        pattern(R"((?<![\d.,])0\s\d{3}(?:\s\d{3}){2}(?!\d))"),                                       // 0 800 500 609
        pattern(R"((?<!\p{L})\p{L}*(?:section|sektion|abschnitt|item|line|línea|linea|ligne|linha|linje|linie|lijn|binario|vía|voie|quai|jornada|apartado|anexo|annexe|allegato|annex|příloha|załącznik|linka|linii|linia|locul|bod|punkt|pont|kohta|пункт|линия|лінія|plats|γραμμή|γραμμής|άρθρο|άρθρου|θέση|المادة|المركز|الإصدار|الرقم|بالرقم|رقم|ماده|بند|شماره|رده|گروه|تبصره|نسخه|ساعت|شعبه|منطقه|קו|סעיף|עמוד|גרסה|טופס|כביש|מחלף|नंबर|संख्या|अनुच्छेद|धारा|क्रमांक|nomor|peron|halaman|pasal|số|tuyến|quốc lộ|trung ương|มาตรา|หน้า|ข้อ|สายด่วน|สาย|พระราม|ถนน|junction|exit|gate|platform|spor|gleis|route|room|level|chapter|kapitel|point|punkt|punt|punto|platz|place|rang|rank|§|stk|abs|lid|artikel|article|articolo|artículo|afkørsel|avkjøring|afrit|ausfahrt|anschlussstellen?|afslag|sak|tagesordnungspunkt|agendapunt|dagsordenspunkt|aktenzeichen|az|parketnummer|saksnr|saksnummer|journalnummer|stand|table|tabelle|figur|figure|fig)\.?\s*\d+(?:[.,]\d+)?(?:\s*(?:,|und|and|og|och|en|et|y|e)\s*\d+)?)"),
        // Identifiers joined by slashes or hyphens: "1187/25", "737-800", "2025-7731-04", "25/04471".
        pattern(R"((?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}.,])\d+(?:[/-][\p{L}\p{N}]+)*[/-][\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:[/-][\p{L}\p{N}]+)*)"),
        pattern(R"(第[〇一二三四五六七八九十百千]+)"),                                                       // 第十届
        pattern(R"(\d+\s?(?:热线|熱線|핫라인))"),                                                            // 12320热线
        pattern(R"((?<=코로나|코비드)\d+)"),                                                                 // 코로나19
        pattern(R"((?-i:OS|UI)\s\d+(?:\.\d+)*)"),                                                           // HarmonyOS 6, One UI 8
        pattern(R"((?<![\d.,])\d{1,2}\s?(?:órakor|óra|órától|óráig|órára)(?!\p{L}))"),              // 16 órakor
        pattern(R"((?<!\p{L})\p{Lu}/\d+)"),                                                           // T/1234
        pattern(R"(\d+\.\p{Lu}\.[\d./]+)"),                                                         // 12.P.21.345/2025
        // A small number right after a capitalised word and before a pause: "Iphone 16,", "Chapter 11."
        pattern(R"((?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,20}\s(\d{1,3})(?=[,.;:)](?!\d)|\s+(?:and|og|och|und|en|et|y|e)\s|$))"),
        pattern(R"(^\s*\d{1,2}[.)]\s)"),                                                        // a list item's number
    };
    return list;
}

// Languages that write ordinals with a dot: "2. Platz", "3. sija", "1. místo".
bool dotOrdinals(const QString &lang)
{
    static const QStringList languages = QStringLiteral("de da nb no nn fi cs sk pl hu hr sr bs sl tr et lv is fo")
                                             .split(QLatin1Char(' '));
    return languages.contains(lang);
}

void add(QList<QPair<int, int>> &spans, qsizetype start, qsizetype end)
{
    if (end > start)
        spans.append({int(start), int(end)});
}

// Day numbers and years around a month name: "29 October 2025", "October 29, 2025",
// "29 de octubre de 2025", "28 октября 2025 года". Only with a day: "October 2025" keeps its year.
void datesAroundMonths(QStringView text, const Lexicon &lexicon, QList<QPair<int, int>> &spans)
{
    auto skip = [&](qsizetype at, int direction) {
        while (at >= 0 && at < text.size() && text[at].isSpace())
            at += direction;
        return at;
    };
    auto digitsAt = [&](qsizetype at, int direction, qsizetype *edge) {
        qsizetype n = 0;
        while (at >= 0 && at < text.size() && text[at].isDigit()) {
            at += direction;
            ++n;
        }
        *edge = at;
        return n;
    };
    // A short word between ("de", "of", "le"): at most three letters.
    auto shortWord = [&](qsizetype at, int direction) {
        qsizetype n = 0;
        while (at >= 0 && at < text.size() && text[at].isLetter() && n < 4) {
            at += direction;
            ++n;
        }
        return n >= 1 && n <= 3 && (at < 0 || at >= text.size() || text[at].isSpace()) ? at : qsizetype(-2);
    };
    for (auto it = lexicon.monthNames.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        bool day = false;
        // Left: "29 ", "29. ", "29 de "; or the year of "2025. október 8-án" (year first).
        qsizetype at = skip(m.capturedStart() - 1, -1);
        if (at >= 4 && text[at] == QLatin1Char('.') && text.mid(at - 4, 4).toString().toInt() >= 1800
            && std::all_of(text.begin() + at - 4, text.begin() + at, [](QChar c) { return c.isDigit(); })
            && (at == 4 || !text[at - 5].isDigit()))
            add(spans, at - 4, at);
        if (at >= 0 && !text[at].isDigit()) {
            const qsizetype past = shortWord(at, -1);
            if (past != -2)
                at = skip(past, -1);
        }
        if (at >= 0 && text[at] == QLatin1Char('.'))
            --at;
        qsizetype edge = 0;
        if (const qsizetype n = digitsAt(at, -1, &edge); n >= 1 && n <= 2 && text.mid(edge + 1, n).toInt() <= 31) {
            add(spans, edge + 1, at + 1);
            day = true;
            // A range of days: "del 22 al 23 de noviembre", "du 14 au 16 juin", "14-16 June".
            qsizetype back = skip(edge, -1);
            if (back >= 0 && (text[back] == QLatin1Char('-') || text[back] == QChar(0x2013)))
                back = skip(back - 1, -1);
            else if (const qsizetype word = shortWord(back, -1); word != -2)
                back = skip(word, -1);
            qsizetype first = 0;
            if (const qsizetype m2 = digitsAt(back, -1, &first); m2 >= 1 && m2 <= 2)
                add(spans, first + 1, back + 1);
        }
        // Right: " 29", " 29,", then a year; after "Oct." too. Not "6,1 Millionen" (July's 6.1 million).
        at = m.capturedEnd() < text.size() && text[m.capturedEnd()] == QLatin1Char('.') ? m.capturedEnd() + 1 : m.capturedEnd();
        at = skip(at, 1);
        // "أكتوبر/تشرين الأول 2025": a second name of the month after a slash.
        if (at < text.size() && text[at] == QLatin1Char('/')) {
            qsizetype past = at + 1;
            while (past < text.size() && past - at < 20 && (text[past].isLetter() || text[past] == QLatin1Char(' ')))
                ++past;
            at = skip(past, 1);
        }
        const qsizetype n = digitsAt(at, 1, &edge);
        const bool decimal = edge + 1 < text.size() && (text[edge] == QLatin1Char(',') || text[edge] == QLatin1Char('.'))
            && text[edge + 1].isDigit();
        // Only English, Hungarian and Lithuanian write the day after the month ("October 29");
        // elsewhere a number after a month name is a figure ("im Juli 6,1 Millionen").
        const bool monthFirst = lexicon.lang == QLatin1String("en") || lexicon.lang == QLatin1String("hu")
            || lexicon.lang == QLatin1String("lt");
        if (n >= 1 && n <= 2 && !decimal && monthFirst && text.mid(at, n).toInt() <= 31) {
            add(spans, at, edge);
            day = true;
            at = edge < text.size() && text[edge] == QLatin1Char(',') ? edge + 1 : edge;
            at = skip(at, 1);
        } else if (at < text.size() && !text[at].isDigit()) {
            const qsizetype past = shortWord(at, 1);
            if (past != -2)
                at = skip(past, 1);
        }
        if (day && digitsAt(at, 1, &edge) == 4)
            add(spans, at, edge);
    }
}

// What each shape needs to match at all (a digit, "://", one of its words ...): most
// shapes are ruled out near a figure by a substring test instead of a match.
const QList<RequiredText> &shapeNeeds()
{
    static const QList<RequiredText> list = [] {
        QList<RequiredText> needs;
        for (const QRegularExpression &re : shapes())
            needs.append(RequiredText(re.pattern(), true));
        return needs;
    }();
    return list;
}

// The stretches of text to look for shapes in: each candidate with the words around it
// (whole words, so a URL or a phone number that holds the figure is seen whole), merged.
QList<QPair<int, int>> windowsAround(QStringView text, const QList<QPair<int, int>> &near)
{
    constexpr int Words = 3; // "tel. +45 33 12 34 56", "o godzinie 14.30", "Nomor 6 Tahun 2023"
    QList<QPair<int, int>> windows;
    for (const auto &[start, end] : near) {
        qsizetype from = start, to = end;
        for (int words = 0; from > 0 && words <= Words; ++words) {
            while (from > 0 && !text[from - 1].isSpace())
                --from;
            while (words < Words && from > 0 && text[from - 1].isSpace())
                --from;
        }
        for (int words = 0; to < text.size() && words <= Words; ++words) {
            while (to < text.size() && !text[to].isSpace())
                ++to;
            while (words < Words && to < text.size() && text[to].isSpace())
                ++to;
        }
        if (!windows.isEmpty() && from <= windows.last().second)
            windows.last().second = int(std::max<qsizetype>(windows.last().second, to));
        else
            windows.append({int(from), int(to)});
    }
    return windows;
}

} // namespace

QList<QPair<int, int>> notFigureSpans(QStringView text, const Lexicon &lexicon, const QList<QPair<int, int>> &near)
{
    QList<QPair<int, int>> spans;
    // A pattern with a group masks the group only (the number after "Iphone"), else the match.
    // The text is cut after a window (lookbehinds still see what comes before it).
    const QList<QPair<int, int>> windows = near.isEmpty() ? QList<QPair<int, int>>{{0, int(text.size())}}
                                                          : windowsAround(text, near);
    static const QRegularExpression ordinal = pattern(R"((?<![\d.,])\d{1,3}\.(?=\s+\p{L}))");
    // Phone numbers in groups of two and three digits ("91 123 45 67"); a number grouped by
    // threes ("14 000 000 000") has no group of two.
    static const QRegularExpression groups = pattern(R"((?<![\d.,])\d{2,3}(?:[ .-]\d{2,3}){3,4}(?![\d]))");
    // Index names: "BIST 100", "FTSE 100", "DAX 40" (but not "USD 500": a currency code).
    static const QRegularExpression index = pattern(R"((?<![\p{L}\p{N}])(\p{Lu}{2,}(?:&\p{Lu})?)\s(\d{2,4})(?![\d.,]))");
    const bool ordinals = dotOrdinals(lexicon.lang);
    for (const auto &[from, to] : windows) {
        const QStringView upTo = text.left(to);
        const RequiredText::Text window(text.mid(from, to - from), true);
        for (qsizetype k = 0; k < shapes().size(); ++k) {
            if (!shapeNeeds()[k].mayMatchIn(window))
                continue;
            const QRegularExpression &re = shapes()[k];
            for (auto it = re.globalMatch(upTo, from); it.hasNext();) {
                const auto m = it.next();
                const int group = re.captureCount() > 0 ? 1 : 0;
                add(spans, m.capturedStart(group), m.capturedEnd(group));
            }
        }
        for (auto it = ordinal.globalMatch(upTo, from); ordinals && it.hasNext();) {
            const auto m = it.next();
            add(spans, m.capturedStart(), m.capturedEnd());
        }
        for (auto it = groups.globalMatch(upTo, from); it.hasNext();) {
            const auto m = it.next();
            // A group of two after the first group ("91 123 45 67", "912.345.67.89").
            bool pair = false;
            int length = 0, group = 0;
            for (const QChar c : m.capturedView()) {
                if (c.isDigit()) {
                    ++length;
                    continue;
                }
                pair = pair || (group > 0 && length == 2);
                ++group;
                length = 0;
            }
            pair = pair || (group > 0 && length == 2);
            if (pair)
                add(spans, m.capturedStart(), m.capturedEnd());
        }
        for (auto it = index.globalMatch(upTo, from); it.hasNext();) {
            const auto m = it.next();
            if (!lexicon.currencies.contains(m.captured(1).toLower()))
                add(spans, m.capturedStart(2), m.capturedEnd(2));
        }
    }
    datesAroundMonths(text, lexicon, spans);
    std::sort(spans.begin(), spans.end());
    return spans;
}

QStringList notFigurePatterns()
{
    QStringList patterns;
    for (const QRegularExpression &re : shapes())
        patterns << re.pattern();
    return patterns;
}

} // namespace lectern
