// Spelling tolerance of typed names (answer_check_detail.hpp): words, edits per word scaled to
// each word's length, sounds that transliterations spell two ways, and abbreviations, which get
// no tolerance at all.
#include <algorithm>
#include <vector>

#include "answer_check_detail.hpp"
#include "base/utf8.hpp"

namespace factdeck::quizgen {

namespace detail {

namespace {

// Longer texts are not typo-checked: the distance table would be large and such answers are
// phrases, where a typo check stops being meaningful.
constexpr std::size_t kMaxTypoLength = 64;

std::string digits_of(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

/// Spellings that sound alike in names transliterated into English: "ph" and "f" (Josef,
/// Joseph), "ks" and "x" (Maksim, Maxim). Folded before counting edits.
std::string fold_sounds(std::string_view word) {
  std::string out;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const std::string_view pair = word.substr(k, 2);
    if (pair == "ph") out += 'f', ++k;
    else if (pair == "ks") out += 'x', ++k;
    else out += word[k];
  }
  return out;
}

std::size_t word_distance(std::string_view a, std::string_view b) {
  const std::size_t plain = edit_distance(decode_utf8(a), decode_utf8(b));
  return std::min(plain, edit_distance(decode_utf8(fold_sounds(a)), decode_utf8(fold_sounds(b))));
}

}  // namespace

std::vector<std::string_view> words_of(std::string_view normalized) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < normalized.size()) {
    const std::size_t space = std::min(normalized.find(' ', start), normalized.size());
    if (space > start) words.push_back(normalized.substr(start, space - start));
    start = space + 1;
  }
  return words;
}

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

bool is_abbreviation(std::string_view form) {
  if (form.size() < 2 || form.size() > 6) return false;
  return std::all_of(form.begin(), form.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::optional<std::size_t> typo_distance(std::string_view typed, std::string_view form) {
  if (digits_of(typed) != digits_of(form)) return std::nullopt;  // no tolerance for years and numbers
  const std::size_t form_length = decode_utf8(form).size();
  if (form_length > kMaxTypoLength || decode_utf8(typed).size() > kMaxTypoLength) return std::nullopt;
  const std::vector<std::string_view> typed_words = words_of(typed);
  const std::vector<std::string_view> form_words = words_of(form);
  if (typed_words.size() != form_words.size()) {
    std::string a(typed), b(form);
    std::erase(a, ' ');
    std::erase(b, ' ');
    return a == b ? std::optional<std::size_t>(1) : std::nullopt;
  }
  std::size_t total = 0;
  for (std::size_t k = 0; k < typed_words.size(); ++k) {
    const std::size_t distance = word_distance(typed_words[k], form_words[k]);
    if (distance > typo_allowance(decode_utf8(form_words[k]).size())) return std::nullopt;
    total += distance;
  }
  if (total > typo_allowance(form_length)) return std::nullopt;
  return total;
}

std::optional<std::string> far_word(std::string_view typed, std::string_view form) {
  const std::vector<std::string_view> typed_words = words_of(typed);
  const std::vector<std::string_view> form_words = words_of(form);
  if (typed_words.size() != form_words.size() || typed_words.size() < 2) return std::nullopt;
  std::size_t far = typed_words.size();
  for (std::size_t k = 0; k < typed_words.size(); ++k) {
    if (typed_words[k] == form_words[k]) continue;
    if (far != typed_words.size()) return std::nullopt;  // more than one word differs
    far = k;
  }
  if (far == typed_words.size()) return std::nullopt;
  return "'" + std::string(typed_words[far]) + "' is not a spelling of '" + std::string(form_words[far]) + "'";
}

}  // namespace detail

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
  // Optimal string alignment: Levenshtein plus transposition of two adjacent characters.
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

std::size_t typo_allowance(std::size_t length) {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 12) return 2;
  return 3;
}

}  // namespace factdeck::quizgen
