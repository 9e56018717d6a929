#include "quizgen/normalize.hpp"

#include <array>

#include "base/utf8.hpp"

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


/// Appends the folded form of one letter (lowercase, no diacritics) to `out`, as UTF-8.
void append_folded(char32_t c, std::string& out) {
  if (c >= U'A' && c <= U'Z') { out += static_cast<char>(c + 32); return; }
  if (c < 0x80) { out += static_cast<char>(c); return; }
  if (c >= 0x00C0 && c <= 0x00FF) { out += kLatin1Fold[c - 0x00C0]; return; }
  if (c >= 0x0100 && c <= 0x017F) {
    if (c == 0x0132 || c == 0x0133) { out += "ij"; return; }
    if (c == 0x0152 || c == 0x0153) { out += "oe"; return; }
    out += kLatinExtAFold[c - 0x0100];
    return;
  }
  if (c == 0x0218 || c == 0x0219) { out += 's'; return; }  // Romanian s-comma
  if (c == 0x021A || c == 0x021B) { out += 't'; return; }  // Romanian t-comma
  if (c >= 0x0391 && c <= 0x03A9) { append_utf8(out, c + 0x20); return; }  // Greek
  if (c == 0x0401 || c == 0x0451) { append_utf8(out, 0x0435); return; }   // ё -> е
  if (c >= 0x0410 && c <= 0x042F) { append_utf8(out, c + 0x20); return; }  // Cyrillic
  if (c >= 0x0400 && c <= 0x040F) { append_utf8(out, c + 0x50); return; }
  append_utf8(out, c);
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0x80) != 0) return false;
  }
  return true;
}

/// Each ASCII byte folded: letters lowercased, digits kept, '\0' for a separator.
constexpr std::array<char, 128> kAsciiFold = [] {
  std::array<char, 128> fold{};
  for (char c = '0'; c <= '9'; ++c) fold[static_cast<std::size_t>(c)] = c;
  for (char c = 'a'; c <= 'z'; ++c) fold[static_cast<std::size_t>(c)] = c;
  for (char c = 'A'; c <= 'Z'; ++c) fold[static_cast<std::size_t>(c)] = static_cast<char>(c + 32);
  return fold;
}();

/// normalize_text for pure ASCII, the common case: letters and digits kept (lowercased), every
/// run of other characters one space between words. The result is never longer than the input,
/// so it is written in place into `folded`, sized once.
void normalize_ascii_into(std::string_view text, std::string& folded) {
  folded.resize(text.size());
  std::size_t size = 0;
  bool is_pending_space = false;
  for (char c : text) {
    const char kept = kAsciiFold[static_cast<unsigned char>(c)];
    if (kept == '\0') { is_pending_space = size > 0; continue; }
    if (is_pending_space) folded[size++] = ' ';
    is_pending_space = false;
    folded[size++] = kept;
  }
  folded.resize(size);
}

}  // namespace

std::string normalize_text(std::string_view text) {
  std::string folded;
  normalize_text_into(text, folded);
  return folded;
}

void normalize_text_into(std::string_view text, std::string& folded) {
  if (is_ascii(text)) {
    normalize_ascii_into(text, folded);
    return;
  }
  // One pass straight to UTF-8: this runs for every stem, option and frame of a deck.
  folded.clear();
  folded.reserve(text.size());
  bool is_pending_space = false;
  char32_t c = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (!next_code_point(text, i, c) || is_dropped_mark(c)) continue;
    if (is_separator(c)) { is_pending_space = !folded.empty(); continue; }
    if (is_pending_space) folded += ' ';
    is_pending_space = false;
    append_folded(c, folded);
  }
}

std::uint64_t fnv1a64_normalized(std::string_view text, std::uint64_t seed) {
  if (!is_ascii(text)) return fnv1a64(normalize_text(text), seed);
  // The bytes normalize_ascii would write, fed to FNV-1a as they come.
  std::uint64_t hash = seed;
  auto feed = [&hash](char c) {
    hash ^= static_cast<std::uint8_t>(c);
    hash *= 0x100000001b3ULL;
  };
  bool has_output = false;
  bool is_pending_space = false;
  for (char c : text) {
    const char kept = kAsciiFold[static_cast<unsigned char>(c)];
    if (kept == '\0') { is_pending_space = has_output; continue; }
    if (is_pending_space) feed(' ');
    is_pending_space = false;
    feed(kept);
    has_output = true;
  }
  return hash;
}

std::string normalize_answer(std::string_view text) {
  std::string out;
  normalize_answer_into(text, out);
  return out;
}

void normalize_answer_into(std::string_view text, std::string& out) {
  normalize_text_into(text, out);
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (out.size() > article.size() && out.starts_with(article)) {
      out.erase(0, article.size());
      return;
    }
  }
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
