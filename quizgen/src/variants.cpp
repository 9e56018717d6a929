#include "variants.hpp"

#include <algorithm>

#include "date_text.hpp"
#include "distractors.hpp"
#include "event_text.hpp"
#include "group_kind.hpp"
#include "slot.hpp"
#include "stem_checks.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::string_view kBlank = "_____";

GenerateNote make_note(NoteLevel level, const Fact& fact, const Span& span, std::string message) {
  return GenerateNote{level, fact.key, span.text, span.line > 0 ? span.line : fact.line,
                      span.column, std::move(message)};
}

std::string_view type_plural(SpanType type, const std::string& group) {
  if (!group.empty()) return "values";
  switch (type) {
    case SpanType::Person: return "people";
    case SpanType::Date: return "dates";
    case SpanType::Place: return "places";
    case SpanType::Organization: return "organizations";
    case SpanType::Event: return "events";
    case SpanType::Number: return "numbers";
    case SpanType::Term: return "terms";
  }
  return "values";
}

std::string pool_description(const Span& span) {
  std::string out = std::string(type_plural(span.type, span.group));
  if (!span.group.empty()) out = std::string(span_type_name(span.type)) + " values in group '" + span.group + "'";
  if (span.type == SpanType::Date) out = "dates of the same precision within the same era";
  return out;
}

/// True when a word of the fact outside the span shares a root with the answer's cue words
/// (its distinctive words, their derivations, its adjectives and demonyms): "the Victorian era"
/// for Queen Victoria, "social fascists" for social fascism, "Nazi" for Germany.
bool names_answer_by_root(const WordIndex& words, std::uint32_t value, std::size_t fact_index, const Span& span) {
  return words.is_named_in(value, fact_index, span.begin, span.end);
}

/// True when the question text still names the answer (any accepted form, or a person's surname).
bool gives_answer_away(const DeckValue& answer, std::string_view normalized_stem) {
  for (const std::string& form : answer.normalized) {
    if (contains_words(normalized_stem, form)) return true;
    const std::string_view surname = last_word(form);
    if (answer.type == SpanType::Person && surname.size() >= 3 && contains_words(normalized_stem, surname)) {
      return true;
    }
  }
  if (answer.date && contains_words(normalized_stem, normalize_text(format_date_human(*answer.date)))) {
    return true;
  }
  return false;
}

/// True when the stem names a person the article states as leading the answer ("During the years
/// of alliance with Hitler, …" for Germany), unless the stem is a sentence that states it.
bool names_answer_by_leader(const VariantContext& ctx, const AskedSpan& asked) {
  if (ctx.words.states_leader(asked.fact_index, asked.span_index)) return false;
  const std::string_view normalized_stem = asked.normalized_stem;
  const std::vector<std::uint32_t>& leaders = ctx.words.leaders_of(asked.value);
  return std::any_of(leaders.begin(), leaders.end(), [&](std::uint32_t leader) {
    return gives_answer_away(ctx.index.value(leader), normalized_stem);
  });
}

std::string correct_display(const Span& span) {
  if (span.type == SpanType::Date && span.date) return format_date_human(*span.date);
  if (span.type == SpanType::Number) return span.text;
  return canonical_of(span);
}

/// word_count(correct_display(span)) without copying the span's text.
std::size_t correct_display_words(const Span& span) {
  if (span.type == SpanType::Date && span.date) return word_count(format_date_human(*span.date));
  return word_count(span.type == SpanType::Number ? std::string_view(span.text) : std::string_view(canonical_of(span)));
}

double correct_order(const Span& span) {
  if (span.date) return static_cast<double>(date_ordinal(span.date->start, DatePrecision::Day));
  return span.number ? span.number->value : 0.0;
}

/// A date can be swapped for a provably wrong one only when it dates an event: the fact tags an
/// event, or the date is given to the month or day. "In 1938 the Luftwaffe was commanded by
/// Göring" stays true in 1939, so its year gets no choice and no false statement.
bool dates_an_event(const Fact& fact, const Span& span) {
  if (span.type != SpanType::Date) return true;
  if (span.date && span.date->precision != DatePrecision::Year) return true;
  return std::any_of(fact.spans.begin(), fact.spans.end(),
                     [](const Span& s) { return s.type == SpanType::Event; });
}

