#include "fact_registry.hpp"

#include <algorithm>

#include "base/item_id.hpp"
#include "quizgen/parse.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen {

std::string derive_fact_key(std::string_view plain_text) {
  return detail::normalize_for_key(plain_text);
}

}  // namespace factdeck::quizgen

namespace factdeck::quizgen::detail {

FactRegistry::FactRegistry(DiagnosticSink& sink, std::size_t expected_facts) : sink_(sink) {
  keys_.reserve(expected_facts);
  claims_.reserve(1024);
}

void FactRegistry::add_key(const Fact& fact, std::size_t index, SourcePoint id_at) {
  // Ids and derived keys live in one list; the leading byte keeps "x" the id apart from "x" the
  // text.
  const std::uint64_t seed = fnv1a64(fact.id.empty() ? "t" : "i");
  keys_.push_back(KeyEntry{fnv1a64(fact.key, seed), index, id_at});
}

void FactRegistry::report_duplicate_keys(const std::vector<Fact>& facts) {
  std::sort(keys_.begin(), keys_.end(), [](const KeyEntry& a, const KeyEntry& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.fact < b.fact;
  });
  for (std::size_t k = 1; k < keys_.size(); ++k) {
    std::size_t first_k = k - 1;
    while (first_k > 0 && keys_[first_k - 1].hash == keys_[k].hash) --first_k;
    if (keys_[first_k].hash != keys_[k].hash) continue;
    const Fact& first = facts[keys_[first_k].fact];
    const Fact& fact = facts[keys_[k].fact];
    if (first.key != fact.key || first.id.empty() != fact.id.empty()) continue;
    const std::string first_line = std::to_string(first.line);
    if (!fact.id.empty()) {
      sink_.error(keys_[k].id_at,
                  "duplicate fact id '" + fact.id + "' (first used on line " + first_line + ")");
    } else {
      sink_.warning(SourcePoint{fact.line, 0},
                    "this fact has the same text as the fact on line " + first_line +
                        ", so they share a key; give one of them an id such as {#my-fact}");
    }
  }
}

void FactRegistry::check_claims(const InlineFact& source) {
  for (const AliasClaim& claim : source.claims) {
    const Span& span = source.spans[claim.span];
    const std::string& form = claim.alias < 0 ? span.canonical
                                              : span.aliases[static_cast<std::size_t>(claim.alias)];
    form_buffer_.assign(1, static_cast<char>('0' + static_cast<int>(span.type)));
    append_normalized(form_buffer_, form);
    const auto it = claims_.find(form_buffer_);
    if (it == claims_.end()) {
      claims_.emplace(form_buffer_, Claimed{span.canonical, normalize_for_key(span.canonical),
                                            claim.at.line});
      continue;
    }
    const bool is_same = it->second.canonical == span.canonical ||
                         it->second.normalized_canonical == normalize_for_key(span.canonical);
    if (is_same) continue;
    sink_.error(claim.at, "alias conflict: '" + form + "' (" +
                              std::string(span_type_name(span.type)) + ") stands for '" +
                              span.canonical + "' here but for '" + it->second.canonical +
                              "' on line " + std::to_string(it->second.line));
  }
}

}  // namespace factdeck::quizgen::detail
