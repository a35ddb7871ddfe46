#include "spellchecker.h"

#include "../ingest/encoding.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

#include <hunspell.hxx>

namespace lectern {

QStringList SpellChecker::dictionaryFolders()
{
    QStringList folders;
    for (const QString &data : QStandardPaths::standardLocations(QStandardPaths::AppDataLocation))
        folders << data + QStringLiteral("/dictionaries");
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts")
            << QStringLiteral("/usr/share/myspell") << QStringLiteral("/usr/local/share/hunspell");
    return folders;
}

QString SpellChecker::dictionaryFor(const QString &lang)
{
    if (lang.isEmpty() || lang == QLatin1String("und"))
        return {};
    // Preferred regional variant first, then any <lang>_XX, then a bare <lang>.
    static const QHash<QString, QString> preferred = {
        {QStringLiteral("en"), QStringLiteral("en_US")}, {QStringLiteral("da"), QStringLiteral("da_DK")},
        {QStringLiteral("de"), QStringLiteral("de_DE")}, {QStringLiteral("fr"), QStringLiteral("fr_FR")},
        {QStringLiteral("es"), QStringLiteral("es_ES")}, {QStringLiteral("nb"), QStringLiteral("nb_NO")},
        {QStringLiteral("sv"), QStringLiteral("sv_SE")}, {QStringLiteral("nl"), QStringLiteral("nl_NL")},
        {QStringLiteral("ko"), QStringLiteral("ko_KR")}, {QStringLiteral("ar"), QStringLiteral("ar")}};
    for (const QString &folder : dictionaryFolders()) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        const QString best = preferred.value(lang, lang);
        if (QFileInfo::exists(dir.filePath(best + QStringLiteral(".dic"))))
            return dir.filePath(best);
        const QStringList matches = dir.entryList({lang + QStringLiteral("_*.dic"), lang + QStringLiteral(".dic")},
                                                  QDir::Files, QDir::Name);
        if (!matches.isEmpty())
            return dir.filePath(matches.first().chopped(4));
    }
    return {};
}

SpellChecker::SpellChecker(const QString &lang) : m_lang(lang)
{
    const QString base = dictionaryFor(lang);
    if (base.isEmpty())
        return;
    const QByteArray aff = QFile::encodeName(base + QStringLiteral(".aff"));
    const QByteArray dic = QFile::encodeName(base + QStringLiteral(".dic"));
    m_hunspell = std::make_unique<Hunspell>(aff.constData(), dic.constData());
    m_encoding = QByteArray(m_hunspell->get_dict_encoding().c_str());
    if (m_encoding.isEmpty())
        m_encoding = "ISO-8859-1";
}

SpellChecker::~SpellChecker() = default;

QByteArray SpellChecker::toDictionary(const QString &word) const
{
    if (m_encoding.toUpper() == "UTF-8")
        return word.toUtf8();
    return encoding::encodeAs(word, m_encoding);
}

QString SpellChecker::fromDictionary(const std::string &bytes) const
{
    const QByteArray raw(bytes.data(), qsizetype(bytes.size()));
    if (m_encoding.toUpper() == "UTF-8")
        return QString::fromUtf8(raw);
    return encoding::decodeAs(raw, m_encoding).text;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty())
        return true;
    const QByteArray bytes = toDictionary(word);
    if (bytes.isEmpty())
        return true; // a word the dictionary's encoding cannot hold is not its business
    return m_hunspell->spell(std::string(bytes.constData(), size_t(bytes.size())));
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    const QByteArray bytes = toDictionary(word);
    for (const std::string &s : m_hunspell->suggest(std::string(bytes.constData(), size_t(bytes.size())))) {
        result << fromDictionary(s);
        if (result.size() >= max)
            break;
    }
    return result;
}

void SpellChecker::addWord(const QString &word)
{
    if (!m_hunspell)
        return;
    const QByteArray bytes = toDictionary(word);
    m_hunspell->add(std::string(bytes.constData(), size_t(bytes.size())));
}

} // namespace lectern
