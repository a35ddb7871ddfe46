#include "ziparchive.h"

#include <QCoreApplication>

#include <zip.h>

#include <memory>

namespace lectern::ziparchive {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::ziparchive", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString reason(zip_error_t *e)
{
    return QString::fromUtf8(zip_error_strerror(e));
}

bool safeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/') || name.contains(u'\\') || name.contains(u':'))
        return false;
    for (const QStringView part : QStringView(name).split(u'/'))
        if (part == u"..")
            return false;
    return true;
}

} // namespace

QByteArray write(const QList<Entry> &entries, QString *error)
{
    zip_error_t e;
    zip_error_init(&e);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &e);
    if (!buffer) {
        fail(error, reason(&e));
        zip_error_fini(&e);
        return {};
    }
    zip_source_keep(buffer); // read back after the archive is closed
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &e);
    const auto done = [&](const QString &message) {
        fail(error, message);
        zip_source_free(buffer);
        zip_error_fini(&e);
        return QByteArray();
    };
    if (!archive)
        return done(reason(&e));
    for (const Entry &entry : entries) {
        // libzip reads the data when the archive is closed: the entries outlive that.
        zip_source_t *data = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index = data ? zip_file_add(archive, name.constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return done(message);
        }
        zip_set_file_compression(archive, zip_uint64_t(index), entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_mtime(archive, zip_uint64_t(index), 315532800 + 86400, 0); // fixed: the same input, the same bytes
    }
    if (zip_close(archive) != 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return done(message);
    }
    QByteArray out;
    zip_stat_t st;
    if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0)
        return done(tr("cannot read the archive back"));
    out.resize(qsizetype(st.size));
    const zip_int64_t read = zip_source_read(buffer, out.data(), st.size);
    zip_source_close(buffer);
    if (read != zip_int64_t(st.size))
        return done(tr("cannot read the archive back"));
    zip_source_free(buffer);
    zip_error_fini(&e);
    return out;
}

QList<Entry> read(const QByteArray &bytes, const Limits &limits, QString *error)
{
    zip_error_t e;
    zip_error_init(&e);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &e);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &e) : nullptr;
    if (!archive) {
        fail(error, tr("not a zip archive, or a damaged one (%1)").arg(reason(&e)));
        if (source)
            zip_source_free(source);
        zip_error_fini(&e);
        return {};
    }
    std::unique_ptr<zip_t, void (*)(zip_t *)> closer(archive, [](zip_t *z) { zip_discard(z); });
    zip_error_fini(&e);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > limits.entries) {
        fail(error, tr("the archive has too many entries"));
        return {};
    }
    QList<Entry> entries;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive, zip_uint64_t(i), ZIP_FL_ENC_GUESS, &st) != 0) {
            fail(error, QString::fromUtf8(zip_strerror(archive)));
            return {};
        }
        const QString name = QString::fromUtf8(st.name);
        if (!safeName(name)) {
            fail(error, tr("the archive names a file outside itself: %1").arg(name));
            return {};
        }
        const qint64 size = qint64(st.size);
        total += size;
        if (size > limits.entryBytes || total > limits.totalBytes) {
            fail(error, tr("%1 is larger than Lectern reads from an archive").arg(name));
            return {};
        }
        if (name.endsWith(u'/'))
            continue; // a folder
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            fail(error, tr("cannot read %1: %2").arg(name, QString::fromUtf8(zip_strerror(archive))));
            return {};
        }
        // One byte more than declared is read: an entry that inflates past its size is a
        // bomb that lies, and is refused there.
        QByteArray data(size + 1, Qt::Uninitialized);
        qint64 got = 0;
        while (got < data.size()) {
            const zip_int64_t n = zip_fread(file, data.data() + got, zip_uint64_t(data.size() - got));
            if (n <= 0) {
                if (n < 0)
                    got = -1;
                break;
            }
            got += n;
        }
        zip_fclose(file); // libzip checks the CRC when the entry is read to its end
        if (got != size) {
            fail(error, tr("%1 in the archive is damaged or not the size it declares").arg(name));
            return {};
        }
        data.truncate(size);
        entries.append({name, data});
    }
    return entries;
}

} // namespace lectern::ziparchive
