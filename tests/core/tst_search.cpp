#include "ingest/importer.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/fulltextindex.h"
#include "storage/schema.h"
#include "storage/searchtext.h"

#include <QTest>

using namespace lectern;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void indexTextSplitsSpacelessScripts_data();
    void indexTextSplitsSpacelessScripts();
    void parseQuery_data();
    void parseQuery();
    void findsWordsInEveryLanguage_data();
    void findsWordsInEveryLanguage();
    void rankingPrefersTitles();
    void trashedArticlesAreNotFound();
    void snippetMarksFoldedMatches();
    void hostileQueriesAreWords();

private:
    void add(const QString &title, const QString &body);
    QList<qint64> find(const QString &input);

    std::unique_ptr<Database> m_db;
    QList<qint64> m_ids;
};

void TestSearch::init()
{
    m_db = std::make_unique<Database>();
    m_db->openInMemory();
    schema::migrate(*m_db);
    m_ids.clear();
    add(QStringLiteral("Færgen til Ærø bliver dyrere"),
        QStringLiteral("Rederiet hæver priserne, og de ansatte på færgen frygter fyringer. Øboerne protesterer."));
    add(QStringLiteral("Kündigungen bei den Stadtwerken"),
        QStringLiteral("Die Stadtwerke kündigen Stellen ab. Laut Betriebsrat sind 120 Stellen betroffen."));
    add(QStringLiteral("Council approves cycle lanes"),
        QStringLiteral("The council voted to build protected cycle lanes along the harbour road."));
    add(QStringLiteral("시립도서관 야간 개관 연장"),
        QStringLiteral("시립도서관은 다음 달부터 평일 야간 개관 시간을 연장한다. 아마존은 물류센터를 늘린다."));
    add(QStringLiteral("市営バス、深夜便を試験運行へ"),
        QStringLiteral("市交通局は来月から深夜バスを試験的に運行すると発表した。人員削減は行わない。"));
    add(QStringLiteral("城市地铁新线路下月开通"),
        QStringLiteral("连接机场和市中心的地铁新线路将于下月正式开通。"));
    add(QStringLiteral("المجلس يوافق على مسارات الدراجات"),
        QStringLiteral("وافق المجلس البلدي على بناء مسارات محمية للدراجات على طريق الميناء."));
}

void TestSearch::cleanup()
{
    m_db.reset();
}

void TestSearch::add(const QString &title, const QString &body)
{
    const QByteArray bytes = (title + QStringLiteral("\n\n") + body + QStringLiteral(" ") + title).toUtf8();
    NewArticle article = importer::prepareBytes(bytes, QStringLiteral("a.txt"), importer::Format::Text);
    ArticleRepository repository(*m_db);
    Transaction transaction(*m_db);
    m_ids.append(repository.insert(article));
    transaction.commit();
}

QList<qint64> TestSearch::find(const QString &input)
{
    QList<qint64> ids;
    for (const fulltext::Hit &hit : fulltext::search(*m_db, searchtext::parseQuery(input).fts, 20))
        ids.append(hit.articleId);
    return ids;
}

void TestSearch::indexTextSplitsSpacelessScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("indexed");
    QTest::newRow("latin untouched") << "Ærø ansatte" << "Ærø ansatte";
    QTest::newRow("hangul word with particle") << "아마존은" << " 아마 마존 존은 ";
    QTest::newRow("single hangul") << "를" << " 를 ";
    QTest::newRow("japanese mixed") << "ABC社が削減" << "ABC 社が が削 削減 ";
    QTest::newRow("supplementary ideograph") << "𠀋𠀋" << " 𠀋𠀋 ";
}

void TestSearch::indexTextSplitsSpacelessScripts()
{
    QFETCH(QString, text);
    QFETCH(QString, indexed);
    QCOMPARE(searchtext::indexText(text), indexed);
}

