#include "claimsagain.h"

#include "../analysis/claimextractor.h"
#include "../storage/articlerepository.h"
#include "../storage/claimrepository.h"
#include "../storage/database.h"
#include "../storage/projectfile.h"
#include "../storage/storageerror.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace lectern {

namespace {

struct Item {
    qint64 id = 0;
    QString lang;
    QString text;
    QList<Block> blocks;
    QList<Claim> claims;
    bool found = false; // false: extraction failed, the article's claims stay as they are
};

Item extract(Item item)
{
    try {
        item.claims = extractClaims(item.text, item.lang, item.blocks);
        item.found = true;
    } catch (const std::exception &) {
        // An article the extractor cannot read (past its budget, say) keeps its claims.
    }
    item.text.clear();
    return item;
}

} // namespace

ClaimsAgainJob::ClaimsAgainJob(Database &db, const std::atomic<bool> *stop) : m_db(db), m_stop(stop) {}

int ClaimsAgainJob::run()
{
    ArticleRepository articles(m_db);
    const QList<ArticleMeta> metas = articles.list();
    const int total = int(metas.size());
    constexpr int Batch = 64;
    auto load = [&](qsizetype from) {
        QList<Item> items;
        for (qsizetype i = from; i < std::min<qsizetype>(from + Batch, metas.size()); ++i)
            items.append({metas[i].id, metas[i].lang, articles.text(metas[i].id), articles.blocks(metas[i].id), {}});
        return items;
    };
    ClaimRepository claims(m_db);
    QFuture<Item> pending = QtConcurrent::mapped(load(0), extract);
    int done = 0;
    for (qsizetype from = 0; from < metas.size(); from += Batch) {
        pending.waitForFinished();
        const QList<Item> batch = pending.results();
        const bool more = from + Batch < metas.size() && !isCancelled();
        if (more)
            pending = QtConcurrent::mapped(load(from + Batch), extract);
        Transaction transaction(m_db);
        for (const Item &item : batch)
            if (item.found)
                claims.replaceUndecided(item.id, item.claims);
        transaction.commit();
        done += int(batch.size());
        if (m_progress)
            m_progress(done, total);
        if (!more)
            break;
    }
    return done;
}

ClaimsAgainTask::ClaimsAgainTask(const QString &projectPath, QObject *parent) : QObject(parent), m_projectPath(projectPath) {}

ClaimsAgainTask::~ClaimsAgainTask()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ClaimsAgainTask::start()
{
    m_thread = QThread::create([this] {
        try {
            Database db;
            projectfile::open(db, m_projectPath, projectfile::Intent::Open);
            ClaimsAgainJob job(db, &m_cancelled);
            job.setProgress([this](int done, int total) { emit progress(done, total); });
            m_done = job.run();
        } catch (const StorageError &error) {
            m_error = error.message();
        }
    });
    connect(m_thread, &QThread::finished, this, &ClaimsAgainTask::finished);
    m_thread->start();
}

void ClaimsAgainTask::cancel()
{
    m_cancelled = true;
}

} // namespace lectern
