#pragma once
// The article parser's key normalizer (private to quizgen). UTF-8 and ASCII helpers live in
// base/utf8.hpp and base/text.hpp.
#include <string>
#include <string_view>

#include "base/text.hpp"
#include "base/utf8.hpp"

namespace factdeck::quizgen::detail {

/// Lowercase (ASCII, Latin-1, Latin Extended-A, Cyrillic), whitespace runs collapsed to one
/// space, trimmed. Used for fact keys and for comparing aliases; item ids hash it, so it must
/// not change.
[[nodiscard]] std::string normalize_for_key(std::string_view text);
/// normalize_for_key, appended to `out` (saves an allocation in hot loops).
void append_normalized(std::string& out, std::string_view text);

}  // namespace factdeck::quizgen::detail
