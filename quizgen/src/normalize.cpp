#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

// Latin-1 letters U+00C0..U+00FF folded to lowercase ASCII without diacritics ("" = punctuation).
constexpr const char* kLatin1Fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Latin Extended-A U+0100..U+017F, one letter per code point; '?' marks the two-letter ones.
constexpr std::string_view kLatinExtAFold =
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "ii??jjkkklllllll"
    "lllnnnnnnnnnoooo" "oo??rrrrrrssssss" "sstttttuuuuuuuuu" "uuuuwwyyyzzzzzzs";

bool is_dropped_mark(char32_t c) {
  // Combining diacritics. Apostrophes are separators instead, so that the "Stalin" in
  // "Stalin's" is found as a word ("stalin s").
  return c >= 0x0300 && c <= 0x036F;
}

bool is_separator(char32_t c) {
  if (c < 0x80) {
    const bool is_alnum = (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') ||
                          (c >= U'A' && c <= U'Z');
    return !is_alnum;
  }
  return (c >= 0x00A0 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7 ||
         (c >= 0x2000 && c <= 0x206F) || c == 0x2212 || c == 0x3000 || c == 0x02BC;
}

/// Appends the folded form of one letter (lowercase, no diacritics) to `out`.
void append_folded(char32_t c, std::u32string& out) {
  if (c >= U'A' && c <= U'Z') { out += static_cast<char32_t>(c + 32); return; }
  if (c >= 0x00C0 && c <= 0x00FF) {
    for (const char* p = kLatin1Fold[c - 0x00C0]; *p != '\0'; ++p) out += static_cast<char32_t>(*p);
    return;
  }
  if (c >= 0x0100 && c <= 0x017F) {
    if (c == 0x0132 || c == 0x0133) { out += U"ij"; return; }
    if (c == 0x0152 || c == 0x0153) { out += U"oe"; return; }
    out += static_cast<char32_t>(kLatinExtAFold[c - 0x0100]);
    return;
  }
  if (c == 0x0218 || c == 0x0219) { out += U's'; return; }  // Romanian s-comma
  if (c == 0x021A || c == 0x021B) { out += U't'; return; }  // Romanian t-comma
  if (c >= 0x0391 && c <= 0x03A9) { out += static_cast<char32_t>(c + 0x20); return; }  // Greek
  if (c == 0x0401 || c == 0x0451) { out += static_cast<char32_t>(0x0435); return; }   // ё -> е
  if (c >= 0x0410 && c <= 0x042F) { out += static_cast<char32_t>(c + 0x20); return; }  // Cyrillic
  if (c >= 0x0400 && c <= 0x040F) { out += static_cast<char32_t>(c + 0x50); return; }
  out += c;
}

}  // namespace

std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                          : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) { ++i; continue; }
    char32_t code = length == 1 ? lead : static_cast<char32_t>(lead & (0x7F >> length));
    bool is_valid = true;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) { is_valid = false; break; }
      code = (code << 6) | (next & 0x3F);
    }
    if (is_valid) out += code;
    i += is_valid ? length : 1;
  }
  return out;
}

std::string encode_utf8(std::u32string_view code_points) {
  std::string out;
  out.reserve(code_points.size());
  for (char32_t c : code_points) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string normalize_text(std::string_view text) {
  std::u32string folded;
  folded.reserve(text.size());
  bool is_pending_space = false;
  for (char32_t c : decode_utf8(text)) {
    if (is_dropped_mark(c)) continue;
    if (is_separator(c)) { is_pending_space = !folded.empty(); continue; }
    if (is_pending_space) folded += U' ';
    is_pending_space = false;
    append_folded(c, folded);
  }
  return encode_utf8(folded);
}

std::string normalize_answer(std::string_view text) {
  std::string out = normalize_text(text);
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (out.size() > article.size() && out.starts_with(article)) return out.substr(article.size());
  }
  return out;
}

bool contains_words(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return false;
  std::size_t from = 0;
  while (true) {
    const std::size_t at = haystack.find(needle, from);
    if (at == std::string_view::npos) return false;
    const bool starts_word = at == 0 || haystack[at - 1] == ' ';
    const std::size_t after = at + needle.size();
    const bool ends_word = after == haystack.size() || haystack[after] == ' ';
    if (starts_word && ends_word) return true;
    from = at + 1;
  }
}

std::string_view last_word(std::string_view normalized) {
  const std::size_t space = normalized.rfind(' ');
  return space == std::string_view::npos ? normalized : normalized.substr(space + 1);
}

}  // namespace factdeck::quizgen
