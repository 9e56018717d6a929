#include "anki/deck_package.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "anki/collection.hpp"
#include "anki/field_text.hpp"

namespace factdeck::anki {

namespace {

constexpr const char* kCss =
    ".card { font-family: sans-serif; font-size: 20px; text-align: center; color: black; "
    "background-color: white; }\n.cloze { font-weight: bold; color: blue; }\n"
    ".source { font-size: 14px; color: #555; margin-top: 1em; }\n";

// "::" and "}}" would end Anki's {{c1::answer::hint}} early; a thin space keeps the text readable.
std::string cloze_safe(std::string text) {
  for (const char* pair : {"::", "}}", "{{"}) {
    for (std::size_t at = text.find(pair); at != std::string::npos; at = text.find(pair, at)) {
      text.insert(at + 1, "\u2009");
    }
  }
  return text;
}

std::string cloze_of(const std::string& answer, const std::string& hint) {
  std::string cloze = "{{c1::" + cloze_safe(field_html(answer));
  if (!hint.empty()) cloze += "::" + cloze_safe(field_html(hint));
  return cloze + "}}";
}

const quizgen::Question* question_of_kind(const quizgen::Item& item, quizgen::QuestionKind kind) {
  for (const quizgen::Question& question : item.questions) {
    if (question.kind == kind) return &question;
  }
  return nullptr;
}

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || std::isalnum(byte) != 0;  // any non-ASCII byte counts as a letter
}

// Where `word` stands as a whole word in `text` ("Russia" in "... in Russia.", not in
// "Russians"), else its first appearance, else npos.
std::size_t find_word(const std::string& text, const std::string& word) {
  if (word.empty()) return std::string::npos;
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool starts_word = at == 0 || !is_word_byte(text[at - 1]);
    const std::size_t end = at + word.size();
    const bool ends_word = end == text.size() || !is_word_byte(text[end]);
    if (starts_word && ends_word) return at;
  }
  return text.find(word);
}

// The fact with the item's span as the cloze: from the cloze question's blank when it has one,
// else where the answer stands in the fact, else the answer after the sentence.
std::string cloze_text(const quizgen::Item& item, const quizgen::DeckFact& fact) {
  const std::string cloze = cloze_of(item.answer, item.hint.type_word);
  const quizgen::Question* question = question_of_kind(item, quizgen::QuestionKind::Cloze);
  const std::string_view blank = "_____";
  if (question) {
    const std::size_t at = question->prompt.find(blank);
    if (at != std::string::npos && question->prompt.find(blank, at + 1) == std::string::npos) {
      return field_html(question->prompt.substr(0, at)) + cloze + field_html(question->prompt.substr(at + blank.size()));
    }
  }
  const std::size_t at = find_word(fact.text, item.answer);
  if (at != std::string::npos) {
    return field_html(fact.text.substr(0, at)) + cloze + field_html(fact.text.substr(at + item.answer.size()));
  }
  return field_html(fact.text) + " " + cloze;
}

// A question whose answer is the Back field: the wh question, else the cloze prompt, else the
// fact with the span blanked (a true/false statement would not have the answer as its back).
std::string front_text(const quizgen::Item& item, const quizgen::DeckFact& fact) {
  for (quizgen::QuestionKind kind : {quizgen::QuestionKind::WhQuestion, quizgen::QuestionKind::Cloze}) {
    if (const quizgen::Question* question = question_of_kind(item, kind)) return question->prompt;
  }
  const std::size_t at = find_word(fact.text, item.answer);
  if (at == std::string::npos) return fact.text;
  return fact.text.substr(0, at) + "_____" + fact.text.substr(at + item.answer.size());
}

// "Rapallo_Treaty_(1922)": Anki splits tags at spaces and reads "::" as a level.
std::string tag_of(const std::string& title) {
  std::string tag;
  for (char c : title) tag += (c == ' ' || c == '\t' || c == '\n') ? '_' : c;
  return tag;
}

std::vector<std::string> section_tags(const quizgen::DeckFact& fact) {
  if (fact.section_path.empty()) return {};
  std::string tag;
  for (const std::string& title : fact.section_path) tag += (tag.empty() ? "" : "::") + tag_of(title);
  return {tag};
}

std::string source_text(const quizgen::Deck& deck, const quizgen::DeckFact& fact) {
  std::string source = quizgen::deck_title(deck);
  for (const std::string& title : fact.section_path) source += " \u203a " + title;
  return source;
}

std::int32_t whole_days(double days) { return static_cast<std::int32_t>(std::max(1.0, std::round(days))); }

std::int32_t ease_permille(const sched::ItemState& state) {
  return static_cast<std::int32_t>(std::lround(state.sm2.ease * 1000.0));
}

