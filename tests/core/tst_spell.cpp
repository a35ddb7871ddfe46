#include "spell/spellchecker.h"

#include <QTest>

using namespace lectern;

class TestSpell : public QObject
{
    Q_OBJECT

private slots:
    void checksInTheNotesLanguage_data();
    void checksInTheNotesLanguage();
    void missingDictionaryAcceptsEverything();
    void projectWordsAreAccepted();
};

void TestSpell::checksInTheNotesLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("english") << "en" << "employees" << "emploees" << "employees";
    QTest::newRow("danish") << "da" << "medarbejdere" << "medarbejdre" << "medarbejdere";
    QTest::newRow("german") << "de" << "Kündigung" << "Kündiung" << "Kündigung";
}

void TestSpell::checksInTheNotesLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, good);
    QFETCH(QString, bad);
    QFETCH(QString, suggestion);
    const SpellChecker checker(lang);
    if (!checker.isValid())
        QSKIP("no dictionary installed for this language (packaging/install-deps.sh installs them)");
    QVERIFY(checker.isCorrect(good));
    QVERIFY(!checker.isCorrect(bad));
    QVERIFY2(checker.suggestions(bad).contains(suggestion), qPrintable(checker.suggestions(bad).join(QLatin1Char(','))));
}

void TestSpell::missingDictionaryAcceptsEverything()
{
    const SpellChecker checker(QStringLiteral("xx"));
    QVERIFY(!checker.isValid());
    QVERIFY(SpellChecker::dictionaryFor(QStringLiteral("xx")).isEmpty());
    QVERIFY(checker.isCorrect(QStringLiteral("qwzxv")));
    QVERIFY(checker.suggestions(QStringLiteral("qwzxv")).isEmpty());
}

void TestSpell::projectWordsAreAccepted()
{
    SpellChecker checker(QStringLiteral("da"));
    if (!checker.isValid())
        QSKIP("no Danish dictionary installed");
    QVERIFY(!checker.isCorrect(QStringLiteral("Qxbrylund")));
    checker.addWord(QStringLiteral("Qxbrylund"));
    QVERIFY(checker.isCorrect(QStringLiteral("Qxbrylund")));
}

QTEST_GUILESS_MAIN(TestSpell)
#include "tst_spell.moc"
