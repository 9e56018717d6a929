#include "stem_checks.hpp"

#include <algorithm>
#include <array>

namespace factdeck::quizgen {

namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool is_inside_a_span(const Fact& fact, std::size_t at) {
  return std::any_of(fact.spans.begin(), fact.spans.end(), [&](const Span& s) { return at >= s.begin && at < s.end; });
}

/// `text[at...]` starts with `phrase` as whole words (case-insensitive for the first letter).
bool has_words_at(std::string_view text, std::size_t at, std::string_view phrase) {
  if (at + phrase.size() > text.size()) return false;
  const std::string_view there = text.substr(at, phrase.size());
  const bool same = there.substr(1) == phrase.substr(1) &&
                    (there.front() == phrase.front() || there.front() == phrase.front() - ('a' - 'A'));
  const bool starts_word = at == 0 || !is_lower(text[at - 1]);
  const std::size_t after = at + phrase.size();
  const bool ends_word = after == text.size() || !is_lower(text[after]);
  return same && starts_word && ends_word;
}

/// The lowercase word that ends right before byte `end` (after skipping one space).
std::string_view word_ending_at(std::string_view text, std::size_t end) {
  if (end == 0 || text[end - 1] != ' ') return {};
  std::size_t begin = end - 1;
  while (begin > 0 && is_lower(text[begin - 1])) --begin;
  return text.substr(begin, end - 1 - begin);
}

bool is_preposition(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kPrepositions = {"at", "in", "on", "during", "from", "by",
                                                                    "of", "for", "after"};
  return std::find(kPrepositions.begin(), kPrepositions.end(), word) != kPrepositions.end();
}

}  // namespace

std::string_view reference_to_another_sentence(const Fact& fact) {
  // Every phrase starts with "the " or "that ": one pass looks only at words starting with
  // t/T (this runs once per fact of articles of 100,000 facts).
  static constexpr std::array<std::string_view, 9> kAfterThe = {
      "following year", "following day", "following month", "next year", "next day", "previous year",
      "latter", "former", "same"};
  const std::string_view text = fact.text;
  for (std::size_t at = 0; at + 4 < text.size(); ++at) {
    const bool starts_word = at == 0 || text[at - 1] == ' ';
    if (!starts_word || (text[at] != 't' && text[at] != 'T')) continue;
    const std::string_view rest = text.substr(at + 1);
    if (rest.starts_with("hat ") && (has_words_at(text, at + 5, "year") || has_words_at(text, at + 5, "day")) &&
        !is_inside_a_span(fact, at)) {
      return text.substr(at, text.find_first_of(" ,.;", at + 5) - at);
    }
    if (!rest.starts_with("he ")) continue;
    for (std::string_view phrase : kAfterThe) {
      if (!has_words_at(text, at + 4, phrase) || is_inside_a_span(fact, at)) continue;
      // "the same" refers back only as the object of a preposition: "at the same gathering".
      if (phrase == "same" && !is_preposition(word_ending_at(text, at))) continue;
      const std::size_t end = phrase == "same" ? text.find_first_of(" ,.;", at + 9) : at + 4 + phrase.size();
      return text.substr(at, (end == std::string_view::npos ? text.size() : end) - at);
    }
  }
  return {};
}

bool is_unnamed_measure(const Fact& fact, const Span& span) {
  if (span.type != SpanType::Number) return false;
  const std::string_view text = fact.text;
  const bool after_with = text.substr(0, span.begin).ends_with(" with ");
  const bool closes_clause = span.end >= text.size() || text[span.end] == '.' || text[span.end] == ';' ||
                             text[span.end] == ',';
  return after_with && closes_clause;
}

bool is_described_after(const Fact& fact, const Span& span) {
  const std::string_view rest = std::string_view(fact.text).substr(span.end);
  // "General Secretary of the Party", "the Hamburg Uprising of October 1923": an office's or an
  // event's of-phrase belongs to it. After a person, place or number, "of" starts something else
  // ("warned Stalin of the build-up", "a quarter of its strength").
  const bool is_titled = span.type == SpanType::Term || span.type == SpanType::Organization ||
                         span.type == SpanType::Event;
  if (rest.starts_with(" of ")) return is_titled;
  if (!rest.starts_with(", ")) return false;
  static constexpr std::array<std::string_view, 9> kDescribing = {"a", "an", "the", "on", "in", "near", "off",
                                                                  "at", "north"};
  const std::size_t word_end = rest.find_first_of(" ,.;", 2);
  const std::string_view word = rest.substr(2, word_end == std::string_view::npos ? std::string_view::npos : word_end - 2);
  return std::find(kDescribing.begin(), kDescribing.end(), word) != kDescribing.end();
}

bool owns_plural_property(const Fact& fact, const Span& span) {
  const std::string_view before = std::string_view(fact.text).substr(0, span.begin);
  std::string_view head = before;
  if (head.ends_with("the ")) head.remove_suffix(4);
  if (!head.ends_with(" of ")) return false;
  head.remove_suffix(4);
  const std::size_t start = head.find_last_of(' ');
  const std::string_view noun = head.substr(start == std::string_view::npos ? 0 : start + 1);
  // A lowercase plural ("rings", "moons", "people"), not "ss" ("glass") nor a possessive.
  const bool is_plural = noun.size() > 3 && noun.ends_with('s') && !noun.ends_with("ss") &&
                         std::all_of(noun.begin(), noun.end(), is_lower);
  return is_plural || noun == "people" || noun == "children";
}

}  // namespace factdeck::quizgen