// Anki's revlog interval: days once the item is in review, else the seconds to the next step
// as a negative number.
std::int32_t revlog_interval(const sched::ItemState& state, sched::TimePoint at) {
  if (state.phase == sched::Phase::New) return 0;
  if (state.phase == sched::Phase::Review) return whole_days(state.scheduled_days);
  const auto secs = std::max<std::int64_t>(0, (state.due - at).count());
  return -static_cast<std::int32_t>(std::min<std::int64_t>(secs, 86400 * 365));
}

// The collection's day zero is the day of the first answer (or today), so review cards fall due
// on positive day numbers, as in a collection that was created before its reviews.
sched::TimePoint earliest_answer(const std::map<ItemId, ItemProgress>& progress, sched::TimePoint now) {
  sched::TimePoint earliest = now;
  for (const auto& [id, item] : progress) {
    for (const ItemAnswer& answer : item.answers) earliest = std::min(earliest, answer.time);
  }
  return earliest;
}

}  // namespace

NoteType factdeck_note_type() {
  NoteType type;
  type.id = kFactdeckNoteTypeId;
  type.name = "factdeck cloze";
  type.kind = NoteKind::Cloze;
  type.fields = {"Text", "Front", "Back", "Source", "Item"};
  type.question_format = "{{cloze:Text}}";
  type.answer_format = "{{cloze:Text}}\n{{#Source}}<div class=\"source\">{{Source}}</div>{{/Source}}";
  type.css = kCss;
  return type;
}

CardSchedule card_schedule(const sched::ItemState& state, std::int64_t new_position, std::int64_t day_zero_secs) {
  CardSchedule card;
  card.type = static_cast<std::int32_t>(state.phase);
  card.reps = static_cast<std::int32_t>(state.reps);
  card.lapses = static_cast<std::int32_t>(state.lapses);
  card.memory = state.memory;
  const std::int64_t due_secs = state.due.time_since_epoch().count();
  switch (state.phase) {
    case sched::Phase::New:
      card.queue = 0;
      card.due = new_position;
      break;
    case sched::Phase::Review:
      card.queue = 2;
      card.due = static_cast<std::int64_t>(std::floor(static_cast<double>(due_secs - day_zero_secs) / 86400.0));
      card.interval_days = whole_days(state.scheduled_days);
      card.factor_permille = ease_permille(state);
      break;
    case sched::Phase::Learning:
    case sched::Phase::Relearning:
      card.queue = 1;
      card.due = due_secs;
      card.interval_days = state.phase == sched::Phase::Relearning ? whole_days(state.scheduled_days) : 0;
      card.factor_permille = ease_permille(state);
      break;
  }
  if (state.is_suspended) card.queue = -1;
  if (state.is_flagged) card.flags = 1;
  return card;
}

PastReview past_review(const ItemAnswer& answer) {
  PastReview review;
  review.time_ms = answer.time.time_since_epoch().count() * 1000;
  review.ease = static_cast<std::int32_t>(answer.grade);
  review.interval = revlog_interval(answer.after, answer.time);
  review.last_interval = revlog_interval(answer.before, answer.time);
  review.factor_permille = ease_permille(answer.after);
  // Anki caps the answer time it logs at 60 s (its "maximum answer seconds").
  review.taken_ms = static_cast<std::int32_t>(std::min<std::uint32_t>(answer.answer_ms, 60000));
  switch (answer.before.phase) {
    case sched::Phase::New:
    case sched::Phase::Learning: review.type = 0; break;
    case sched::Phase::Review: review.type = 1; break;
    case sched::Phase::Relearning: review.type = 2; break;
  }
  return review;
}

Package package_from_deck(const quizgen::Deck& deck, const std::map<ItemId, ItemProgress>& progress,
                          sched::TimePoint now) {
  Package package;
  package.deck_name = quizgen::deck_title(deck);
  package.note_types = {factdeck_note_type()};
  package.day_zero_secs = collection_day_zero(earliest_answer(progress, now));
  const std::int64_t day_zero = package.day_zero_secs;
  for (std::size_t i = 0; i < deck.items.size(); ++i) {
    const quizgen::Item& item = deck.items[i];
    if (item.fact_index >= deck.facts.size()) continue;
    const quizgen::DeckFact& fact = deck.facts[item.fact_index];
    Note note;
    note.guid = to_hex(item.id);
    note.type_id = kFactdeckNoteTypeId;
    note.fields = {cloze_text(item, fact), field_html(front_text(item, fact)), field_html(item.answer),
                   field_html(source_text(deck, fact)), to_hex(item.id)};
    note.tags = section_tags(fact);
    Card card;
    const auto found = progress.find(item.id);
    if (found != progress.end()) {
      const sched::ItemState& state = found->second.state;
      const bool is_untouched = state.phase == sched::Phase::New && !state.is_suspended && !state.is_flagged;
      if (!is_untouched) card.schedule = card_schedule(state, static_cast<std::int64_t>(i) + 1, day_zero);
      for (const ItemAnswer& answer : found->second.answers) card.reviews.push_back(past_review(answer));
    }
    note.cards = {std::move(card)};
    package.notes.push_back(std::move(note));
  }
  return package;
}

}  // namespace factdeck::anki
