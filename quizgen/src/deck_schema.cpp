#include "deck_schema.hpp"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace factdeck::quizgen {

// ---- The schema ----

namespace {

constexpr std::int64_t kInt32Max = std::numeric_limits<std::int32_t>::max();
constexpr std::uint32_t kUint32Max = std::numeric_limits<std::uint32_t>::max();

json::Schema strings() { return json::array_of(json::text()); }

json::Schema item_id_text() {
  return json::text_where([](std::string_view text) { return text.size() == 16 && item_id_from_hex(text); },
                          "an item id (16 hex digits)");
}

json::Schema span_type_word() {
  return json::text_where([](std::string_view text) { return span_type_from_name(text).has_value(); },
                          "a span type (person, date, place, org, event, number or term)");
}

json::Schema question_kind_word() {
  return json::text_where([](std::string_view text) { return question_kind_from_name(text).has_value(); },
                          "a question kind (cloze, choice, truefalse or wh)");
}

json::Schema exercise_kind_word() {
  return json::text_where([](std::string_view text) { return text == "chronology" || text == "matching"; },
                          "an exercise kind (chronology or matching)");
}

json::Schema date_value() {
  // Years reach deep time: "4.6 billion years ago" is the year -4,600,000,000 (values.hpp); the
  // bound is well beyond the age of the universe (13.8 billion years).
  constexpr std::int64_t kDeepTimeYears = 100'000'000'000;
  const json::Schema date = json::object({json::field("year", json::integer(-kDeepTimeYears, kDeepTimeYears)),
                                          json::field("month", json::integer(0, 12)),
                                          json::field("day", json::integer(0, 31))});
  const json::Schema precision = json::text_where(
      [](std::string_view text) { return text == "year" || text == "month" || text == "day"; },
      "a date precision (year, month or day)");
  return json::object({json::field("precision", precision), json::field("start", date),
                       json::field("end", json::cereal_optional(date))});
}

json::Schema question() {
  return json::object({json::field("kind", question_kind_word()), json::field("prompt", json::text()),
                       json::field("options", strings()), json::field("correct_option", json::integer(-1, kInt32Max)),
                       json::field("is_true", json::boolean()), json::field("shown_value", json::text())});
}

json::Schema item() {
  const json::Schema hint =
      json::object({json::field("type", json::text()), json::field("first_letter", json::text()),
                    json::field("length_chars", json::unsigned_integer(kUint32Max)),
                    json::field("word_count", json::unsigned_integer(kUint32Max))});
  const double kNumberLimit = std::numeric_limits<double>::max();
  return json::object({json::field("id", item_id_text()), json::field("fact_key", json::text()),
                       json::field("fact_index", json::unsigned_integer(kUint32Max)),
                       json::field("span_index", json::unsigned_integer(kUint32Max)),
                       json::field("type", span_type_word()), json::field("group", json::text()),
                       json::field("answer", json::text()), json::field("canonical", json::text()),
                       json::field("aliases", strings()), json::field("date", json::cereal_optional(date_value())),
                       json::field("number", json::cereal_optional(json::number(-kNumberLimit, kNumberLimit))),
                       json::field("accepts_surname", json::boolean()), json::field("hint", hint),
                       json::field("questions", json::array_of(question()))});
}

json::Schema exercise() {
  return json::object({json::field("kind", exercise_kind_word()), json::field("prompt", json::text()),
                       json::field("left", strings()), json::field("right", strings()),
                       json::field("answer", json::array_of(json::integer(0, kInt32Max))),
                       json::field("labels", strings()), json::field("items", json::array_of(item_id_text()))});
}

json::Schema deck() {
  const json::Schema meta = json::object(
      {json::field("title", json::text()), json::field("source", json::text()), json::field("author", json::text()),
       json::field("language", json::text()), json::field("licence", json::text()),
       json::field("deck_id", json::text())});
  const json::Schema section = json::object({json::field("title", json::text()),
                                             json::field("level", json::integer(1, 6)),
                                             json::field("parent", json::integer(-1, kInt32Max))});
  const json::Schema fact = json::object(
      {json::field("key", json::text()), json::field("text", json::text()), json::field("hint", json::text()),
       json::field("section", json::integer(-1, kInt32Max)), json::field("section_path", strings()),
       json::field("line", json::integer(0, kInt32Max))});
  return json::object({json::field("format_version", json::format_version(kDeckFormatVersion, "quizgen")),
                       json::field("meta", meta), json::field("source_file", json::text()),
                       json::field("seed", json::unsigned_integer()),
                       json::field("sections", json::array_of(section)), json::field("facts", json::array_of(fact)),
                       json::field("items", json::array_of(item())),
                       json::field("exercises", json::array_of(exercise()))});
}

}  // namespace

const json::Schema& deck_json_schema() {
  static const json::Schema schema = deck();
  return schema;
}

// ---- Checks across fields ----