/// What every variant of one item shares: the asked span and its wrong options.
struct ItemPlan {
  AskedSpan asked;
  bool dates_event = true;
  std::vector<Distractor> wrong;  // the multiple choice takes these (moves them out)
  std::string stem;  // blank_out of the asked span, built once for the cloze and the choice
};

std::size_t wanted_distractors(const GenerateOptions& options) {
  return options.max_options > 1 ? options.max_options - 1 : 1;
}

// ---- Multiple choice ----

/// `text` with its first letter in capitals when it is an ASCII lowercase letter.
std::string capitalized(std::string text) {
  if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') text.front() = static_cast<char>(text.front() - 32);
  return text;
}

/// Takes plan.wrong and plan.stem: nothing else reads them once the choice is built.
std::optional<Question> make_choice(const VariantContext& ctx, const Fact& fact, std::size_t s,
                                    ItemPlan& plan, SplitMix64& rng) {
  const Span& span = fact.spans[s];
  if (!plan.dates_event) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "multiple choice skipped: the year does not date an event (tag the event, or give the "
        "month), so another year might also be true"));
    return std::nullopt;
  }
  std::vector<Distractor>& wrong = plan.wrong;
  const std::size_t wanted = wanted_distractors(ctx.options);
  const std::size_t available = wrong.size() + 1;
  if (available < ctx.options.min_options) {
    ctx.notes.push_back(make_note(NoteLevel::Warning, fact, span,
        "multiple choice skipped: only " + std::to_string(wrong.size()) + " fair wrong option(s) among " +
            pool_description(span) + " (need " + std::to_string(ctx.options.min_options - 1) + ")"));
    return std::nullopt;
  }
  if (wrong.size() < wanted) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "multiple choice has " + std::to_string(available) + " options: the article states too few other " +
            pool_description(span)));
  }
  const std::uint32_t value = plan.asked.value;
  const Slot& slot = plan.asked.slot;
  // The article before the blank moves into every option, each written as the article writes
  // it ("against the _____" -> "the Soviet Union" / "Italy"; "as a _____" -> "a dwarf planet" /
  // "an ice giant"), so that no option alone fits the sentence; and a blank that opens the
  // sentence gets capitals on every option.
  const bool is_name = span.type != SpanType::Date && span.type != SpanType::Number;
  const bool moves_article = is_name && !slot.the_is_in_span && !slot.is_modifier &&
                             (slot.determiner == SlotDeterminer::The || slot.determiner == SlotDeterminer::Indefinite);
  const bool shows_article = is_name && slot.determiner != SlotDeterminer::Other && !slot.is_modifier &&
                             slot.determiner != SlotDeterminer::Indefinite;
  auto dress = [&](std::string bare, bool takes_the) {
    if (bare.starts_with("The ")) return bare;  // a title: "The Moonstone"
    if (slot.determiner == SlotDeterminer::Indefinite && moves_article) return (takes_an(bare) ? "an " : "a ") + bare;
    if (shows_article && takes_the) return "the " + bare;
    return bare;
  };
  std::string shown_correct = correct_display(span);
  if (is_name) {
    const bool answer_takes_the = slot.determiner == SlotDeterminer::The || ctx.index.value(value).form_takes_the(shown_correct);
    shown_correct = dress(std::string(without_the(shown_correct)), answer_takes_the && !slot.is_modifier);
    for (Distractor& d : wrong) {
      if (d.value != UINT32_MAX) d.display = dress(std::string(without_the(d.display)), ctx.index.value(d.value).form_takes_the(d.display));
    }
  }
  wrong.push_back(Distractor{shown_correct, value, correct_order(span)});
  const bool is_ordered = span.type == SpanType::Date || span.type == SpanType::Number;
  if (is_ordered) {
    std::stable_sort(wrong.begin(), wrong.end(), [](const Distractor& a, const Distractor& b) { return a.order < b.order; });
  } else {
    shuffle_with(wrong, rng);
  }
  std::string stem = std::move(plan.stem);
  if (moves_article) {
    stem.erase(slot.determiner_begin, span.begin - slot.determiner_begin);
  }
  const bool opens_sentence = std::string_view(stem).starts_with(kBlank);
  if (opens_sentence) {
    shown_correct = capitalized(shown_correct);
    for (Distractor& d : wrong) d.display = capitalized(d.display);
  }
  Question q{QuestionKind::MultipleChoice, std::move(stem), {}, -1, true, {}};
  q.options.reserve(wrong.size());
  for (Distractor& d : wrong) {
    if (d.display == shown_correct && d.value == value && q.correct_option < 0) {
      q.correct_option = static_cast<std::int32_t>(q.options.size());
    }
    q.options.push_back(std::move(d.display));
  }
  return q;
}

