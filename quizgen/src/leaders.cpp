#include "leaders.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace factdeck::quizgen {

namespace {

// The words between a leader and the place, or between the place's possessive and the leader,
// are few; a longer stretch says something else ("Hitler's troops marched into Austria").
constexpr std::size_t kMaxBetween = 40;

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

/// "Hitler came to power in Germany", "Vargas ruled Brazil", "Lenin, the leader of Soviet Russia".
bool says_person_leads(std::string_view between) {
  static constexpr std::array<std::string_view, 13> kPhrases = {
      "power in", "ruled", "governed", "leader of", "president of", "chancellor of", "dictator of",
      "king of", "queen of", "emperor of", "prime minister of", "ruler of", "head of state of"};
  const std::string low = lowered(between);
  return std::any_of(kPhrases.begin(), kPhrases.end(), [&](std::string_view p) { return low.find(p) != std::string::npos; });
}

/// "Germany's leader Hitler", "Brazil's president Juscelino Kubitschek".
bool says_place_is_led(std::string_view between) {
  static constexpr std::array<std::string_view, 10> kTitles = {
      "leader", "president", "chancellor", "dictator", "king", "queen", "emperor", "prime minister", "ruler", "führer"};
  const std::string low = lowered(between);
  if (!low.starts_with("'s ") && !low.starts_with("\xE2\x80\x99s ")) return false;
  return std::any_of(kTitles.begin(), kTitles.end(), [&](std::string_view t) { return low.find(t) != std::string::npos; });
}

}  // namespace

Leaders find_leaders(const Article& article, const ValueIndex& values) {
  Leaders leaders;
  leaders.of_place.resize(values.value_count());
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    for (std::size_t s = 0; s + 1 < fact.spans.size(); ++s) {
      const Span& first = fact.spans[s];
      const Span& second = fact.spans[s + 1];
      if (second.begin < first.end || second.begin - first.end > kMaxBetween) continue;
      const std::string_view between = std::string_view(fact.text).substr(first.end, second.begin - first.end);
      std::size_t person = 0;
      std::size_t place = 0;
      if (first.type == SpanType::Person && second.type == SpanType::Place && says_person_leads(between)) {
        person = s;
        place = s + 1;
      } else if (first.type == SpanType::Place && second.type == SpanType::Person && says_place_is_led(between)) {
        person = s + 1;
        place = s;
      } else {
        continue;
      }
      std::vector<std::uint32_t>& of_place = leaders.of_place[values.value_of(f, place)];
      const std::uint32_t leader = values.value_of(f, person);
      if (std::find(of_place.begin(), of_place.end(), leader) == of_place.end()) of_place.push_back(leader);
      leaders.stating_spans.emplace_back(static_cast<std::uint32_t>(f), static_cast<std::uint32_t>(place));
    }
  }
  std::sort(leaders.stating_spans.begin(), leaders.stating_spans.end());
  return leaders;
}

}  // namespace factdeck::quizgen
