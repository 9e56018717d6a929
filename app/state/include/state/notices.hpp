#pragma once
// Messages for the user: what happened and what was kept. The parts of the app state add them;
// the window lists them until they are dismissed.
#include <cstddef>
#include <string>
#include <vector>

#include "base/result.hpp"

namespace factdeck::state {

struct Notice {
  enum class Level { Info, Warning, Error } level = Level::Info;
  std::string text;
};

class Notices {
 public:
  void add(Notice::Level level, std::string text);
  /// Adds `error` (file:line: message): a refusal (Invalid, Conflict, NotFound, Locked,
  /// Cancelled) as a warning, a failure (a file not read or written, a parse error) as an error.
  void add(const Error& error);
  /// Removes the notice at `index`; nothing when there is none.
  void dismiss(std::size_t index);
  [[nodiscard]] const std::vector<Notice>& list() const { return list_; }

 private:
  std::vector<Notice> list_;
};

/// `error` with `context` before its message ("Your answer was not saved: " + message), same code.
[[nodiscard]] Unexpected in_context(const std::string& context, const Error& error);

}  // namespace factdeck::state
