#include "fact_registry.hpp"

#include "quizgen/parse.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

std::string derive_fact_key(std::string_view plain_text) {
  return detail::normalize_for_key(plain_text);
}

}  // namespace factdeck::quizgen

namespace factdeck::quizgen::detail {

void FactRegistry::check_key(const Fact& fact, const InlineFact& source) {
  if (!fact.id.empty()) {
    const auto [it, is_new] = ids_.try_emplace(fact.id, fact.line);
    if (!is_new) {
      sink_.error(source.attributes->id_at, "duplicate fact id '" + fact.id +
                                                "' (first used on line " +
                                                std::to_string(it->second) + ")");
    }
    return;
  }
  const auto [it, is_new] = keys_.try_emplace(fact.key, fact.line);
  if (!is_new) {
    sink_.warning(SourcePoint{fact.line, 0},
                  "this fact has the same text as the fact on line " + std::to_string(it->second) +
                      ", so they share a key; give one of them an id such as {#my-fact}");
  }
}

void FactRegistry::check_claims(const std::vector<AliasClaim>& claims) {
  for (const AliasClaim& claim : claims) {
    std::string key(1, static_cast<char>('0' + static_cast<int>(claim.type)));
    key += normalize_for_key(claim.form);
    std::string normalized = normalize_for_key(claim.canonical);
    const auto [it, is_new] =
        claims_.try_emplace(std::move(key), Claimed{claim.canonical, normalized, claim.at.line});
    if (is_new || it->second.normalized_canonical == normalized) continue;
    sink_.error(claim.at, "alias conflict: '" + claim.form + "' (" +
                              std::string(span_type_name(claim.type)) + ") stands for '" +
                              claim.canonical + "' here but for '" + it->second.canonical +
                              "' on line " + std::to_string(it->second.line));
  }
}

}  // namespace factdeck::quizgen::detail
