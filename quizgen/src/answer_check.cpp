// Typed names (people, places, organisations, events, terms) and the checker's entry points. The
// rule that matters most: a typed answer that names someone else is never accepted, whatever the
// spelling distance ("Vladimir Putin" is not a close spelling of "Vladimir Lenin").
//
// Index: ---- Readings ---- (what the student may have meant by the text)
//        ---- Names ----     (the verdict)
//        ---- Entry points ----
#include "quizgen/answer_check.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "answer_check_detail.hpp"
#include "date_text.hpp"
#include "quizgen/normalize.hpp"
#include "transliterate.hpp"

namespace factdeck::quizgen {

namespace detail {

std::string expected_text(const Item& item) {
  if (item.date) return format_date_human(*item.date);
  if (item.type == SpanType::Number) return std::string(without_approximation_word(item.answer));
  return item.canonical;
}

std::vector<std::string> stated_forms_of(const Item& item) {
  std::vector<std::string> forms{item.canonical, item.answer};
  forms.insert(forms.end(), item.aliases.begin(), item.aliases.end());
  return forms;
}

std::optional<AnswerVerdict> match_stated_form(const std::string& normalized, const Item& item) {
  const std::string expected = expected_text(item);
  for (const std::string& form : stated_forms_of(item)) {
    if (normalize_answer(form) != normalized) continue;
    if (normalize_answer(form) == normalize_answer(expected) || form == item.answer) return accept(expected);
    return accept(form + " is another name for " + expected);
  }
  return std::nullopt;
}

}  // namespace detail

namespace {

using detail::accept;
using detail::KnownAnswers;
using detail::OtherAnswer;
using detail::far_word;
using detail::is_abbreviation;
using detail::join;
using detail::reject;
using detail::typo_distance;
using detail::words_of;

// Name particles a student may leave out ("Joachim Ribbentrop") or type alone with the surname
// ("von Ribbentrop").
constexpr std::array<std::string_view, 16> kParticles = {"von", "van", "der", "den", "de", "da", "di", "du",
                                                         "del", "della", "la", "le", "bin", "ibn", "al", "ter"};

// Words that name the same kind of agreement: "Munich Pact" is the Munich Agreement.
constexpr std::array<std::string_view, 5> kAgreementWords = {"agreement", "pact", "treaty", "accord", "accords"};

std::string_view type_noun(SpanType type) {
  switch (type) {
    case SpanType::Person: return "person";
    case SpanType::Place: return "place";
    case SpanType::Organization: return "organisation";
    case SpanType::Event: return "event";
    case SpanType::Date: return "date";
    case SpanType::Number: return "number";
    case SpanType::Term: return "term";
  }
  return "answer";
}


bool is_particle(std::string_view word) {
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

std::string without_particles(std::string_view normalized) {
  std::vector<std::string_view> words = words_of(normalized);
  std::erase_if(words, is_particle);
  return join(words);
}

// ---- Readings ----

/// One way to read what the student typed, normalized, with the note a verdict adds.
struct Reading {
  std::string text;
  std::string note;
};

/// "Molotov, Vyacheslav" -> "vyacheslav molotov": a comma puts the surname first.
std::optional<std::string> surname_first(std::string_view typed) {
  const std::size_t comma = typed.find(',');
  if (comma == std::string_view::npos || typed.find(',', comma + 1) != std::string_view::npos) return std::nullopt;
  std::string swapped = normalize_answer(std::string(typed.substr(comma + 1)) + " " + std::string(typed.substr(0, comma)));
  if (swapped.find(' ') == std::string::npos) return std::nullopt;
  return swapped;
}

/// "u s s r" (typed "U.S.S.R.") -> "ussr": an abbreviation written with dots.
std::optional<std::string> joined_initials(std::string_view normalized) {
  const std::vector<std::string_view> words = words_of(normalized);
  if (words.size() < 2) return std::nullopt;
  std::string joined;
  for (std::string_view word : words) {
    if (word.size() != 1) return std::nullopt;
    joined += word;
  }
  return joined;
}

std::vector<Reading> readings_of(std::string_view typed, const std::string& normalized) {
  std::vector<Reading> readings{{normalized, ""}};
  if (auto initials = joined_initials(normalized)) readings.push_back({*initials, ""});
  if (auto swapped = surname_first(typed)) readings.push_back({*swapped, "surname first"});
  if (auto latin = to_latin(typed)) {
    const std::string note = std::string(typed) + " in Latin letters";
    readings.push_back({normalize_answer(*latin), note});
    if (auto swapped = surname_first(*latin)) readings.push_back({*swapped, note + ", surname first"});
  }
  return readings;
}

std::string with_note(std::string reason, const std::string& note) {
  return note.empty() ? reason : reason + " (" + note + ")";
}

// ---- Names ----

/// The surname with its particles ("von ribbentrop") and without ("ribbentrop").
std::vector<std::string> surnames_of(const std::string& canonical_normalized) {
  const std::vector<std::string_view> words = words_of(canonical_normalized);
  if (words.size() < 2) return {};
  std::size_t first = words.size() - 1;
  while (first > 1 && is_particle(words[first - 1])) --first;
  std::vector<std::string> surnames{std::string(words.back())};
  if (first < words.size() - 1) {
    surnames.push_back(join(std::vector<std::string_view>(words.begin() + static_cast<std::ptrdiff_t>(first), words.end())));
  }
  return surnames;
}

/// "munich pact" for "munich agreement": the same words but one agreement word for another.
bool is_agreement_synonym(std::string_view typed, std::string_view form) {
  const std::vector<std::string_view> a = words_of(typed);
  const std::vector<std::string_view> b = words_of(form);
  if (a.size() != b.size() || a.size() < 2) return false;
  auto is_agreement = [](std::string_view w) {
    return std::find(kAgreementWords.begin(), kAgreementWords.end(), w) != kAgreementWords.end();
  };
  bool swapped = false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] == b[k]) continue;
    if (!is_agreement(a[k]) || !is_agreement(b[k]) || swapped) return false;
    swapped = true;
  }
  return swapped;
}