void TestSearch::parseQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fts");
    QTest::newRow("two words") << "ansatte færgen" << "\"ansatte\" \"færgen\"";
    QTest::newRow("phrase") << "\"cycle lanes\"" << "\"cycle lanes\"";
    QTest::newRow("prefix") << "kündig*" << "\"kündig\" *";
    QTest::newRow("hangul substring") << "아마존" << "\"아마 마존\"";
    QTest::newRow("single kanji is a prefix") << "便" << "\"便\" *";
    QTest::newRow("operators are words") << "cycle OR NOT lanes" << "\"cycle\" \"OR\" \"NOT\" \"lanes\"";
    QTest::newRow("punctuation only") << "\" ( ) *" << "";
    QTest::newRow("unbalanced quote") << "\"harbour road" << "\"harbour road\"";
}

void TestSearch::parseQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, fts);
    QCOMPARE(searchtext::parseQuery(input).fts, fts);
}

void TestSearch::findsWordsInEveryLanguage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("article"); // index into m_ids
    QTest::newRow("danish word") << "ansatte" << 0;
    QTest::newRow("danish upper case") << "ÆRØ" << 0;
    QTest::newRow("danish ø kept") << "øboerne" << 0;
    QTest::newRow("german umlaut") << "Kündigungen" << 1;
    QTest::newRow("german without umlaut") << "Kundigungen" << 1;
    QTest::newRow("german prefix") << "kündig*" << 1;
    QTest::newRow("english phrase") << "\"cycle lanes\"" << 2;
    QTest::newRow("korean substring inside a word") << "마존" << 3;
    QTest::newRow("korean word with particle") << "도서관" << 3;
    QTest::newRow("japanese substring") << "削減" << 4;
    QTest::newRow("japanese katakana") << "バス" << 4;
    QTest::newRow("chinese substring") << "地铁" << 5;
    QTest::newRow("arabic word") << "الدراجات" << 6;
}

void TestSearch::findsWordsInEveryLanguage()
{
    QFETCH(QString, query);
    QFETCH(int, article);
    QCOMPARE(find(query), QList<qint64>{m_ids[article]});
}

void TestSearch::rankingPrefersTitles()
{
    add(QStringLiteral("Harbour road closed"), QStringLiteral("Traffic is diverted while the road is repaired for weeks."));
    const QList<qint64> hits = find(QStringLiteral("harbour"));
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first(), m_ids.last());
}

void TestSearch::trashedArticlesAreNotFound()
{
    ArticleRepository(*m_db).setDeleted({m_ids[0]}, true);
    QVERIFY(find(QStringLiteral("ansatte")).isEmpty());
    ArticleRepository(*m_db).setDeleted({m_ids[0]}, false);
    QCOMPARE(find(QStringLiteral("ansatte")), QList<qint64>{m_ids[0]});
}

void TestSearch::snippetMarksFoldedMatches()
{
    const QString text = QStringLiteral("Die Stadtwerke kündigen Stellen ab. Kündigungen treffen 120 Beschäftigte.");
    const auto snippet = searchtext::makeSnippet(text, {QStringLiteral("kundigungen")}, 20);
    QCOMPARE(snippet.matchStart, int(text.indexOf(QStringLiteral("Kündigungen"))));
    QCOMPARE(snippet.marks.size(), 1);
    const auto mark = snippet.marks.first();
    QCOMPARE(snippet.text.mid(mark.first, mark.second - mark.first), QStringLiteral("Kündigungen"));
    // A word that only starts inside another word is not marked.
    QCOMPARE(searchtext::makeSnippet(text, {QStringLiteral("werke")}).matchStart, -1);
}

void TestSearch::hostileQueriesAreWords()
{
    // Input that is FTS5 syntax must neither throw nor match everything.
    for (const char *input : {"\"", "*", "NEAR(a b)", "title:ansatte", "a AND", "'; DROP TABLE articles; --"}) {
        const auto query = searchtext::parseQuery(QString::fromUtf8(input));
        QVERIFY(fulltext::search(*m_db, query.fts, 10).size() <= 1);
    }
    QCOMPARE(ArticleRepository(*m_db).count(), int(m_ids.size()));
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