// ---- True / false ----

/// True when the word before the span is a plain lowercase word (a verb or a preposition), not
/// a determiner or a possessive that would clash with an added "the".
bool follows_plain_word(const Fact& fact, const Span& span) {
  const std::string_view before = std::string_view(fact.text).substr(0, span.begin);
  if (before.size() < 2 || before.back() != ' ') return false;
  const std::size_t start = before.find_last_of(' ', before.size() - 2);
  const std::string_view word = before.substr(start == std::string_view::npos ? 0 : start + 1,
                                              before.size() - 1 - (start == std::string_view::npos ? 0 : start + 1));
  if (word.empty() || word.front() < 'a' || word.front() > 'z' || word.ends_with("'s")) return false;
  for (std::string_view determiner : {"a", "an", "this", "that", "his", "her", "its", "their", "our", "whose"}) {
    if (word == determiner) return false;
  }
  return true;
}

/// How many sections lie between the asked fact's section and the nearest that states a value.
std::int32_t section_gap(const ValueTraits& traits, std::int32_t section) {
  std::int32_t gap = INT32_MAX;
  for (std::size_t i = 0; i < traits.section_count; ++i) {
    gap = std::min(gap, traits.sections[i] > section ? traits.sections[i] - section : section - traits.sections[i]);
  }
  return gap;
}

/// The fact with the span replaced by the value `value` shown as `bare` (without "the"), the
/// article before it fitted to the value; empty when the value cannot fit the slot as
/// grammatically as the answer did ("the Great Britain", "a gas giants", a capital lost).
std::optional<std::string> swapped_sentence(const ValueIndex& index, const Fact& fact, const Span& span,
                                            const Slot& slot, std::uint32_t value, std::string_view bare) {
  const bool is_name = span.type != SpanType::Date && span.type != SpanType::Number;
  const bool takes_the = is_name && value != UINT32_MAX && index.value(value).form_takes_the(bare);
  std::size_t prefix_end = span.begin;
  std::string inserted(bare);
  if (is_name) {
    switch (slot.determiner) {
      case SlotDeterminer::The:
        if (!slot.is_modifier && !takes_the) return std::nullopt;  // "the Great Britain"
        if (slot.the_is_in_span) inserted = std::string(std::string_view(span.text).substr(0, 4)) + inserted;
        break;
      case SlotDeterminer::Indefinite:
        prefix_end = slot.determiner_begin;
        inserted = (takes_an(bare) ? "an " : "a ") + inserted;
        break;
      case SlotDeterminer::Other: break;
      case SlotDeterminer::None:
        if (takes_the && !(span.begin == 0 || follows_plain_word(fact, span))) return std::nullopt;
        if (takes_the) inserted = "the " + inserted;  // "as in World War I" -> "as in the Spanish Civil War"
        break;
    }
  }
  if (prefix_end == 0 && !inserted.empty() && inserted.front() >= 'a' && inserted.front() <= 'z') {
    inserted.front() = static_cast<char>(inserted.front() - 32);
  }
  const std::string_view text = fact.text;
  std::string out;
  out.reserve(prefix_end + inserted.size() + (text.size() - span.end));
  out.append(text.substr(0, prefix_end)).append(inserted).append(text.substr(span.end));
  return out;
}

