#include "importjob.h"

#include "../model/stagecost.h"
#include "../storage/articlerepository.h"
#include "../storage/database.h"
#include "../storage/sqlitefile.h"
#include "../storage/storageerror.h"
#include "importer.h"
#include "localfile.h"
#include "parseddocument.h"

#include <QCoreApplication>
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

QStringList ImportJob::expand(const QStringList &paths, QList<ImportOutcome> *others)
{
    QStringList files;
    auto other = [others](const QString &path, ImportOutcome::Status status, const QString &reason) {
        if (!others)
            return;
        ImportOutcome outcome;
        outcome.path = path;
        outcome.status = status;
        outcome.reason = reason;
        others->append(outcome);
    };
    for (const QString &path : paths) {
        const localfile::Status st = localfile::status(path);
        if (st.kind == localfile::Kind::Folder) {
            for (const localfile::Entry &entry : localfile::walk(path)) {
                if (!entry.problem.isEmpty())
                    other(entry.path, ImportOutcome::Status::Failed, entry.problem);
                else if (entry.kind != localfile::Kind::Regular)
                    other(entry.path, ImportOutcome::Status::Failed,
                          QCoreApplication::translate("Import", "is %1, not a file; it was not opened")
                              .arg(localfile::kindName(entry.kind)));
                else if (importer::formatForName(entry.path))
                    files.append(entry.path);
                else
                    other(entry.path, ImportOutcome::Status::Skipped,
                          QCoreApplication::translate("Import", "not an article file (txt, html, md or pdf)"));
            }
        } else if (st.kind == localfile::Kind::Missing) {
            other(path, ImportOutcome::Status::Failed, QCoreApplication::translate("Import", "no such file or folder"));
        } else {
            files.append(path); // a file named directly is read whatever its name; special files are refused there
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
    // Batches of up to m_batchSize files and MaxBatchBytes (large files make small batches),
    // so the memory two batches in flight take is bounded whatever the files are.
    QList<qsizetype> bounds{0};
    qint64 bytes = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const qint64 size = QFileInfo(files[i]).size();
        if (i > bounds.last() && (i - bounds.last() >= m_batchSize || bytes + size > MaxBatchBytes)) {
            bounds.append(i);
            bytes = 0;
        }
        bytes += size;
    }
    bounds.append(files.size());
    auto batchAt = [&](qsizetype k) { return files.mid(bounds[k], bounds[k + 1] - bounds[k]); };
    // Parse the next batch on the pool while this thread writes the current one.
    QFuture<Prepared> pending = QtConcurrent::mapped(batchAt(0), prepare);
    QString fatal;
    qsizetype from = 0; // the first file not yet written
    for (qsizetype k = 0; k + 1 < bounds.size(); ++k) {
        pending.waitForFinished();
        const QList<Prepared> batch = pending.results();
        from = bounds[k + 1];
        const bool more = k + 2 < bounds.size() && !m_cancelled && fatal.isEmpty();
        if (more)
            pending = QtConcurrent::mapped(batchAt(k + 1), prepare);

        QList<ImportOutcome> written;
        QList<qint64> ids;
        try {
            if (!fatal.isEmpty())
                throw StorageError(fatal);
            const stagecost::Scope cost(stagecost::Stage::Write);
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
        if (!more)
            break;
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