namespace {

std::string at(std::string_view list, std::size_t index) { return std::string(list) + "[" + std::to_string(index) + "]"; }

std::optional<std::string> find_section_problem(const Deck& deck) {
  for (std::size_t s = 0; s < deck.sections.size(); ++s) {
    // Parents come before their children, so the chain of parents always ends.
    const std::int32_t parent = deck.sections[s].parent;
    if (parent >= static_cast<std::int64_t>(s)) {
      return at("sections", s) + ".parent: " + std::to_string(parent) + " is not an earlier section";
    }
  }
  for (std::size_t f = 0; f < deck.facts.size(); ++f) {
    if (deck.facts[f].section >= static_cast<std::int64_t>(deck.sections.size())) {
      return at("facts", f) + ".section: " + std::to_string(deck.facts[f].section) + " names no section (the deck has " +
             std::to_string(deck.sections.size()) + ")";
    }
  }
  return std::nullopt;
}

std::optional<std::string> find_question_problem(const Item& item, std::size_t i) {
  for (std::size_t q = 0; q < item.questions.size(); ++q) {
    const Question& question = item.questions[q];
    if (question.kind != QuestionKind::MultipleChoice) continue;
    const bool is_valid = question.correct_option >= 0 &&
                          static_cast<std::size_t>(question.correct_option) < question.options.size();
    if (!is_valid) {
      return at("items", i) + "." + at("questions", q) + ".correct_option: " + std::to_string(question.correct_option) +
             " is not one of its " + std::to_string(question.options.size()) + " options";
    }
  }
  return std::nullopt;
}

/// Each item is one span of one fact: its fact exists and has that key, and no two items are the
/// same span or share an id.
std::optional<std::string> find_item_problem(const Deck& deck) {
  std::unordered_map<std::uint64_t, std::size_t> first_with_id;
  std::unordered_map<std::uint64_t, std::size_t> first_with_span;
  std::vector<std::uint32_t> spans_of_fact(deck.facts.size(), 0);
  for (const Item& item : deck.items) {
    if (item.fact_index < deck.facts.size()) ++spans_of_fact[item.fact_index];
  }
  for (std::size_t i = 0; i < deck.items.size(); ++i) {
    const Item& item = deck.items[i];
    if (const auto [found, is_new] = first_with_id.try_emplace(item.id.value, i); !is_new) {
      return at("items", i) + ".id: " + to_hex(item.id) + " is also the id of " + at("items", found->second);
    }
    if (item.fact_index >= deck.facts.size()) {
      return at("items", i) + ".fact_index: " + std::to_string(item.fact_index) + " names no fact (the deck has " +
             std::to_string(deck.facts.size()) + ")";
    }
    if (item.fact_key != deck.facts[item.fact_index].key) {
      return at("items", i) + ".fact_key: '" + item.fact_key + "' is not the key of " + at("facts", item.fact_index);
    }
    if (item.span_index >= spans_of_fact[item.fact_index]) {
      return at("items", i) + ".span_index: " + std::to_string(item.span_index) + " is past the " +
             std::to_string(spans_of_fact[item.fact_index]) + " spans of " + at("facts", item.fact_index);
    }
    const std::uint64_t span_key = (std::uint64_t{item.fact_index} << 32) | item.span_index;
    if (const auto [found, is_new] = first_with_span.try_emplace(span_key, i); !is_new) {
      return at("items", i) + ".span_index: the same span of " + at("facts", item.fact_index) + " as " +
             at("items", found->second);
    }
    if (auto problem = find_question_problem(item, i)) return problem;
  }
  return std::nullopt;
}

/// The answer of an exercise must index its own lists: a permutation of `left` for a chronology,
/// one distinct entry of `right` per entry of `left` for a matching.
std::optional<std::string> find_exercise_problem(const Deck& deck) {
  for (std::size_t e = 0; e < deck.exercises.size(); ++e) {
    const Exercise& exercise = deck.exercises[e];
    const std::size_t targets =
        exercise.kind == ExerciseKind::Chronology ? exercise.left.size() : exercise.right.size();
    if (exercise.answer.size() != exercise.left.size()) {
      return at("exercises", e) + ".answer: " + std::to_string(exercise.answer.size()) + " entries for " +
             std::to_string(exercise.left.size()) + " in left";
    }
    std::vector<bool> is_used(targets, false);
    for (std::size_t a = 0; a < exercise.answer.size(); ++a) {
      const auto target = static_cast<std::size_t>(exercise.answer[a]);
      if (target >= targets || is_used[target]) {
        return at("exercises", e) + "." + at("answer", a) + ": " + std::to_string(exercise.answer[a]) +
               (target >= targets ? " is out of range" : " appears twice");
      }
      is_used[target] = true;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_deck_problem(const Deck& deck) {
  if (auto problem = find_section_problem(deck)) return problem;
  if (auto problem = find_item_problem(deck)) return problem;
  return find_exercise_problem(deck);
}

}  // namespace factdeck::quizgen