/// The first wrong option that makes a grammatical, provably false statement, and that statement.
std::optional<std::pair<std::string, std::string>> pick_swap(const VariantContext& ctx, const Fact& fact,
                                                              const Span& span, const ItemPlan& plan) {
  const bool is_person = span.type == SpanType::Person;
  const bool avoids_people = is_person && ctx.words.kind_of_fact(plan.asked.fact_index).has_pronoun;
  for (const Distractor& swap : plan.wrong) {
    if (avoids_people) break;
    const bool is_value = swap.value != UINT32_MAX && span.type != SpanType::Number;
    // A name from far away in the article makes a self-refuting statement (Lenin shot "at a
    // factory in Rapallo"); a name from the same part of the story makes a fair one.
    if (is_value && span.type != SpanType::Date &&
        section_gap(ctx.index.traits(swap.value), plan.asked.fact->section) > 2) {
      continue;
    }
    const std::string shown = is_value ? display_of(ctx.index, swap.value, word_count(span.text)) : swap.display;
    std::optional<std::string> statement =
        swapped_sentence(ctx.index, fact, span, plan.asked.slot, swap.value, without_the(shown));
    if (!statement) continue;
    if (ctx.true_statements.contains(fnv1a64_normalized(*statement))) continue;
    return std::pair{std::string(without_the(shown)), std::move(*statement)};
  }
  return std::nullopt;
}

std::optional<Question> make_false_statement(const VariantContext& ctx, const Fact& fact, std::size_t s,
                                             const ItemPlan& plan) {
  const Span& span = fact.spans[s];
  if (!plan.dates_event) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "false statement skipped: the year does not date an event, so another year might also be true"));
    return std::nullopt;
  }
  if (!plan.asked.list_mates.empty()) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "false statement skipped: the span is one of a list, where a swapped-in value may also be true"));
    return std::nullopt;
  }
  if (plan.asked.slot.is_open_frame || plan.asked.slot.is_negated) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        std::string("false statement skipped: the value follows '") +
            (plan.asked.slot.is_negated ? "not" : "beyond") + "', so another value may make the sentence true"));
    return std::nullopt;
  }
  if (ctx.words.kind_of_fact(plan.asked.fact_index).is_opinion) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "false statement skipped: the fact states an opinion, an expectation or what might have been, "
        "which another value need not make false"));
    return std::nullopt;
  }
  if (is_described_after(fact, span)) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "false statement skipped: the words right after the span describe it, so another value "
        "would contradict them rather than the fact"));
    return std::nullopt;
  }
  if (owns_plural_property(fact, span)) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "false statement skipped: the span owns a property named in the plural, and another value "
        "may have it too"));
    return std::nullopt;
  }
  auto swap = pick_swap(ctx, fact, span, plan);
  if (!swap) {
    ctx.notes.push_back(make_note(NoteLevel::Note, fact, span,
        "false statement skipped: no provably wrong value among " + pool_description(span) +
            " fits the sentence (same kind, number, article and era)"));
    return std::nullopt;
  }
  return Question{QuestionKind::TrueFalse, std::move(swap->second), {}, -1, false, std::move(swap->first)};
}

// ---- Wh-questions ----

/// "Who", or "Which" and the kind its group names ("Which novel", "Which treaty"). A term with
/// no group gets none: "What was published by Macmillan in 1865?" does not say what is asked.
std::string who_word(const Span& span) {
  const bool is_named_kind =
      span.type == SpanType::Term || span.type == SpanType::Organization || span.type == SpanType::Event;
  if (const std::string kind = group_kind_noun(span.group); is_named_kind && !kind.empty()) return "Which " + kind;
  switch (span.type) {
    case SpanType::Person: return "Who";
    case SpanType::Organization: return "Which organization";
    case SpanType::Event: return "Which event";
    case SpanType::Place: return "";  // "Which place wanted ...?" reads badly for countries
    case SpanType::Term:
    case SpanType::Date:
    case SpanType::Number: return "";
  }
  return "";
}

/// "Molotov replaced Litvinov." asked on Molotov → "Who replaced Litvinov?" Only when the span
/// opens the sentence and a verb-like word follows (not "and", "or", a comma or a possessive).
std::optional<std::string> subject_question(const Fact& fact, const Span& span) {
  const std::string word = who_word(span);
  const std::string& text = fact.text;
  if (word.empty() || span.begin != 0 || span.end + 1 >= text.size() || text[span.end] != ' ') return std::nullopt;
  const std::string_view rest = std::string_view(text).substr(span.end + 1);
  for (std::string_view joiner : {"and ", "or ", "nor ", "to ", "with "}) {
    if (rest.starts_with(joiner)) return std::nullopt;
  }
  if (rest.empty() || rest.back() != '.' || !(rest.front() >= 'a' && rest.front() <= 'z')) return std::nullopt;
  const std::string_view asked = rest.substr(0, rest.size() - 1);  // without its full stop
  std::string question;
  question.reserve(word.size() + 1 + asked.size() + 1);
  question.append(word).append(" ").append(asked).append("?");
  return question;
}

