// Review and lock, applying: each fact's decisions act on the questions built for its spans,
// in the order reject, exclude, pin, reword, every time the deck is built.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "base/prng.hpp"
#include "quizgen/normalize.hpp"
#include "review.hpp"
#include "variants.hpp"

namespace factdeck::quizgen::detail {

namespace {

bool is_about(const ReviewDecision& decision, const Span& span) {
  if (decision.span.empty()) return true;
  const std::string wanted = normalize_answer(decision.span);
  return normalize_answer(span.text) == wanted || normalize_answer(span.canonical) == wanted;
}

bool is_of_kind(const Question& question, ReviewKind kind) {
  switch (kind) {
    case ReviewKind::Cloze: return question.kind == QuestionKind::Cloze;
    case ReviewKind::Choice: return question.kind == QuestionKind::MultipleChoice;
    case ReviewKind::Wh: return question.kind == QuestionKind::WhQuestion;
    case ReviewKind::TrueStatement: return question.kind == QuestionKind::TrueFalse && question.is_true;
    case ReviewKind::FalseStatement: return question.kind == QuestionKind::TrueFalse && !question.is_true;
    case ReviewKind::All: return true;
  }
  return false;
}

Question* choice_of(Item& item) {
  for (Question& q : item.questions) {
    if (q.kind == QuestionKind::MultipleChoice) return &q;
  }
  return nullptr;
}

bool reads_as(const std::string& text, const std::string& value) {
  return normalize_answer(text) == normalize_answer(value);
}

// ---- The four decisions ----

bool reject(const ReviewDecision& decision, Item& item) {
  return std::erase_if(item.questions, [&](const Question& q) { return is_of_kind(q, decision.kind); }) > 0;
}

/// Drops the wrong option `value` from the choice and the false statements that show it. A
/// choice left with fewer than min_options options is dropped too.
bool exclude(const ReviewDecision& decision, const GenerateOptions& options, Item& item) {
  bool acted = std::erase_if(item.questions, [&](const Question& q) {
                 return q.kind == QuestionKind::TrueFalse && !q.is_true && reads_as(q.shown_value, decision.value);
               }) > 0;
  Question* choice = choice_of(item);
  if (choice == nullptr) return acted;
  for (std::size_t i = 0; i < choice->options.size(); ++i) {
    if (static_cast<std::int32_t>(i) == choice->correct_option || !reads_as(choice->options[i], decision.value)) continue;
    choice->options.erase(choice->options.begin() + static_cast<std::ptrdiff_t>(i));
    if (choice->correct_option > static_cast<std::int32_t>(i)) --choice->correct_option;
    acted = true;
    break;
  }
  if (choice->options.size() < options.min_options) {
    std::erase_if(item.questions, [](const Question& q) { return q.kind == QuestionKind::MultipleChoice; });
  }
  return acted;
}

/// A choice made only from pinned options starts with the answer first: shuffled here, seeded
/// like every other choice from the deck seed and the item id.
void shuffle_made_choice(const GenerateOptions& options, const Item& item, Question& choice) {
  SplitMix64 rng(options.seed, item.id.value);
  shuffle_with(choice.options, rng);
  const auto correct = std::find(choice.options.begin(), choice.options.end(), item.answer);
  choice.correct_option = static_cast<std::int32_t>(correct - choice.options.begin());
}

/// Puts the pinned options into the item's choice, each in the place of a wrong option that is
/// not pinned (or added while there is room); without a choice, makes one from the pinned
/// options when there are enough. Returns, per pin, whether it is in a choice now.
std::vector<bool> pin(const std::vector<const ReviewDecision*>& pins, const Fact& fact, const GenerateOptions& options,
                      Item& item) {
  std::vector<bool> placed(pins.size(), false);
  Question* choice = choice_of(item);
  const bool is_made = choice == nullptr;
  if (is_made) {
    if (pins.size() + 1 < options.min_options) return placed;
    const auto cloze = std::find_if(item.questions.begin(), item.questions.end(),
                                    [](const Question& q) { return q.kind == QuestionKind::Cloze; });
    Question made{QuestionKind::MultipleChoice,
                  cloze != item.questions.end() ? cloze->prompt : blank_out(fact, fact.spans[item.span_index]),
                  {item.answer}, 0, true, {}};
    item.questions.push_back(std::move(made));
    choice = &item.questions.back();
  }
  std::set<std::size_t> locked{static_cast<std::size_t>(choice->correct_option)};
  for (std::size_t p = 0; p < pins.size(); ++p) {
    const std::string& value = pins[p]->value;
    if (reads_as(value, item.answer) || reads_as(value, item.canonical)) continue;  // not a wrong option
    const auto found = std::find_if(choice->options.begin(), choice->options.end(),
                                    [&](const std::string& o) { return reads_as(o, value); });
    if (found != choice->options.end()) {
      locked.insert(static_cast<std::size_t>(found - choice->options.begin()));
      placed[p] = true;
      continue;
    }
    if (choice->options.size() < options.max_options) {
      choice->options.push_back(value);
      locked.insert(choice->options.size() - 1);
      placed[p] = true;
      continue;
    }
    for (std::size_t slot = choice->options.size(); slot-- > 0;) {
      if (locked.contains(slot)) continue;
      choice->options[slot] = value;
      locked.insert(slot);
      placed[p] = true;
      break;
    }
  }
  if (is_made) shuffle_made_choice(options, item, *choice);
  return placed;
}

bool reword(const ReviewDecision& decision, Item& item) {
  bool acted = false;
  for (Question& q : item.questions) {
    if (!is_of_kind(q, decision.kind)) continue;
    q.prompt = decision.value;
    acted = true;
  }
  return acted;
}

// ---- Over the deck ----

/// Applies the decisions of `fact` about item `item`; acted[d] is set for each that did something.
void review_item(const Fact& fact, const GenerateOptions& options, Item& item, std::vector<bool>& acted) {
  const Span& span = fact.spans[item.span_index];
  std::vector<const ReviewDecision*> pins;
  std::vector<std::size_t> pin_indexes;
  for (ReviewAction action : {ReviewAction::Reject, ReviewAction::Exclude, ReviewAction::Pin, ReviewAction::Reword}) {
    for (std::size_t d = 0; d < fact.review.size(); ++d) {
      const ReviewDecision& decision = fact.review[d];
      if (decision.action != action || !is_about(decision, span)) continue;
      if (action == ReviewAction::Reject && reject(decision, item)) acted[d] = true;
      if (action == ReviewAction::Exclude && exclude(decision, options, item)) acted[d] = true;
      if (action == ReviewAction::Reword && reword(decision, item)) acted[d] = true;
      if (action == ReviewAction::Pin) {
        pins.push_back(&decision);
        pin_indexes.push_back(d);
      }
    }
    if (action != ReviewAction::Pin || pins.empty()) continue;
    const std::vector<bool> placed = pin(pins, fact, options, item);
    for (std::size_t p = 0; p < pins.size(); ++p) {
      if (placed[p]) acted[pin_indexes[p]] = true;
    }
  }
}

std::string_view action_word(ReviewAction action) {
  switch (action) {
    case ReviewAction::Reject: return "reject";
    case ReviewAction::Exclude: return "exclude";
    case ReviewAction::Pin: return "pin";
    case ReviewAction::Reword: return "reword";
  }
  return "review";
}

GenerateNote idle_note(const Fact& fact, const ReviewDecision& decision, const GenerateOptions& options) {
  std::string message = "review: " + std::string(action_word(decision.action));
  if (decision.action == ReviewAction::Pin) {
    message += " \"" + decision.value + "\" finds no multiple choice to go into (a choice needs " +
               std::to_string(options.min_options - 1) + " wrong options: pin more), or it is the answer";
  } else {
    message += " finds nothing to act on: that question or option is not generated now, so the "
               "decision can go";
  }
  return GenerateNote{NoteLevel::Note, fact.key, decision.span, decision.line, decision.column, std::move(message)};
}

/// The generator's "multiple choice skipped" note about `item`, once pinned options made one,
/// would send the teacher looking for a problem that is solved.
void forget_skipped_choice(const Item& item, std::vector<GenerateNote>& notes) {
  std::erase_if(notes, [&](const GenerateNote& note) {
    return note.fact_key == item.fact_key && note.span_text == item.answer &&
           note.message.starts_with("multiple choice skipped");
  });
}

/// Leaves out the items left with no question, and the exercises that draw on them.
void drop_empty_items(const Article& article, GenerateOutcome& outcome) {
  Deck& deck = outcome.deck;
  std::set<std::uint64_t> dropped;
  for (const Item& item : deck.items) {
    if (!item.questions.empty()) continue;
    dropped.insert(item.id.value);
    const Span& span = article.facts[item.fact_index].spans[item.span_index];
    outcome.notes.push_back(GenerateNote{NoteLevel::Note, item.fact_key, span.text, span.line, span.column,
                                         "review: every question of this span is rejected; it is left out of "
                                         "the deck"});
  }
  if (dropped.empty()) return;
  std::erase_if(deck.items, [](const Item& item) { return item.questions.empty(); });
  std::erase_if(deck.exercises, [&](const Exercise& ex) {
    return std::any_of(ex.items.begin(), ex.items.end(), [&](ItemId id) { return dropped.contains(id.value); });
  });
}

void count_again(const GenerateOptions& options, GenerateOutcome& outcome) {
  GenerateStats stats;
  for (const Item& item : outcome.deck.items) {
    ++stats.items;
    stats.questions += item.questions.size();
    for (const Question& q : item.questions) {
      if (q.kind != QuestionKind::MultipleChoice) continue;
      ++stats.choice_questions;
      if (q.options.size() < options.max_options) ++stats.short_choice_questions;
    }
  }
  stats.exercises = outcome.deck.exercises.size();
  outcome.stats = stats;
}

}  // namespace

void apply_reviews(const Article& article, const GenerateOptions& options, GenerateOutcome& outcome) {
  const bool has_reviews = std::any_of(article.facts.begin(), article.facts.end(),
                                       [](const Fact& fact) { return !fact.review.empty(); });
  if (!has_reviews) return;
  std::map<std::size_t, std::vector<bool>> acted;  // fact index → per decision
  for (Item& item : outcome.deck.items) {
    const Fact& fact = article.facts[item.fact_index];
    if (fact.review.empty()) continue;
    auto [it, is_new] = acted.try_emplace(item.fact_index, fact.review.size(), false);
    const bool had_choice = choice_of(item) != nullptr;
    review_item(fact, options, item, it->second);
    if (!had_choice && choice_of(item) != nullptr) forget_skipped_choice(item, outcome.notes);
  }
  for (const auto& [f, flags] : acted) {
    for (std::size_t d = 0; d < flags.size(); ++d) {
      if (!flags[d]) outcome.notes.push_back(idle_note(article.facts[f], article.facts[f].review[d], options));
    }
  }
  drop_empty_items(article, outcome);
  count_again(options, outcome);
}

}  // namespace factdeck::quizgen::detail