class NameCheck {
 public:
  NameCheck(std::string_view typed, const std::string& normalized, const Item& item, const KnownAnswers& known)
      : typed_(typed), readings_(readings_of(typed, normalized)), item_(item), known_(known),
        canonical_(normalize_answer(item.canonical)) {}

  AnswerVerdict run() const {
    if (auto verdict = stated_form()) return *verdict;
    if (auto verdict = other_answer()) return *verdict;
    if (auto verdict = particle_or_surname()) return *verdict;
    if (auto verdict = agreement_word()) return *verdict;
    if (auto verdict = close_spelling()) return *verdict;
    return rejection();
  }

 private:
  std::optional<AnswerVerdict> stated_form() const {
    for (const Reading& reading : readings_) {
      if (auto stated = detail::match_stated_form(reading.text, item_)) {
        return AnswerVerdict{true, with_note(stated->reason, reading.note)};
      }
    }
    return std::nullopt;
  }

  /// The deck's other answer the typed text names exactly, if any.
  const OtherAnswer* named_other(const std::string& text) const {
    for (const OtherAnswer& other : known_.names) {
      if (other.form == text) return &other;
    }
    return nullptr;
  }

  std::optional<AnswerVerdict> other_answer() const {
    for (const Reading& reading : readings_) {
      if (const OtherAnswer* other = named_other(reading.text)) {
        return reject(other->canonical + " is another " + std::string(type_noun(item_.type)) +
                      " in this deck; expected " + item_.canonical);
      }
    }
    return std::nullopt;
  }

  std::optional<AnswerVerdict> particle_or_surname() const {
    const bool is_person = item_.type == SpanType::Person;
    for (const Reading& reading : readings_) {
      if (is_person && without_particles(reading.text) == without_particles(canonical_) && reading.text != canonical_) {
        return accept(with_note(item_.canonical + " (a name particle may be left out)", reading.note));
      }
      const std::vector<std::string> surnames = is_person ? surnames_of(canonical_) : std::vector<std::string>{};
      if (std::find(surnames.begin(), surnames.end(), reading.text) == surnames.end()) continue;
      if (item_.accepts_surname) return accept(with_note("surname of " + item_.canonical, reading.note));
      return reject("more than one person in this deck is called " + std::string(last_word_of_canonical()) +
                    "; expected " + item_.canonical);
    }
    return std::nullopt;
  }

  std::string_view last_word_of_canonical() const {
    const std::size_t space = item_.canonical.rfind(' ');
    return space == std::string::npos ? std::string_view(item_.canonical)
                                      : std::string_view(item_.canonical).substr(space + 1);
  }

  std::optional<AnswerVerdict> agreement_word() const {
    if (item_.type != SpanType::Event) return std::nullopt;
    for (const Reading& reading : readings_) {
      for (const std::string& form : stated_forms_normalized()) {
        if (is_agreement_synonym(reading.text, form)) {
          return accept(item_.canonical + " (agreement, pact, treaty and accord count as one word)");
        }
      }
    }
    return std::nullopt;
  }

  std::vector<std::string> stated_forms_normalized() const {
    std::vector<std::string> forms;
    for (const std::string& form : detail::stated_forms_of(item_)) {
      if (!is_abbreviation(form)) forms.push_back(normalize_answer(form));
    }
    if (item_.accepts_surname) {
      for (const std::string& surname : surnames_of(canonical_)) forms.push_back(surname);
    }
    return forms;
  }

  /// The typo-distance of the nearest other answer of the deck, if one is a plausible typo.
  std::optional<std::pair<std::size_t, const OtherAnswer*>> nearest_other(const std::string& text) const {
    std::optional<std::pair<std::size_t, const OtherAnswer*>> nearest;
    for (const OtherAnswer& other : known_.names) {
      const auto distance = typo_distance(text, other.form);
      if (distance && (!nearest || *distance < nearest->first)) nearest = std::pair{*distance, &other};
    }
    return nearest;
  }