/// "In which year did this happen? …" or "Where did this happen? …": the fact without its date
/// or place, when it reads as an event (not an opinion or a lasting state) and the cut is clean.
std::optional<std::string> date_or_place_question(const Fact& fact, const Span& span, FactKind kind) {
  if (kind.is_opinion || !reads_as_event(fact.text)) return std::nullopt;
  if (span.type == SpanType::Place) {
    // Only a place that closes or opens the sentence: cutting "in Spain" out of "the soldiers
    // who fought in Spain were pilots" leaves a sentence that no longer says what it meant.
    const bool is_at_edge = span.begin <= 3 || span.end + 1 >= fact.text.size();
    return is_at_edge ? remove_phrase(fact, span, {"in", "at"}, "Where did this happen? ") : std::nullopt;
  }
  if (span.type != SpanType::Date || !span.date) return std::nullopt;
  std::string_view ask = "In which year did this happen? ";
  if (span.date->end) ask = "In which years did this happen? ";
  else if (span.date->precision == DatePrecision::Month) ask = "In which month and year did this happen? ";
  else if (span.date->precision == DatePrecision::Day) ask = "On which date did this happen? ";
  return remove_phrase(fact, span, {"in", "on"}, ask);
}

void add_stem_variants(const VariantContext& ctx, const Fact& fact, std::size_t s, Item& item,
                       ItemPlan& plan, SplitMix64& rng) {
  const Span& span = fact.spans[s];
  const DeckValue& answer = ctx.index.value(plan.asked.value);
  if (gives_answer_away(answer, plan.asked.normalized_stem) ||
      names_answer_by_root(ctx.words, plan.asked.value, plan.asked.fact_index, span)) {
    ctx.notes.push_back(make_note(NoteLevel::Warning, fact, span,
        "cloze, choice and wh-question skipped: the rest of the sentence names the answer"));
    return;
  }
  if (names_answer_by_leader(ctx, plan.asked)) {
    ctx.notes.push_back(make_note(NoteLevel::Warning, fact, span,
        "cloze, choice and wh-question skipped: the rest of the sentence names the answer's leader"));
    return;
  }
  if (plan.asked.slot.is_open_frame) {
    ctx.notes.push_back(make_note(NoteLevel::Warning, fact, span,
        "cloze, choice and wh-question skipped: 'beyond _____' holds for every value on the far side"));
    return;
  }
  if (ctx.words.is_tied_to_attitude(plan.asked.fact_index, span.begin, span.end)) {
    ctx.notes.push_back(make_note(NoteLevel::Warning, fact, span,
        "cloze, choice and wh-question skipped: the span holds or is the object of an attitude "
        "('hated', 'was appalled by'), which many other values may fit"));
    return;
  }
  if (is_unnamed_measure(fact, span)) {
    ctx.notes.push_back(make_note(NoteLevel::Warning, fact, span,
        "cloze, choice and wh-question skipped: 'with _____' does not say what the number measures "
        "(write 'an area of', 'a population of')"));
    return;
  }
  item.questions.push_back(Question{QuestionKind::Cloze, plan.stem, {}, -1, true, {}});
  if (auto choice = make_choice(ctx, fact, s, plan, rng)) item.questions.push_back(std::move(*choice));
  // A span in a list ("on 12 and 13 November") cannot be asked apart from its neighbours.
  std::optional<std::string> wh;
  if (plan.asked.list_mates.empty()) wh = subject_question(fact, span);
  if (!wh && plan.asked.list_mates.empty()) wh = date_or_place_question(fact, span, ctx.words.kind_of_fact(plan.asked.fact_index));
  if (wh) normalize_text_into(*wh, ctx.scratch.normalized_question);
  if (wh && !gives_answer_away(answer, ctx.scratch.normalized_question)) {
    item.questions.push_back(Question{QuestionKind::WhQuestion, std::move(*wh), {}, -1, true, {}});
  }
}

}  // namespace

