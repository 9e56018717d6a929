#include "sqlite_db.hpp"

namespace factdeck::anki {

Result<void> Statement::run() {
  const int rc = sqlite3_step(stmt_);
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  if (rc == SQLITE_DONE || rc == SQLITE_ROW) return {};
  return fail(ErrorCode::Io, std::string("SQLite: ") + sqlite3_errmsg(db_));
}

Result<bool> Statement::next_row() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return fail(ErrorCode::Parse, std::string("SQLite: ") + sqlite3_errmsg(db_));
}

std::string Statement::text(int column) const {
  const unsigned char* bytes = sqlite3_column_text(stmt_, column);
  const int size = sqlite3_column_bytes(stmt_, column);
  return bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)) : std::string();
}

Result<Database> Database::open(const std::filesystem::path& file, bool create) {
  sqlite3* db = nullptr;
  const int flags = create ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
  const int rc = sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return fail(create ? ErrorCode::Io : ErrorCode::Parse, "cannot open the database: " + why);
  }
  return Database(db);
}

Result<void> Database::exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) == SQLITE_OK) return {};
  const std::string why = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  return fail(ErrorCode::Io, "SQLite: " + why);
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return fail(ErrorCode::Parse, std::string("SQLite: ") + sqlite3_errmsg(db_));
  }
  return Statement(stmt, db_);
}

bool Database::has_table(std::string_view table) {
  Result<Statement> query = prepare("select 1 from sqlite_master where type = 'table' and name = ?");
  if (!query) return false;
  query->bind(1, table);
  const Result<bool> row = query->next_row();
  return row && *row;
}

}  // namespace factdeck::anki
