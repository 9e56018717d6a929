#include "exercises.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "date_text.hpp"
#include "event_text.hpp"
#include "base/prng.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/normalize.hpp"
#include "value_index.hpp"
#include "variants.hpp"

namespace factdeck::quizgen {

namespace {

// Candidates wait in at most this many open exercises; one that fits none is left out. Keeps the
// grouping linear in the number of facts.
constexpr std::size_t kOpenGroups = 4;
constexpr std::size_t kGroupSize = 4;
constexpr std::size_t kMinGroupSize = 3;

// ---- Chronology ----

struct DatedEvent {
  std::string label;       // the sentence without its date
  std::string normalized;  // of the label
  DateValue date;
  ItemId item;
};

bool are_ordered_apart(const DatedEvent& a, const DatedEvent& b) {
  // Compared at the coarser precision: 1939 and August 1939 cannot be put in order.
  const DatePrecision p = std::min(a.date.precision, b.date.precision);
  return reduce_date(a.date, p) != reduce_date(b.date, p) && a.normalized != b.normalized;
}

/// Events to put in order: facts with one single date (not a range) that read as events, not
/// as opinions, counterfactuals or lasting states ("Romania was Germany's main source of oil").
std::vector<DatedEvent> collect_dated_events(const Article& article, const std::vector<ItemId>& item_ids,
                                             const WordIndex& words) {
  std::vector<DatedEvent> events;
  std::size_t k = 0;  // item k asks the k-th span of the article
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    const auto dates = std::count_if(fact.spans.begin(), fact.spans.end(),
                                     [](const Span& s) { return s.type == SpanType::Date; });
    const FactKind kind = words.kind_of_fact(f);
    const bool is_event = dates == 1 && !kind.is_opinion && kind.reference_size == 0 && reads_as_event(fact.text);
    for (const Span& span : fact.spans) {
      const ItemId id = item_ids[k++];
      if (!span.date || span.date->end || !is_event) continue;
      auto label = remove_phrase(fact, span, {"in", "on"});
      if (!label) continue;
      std::string normalized = normalize_text(*label);
      events.push_back(DatedEvent{std::move(*label), std::move(normalized), *span.date, id});
    }
  }
  return events;
}

Exercise make_chronology(const std::vector<const DatedEvent*>& group) {
  Exercise ex;
  ex.kind = ExerciseKind::Chronology;
  ex.prompt = "Put these events in order, earliest first.";
  std::vector<std::int32_t> order(group.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
    return date_less(group[static_cast<std::size_t>(a)]->date, group[static_cast<std::size_t>(b)]->date);
  });
  for (const DatedEvent* e : group) {
    ex.left.push_back(e->label);
    ex.labels.push_back(format_date_human(e->date));
    ex.items.push_back(e->item);
  }
  ex.answer = std::move(order);
  return ex;
}

/// Greedy grouping: each candidate joins the first open group it is compatible with. Groups
/// point into `candidates` (copying each candidate into its group cost five allocations).
template <typename T, typename Compatible, typename Emit>
void group_greedily(const std::vector<T>& candidates, Compatible compatible, Emit emit) {
  std::vector<std::vector<const T*>> open(kOpenGroups);
  for (auto& group : open) group.reserve(kGroupSize);
  for (const T& candidate : candidates) {
    for (auto& group : open) {
      const bool fits = std::all_of(group.begin(), group.end(),
                                    [&](const T* other) { return compatible(candidate, *other); });
      if (!fits) continue;
      group.push_back(&candidate);
      if (group.size() == kGroupSize) {
        emit(group);
        group.clear();
      }
      break;
    }
  }
  for (const auto& group : open) {
    if (group.size() >= kMinGroupSize) emit(group);
  }
}

// ---- Matching ----

struct Pair {
  std::string left, right;
  std::string left_norm, right_norm;
  std::vector<ItemId> items;
};

struct Relation {
  std::string key;
  std::string prompt;
  std::vector<Pair> pairs;
};

std::string_view type_word(SpanType type) {
  switch (type) {
    case SpanType::Person: return "person";
    case SpanType::Date: return "date";
    case SpanType::Place: return "place";
    case SpanType::Organization: return "organization";
    case SpanType::Event: return "event";
    case SpanType::Number: return "number";
    case SpanType::Term: return "term";
  }
  return "term";
}

/// The relation a fact states between two of its spans, if it is a simple one.
std::optional<std::pair<std::size_t, std::size_t>> relation_spans(const Fact& fact) {
  const auto& spans = fact.spans;
  std::vector<std::size_t> events, dates;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (spans[i].type == SpanType::Event) events.push_back(i);
    if (spans[i].type == SpanType::Date) dates.push_back(i);
  }
  if (events.size() == 1 && dates.size() == 1 && spans[dates[0]].date && !spans[dates[0]].date->end) {
    return std::pair{events[0], dates[0]};
  }
  // Otherwise only people and what the fact ties them to (a role, an organization, an event):
  // pairings such as "United States ↔ front organizations" read as noise to a teacher.
  if (spans.size() != 2 || spans[0].type == spans[1].type || !dates.empty()) return std::nullopt;
  if (spans[0].type == SpanType::Person) return std::pair<std::size_t, std::size_t>{0, 1};
  if (spans[1].type == SpanType::Person) return std::pair<std::size_t, std::size_t>{1, 0};
  return std::nullopt;
}

std::string side_text(const Span& span) {
  return span.date ? format_date_human(*span.date) : canonical_of(span);
}

