#pragma once
// A character-level diff of a typed answer against the expected one, for the answer screen.
#include <string>
#include <string_view>
#include <vector>

namespace factdeck::state {

struct DiffSegment {
  enum class Kind { Same, Missing, Extra } kind = Kind::Same;  // Missing: expected, not typed
  std::string text;                                             // UTF-8
  friend bool operator==(const DiffSegment&, const DiffSegment&) = default;
};

/// The shortest edit from `typed` to `expected` over code points (case-insensitive for ASCII),
/// as runs of same, missing and extra characters. Inputs are short (answers), so O(n·m) is fine.
[[nodiscard]] std::vector<DiffSegment> diff_answer(std::string_view typed, std::string_view expected);

}  // namespace factdeck::state
