#pragma once
// UTF-8 decoding and encoding shared by every layer (the parser's positions, answer checking,
// the letter diff, typed input in the script player). Strict: overlong forms, surrogates and code
// points above U+10FFFF are invalid.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factdeck {

/// Length in bytes of the valid UTF-8 sequence starting at `text[pos]`, or 0 if it is invalid.
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text, std::size_t pos);

/// Decodes the code point at `text[pos]` into `code` and advances `pos` past it. On an invalid
/// sequence it skips one byte and returns false.
bool next_code_point(std::string_view text, std::size_t& pos, char32_t& code);

/// Byte offset of the first byte that does not start a valid UTF-8 sequence, if any.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Decodes UTF-8 into code points; invalid bytes are skipped.
[[nodiscard]] std::u32string decode_utf8(std::string_view text);
/// Encodes code points as UTF-8.
[[nodiscard]] std::string encode_utf8(std::u32string_view code_points);
/// Appends the code point `code` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t code);

/// Number of code points in `text`; each invalid lead byte counts as one.
[[nodiscard]] std::size_t count_code_points(std::string_view text);

/// `text` with every invalid byte replaced by '?', safe to print on a terminal.
[[nodiscard]] std::string replace_invalid_utf8(std::string_view text);

}  // namespace factdeck
