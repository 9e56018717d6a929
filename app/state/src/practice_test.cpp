#include "state/practice_test.hpp"

#include <algorithm>
#include <map>


namespace factdeck::state {

namespace {

// Practice tests ask the practised kinds and sort them by how they are answered.
std::optional<PracticeKind> practice_kind_of(quizgen::QuestionKind kind) {
  const quizgen::QuestionKindInfo& info = quizgen::question_kind_info(kind);
  if (!info.is_practised) return std::nullopt;
  switch (info.form) {
    case quizgen::AnswerForm::OneOfOptions: return PracticeKind::MultipleChoice;
    case quizgen::AnswerForm::TrueOrFalse: return PracticeKind::TrueFalse;
    case quizgen::AnswerForm::Typed: return PracticeKind::Typed;
  }
  return std::nullopt;
}

int top_section(const quizgen::Deck& deck, int section) {
  while (section >= 0 && deck.sections[static_cast<std::size_t>(section)].parent >= 0) {
    section = deck.sections[static_cast<std::size_t>(section)].parent;
  }
  return section;
}

bool is_selected(const quizgen::Deck& deck, const PracticeConfig& config, const quizgen::Item& item) {
  if (config.sections.empty()) return true;
  const int top = top_section(deck, deck.facts[item.fact_index].section);
  return std::find(config.sections.begin(), config.sections.end(), top) != config.sections.end();
}

bool wants(const PracticeConfig& config, PracticeKind kind) {
  return std::find(config.kinds.begin(), config.kinds.end(), kind) != config.kinds.end();
}

// A deterministic shuffle: order by a hash of the seed and the question's identity.
std::uint64_t shuffle_key(std::uint64_t seed, const PracticeQuestion& question) {
  const std::string identity = std::to_string(static_cast<int>(question.kind)) + ":" +
                               std::to_string(question.item_index) + ":" +
                               std::to_string(question.question_index) + ":" +
                               std::to_string(question.exercise_index);
  return fnv1a64(identity, fnv1a64(std::to_string(seed)));
}

std::map<PracticeKind, std::vector<PracticeQuestion>> candidates_by_kind(
    const LoadedDeck& loaded, const PracticeConfig& config) {
  const quizgen::Deck& deck = loaded.deck;
  std::map<PracticeKind, std::vector<PracticeQuestion>> by_kind;
  for (std::size_t i = 0; i < deck.items.size(); ++i) {
    if (!is_selected(deck, config, deck.items[i])) continue;
    for (std::size_t q = 0; q < deck.items[i].questions.size(); ++q) {
      const auto kind = practice_kind_of(deck.items[i].questions[q].kind);
      if (kind && wants(config, *kind)) by_kind[*kind].push_back({*kind, i, q, 0});
    }
  }
  for (std::size_t e = 0; e < deck.exercises.size(); ++e) {
    const quizgen::Exercise& exercise = deck.exercises[e];
    const PracticeKind kind = exercise.kind == quizgen::ExerciseKind::Chronology
                                  ? PracticeKind::Chronology
                                  : PracticeKind::Matching;
    const bool in_sections = std::any_of(exercise.items.begin(), exercise.items.end(),
                                         [&](ItemId id) {
                                           const quizgen::Item* item = loaded.find_item(id);
                                           return item != nullptr && is_selected(deck, config, *item);
                                         });
    if (wants(config, kind) && in_sections) by_kind[kind].push_back({kind, 0, 0, e});
  }
  for (auto& [kind, questions] : by_kind) {
    std::sort(questions.begin(), questions.end(), [&](const auto& a, const auto& b) {
      return shuffle_key(config.seed, a) < shuffle_key(config.seed, b);
    });
  }
  return by_kind;
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

std::string explain_item(const quizgen::Deck& deck, const quizgen::Item& item) {
  const quizgen::DeckFact& fact = deck.facts[item.fact_index];
  return fact.text + " (" + join(fact.section_path, " › ") + ")";
}

PracticeOutcome judge_item_question(const quizgen::Deck& deck, const quizgen::Item& item,
                                    const quizgen::Question& question,
                                    const PracticeResponse& response) {
  PracticeOutcome outcome;
  outcome.given = "no answer";
  outcome.expected = item.canonical;
  outcome.explanation = explain_item(deck, item);
  const quizgen::Answer* answer = std::get_if<quizgen::Answer>(&response);
  if (answer == nullptr) return outcome;
  const quizgen::Judgement judgement = quizgen::judge(deck, item, question, *answer);
  outcome.is_correct = judgement.is_correct;
  outcome.given = judgement.given;
  outcome.expected = judgement.expected;
  // A typed answer's verdict says why it was taken or not ("accepted: close spelling of ...").
  if (quizgen::question_kind_info(question.kind).form == quizgen::AnswerForm::Typed) {
    outcome.explanation = judgement.reason + ". " + outcome.explanation;
  }
  return outcome;
}

std::string describe_order(const std::vector<std::string>& names, const std::vector<int>& order) {
  std::vector<std::string> parts;
  for (int index : order) {
    if (index >= 0 && index < static_cast<int>(names.size())) {
      parts.push_back(names[static_cast<std::size_t>(index)]);
    }
  }
  return join(parts, " → ");
}

PracticeOutcome judge_exercise(const quizgen::Exercise& exercise, const PracticeResponse& response) {
  PracticeOutcome outcome;
  const std::vector<int>* given = std::get_if<std::vector<int>>(&response);
  const std::vector<int> expected(exercise.answer.begin(), exercise.answer.end());
  outcome.is_correct = given != nullptr && *given == expected;
  if (exercise.kind == quizgen::ExerciseKind::Chronology) {
    outcome.expected = describe_order(exercise.left, expected);
    outcome.given = given != nullptr ? describe_order(exercise.left, *given) : "no answer";
    std::vector<std::string> dated;
    for (int index : expected) {
      const auto i = static_cast<std::size_t>(index);
      dated.push_back(exercise.left[i] + (i < exercise.labels.size() ? " (" + exercise.labels[i] + ")" : ""));
    }
    outcome.explanation = join(dated, "; ");
    return outcome;
  }
  std::vector<std::string> pairs;
  for (std::size_t i = 0; i < exercise.left.size(); ++i) {
    pairs.push_back(exercise.left[i] + " — " + exercise.right[static_cast<std::size_t>(expected[i])]);
  }
  outcome.expected = join(pairs, "; ");
  outcome.given = given != nullptr ? describe_order(exercise.right, *given) : "no answer";
  outcome.explanation = exercise.prompt;
  return outcome;
}

}  // namespace

const char* practice_kind_label(PracticeKind kind) {
  switch (kind) {
    case PracticeKind::MultipleChoice: return "Multiple choice";
    case PracticeKind::TrueFalse: return "True or false";
    case PracticeKind::Typed: return "Typed answer";
    case PracticeKind::Chronology: return "Chronology";
    case PracticeKind::Matching: return "Matching";
  }
  return "";
}

int PracticeTest::correct_count() const {
  return static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(), [](const auto& outcome) {
    return outcome.has_value() && outcome->is_correct;
  }));
}

