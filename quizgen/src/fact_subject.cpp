// The subject of a fact and the numbers stated about each subject (see fact_subject.hpp).
#include "fact_subject.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "base/text.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::uint32_t kNoSubject = UINT32_MAX;

// Words that open a phrase before the main clause ("Beyond Neptune, ...", "With almost no air to
// hold heat, ..."): when the sentence opens with one and has a comma, its subject comes after it.
constexpr std::array<std::string_view, 24> kOpeningWords = {
    "at",     "beyond", "with",   "in",      "on",     "after",  "before",  "during",
    "since",  "unlike", "like",   "from",    "by",     "under",  "across",  "along",
    "around", "despite", "although", "when", "while",  "as",     "without", "for"};

bool is_name_type(SpanType type) { return type != SpanType::Date && type != SpanType::Number; }

/// The first word of `text`, up to a space or a comma.
std::string_view first_word(std::string_view text) {
  const std::size_t end = text.find_first_of(" ,");
  return text.substr(0, end);
}

/// Byte where the main clause starts: after the first comma when the sentence opens with a
/// phrase such as "Beyond Neptune,"; else 0.
std::size_t main_clause_begin(const Fact& fact) {
  const std::string_view text = fact.text;
  const std::string_view word = first_word(text);
  const bool opens_with_phrase = std::any_of(kOpeningWords.begin(), kOpeningWords.end(),
                                             [&](std::string_view w) { return iequals(word, w); });
  if (!opens_with_phrase) return 0;
  const std::size_t comma = text.find(',');
  return comma == std::string_view::npos ? 0 : comma + 1;
}

}  // namespace

std::optional<std::size_t> subject_span(const Fact& fact) {
  if (fact.card_list >= 0) return std::nullopt;
  const std::size_t clause = main_clause_begin(fact);
  const std::string_view text = fact.text;
  for (std::size_t s = 0; s < fact.spans.size(); ++s) {
    const Span& span = fact.spans[s];
    if (span.begin < clause) continue;
    // A number before any name of the main clause ("About 20% of ..."), or a comma ("Brazil's
    // census, run by the [IBGE], ..."): the subject is not one of the tagged names.
    if (span.type == SpanType::Number) return std::nullopt;
    if (text.substr(clause, span.begin - clause).find(',') != std::string_view::npos) return std::nullopt;
    if (is_name_type(span.type)) return s;
  }
  return std::nullopt;
}

FactSubjects::FactSubjects(const Article& article, const ValueIndex& index, const WordIndex& words)
    : article_(article), words_(words), subjects_(article.facts.size(), kNoSubject) {
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    const std::optional<std::size_t> subject = subject_span(fact);
    if (!subject) continue;
    const std::uint32_t value = index.value_of(f, *subject);
    subjects_[f] = value;
    for (std::size_t s = 0; s < fact.spans.size(); ++s) {
      if (fact.spans[s].type != SpanType::Number || !index.value(index.value_of(f, s)).number) continue;
      numbers_.push_back(SubjectNumber{value, static_cast<std::uint32_t>(f), static_cast<std::uint32_t>(s),
                                       index.value_of(f, s)});
    }
  }
  // Facts are visited in order, so a stable sort by subject keeps each subject's facts in order.
  std::stable_sort(numbers_.begin(), numbers_.end(),
                   [](const SubjectNumber& a, const SubjectNumber& b) { return a.subject < b.subject; });
}

std::optional<std::uint32_t> FactSubjects::subject_of(std::size_t fact) const {
  if (fact >= subjects_.size() || subjects_[fact] == kNoSubject) return std::nullopt;
  return subjects_[fact];
}

std::span<const SubjectNumber> FactSubjects::numbers_about(std::uint32_t subject) const {
  const auto [first, last] = std::equal_range(numbers_.begin(), numbers_.end(), SubjectNumber{subject, 0, 0, 0},
                                              [](const SubjectNumber& a, const SubjectNumber& b) {
                                                return a.subject < b.subject;
                                              });
  return {first, last};
}

bool FactSubjects::says_outside_spans(std::size_t fact, std::span<const std::uint64_t> stems) const {
  const SpanRanges spans(article_.facts[fact], [](const Span&) { return true; });
  for (const StemmedWord& word : words_.words_of(fact)) {
    if (!words_.is_relation_word(word) || spans.holds(word)) continue;
    if (std::find(stems.begin(), stems.end(), word.stem) != stems.end()) return true;
  }
  return false;
}

}  // namespace factdeck::quizgen
