#pragma once

#include <QString>

namespace lectern {

class Database;

namespace schema {

// The newest schema this build knows. PRAGMA user_version holds a file's version.
int currentVersion();
// Brings an empty or older database up to currentVersion(), each migration in its own
// transaction, and marks the file as a Lectern project. Throws StorageError.
void migrate(Database &db);
// How the objects of a project at `version` (tables, indexes, views, triggers) differ from
// what this build's migrations make for that version, in words; empty when they do not.
// A project from elsewhere may hold a view or trigger that never ends, or a table that
// was changed: it is refused before any statement of Lectern's reads it.
QString difference(Database &db, int version);

} // namespace schema
} // namespace lectern
