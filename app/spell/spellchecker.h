#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace lectern {

// Hunspell for one language. Dictionaries are found in the system's hunspell and myspell
// folders and in the user's data folder (<data>/dictionaries); a language without one gives
// a checker that is not valid and accepts every word.
class SpellChecker
{
public:
    explicit SpellChecker(const QString &lang);
    ~SpellChecker();

    // The folders searched for <locale>.aff/.dic, in order.
    static QStringList dictionaryFolders();
    // The path without extension of the best dictionary for a language ("da" ->
    // /usr/share/hunspell/da_DK), empty when there is none.
    static QString dictionaryFor(const QString &lang);

    bool isValid() const { return bool(m_hunspell); }
    QString lang() const { return m_lang; }
    bool isCorrect(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 8) const;
    // Accepts the word for this session (project dictionary words are added on load).
    void addWord(const QString &word);

private:
    QByteArray toDictionary(const QString &word) const;
    QString fromDictionary(const std::string &bytes) const;

    QString m_lang;
    std::unique_ptr<Hunspell> m_hunspell;
    QByteArray m_encoding;
};

} // namespace lectern