bool is_event_and_date(const Fact& fact, std::pair<std::size_t, std::size_t> sides) {
  return fact.spans[sides.first].type == SpanType::Event && fact.spans[sides.second].type == SpanType::Date;
}

/// The left side of an event-date pair: the sentence without its date ("The Cassini mission
/// ended, when the spacecraft was steered into Saturn's atmosphere."), since a bare name
/// ("Cassini", "Voyager 1") does not say which of its events is meant. None when the fact does
/// not read as one event or its date cannot be cut cleanly.
std::optional<std::string> event_label(const Fact& fact, std::size_t f, std::size_t date_span, const WordIndex& words) {
  const FactKind kind = words.kind_of_fact(f);
  if (kind.is_opinion || kind.reference_size != 0 || !reads_as_event(fact.text)) {
    return std::nullopt;
  }
  return remove_phrase(fact, fact.spans[date_span], {"in", "on"});
}

std::vector<Relation> collect_relations(const Article& article, const WordIndex& words) {
  std::vector<Relation> relations;
  std::unordered_map<std::string, std::size_t> by_key;
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    const auto sides = relation_spans(fact);
    if (!sides) continue;
    const Span& a = fact.spans[sides->first];
    const Span& b = fact.spans[sides->second];
    std::string left = side_text(a);
    if (is_event_and_date(fact, *sides)) {
      std::optional<std::string> label = event_label(fact, f, sides->second, words);
      if (!label) continue;
      left = std::move(*label);
    }
    const std::string key = std::string(span_type_name(a.type)) + "@" + a.group + "|" +
                            std::string(span_type_name(b.type)) + "@" + b.group;
    auto [it, is_new] = by_key.try_emplace(key, relations.size());
    if (is_new) {
      relations.push_back(Relation{key, "Match each " + std::string(type_word(a.type)) + " with its " +
                                            std::string(type_word(b.type)) + ".", {}});
    }
    std::string left_norm = normalize_answer(left);
    Pair pair{std::move(left), side_text(b), std::move(left_norm), normalize_answer(side_text(b)),
              {make_item_id(fact, sides->first), make_item_id(fact, sides->second)}};
    relations[it->second].pairs.push_back(std::move(pair));
  }
  return relations;
}

Exercise make_matching(const Relation& relation, const std::vector<const Pair*>& group, SplitMix64& rng) {
  Exercise ex;
  ex.kind = ExerciseKind::Matching;
  ex.prompt = relation.prompt;
  std::vector<std::int32_t> right_order(group.size());
  std::iota(right_order.begin(), right_order.end(), 0);
  shuffle_with(right_order, rng);
  ex.answer.resize(group.size());
  for (std::size_t shown = 0; shown < group.size(); ++shown) {
    const auto source = static_cast<std::size_t>(right_order[shown]);
    ex.right.push_back(group[source]->right);
    ex.answer[source] = static_cast<std::int32_t>(shown);
  }
  for (const Pair* p : group) {
    ex.left.push_back(p->left);
    ex.items.insert(ex.items.end(), p->items.begin(), p->items.end());
  }
  return ex;
}

/// (left_norm, right_norm) of stated pairs, as views: no key string built per look-up.
struct NormPairHash {
  std::size_t operator()(const std::pair<std::string_view, std::string_view>& p) const {
    return static_cast<std::size_t>(fnv1a64(p.second, fnv1a64("\x1f", fnv1a64(p.first))));
  }
};
using StatedPairs = std::unordered_set<std::pair<std::string_view, std::string_view>, NormPairHash>;

StatedPairs stated_pairs(const std::vector<Pair>& pairs) {
  StatedPairs stated;
  stated.reserve(pairs.size());
  for (const Pair& p : pairs) stated.insert({p.left_norm, p.right_norm});
  return stated;
}

void add_matchings(const Article& article, const WordIndex& words, std::uint64_t seed, std::vector<Exercise>& out) {
  for (Relation& relation : collect_relations(article, words)) {
    SplitMix64 rng(seed, fnv1a64(relation.key));
    shuffle_with(relation.pairs, rng);
    // Every pair the article states, so a cross pair (left of one, right of another) that is
    // also true never appears in one exercise. Built after the shuffle: it views the pairs'
    // strings, which stay where they are from here on.
    const StatedPairs stated = stated_pairs(relation.pairs);
    auto compatible = [&](const Pair& a, const Pair& b) {
      return a.left_norm != b.left_norm && a.right_norm != b.right_norm &&
             !stated.contains({a.left_norm, b.right_norm}) && !stated.contains({b.left_norm, a.right_norm});
    };
    group_greedily(relation.pairs, compatible,
                   [&](const std::vector<const Pair*>& group) { out.push_back(make_matching(relation, group, rng)); });
  }
}

}  // namespace

void add_exercises(const Article& article, const std::vector<ItemId>& item_ids, const WordIndex& words,
                   std::uint64_t seed, std::vector<Exercise>& out) {
  std::vector<DatedEvent> events = collect_dated_events(article, item_ids, words);
  SplitMix64 rng(seed, fnv1a64("chronology"));
  shuffle_with(events, rng);
  group_greedily(events, [](const DatedEvent& a, const DatedEvent& b) { return are_ordered_apart(a, b); },
                 [&](const std::vector<const DatedEvent*>& group) { out.push_back(make_chronology(group)); });
  add_matchings(article, words, seed, out);
}

}  // namespace factdeck::quizgen
