#include <algorithm>
#include <array>

#include "quizgen/parse.hpp"

namespace factdeck::quizgen {

namespace {
// "1 fact", "2 facts".
std::string count_of(std::size_t count, const char* noun) {
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}
}  // namespace

std::string summarize_article(const Article& article) {
  std::array<int, std::size(kAllSpanTypes)> per_type{};
  std::size_t span_count = 0;
  for (const Fact& fact : article.facts) {
    for (const Span& span : fact.spans) ++per_type[static_cast<std::size_t>(span.type)];
    span_count += fact.spans.size();
  }
  std::string by_type;
  for (SpanType type : kAllSpanTypes) {
    const int count = per_type[static_cast<std::size_t>(type)];
    if (count == 0) continue;
    if (!by_type.empty()) by_type += ", ";
    by_type += std::string(span_type_name(type)) + " " + std::to_string(count);
  }
  std::string out = count_of(article.facts.size(), "fact") + ", " + count_of(span_count, "span");
  if (!by_type.empty()) out += " (" + by_type + ")";
  // Said only when there are cards, so that the line stays as it was for every other article.
  const auto cards = std::count_if(article.facts.begin(), article.facts.end(),
                                   [](const Fact& fact) { return fact.card_list >= 0; });
  if (cards > 0) out += ", " + count_of(static_cast<std::size_t>(cards), "card");
  return out + ", " + count_of(article.sections.size(), "section");
}

}  // namespace factdeck::quizgen
