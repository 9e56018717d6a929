#pragma once
// Result<T>: the project's error channel. Same surface as std::expected (has_value, value, error,
// explicit operator bool) so that switching to C++23's std::expected is a one-line alias change.
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace factdeck {

enum class ErrorCode {
  Io,             // a file could not be opened, read or written
  Parse,          // malformed input (facts file, CSV, deck)
  Invalid,        // well-formed but semantically wrong input
  Corrupt,        // a stored file failed a checksum or structure check
  NewerFormat,    // a file written by a newer version of factdeck
  Locked,         // another process holds the profile
  Conflict,       // a stale action (e.g. an answer to an item that changed)
  NotFound,       // an id, deck or profile that does not exist
  Cancelled,      // long work stopped at the user's request
};

/// A failure as data: what happened and, for input errors, where (1-based line and column).
struct Error {
  ErrorCode code = ErrorCode::Invalid;
  std::string message;
  std::string file;
  int line = 0;
  int column = 0;

  /// "file:line:col: message", omitting the parts that are unknown.
  [[nodiscard]] std::string to_string() const {
    std::string out;
    if (!file.empty()) {
      out += file;
      if (line > 0) out += ":" + std::to_string(line);
      if (column > 0) out += ":" + std::to_string(column);
      out += ": ";
    }
    return out + message;
  }
};

/// Wraps an Error for return from a function whose success type is T.
struct Unexpected {
  Error error;
};
[[nodiscard]] inline Unexpected fail(ErrorCode code, std::string message, std::string file = {},
                                     int line = 0, int column = 0) {
  return Unexpected{Error{code, std::move(message), std::move(file), line, column}};
}

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit, like std::expected
  Result(Unexpected unexpected) : data_(std::move(unexpected.error)) {}  // NOLINT

  [[nodiscard]] bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  T& value() & { assert(has_value()); return std::get<0>(data_); }
  const T& value() const& { assert(has_value()); return std::get<0>(data_); }
  T&& value() && { assert(has_value()); return std::get<0>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  [[nodiscard]] const Error& error() const { assert(!has_value()); return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

/// Result<void>: success carries no value.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Unexpected unexpected) : error_(std::move(unexpected.error)), has_error_(true) {}  // NOLINT
  [[nodiscard]] bool has_value() const { return !has_error_; }
  explicit operator bool() const { return has_value(); }
  void value() const { assert(has_value()); }
  [[nodiscard]] const Error& error() const { assert(has_error_); return error_; }

 private:
  Error error_;
  bool has_error_ = false;
};

}  // namespace factdeck
