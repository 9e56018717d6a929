#include "text_utils.hpp"

namespace factdeck::quizgen::detail {

namespace {

// Simple one-to-one lowercase mappings for the scripts our articles use. Latin Extended-A pairs
// upper/lower case as even/odd code points, except in U+0139..U+0148 and U+0179..U+017E where
// the capital is the odd one.
char32_t to_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 0x20;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
  const bool even_capitals = (c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
  if (odd_capitals && c % 2 == 1) return c + 1;
  if (even_capitals && c % 2 == 0) return c + 1;
  return c;
}

}  // namespace

std::string normalize_for_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_normalized(out, text);
  return out;
}

void append_normalized(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (is_space(text[pos])) {
      pending_space = out.size() > start;
      ++pos;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (static_cast<unsigned char>(text[pos]) < 0x80) {  // ASCII fast path: most of any article
      out += ascii_lower(text[pos++]);
      continue;
    }
    const std::size_t at = pos;
    char32_t code = 0;
    if (!next_code_point(text, pos, code)) {
      out += text[at];  // an invalid byte is kept as it is
      continue;
    }
    append_utf8(out, to_lower(code));
  }
}

}  // namespace factdeck::quizgen::detail