  std::optional<AnswerVerdict> close_spelling() const {
    const std::vector<std::string> forms = stated_forms_normalized();
    const std::vector<std::string> raw_forms = raw_forms_for_reasons();
    for (const Reading& reading : readings_) {
      std::optional<std::size_t> best_distance;
      std::string best_form;
      for (std::size_t k = 0; k < forms.size(); ++k) {
        const auto distance = typo_distance(reading.text, forms[k]);
        if (distance && (!best_distance || *distance < *best_distance)) best_distance = distance, best_form = raw_forms[k];
      }
      if (!best_distance) continue;
      // "closer to another known value than to the expected one": then it names that one.
      if (const auto other = nearest_other(reading.text); other && other->first <= *best_distance) {
        return reject("'" + std::string(typed_) + "' is closer to " + other->second->canonical + ", another " +
                      std::string(type_noun(item_.type)) + " in this deck; expected " + item_.canonical);
      }
      return accept(with_note("close spelling of " + best_form, reading.note));
    }
    return std::nullopt;
  }

  /// The forms as written, in the order of stated_forms_normalized, for the reasons.
  std::vector<std::string> raw_forms_for_reasons() const {
    std::vector<std::string> forms;
    for (const std::string& form : detail::stated_forms_of(item_)) {
      if (!is_abbreviation(form)) forms.push_back(form);
    }
    if (item_.accepts_surname) {
      const std::vector<std::string> surnames = surnames_of(canonical_);
      // The surname as the canonical form writes it ("Molotov", "von Ribbentrop").
      const std::string_view canonical = item_.canonical;
      for (const std::string& surname : surnames) {
        const std::size_t words = std::count(surname.begin(), surname.end(), ' ') + 1;
        std::size_t at = canonical.size();
        for (std::size_t k = 0; k < words && at != std::string_view::npos; ++k) at = canonical.rfind(' ', at - 1);
        forms.push_back(std::string(at == std::string_view::npos ? canonical : canonical.substr(at + 1)));
      }
    }
    return forms;
  }

  AnswerVerdict rejection() const {
    for (const Reading& reading : readings_) {
      if (const auto other = nearest_other(reading.text)) {
        return reject("'" + std::string(typed_) + "' is closer to " + other->second->canonical + ", another " +
                      std::string(type_noun(item_.type)) + " in this deck; expected " + item_.canonical);
      }
    }
    for (const std::string& form : detail::stated_forms_of(item_)) {
      if (is_abbreviation(form) && typo_distance(readings_.front().text, normalize_answer(form))) {
        return reject("an abbreviation must be exact (one letter names another organisation); expected " + form);
      }
    }
    if (auto why = far_word(readings_.front().text, canonical_)) return reject(*why + "; expected " + item_.canonical);
    return reject("expected " + item_.canonical);
  }

  std::string_view typed_;
  std::vector<Reading> readings_;
  const Item& item_;
  const KnownAnswers& known_;
  std::string canonical_;
};

}  // namespace

namespace detail {

KnownAnswers known_answers(const Deck& deck, const Item& item) {
  KnownAnswers known;
  const std::string own = normalize_answer(item.canonical);
  // Another person's surname names them too ("Putin"), unless the item's person shares it: then
  // the surname alone is ambiguous, which the name check says in its own words.
  const std::vector<std::string> own_surnames = surnames_of(own);
  std::vector<std::string_view> number_texts;
  for (const Item& other : deck.items) {
    if (other.type == SpanType::Number) number_texts.emplace_back(other.answer);
  }
  known.number_style = number_style_of(number_texts);
  for (const Item& other : deck.items) {
    if (other.type != item.type || normalize_answer(other.canonical) == own) continue;
    if (other.number) known.numbers.push_back(*other.number);
    for (const std::string& form : stated_forms_of(other)) {
      known.names.push_back({normalize_answer(form), other.canonical});
    }
    if (other.type != SpanType::Person) continue;
    for (const std::string& surname : surnames_of(normalize_answer(other.canonical))) {
      if (std::find(own_surnames.begin(), own_surnames.end(), surname) == own_surnames.end()) {
        known.names.push_back({surname, other.canonical});
      }
    }
  }
  return known;
}

}  // namespace detail

// ---- Entry points ----

namespace {

AnswerVerdict check_with(std::string_view typed, const Item& item, const KnownAnswers& known) {
  const std::string normalized = normalize_answer(typed);
  if (normalized.empty()) return reject("no answer given; expected " + detail::expected_text(item));
  if (item.date) return detail::check_date(typed, normalized, item);
  if (item.type == SpanType::Number && item.number) return detail::check_number(typed, normalized, item, known);
  return NameCheck(typed, normalized, item, known).run();
}

}  // namespace

AnswerVerdict check_typed_answer(std::string_view typed, const Item& item) {
  KnownAnswers known;
  const std::string_view answer = item.answer;
  known.number_style = number_style_of(std::span(&answer, 1));
  return check_with(typed, item, known);
}

AnswerVerdict check_typed_answer(std::string_view typed, const Item& item, const Deck& deck) {
  return check_with(typed, item, detail::known_answers(deck, item));
}

}  // namespace factdeck::quizgen
