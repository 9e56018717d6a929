#include "event_text.hpp"

#include <algorithm>
#include <array>

namespace factdeck::quizgen {

namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return is_lower(c) || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-' || c == '\''; }

/// The next word at or after `at` (letters, digits, '-', '''), and moves `at` past it.
std::string_view next_word(std::string_view text, std::size_t& at) {
  while (at < text.size() && !is_word_char(text[at])) ++at;
  const std::size_t begin = at;
  while (at < text.size() && is_word_char(text[at])) ++at;
  return text.substr(begin, at - begin);
}

/// A past participle: regular ("created", "launched") or one of the common irregular ones.
bool is_participle(std::string_view word) {
  static constexpr std::array<std::string_view, 48> kIrregular = {
      "born", "shot", "made", "built", "sent", "held", "won", "lost", "begun", "broken", "chosen", "driven",
      "drawn", "found", "given", "taken", "written", "sunk", "struck", "put", "set", "led", "left", "hit",
      "cut", "sold", "told", "brought", "caught", "fought", "kept", "paid", "laid", "split", "met", "hung",
      "bound", "slain", "overthrown", "withdrawn", "torn", "sworn", "shown", "flown", "thrown", "frozen",
      "stolen", "beaten"};
  if (word.size() > 3 && word.ends_with("ed")) return true;
  return std::find(kIrregular.begin(), kIrregular.end(), word) != kIrregular.end();
}

/// Words that may stand between "was" and its participle ("was later executed").
bool is_adverb(std::string_view word) {
  static constexpr std::array<std::string_view, 10> kAdverbs = {
      "later", "then", "first", "soon", "also", "once", "eventually", "finally", "formally", "officially"};
  return std::find(kAdverbs.begin(), kAdverbs.end(), word) != kAdverbs.end() ||
         (word.size() > 4 && word.ends_with("ly") && word != "only");
}

/// True when `clause` has a verb of its own: a form of "be" or "have", a common irregular past
/// ("wrote", "began"), or a word in "-ed" that does not open an apposition (", set in …" and
/// "Adam Bede, appeared" open none: there the participle after the comma is the main verb).
bool has_finite_verb(std::string_view clause) {
  static constexpr std::array<std::string_view, 24> kVerbs = {
      "was", "were", "is", "are", "has", "had", "have", "did", "wrote", "began", "became", "took",
      "made", "led", "won", "sent", "gave", "came", "went", "held", "saw", "met", "fought", "founded"};
  std::size_t at = 0;
  for (std::string_view word = next_word(clause, at); !word.empty(); word = next_word(clause, at)) {
    if (std::find(kVerbs.begin(), kVerbs.end(), word) != kVerbs.end()) return true;
    const std::size_t begin = at - word.size();
    const bool opens_apposition = begin >= 2 && clause[begin - 2] == ',';
    if (word.size() > 3 && word.ends_with("ed") && is_lower(word.front()) && !opens_apposition) return true;
  }
  return false;
}

/// The last word of `text` and the character right before it (skipping spaces), or '\0'.
std::string_view last_word(std::string_view text, char& before) {
  std::size_t end = text.size();
  while (end > 0 && !is_word_char(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && is_word_char(text[begin - 1])) --begin;
  std::size_t at = begin;
  while (at > 0 && text[at - 1] == ' ') --at;
  before = at > 0 ? text[at - 1] : '\0';
  return text.substr(begin, end - begin);
}

/// A year standing alone ("by 1994", "the comet of 1682"): four digits, not part of a number.
bool has_year(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::string_view word = next_word(text, at);
    if (word.size() == 4 && std::all_of(word.begin(), word.end(), is_digit) &&
        (at >= text.size() || (text[at] != ',' && text[at] != '.') || at + 1 >= text.size() || !is_digit(text[at + 1]))) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool reads_as_event(std::string_view sentence) {
  std::size_t at = 0;
  for (std::string_view word = next_word(sentence, at); !word.empty(); word = next_word(sentence, at)) {
    if (word == "is" || word == "are") return false;
    if (word != "was" && word != "were") continue;
    std::string_view next = next_word(sentence, at);
    while (is_adverb(next)) next = next_word(sentence, at);
    return is_participle(next);
  }
  return true;
}

bool is_clean_cut(std::string_view text, std::size_t cut_begin, std::size_t cut_end, bool is_date) {
  if (text.find(';') != std::string_view::npos) return false;
  const std::string_view kept_before = text.substr(0, cut_begin);
  char before_word = '\0';
  const std::string_view last = last_word(kept_before, before_word);
  const bool is_at_end = text.substr(cut_end).find_first_not_of(" .!") == std::string_view::npos;
  // "…The Cornhill Magazine, launched [in 1860]." and "…wrote The Battle for Spain, published [in 2006]."
  if (is_at_end && before_word == ',' && is_lower(last.empty() ? 'A' : last.front()) && is_participle(last) &&
      has_finite_verb(kept_before.substr(0, kept_before.rfind(',')))) {
    return false;
  }
  for (std::string_view needs_date : {"only", "not", "still", "already", "even", "until", "since"}) {
    if (last == needs_date) return false;
  }
  return !is_date || (!has_year(kept_before) && !has_year(text.substr(cut_end)));
}

std::string without_relative_time(std::string sentence) {
  for (std::string_view adverb : {" later", " subsequently", " afterwards", " eventually"}) {
    for (std::size_t at = sentence.find(adverb); at != std::string::npos; at = sentence.find(adverb, at)) {
      const std::size_t end = at + adverb.size();
      const bool ends_word = end == sentence.size() || sentence[end] == ' ' || sentence[end] == '.' ||
                             sentence[end] == ',';
      if (ends_word) sentence.erase(at, adverb.size());
      else at = end;
    }
  }
  return sentence;
}

}  // namespace factdeck::quizgen
