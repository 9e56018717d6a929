#include "quizgen/export_set.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "base/prng.hpp"
#include "base/text.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

// Moodle's matching question needs at least two questions and three answers to choose from.
constexpr std::size_t kMinMatchingPairs = 3;

// One question of one item, a candidate to ask its fact.
struct Candidate {
  std::size_t item = 0;
  std::size_t question = 0;
};

// What can be chosen: one fact (asked by one of its candidates) or one matching exercise.
struct Unit {
  std::vector<std::uint32_t> facts;  // the facts it uses; a fact is asked at most once
  std::optional<std::size_t> fact;   // a fact unit
  std::optional<std::size_t> exercise;
};

bool is_exportable(const Question& question) {
  if (question.prompt.empty()) return false;
  if (question.kind != QuestionKind::MultipleChoice) return true;
  return question.options.size() >= 2 && question.correct_option >= 0 &&
         static_cast<std::size_t>(question.correct_option) < question.options.size();
}

bool is_in_sections(const DeckFact& fact, const std::vector<std::string>& sections) {
  if (sections.empty()) return true;
  return std::any_of(fact.section_path.begin(), fact.section_path.end(), [&](const std::string& title) {
    return std::any_of(sections.begin(), sections.end(),
                       [&](const std::string& wanted) { return iequals(title, wanted); });
  });
}

Result<void> check_sections_exist(const Deck& deck, const std::vector<std::string>& sections) {
  for (const std::string& wanted : sections) {
    const bool found = std::any_of(deck.sections.begin(), deck.sections.end(),
                                   [&](const DeckSection& s) { return iequals(s.title, wanted); });
    if (found) continue;
    std::string known;
    for (const DeckSection& s : deck.sections) known += (known.empty() ? "" : "; ") + s.title;
    return fail(ErrorCode::Invalid, "the deck has no section named '" + wanted + "' (its sections: " +
                                        known + ")");
  }
  return {};
}

std::vector<std::vector<Candidate>> candidates_by_fact(const Deck& deck, const ExportKinds& kinds) {
  std::vector<std::vector<Candidate>> by_fact(deck.facts.size());
  for (std::size_t i = 0; i < deck.items.size(); ++i) {
    const Item& item = deck.items[i];
    if (item.fact_index >= by_fact.size()) continue;
    for (std::size_t q = 0; q < item.questions.size(); ++q) {
      const Question& question = item.questions[q];
      if (kinds.allows(question.kind) && is_exportable(question)) {
        by_fact[item.fact_index].push_back({i, q});
      }
    }
  }
  return by_fact;
}

// The facts a matching exercise draws on, or empty when it cannot be exported (with a note why).
std::optional<std::vector<std::uint32_t>> exercise_facts(const Deck& deck, const Exercise& exercise,
                                                         const std::map<ItemId, std::size_t>& items,
                                                         const ExportOptions& options,
                                                         std::vector<std::string>& notes) {
  if (exercise.left.size() < kMinMatchingPairs || exercise.answer.size() != exercise.left.size()) {
    notes.push_back("matching exercise '" + exercise.prompt + "' left out: fewer than " +
                    std::to_string(kMinMatchingPairs) + " pairs");
    return std::nullopt;
  }
  for (std::int32_t index : exercise.answer) {
    if (index < 0 || static_cast<std::size_t>(index) >= exercise.right.size()) return std::nullopt;
  }
  std::vector<std::uint32_t> facts;
  for (ItemId id : exercise.items) {
    const auto found = items.find(id);
    if (found == items.end()) return std::nullopt;
    const std::uint32_t fact = deck.items[found->second].fact_index;
    if (fact >= deck.facts.size() || !is_in_sections(deck.facts[fact], options.sections)) {
      return std::nullopt;
    }
    facts.push_back(fact);
  }
  return facts;
}

std::vector<Unit> collect_units(const Deck& deck, const ExportOptions& options,
                                const std::vector<std::vector<Candidate>>& by_fact,
                                std::vector<std::string>& notes) {
  std::vector<Unit> units;
  for (std::size_t f = 0; f < deck.facts.size(); ++f) {
    if (by_fact[f].empty() || !is_in_sections(deck.facts[f], options.sections)) continue;
    units.push_back(Unit{{static_cast<std::uint32_t>(f)}, f, std::nullopt});
  }
  if (!options.kinds.matching) return units;
  std::map<ItemId, std::size_t> items;
  for (std::size_t i = 0; i < deck.items.size(); ++i) items.emplace(deck.items[i].id, i);
  for (std::size_t e = 0; e < deck.exercises.size(); ++e) {
    const Exercise& exercise = deck.exercises[e];
    if (exercise.kind != ExerciseKind::Matching) continue;
    auto facts = exercise_facts(deck, exercise, items, options, notes);
    if (facts) units.push_back(Unit{std::move(*facts), std::nullopt, e});
  }
  return units;
}