PracticeTest build_practice_test(const LoadedDeck& deck, const PracticeConfig& config) {
  PracticeTest test;
  test.config = config;
  auto by_kind = candidates_by_kind(deck, config);
  // Round-robin over the kinds so a 10-question test mixes them.
  std::map<PracticeKind, std::size_t> taken;
  bool has_more = true;
  while (static_cast<int>(test.questions.size()) < config.question_count && has_more) {
    has_more = false;
    for (auto& [kind, questions] : by_kind) {
      std::size_t& next = taken[kind];
      if (next >= questions.size()) continue;
      has_more = true;
      if (static_cast<int>(test.questions.size()) < config.question_count) {
        test.questions.push_back(questions[next++]);
      }
    }
  }
  std::sort(test.questions.begin(), test.questions.end(), [&](const auto& a, const auto& b) {
    return shuffle_key(config.seed + 1, a) < shuffle_key(config.seed + 1, b);
  });
  test.outcomes.resize(test.questions.size());
  return test;
}

PracticeOutcome judge_practice(const LoadedDeck& deck, const PracticeQuestion& question,
                               const PracticeResponse& response) {
  if (question.kind == PracticeKind::Chronology || question.kind == PracticeKind::Matching) {
    return judge_exercise(deck.deck.exercises[question.exercise_index], response);
  }
  const quizgen::Item& item = deck.deck.items[question.item_index];
  return judge_item_question(deck.deck, item, item.questions[question.question_index], response);
}

std::vector<ItemId> practice_items(const LoadedDeck& deck, const PracticeQuestion& question) {
  if (question.kind == PracticeKind::Chronology || question.kind == PracticeKind::Matching) {
    return deck.deck.exercises[question.exercise_index].items;
  }
  return {deck.deck.items[question.item_index].id};
}

}  // namespace factdeck::state
