#include <array>

#include "quizgen/parse.hpp"

namespace factdeck::quizgen {

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
  std::string out = std::to_string(article.facts.size()) + " facts, " +
                    std::to_string(span_count) + " spans";
  if (!by_type.empty()) out += " (" + by_type + ")";
  return out + ", " + std::to_string(article.sections.size()) + " sections";
}

}  // namespace factdeck::quizgen