// The seeded choice of units: shuffled, then taken while none of their facts is already asked.
std::vector<const Unit*> choose_units(const std::vector<Unit>& units, const ExportOptions& options) {
  std::vector<const Unit*> order;
  for (const Unit& unit : units) order.push_back(&unit);
  SplitMix64 rng(options.seed, fnv1a64("export order"));
  shuffle_with(order, rng);
  // Without a count every fact is asked anyway: matching exercises go first, so each one whose
  // facts no other exercise took is in the set (the facts they use are not asked again).
  if (!options.count) {
    std::stable_partition(order.begin(), order.end(),
                          [](const Unit* unit) { return unit->exercise.has_value(); });
  }
  std::vector<const Unit*> chosen;
  std::set<std::uint32_t> asked;
  for (const Unit* unit : order) {
    if (options.count && chosen.size() >= *options.count) break;
    const bool clashes = std::any_of(unit->facts.begin(), unit->facts.end(),
                                     [&](std::uint32_t f) { return asked.count(f) > 0; });
    if (clashes) continue;
    asked.insert(unit->facts.begin(), unit->facts.end());
    chosen.push_back(unit);
  }
  return chosen;
}

std::vector<std::string> category_of(const std::string& title, const std::vector<std::string>& path) {
  std::vector<std::string> category{title};
  category.insert(category.end(), path.begin(), path.end());
  return category;
}

// The section path shared by every fact of an exercise (its longest common prefix).
std::vector<std::string> common_path(const Deck& deck, const std::vector<std::uint32_t>& facts) {
  std::vector<std::string> path = deck.facts[facts.front()].section_path;
  for (std::uint32_t f : facts) {
    const std::vector<std::string>& other = deck.facts[f].section_path;
    std::size_t same = 0;
    while (same < path.size() && same < other.size() && path[same] == other[same]) ++same;
    path.resize(same);
  }
  return path;
}

ExportQuestion question_for_fact(const Deck& deck, const std::string& title, std::size_t fact,
                                 const std::vector<Candidate>& candidates, std::uint64_t seed) {
  const DeckFact& deck_fact = deck.facts[fact];
  SplitMix64 rng(seed, fnv1a64(deck_fact.key));
  const Candidate pick = candidates[rng.below(candidates.size())];
  const Item& item = deck.items[pick.item];
  const Question& question = item.questions[pick.question];
  ExportQuestion out;
  out.id = to_hex(item.id) + "-" + std::string(question_kind_name(question.kind)) + "-" +
           std::to_string(pick.question);
  out.name = std::string(question_kind_name(question.kind)) + ": " + deck_fact.key;
  out.category = category_of(title, deck_fact.section_path);
  out.stem = question.prompt;
  out.source = deck_fact.text;
  switch (question_kind_info(question.kind).form) {
    case AnswerForm::OneOfOptions:
      out.kind = ExportKind::MultipleChoice;
      out.options = question.options;
      out.correct_option = question.correct_option;
      break;
    case AnswerForm::TrueOrFalse:
      out.kind = ExportKind::TrueFalse;
      out.is_true = question.is_true;
      break;
    case AnswerForm::Typed:
      out.kind = ExportKind::ShortAnswer;
      out.answers = accepted_answers(item);
      break;
  }
  return out;
}

ExportQuestion question_for_exercise(const Deck& deck, const std::string& title, const Unit& unit) {
  const Exercise& exercise = deck.exercises[*unit.exercise];
  ExportQuestion out;
  out.kind = ExportKind::Matching;
  out.id = "matching-" + to_hex(exercise.items.front());
  out.name = "matching: " + exercise.prompt;
  out.category = category_of(title, common_path(deck, unit.facts));
  out.stem = exercise.prompt;
  out.options = exercise.right;
  for (std::size_t i = 0; i < exercise.left.size(); ++i) {
    out.pairs.emplace_back(exercise.left[i],
                           exercise.right[static_cast<std::size_t>(exercise.answer[i])]);
  }
  return out;
}

