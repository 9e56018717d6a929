#pragma once
// Text normalization shared by the generator (is this option the answer? does the stem give the
// answer away?) and by answer checking. UTF-8 in, UTF-8 out; Cyrillic and accented Latin survive.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/item_id.hpp"

namespace factdeck::quizgen {

/// Lowercases (ASCII, Latin-1/Latin Extended-A, Greek, Cyrillic), strips diacritics from Latin
/// letters, turns punctuation, apostrophes and dashes into spaces, collapses whitespace.
/// Invalid UTF-8 bytes are dropped. "Molotov–Ribbentrop Pact" -> "molotov ribbentrop pact".
[[nodiscard]] std::string normalize_text(std::string_view text);
/// normalize_text written into `out`, replacing its contents; reusing one `out` across calls
/// saves an allocation per call.
void normalize_text_into(std::string_view text, std::string& out);

/// fnv1a64(normalize_text(text), seed), without building the normalized text when `text` is
/// ASCII (frames and statements of every item are hashed so).
[[nodiscard]] std::uint64_t fnv1a64_normalized(std::string_view text, std::uint64_t seed = kFnv1a64Seed);

/// normalize_text, then without one leading article ("the", "a", "an"). The form compared when
/// checking answers and comparing options.
[[nodiscard]] std::string normalize_answer(std::string_view text);
/// normalize_answer written into `out`, replacing its contents (its capacity reused).
void normalize_answer_into(std::string_view text, std::string& out);

/// True when `needle` occurs in `haystack` as whole words (both already normalized).
[[nodiscard]] bool contains_words(std::string_view haystack, std::string_view needle);

/// The last word of a normalized text ("vyacheslav molotov" -> "molotov"); empty for empty text.
[[nodiscard]] std::string_view last_word(std::string_view normalized);

}  // namespace factdeck::quizgen
