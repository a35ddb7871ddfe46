#include "barewriter.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

namespace barewriter {

namespace {

bool exec(sqlite3 *db, const char *sql, std::string *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = message ? message : "sqlite3_exec failed";
    sqlite3_free(message);
    return false;
}

} // namespace

long write(const std::string &corpusDir, const std::string &databasePath, std::string *error)
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(corpusDir))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    sqlite3 *db = nullptr;
    if (sqlite3_open(databasePath.c_str(), &db) != SQLITE_OK) {
        *error = sqlite3_errmsg(db);
        sqlite3_close(db);
        return -1;
    }
    sqlite3_stmt *article = nullptr, *index = nullptr;
    const bool ready = exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                                "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, text TEXT);"
                                "CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='',"
                                " tokenize='unicode61 remove_diacritics 2');", error)
        && sqlite3_prepare_v2(db, "INSERT INTO articles (title, text) VALUES (?, ?)", -1, &article, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, "INSERT INTO search_index (rowid, title, body) VALUES (?, ?, ?)", -1, &index, nullptr)
               == SQLITE_OK;
    long written = 0;
    bool ok = ready;
    for (size_t i = 0; ok && i < files.size(); ++i) {
        if (i % 64 == 0)
            ok = exec(db, "BEGIN", error);
        std::ifstream in(files[i], std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const size_t newline = std::min(bytes.find('\n'), bytes.size());
        const std::string title = bytes.substr(0, newline);
        const std::string text = bytes.substr(std::min(newline + 1, bytes.size()));
        sqlite3_bind_text(article, 1, title.data(), int(title.size()), SQLITE_STATIC);
        sqlite3_bind_text(article, 2, text.data(), int(text.size()), SQLITE_STATIC);
        ok = ok && sqlite3_step(article) == SQLITE_DONE;
        sqlite3_reset(article);
        sqlite3_bind_int64(index, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(index, 2, title.data(), int(title.size()), SQLITE_STATIC);
        sqlite3_bind_text(index, 3, text.data(), int(text.size()), SQLITE_STATIC);
        ok = ok && sqlite3_step(index) == SQLITE_DONE;
        sqlite3_reset(index);
        if (!ok && error->empty())
            *error = sqlite3_errmsg(db);
        ++written;
        if (ok && (i % 64 == 63 || i + 1 == files.size()))
            ok = exec(db, "COMMIT", error);
    }
    if (!ready && error->empty())
        *error = sqlite3_errmsg(db);
    sqlite3_finalize(article);
    sqlite3_finalize(index);
    sqlite3_close(db);
    return ok ? written : -1;
}

} // namespace barewriter