// Article order: the section of the unit's first fact, then its last fact (an exercise comes
// after the facts it draws on).
std::tuple<std::int32_t, std::uint32_t, bool> article_position(const Deck& deck, const Unit& unit) {
  const std::uint32_t last = *std::max_element(unit.facts.begin(), unit.facts.end());
  return {deck.facts[unit.facts.front()].section, last, unit.exercise.has_value()};
}

std::string numbered_name(std::size_t number, const std::string& name) {
  char prefix[16];
  std::snprintf(prefix, sizeof prefix, "%03zu ", number);
  return prefix + name;
}

}  // namespace

std::string_view export_kind_name(ExportKind kind) {
  switch (kind) {
    case ExportKind::MultipleChoice: return "multichoice";
    case ExportKind::TrueFalse: return "truefalse";
    case ExportKind::ShortAnswer: return "shortanswer";
    case ExportKind::Matching: return "matching";
  }
  return "shortanswer";
}

namespace {

// "cloze, choice, truefalse, wh, short, matching, all": the table's names and the groups.
std::string export_kind_words() {
  std::string words;
  for (const QuestionKindInfo& row : kQuestionKinds) words += std::string(row.name) + ", ";
  return words + "short, matching, all";
}

}  // namespace

Result<ExportKinds> parse_export_kinds(std::string_view list) {
  ExportKinds kinds;
  kinds.is_left_out.fill(true);
  kinds.matching = false;
  std::size_t start = 0;
  while (start <= list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    const std::string_view word = trim(list.substr(start, comma - start));
    if (word == "all") {
      kinds = ExportKinds{};
    } else if (const std::optional<QuestionKind> kind = question_kind_from_name(word)) {
      kinds.is_left_out[static_cast<std::size_t>(*kind)] = false;
    } else if (word == "short") {
      for (const QuestionKindInfo& row : kQuestionKinds) {
        if (row.form == AnswerForm::Typed) kinds.is_left_out[static_cast<std::size_t>(row.kind)] = false;
      }
    } else if (word == "matching") {
      kinds.matching = true;
    } else {
      return fail(ErrorCode::Invalid, "unknown question kind '" + std::string(word) + "' (kinds: " +
                                          export_kind_words() + ")");
    }
    start = comma + 1;
  }
  return kinds;
}

std::vector<std::string> accepted_answers(const Item& item) {
  std::vector<std::string> forms{item.answer, item.canonical};
  forms.insert(forms.end(), item.aliases.begin(), item.aliases.end());
  if (item.accepts_surname) {
    const std::string_view canonical = trim(item.canonical);
    const std::size_t space = canonical.find_last_of(' ');
    if (space != std::string_view::npos) forms.emplace_back(canonical.substr(space + 1));
  }
  std::vector<std::string> accepted;
  std::set<std::string> seen;
  for (std::string& form : forms) {
    if (trim(form).empty() || !seen.insert(normalize_answer(form)).second) continue;
    accepted.push_back(std::move(form));
  }
  return accepted;
}

Result<ExportSet> select_export_questions(const Deck& deck, const ExportOptions& options) {
  if (Result<void> known = check_sections_exist(deck, options.sections); !known) {
    return Unexpected{known.error()};
  }
  ExportSet set;
  set.title = deck_title(deck);
  const std::vector<std::vector<Candidate>> by_fact = candidates_by_fact(deck, options.kinds);
  const std::vector<Unit> units = collect_units(deck, options, by_fact, set.notes);
  std::vector<const Unit*> chosen = choose_units(units, options);
  if (chosen.empty()) {
    return fail(ErrorCode::Invalid, "no question of the chosen kinds and sections is left to export");
  }
  std::sort(chosen.begin(), chosen.end(), [&](const Unit* a, const Unit* b) {
    return article_position(deck, *a) < article_position(deck, *b);
  });
  for (const Unit* unit : chosen) {
    ExportQuestion question =
        unit->fact ? question_for_fact(deck, set.title, *unit->fact, by_fact[*unit->fact], options.seed)
                   : question_for_exercise(deck, set.title, *unit);
    question.name = numbered_name(set.questions.size() + 1, question.name);
    set.questions.push_back(std::move(question));
  }
  return set;
}

}  // namespace factdeck::quizgen
