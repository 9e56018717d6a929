#include "text_utils.hpp"

namespace factdeck::quizgen::detail {

namespace {

unsigned byte_at(std::string_view text, std::size_t pos) {
  return static_cast<unsigned char>(text[pos]);
}

// Decodes the valid sequence of `length` bytes at `pos`.
char32_t decode(std::string_view text, std::size_t pos, std::size_t length) {
  static constexpr unsigned kLeadMask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
  char32_t code = byte_at(text, pos) & kLeadMask[length];
  for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (byte_at(text, pos + k) & 0x3F);
  return code;
}

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

void append_utf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t pos) {
  const unsigned lead = byte_at(text, pos);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned low = 0x80;
  unsigned high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // UTF-16 surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  const unsigned second = byte_at(text, pos + 1);
  if (second < low || second > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte_at(text, pos + k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (byte_at(text, pos) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return std::nullopt;
}

int count_code_points(std::string_view text) {
  int count = 0;
  for (char c : text) {
    // Every byte that is not a continuation byte starts a code point (or is a lone bad byte).
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) {
      out += '?';
      ++pos;
    } else {
      out.append(text.substr(pos, length));
      pos += length;
    }
  }
  return out;
}

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
    if (byte_at(text, pos) < 0x80) {  // ASCII fast path: most of any article
      out += ascii_lower(text[pos++]);
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) {
      out += text[pos++];
      continue;
    }
    append_utf8(out, to_lower(decode(text, pos, length)));
    pos += length;
  }
}

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::size_t leading_space(std::string_view text) {
  std::size_t count = 0;
  while (count < text.size() && is_space(text[count])) ++count;
  return count;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (ascii_lower(a[k]) != ascii_lower(b[k])) return false;
  }
  return true;
}

}  // namespace factdeck::quizgen::detail