std::string blank_out(const Fact& fact, const Span& span) {
  // Built in one allocation: this runs for every item of the article.
  const std::string_view text = fact.text;
  std::string out;
  out.reserve(text.size() - (span.end - span.begin) + kBlank.size());
  out.append(text.substr(0, span.begin)).append(kBlank).append(text.substr(span.end));
  return out;
}

std::optional<std::string> remove_phrase(const Fact& fact, const Span& span,
                                         std::initializer_list<std::string_view> prepositions, std::string_view lead) {
  const std::string& text = fact.text;
  for (std::string_view prep : prepositions) {
    const std::size_t len = prep.size() + 1;  // "in "
    if (span.begin < len) continue;
    const std::string_view before = std::string_view(text).substr(span.begin - len, len);
    const std::size_t at = span.begin - len;
    const bool starts_word = at == 0 || text[at - 1] == ' ' || text[at - 1] == ',';
    const bool matches = starts_word && normalize_text(before) == prep && before.back() == ' ';
    if (!matches) continue;
    std::size_t cut_begin = at;
    std::size_t cut_end = span.end;
    const bool opens_sentence = at == 0;
    const bool closes_sentence = cut_end + 1 == text.size() && (text[cut_end] == '.' || text[cut_end] == '!');
    // A phrase set off by commas mid-sentence ("The KGB, founded in 1954, was ...") cannot be
    // cut without breaking the sentence.
    if (!opens_sentence && !closes_sentence && cut_end < text.size() && text[cut_end] == ',') return std::nullopt;
    if (opens_sentence) {
      while (cut_end < text.size() && (text[cut_end] == ',' || text[cut_end] == ' ')) ++cut_end;
    } else {
      while (cut_begin > 0 && (text[cut_begin - 1] == ' ' || text[cut_begin - 1] == ',')) --cut_begin;
    }
    if (!is_clean_cut(text, cut_begin, cut_end, span.type == SpanType::Date)) return std::nullopt;
    std::string_view kept_before = std::string_view(text).substr(0, cut_begin);
    const std::string_view kept_after = std::string_view(text).substr(cut_end);
    // "…by Smith, Elder & Co. [in 1847]." keeps one full stop.
    if (kept_before.ends_with('.') && kept_after.starts_with('.')) kept_before.remove_suffix(1);
    if (kept_before.size() + kept_after.size() < 8) return std::nullopt;
    std::string out;  // one allocation of the exact size
    out.reserve(lead.size() + kept_before.size() + kept_after.size());
    out.append(lead).append(kept_before).append(kept_after);
    char& first = out[lead.size()];
    if (first >= 'a' && first <= 'z') first = static_cast<char>(first - 32);
    return without_relative_time(std::move(out));
  }
  return std::nullopt;
}

namespace {

/// Words before a number that make it approximate ("about 22 km", "some 350,000").
bool is_approximate_number(const Fact& fact, const Span& span) {
  const std::string_view before = std::string_view(fact.text).substr(0, span.begin);
  for (std::string_view word : {"about ", "around ", "approximately ", "roughly ", "nearly ", "almost ",
                                "some ", "over ", "more than ", "less than ", "under ", "up to ", "c. ", "~"}) {
    if (before.ends_with(word)) return true;
  }
  // Inside the span ("[about 22 km]", "[more than 4,000 km]") the number reader has read the word.
  return span.number && span.number->approximation != Approximation::Exact;
}

/// The slot, relation words and bounds of the asked span (what pick_distractors reads).
void describe_slot(const VariantContext& ctx, const Fact& fact, std::size_t s, AskedSpan& asked) {
  const Span& span = fact.spans[s];
  asked.words = &ctx.words;
  asked.subjects = &ctx.subjects;
  asked.slot = slot_of(fact, s);
  std::vector<std::uint64_t>& stems = ctx.scratch.relation_stems;
  stems.clear();
  ctx.words.for_each_context_word(asked.fact_index, static_cast<std::uint32_t>(span.begin),
                                  static_cast<std::uint32_t>(span.end), [&](const RelationWord& w) {
                                    if (std::find(stems.begin(), stems.end(), w.word.stem) == stems.end()) {
                                      stems.push_back(w.word.stem);
                                    }
                                  });
  const bool is_head_in_fact = !asked.slot.head.empty() && asked.slot.head.data() >= fact.text.data() &&
                               asked.slot.head.data() < fact.text.data() + fact.text.size();
  if (is_head_in_fact) {
    const auto head_begin = static_cast<std::uint32_t>(asked.slot.head.data() - fact.text.data());
    const StemmedWord* head = ctx.words.word_at(asked.fact_index, head_begin);
    if (head != nullptr && ctx.words.is_relation_word(*head)) {
      asked.head_stem = head->stem;
      asked.head_normalized_hash = fnv1a64(normalize_text(asked.slot.head));
    }
  }
  asked.relation_stems = stems;
  asked.answer_is_plural = looks_plural(span.text);
  asked.is_approximate = span.type == SpanType::Number && is_approximate_number(fact, span);
  const auto bound_span = [&](std::size_t other, bool is_upper) {
    const Span& o = fact.spans[other];
    if (o.number && is_upper) asked.max_number = o.number->value;
    if (o.number && !is_upper) asked.min_number = o.number->value;
    if (o.date && is_upper) asked.date_before = *o.date;
    if (o.date && !is_upper) asked.date_after = DateValue{o.date->precision, o.date->end.value_or(o.date->start), {}};
  };
  if (asked.slot.range_end) bound_span(*asked.slot.range_end, true);
  if (asked.slot.range_start) bound_span(*asked.slot.range_start, false);
  if (asked.slot.bound == SlotBound::Earlier) {
    if (span.number) asked.max_number = span.number->value;
    if (span.date) asked.date_before = *span.date;
  } else if (asked.slot.bound == SlotBound::Later) {
    if (span.number) asked.min_number = span.number->value;
    if (span.date) asked.date_after = *span.date;
  }
}

}  // namespace

