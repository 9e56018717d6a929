#include "group_kind.hpp"

#include <algorithm>

namespace factdeck::quizgen {

namespace {

bool is_lower_ascii_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

/// "treaties" -> "treaty", "processes" -> "process", "novels" -> "novel"; empty for a word that
/// does not read as a plural ("status", "analysis", "glass", "au").
std::string singular_of(std::string_view plural) {
  constexpr std::size_t kShortestPlural = 4;  // "arts", "wars": shorter words are abbreviations
  if (plural.size() < kShortestPlural || !plural.ends_with('s')) return {};
  if (plural.ends_with("ss") || plural.ends_with("us") || plural.ends_with("is")) return {};
  if (plural.ends_with("ies")) return std::string(plural.substr(0, plural.size() - 3)) + "y";
  for (std::string_view sibilant : {"sses", "shes", "ches", "xes"}) {
    if (plural.ends_with(sibilant)) return std::string(plural.substr(0, plural.size() - 2));
  }
  return std::string(plural.substr(0, plural.size() - 1));
}

bool opens_with_capital(std::string_view text) { return !text.empty() && text.front() >= 'A' && text.front() <= 'Z'; }

}  // namespace

std::string group_kind_noun(std::string_view group) {
  const std::size_t dash = group.find_last_of('-');
  const std::string_view last = dash == std::string_view::npos ? group : group.substr(dash + 1);
  return is_lower_ascii_word(last) ? singular_of(last) : std::string{};
}

std::string kind_noun_of(const Span& span) {
  const bool is_named_kind =
      span.type == SpanType::Term || span.type == SpanType::Organization || span.type == SpanType::Event;
  if (!is_named_kind) return {};
  if (std::string noun = group_kind_noun(span.group); !noun.empty()) return noun;
  // An ungrouped capitalized term is a title or a proper name ("Jane Eyre"): calling it "a
  // term" misleads the student, "a name" does not.
  if (span.type == SpanType::Term && opens_with_capital(span.text)) return "name";
  return {};
}

}  // namespace factdeck::quizgen
