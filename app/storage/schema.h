#pragma once

namespace lectern {

class Database;

namespace schema {

// The newest schema this build knows. PRAGMA user_version holds a file's version.
int currentVersion();
// Brings an empty or older database up to currentVersion(), each migration in its own
// transaction, and marks the file as a Lectern project. Throws StorageError.
void migrate(Database &db);

} // namespace schema
} // namespace lectern