void add_questions(const VariantContext& ctx, const Fact& fact, std::size_t span_index, Item& item) {
  SplitMix64 rng(ctx.options.seed, item.id.value);
  const Span& span = fact.spans[span_index];
  // "at the same gathering" points at a sentence the student does not see: only the fact as
  // written is shown, as a true statement.
  if (const FactKind kind = ctx.words.kind_of_fact(item.fact_index); kind.reference_size != 0) {
    const std::string_view reference = std::string_view(fact.text).substr(kind.reference_begin, kind.reference_size);
    ctx.notes.push_back(make_note(NoteLevel::Warning, fact, span,
        "only the true statement asked: '" + std::string(reference) +
            "' refers to another sentence, which the question does not show (name it)"));
    item.questions.push_back(Question{QuestionKind::TrueFalse, fact.text, {}, -1, true, {}});
    return;
  }
  // One search for wrong options serves both the multiple choice and the false statement.
  const std::uint64_t frame = ctx.index.frame_at(item.fact_index, span_index);
  std::string stem = blank_out(fact, span);
  normalize_text_into(stem, ctx.scratch.normalized_stem);
  ItemPlan plan{AskedSpan{&fact, item.fact_index, span_index, ctx.index.value_of(item.fact_index, span_index),
                          ctx.scratch.normalized_stem, correct_display_words(span),
                          find_list_mates(ctx.index, fact, item.fact_index, span_index),
                          frame, ctx.index.is_frame_shared(frame), nullptr, {}, {}, 0, 0, false, false,
                          -1e300, 1e300, std::nullopt, std::nullopt},
                dates_an_event(fact, span), {}, std::move(stem)};
  describe_slot(ctx, fact, span_index, plan.asked);
  if (plan.dates_event) plan.wrong = pick_distractors(ctx.index, plan.asked, wanted_distractors(ctx.options), rng);
  // Built first: the multiple choice takes the wrong options and dresses them for its slot.
  std::optional<Question> statement = make_false_statement(ctx, fact, span_index, plan);
  add_stem_variants(ctx, fact, span_index, item, plan, rng);
  // One true statement per fact, not per span: every span's true statement is the same sentence,
  // and asking it again teaches nothing. The fact's first span carries it, and so does an item
  // left with no other question (the study session needs one question per item).
  if (span_index == 0) item.questions.push_back(Question{QuestionKind::TrueFalse, fact.text, {}, -1, true, {}});
  if (statement) item.questions.push_back(std::move(*statement));
  if (item.questions.empty()) item.questions.push_back(Question{QuestionKind::TrueFalse, fact.text, {}, -1, true, {}});
}

}  // namespace factdeck::quizgen
