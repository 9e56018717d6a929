#pragma once
// A thin RAII layer over SQLite's C API for the collection reader and writer: a database that
// closes itself, statements that finalize themselves, and SQLite's errors as Error values.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"

namespace factdeck::anki {

class Statement {
 public:
  Statement(sqlite3_stmt* stmt, sqlite3* db) : stmt_(stmt), db_(db) {}
  Statement(Statement&& other) noexcept : stmt_(other.stmt_), db_(other.db_) { other.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }

  void bind(int index, std::int64_t value) { sqlite3_bind_int64(stmt_, index, value); }
  void bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  }
  /// Runs an insert and resets the statement for the next one; Io with SQLite's message on failure.
  [[nodiscard]] Result<void> run();
  /// Steps a query: true while a row is ready.
  [[nodiscard]] Result<bool> next_row();
  [[nodiscard]] std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  [[nodiscard]] std::string text(int column) const;

 private:
  sqlite3_stmt* stmt_;
  sqlite3* db_;
};

class Database {
 public:
  /// Opens `file`; `create` makes a new database (the file must not exist), else read-only.
  [[nodiscard]] static Result<Database> open(const std::filesystem::path& file, bool create);
  Database(Database&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  Database& operator=(Database&&) = delete;
  ~Database() { sqlite3_close(db_); }

  [[nodiscard]] Result<void> exec(const char* sql);
  [[nodiscard]] Result<Statement> prepare(std::string_view sql);
  /// True when the database has a table of that name.
  [[nodiscard]] bool has_table(std::string_view table);

 private:
  explicit Database(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

}  // namespace factdeck::anki
