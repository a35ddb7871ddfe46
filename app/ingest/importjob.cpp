#include "importjob.h"

#include "../storage/articlerepository.h"
#include "../storage/database.h"
#include "../storage/sqlitefile.h"
#include "../storage/storageerror.h"
#include "importer.h"
#include "parseddocument.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace lectern {

namespace {

struct Prepared {
    QString path;
    std::optional<NewArticle> article;
    QString error;
};

Prepared prepare(const QString &path)
{
    Prepared result{path, std::nullopt, {}};
    try {
        result.article = importer::prepareFile(path);
    } catch (const ImportError &error) {
        result.error = error.reason();
    } catch (const std::exception &error) {
        result.error = QString::fromUtf8(error.what());
    }
    return result;
}

} // namespace

ImportJob::ImportJob(Database &db) : m_db(db) {}

QStringList ImportJob::expand(const QStringList &paths, QList<ImportOutcome> *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString file = it.next();
                if (importer::formatForName(file))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else if (info.exists()) {
            files.append(path);
        } else if (missing) {
            ImportOutcome outcome;
            outcome.path = path;
            outcome.reason = QCoreApplication::translate("Import", "no such file or folder");
            missing->append(outcome);
        }
    }
    return files;
}

QList<ImportOutcome> ImportJob::run(const QStringList &paths)
{
    QList<ImportOutcome> outcomes;
    const QStringList files = expand(paths, &outcomes);
    const int total = int(files.size() + outcomes.size());
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        if (m_progress)
            m_progress(int(i + 1), total, outcomes[i]);

    ArticleRepository articles(m_db);
    QHash<QByteArray, qint64> seen;
    sqlite::setBulkMode(m_db, true);
    const auto restore = qScopeGuard([this] {
        try {
            sqlite::setBulkMode(m_db, false);
        } catch (const StorageError &) {
            // The connection is unusable; the next statement will say so.
        }
    });
    auto batchAt = [&](qsizetype start) { return files.mid(start, m_batchSize); };
    // Parse the next batch on the pool while this thread writes the current one.
    QFuture<Prepared> pending = QtConcurrent::mapped(batchAt(0), prepare);
    QString fatal;
    qsizetype from = 0;
    for (; from < files.size(); from += m_batchSize) {
        pending.waitForFinished();
        const QList<Prepared> batch = pending.results();
        const bool more = from + m_batchSize < files.size() && !m_cancelled && fatal.isEmpty();
        if (more)
            pending = QtConcurrent::mapped(batchAt(from + m_batchSize), prepare);

        QList<ImportOutcome> written;
        QList<qint64> ids;
        try {
            if (!fatal.isEmpty())
                throw StorageError(fatal);
            Transaction transaction(m_db);
            for (const Prepared &item : batch) {
                ImportOutcome outcome;
                outcome.path = item.path;
                if (!item.article) {
                    outcome.reason = item.error;
                    written.append(outcome);
                    continue;
                }
                const NewArticle &article = *item.article;
                outcome.title = article.content.meta.title;
                outcome.lang = article.content.meta.lang;
                qint64 existing = seen.value(article.sha256);
                if (!existing)
                    existing = articles.findBySha256(article.sha256);
                if (existing) {
                    outcome.status = ImportOutcome::Status::Duplicate;
                    outcome.articleId = existing;
                    outcome.reason = QCoreApplication::translate("Import", "already in the project as article %1")
                                         .arg(existing);
                    written.append(outcome);
                    continue;
                }
                outcome.articleId = articles.insert(article);
                outcome.status = ImportOutcome::Status::Imported;
                seen.insert(article.sha256, outcome.articleId);
                ids.append(outcome.articleId);
                written.append(outcome);
            }
            transaction.commit();
            m_imported += ids;
        } catch (const StorageError &error) {
            // The batch rolled back as a whole: nothing of it is in the project.
            fatal = error.message();
            written.clear();
            for (const Prepared &item : batch) {
                for (auto it = seen.begin(); it != seen.end();)
                    it = ids.contains(it.value()) ? seen.erase(it) : std::next(it);
                ImportOutcome outcome;
                outcome.path = item.path;
                outcome.reason = item.article ? QCoreApplication::translate("Import", "not saved: %1").arg(fatal)
                                              : item.error;
                written.append(outcome);
            }
        }
        for (const ImportOutcome &outcome : std::as_const(written)) {
            outcomes.append(outcome);
            if (m_progress)
                m_progress(int(outcomes.size()), total, outcome);
        }
        if (!more) {
            from += m_batchSize;
            break;
        }
    }
    // After a storage failure (disk full, say) the files not yet written are reported too.
    if (!fatal.isEmpty()) {
        for (qsizetype i = from; i < files.size(); ++i) {
            ImportOutcome outcome;
            outcome.path = files[i];
            outcome.reason = QCoreApplication::translate("Import", "not imported: %1").arg(fatal);
            outcomes.append(outcome);
        }
    }
    return outcomes;
}

} // namespace lectern
