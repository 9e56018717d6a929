// build_deck: one item per tagged span, its question variants (variants.cpp), then exercises
// across items (exercises.cpp). Output order follows the article, never a hash table.
#include "quizgen/generate.hpp"

#include "date_text.hpp"
#include "exercises.hpp"
#include "flat_u64_set.hpp"
#include "quizgen/prng.hpp"
#include "quizgen/normalize.hpp"
#include "value_index.hpp"
#include "variants.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::size_t kProgressEvery = 1024;

std::string hint_type_word(const Span& span) {
  switch (span.type) {
    case SpanType::Person: return "a person";
    case SpanType::Place: return "a place";
    case SpanType::Organization: return "an organization";
    case SpanType::Event: return "an event";
    case SpanType::Number: return "a number";
    case SpanType::Term: return "a term";
    case SpanType::Date: break;
  }
  if (!span.date || span.date->end) return span.date ? "a range of years" : "a date";
  switch (span.date->precision) {
    case DatePrecision::Year: return "a year";
    case DatePrecision::Month: return "a month and year";
    case DatePrecision::Day: return "a day, month and year";
  }
  return "a date";
}

Hint make_hint(const Span& span) {
  const std::u32string code_points = decode_utf8(span.text);
  Hint hint;
  hint.type_word = hint_type_word(span);
  if (!code_points.empty()) hint.first_letter = encode_utf8(code_points.substr(0, 1));
  hint.length_chars = static_cast<std::uint32_t>(code_points.size());
  std::uint32_t words = 0;
  bool in_word = false;
  for (char32_t c : code_points) {
    if (c != U' ' && !in_word) ++words;
    in_word = c != U' ';
  }
  hint.word_count = words;
  return hint;
}

Item make_item(const ValueIndex& index, const Fact& fact, std::size_t f, std::size_t s) {
  const Span& span = fact.spans[s];
  Item item;
  item.id = make_item_id(fact, s);
  item.fact_key = fact.key;
  item.fact_index = static_cast<std::uint32_t>(f);
  item.span_index = static_cast<std::uint32_t>(s);
  item.type = span.type;
  item.group = span.group;
  item.answer = span.text;
  item.canonical = canonical_of(span);
  item.aliases = span.aliases;
  item.date = span.date;
  item.number = span.number;
  item.accepts_surname = span.type == SpanType::Person && index.is_surname_unique(index.value_of(f, s));
  item.hint = make_hint(span);
  item.questions.reserve(5);  // cloze, choice, wh, true and false statements at most
  return item;
}

std::vector<std::string> section_path(const Article& article, int section) {
  std::vector<std::string> path;
  for (int at = section; at >= 0 && static_cast<std::size_t>(at) < article.sections.size();
       at = article.sections[static_cast<std::size_t>(at)].parent) {
    path.insert(path.begin(), article.sections[static_cast<std::size_t>(at)].title);
    if (path.size() > article.sections.size()) break;  // a malformed parent cycle
  }
  return path;
}

void copy_article(const Article& article, Deck& deck) {
  deck.meta = article.meta;
  deck.source_file = article.file;
  for (const Section& section : article.sections) {
    deck.sections.push_back(DeckSection{section.title, section.level, section.parent});
  }
  for (const Fact& fact : article.facts) {
    deck.facts.push_back(DeckFact{fact.key, fact.text, fact.hint, fact.section,
                                  section_path(article, fact.section), fact.line});
  }
}

/// Ensures ids are unique even for two identical facts (same key and spans); reports it.
void make_id_unique(Item& item, FlatU64Set& used, const Fact& fact,
                    std::vector<GenerateNote>& notes) {
  if (used.insert(item.id.value)) return;
  notes.push_back(GenerateNote{NoteLevel::Warning, fact.key, item.answer, fact.line, 0,
                               "two items share one id (identical facts?); the later one got a "
                               "derived id that changes if facts are reordered"});
  do {
    item.id.value = mix64(item.id.value + 1);
  } while (!used.insert(item.id.value));
}

void count_questions(const Item& item, const GenerateOptions& options, GenerateStats& stats) {
  ++stats.items;
  stats.questions += item.questions.size();
  for (const Question& q : item.questions) {
    if (q.kind != QuestionKind::MultipleChoice) continue;
    ++stats.choice_questions;
    if (q.options.size() < options.max_options) ++stats.short_choice_questions;
  }
}

}  // namespace

ItemId make_item_id(const Fact& fact, std::size_t span_index) {
  const Span& span = fact.spans[span_index];
  const std::string canonical = normalize_answer(canonical_of(span));
  std::size_t occurrence = 0;
  for (std::size_t i = 0; i < span_index; ++i) {
    const Span& earlier = fact.spans[i];
    if (earlier.type == span.type && normalize_answer(canonical_of(earlier)) == canonical) ++occurrence;
  }
  // The hash of type + "\x1f" + canonical + "\x1f" + occurrence, chained piece by piece (FNV-1a
  // runs byte by byte from its seed) instead of built as one string for every item.
  std::uint64_t identity = fnv1a64(span_type_name(span.type));
  identity = fnv1a64(canonical, fnv1a64("\x1f", identity));
  identity = fnv1a64(std::to_string(occurrence), fnv1a64("\x1f", identity));
  return ItemId{fnv1a64(fact.key) ^ mix64(identity)};
}

GenerateOutcome build_deck(const Article& article, const GenerateOptions& options) {
  GenerateOutcome outcome;
  Deck& deck = outcome.deck;
  deck.seed = options.seed;
  copy_article(article, deck);
  const ValueIndex index(article);
  FlatU64Set true_statements;
  true_statements.reserve(article.facts.size());
  for (const Fact& fact : article.facts) true_statements.insert(fnv1a64(normalize_text(fact.text)));
  const VariantContext context{index, options, true_statements, outcome.notes};
  std::size_t span_count = 0;
  for (const Fact& fact : article.facts) span_count += fact.spans.size();
  FlatU64Set used_ids;
  used_ids.reserve(span_count);
  deck.items.reserve(span_count);
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    for (std::size_t s = 0; s < fact.spans.size(); ++s) {
      Item item = make_item(index, fact, f, s);
      make_id_unique(item, used_ids, fact, outcome.notes);
      add_questions(context, fact, s, item);
      count_questions(item, options, outcome.stats);
      deck.items.push_back(std::move(item));
    }
    if (options.on_progress && (f + 1) % kProgressEvery == 0) options.on_progress(f + 1, article.facts.size());
  }
  add_exercises(article, deck.items, options.seed, deck.exercises);
  outcome.stats.exercises = deck.exercises.size();
  if (options.on_progress) options.on_progress(article.facts.size(), article.facts.size());
  return outcome;
}

std::string format_notes(const std::vector<GenerateNote>& notes, const std::string& file) {
  std::string out;
  for (const GenerateNote& note : notes) {
    out += file;
    if (note.line > 0) out += ":" + std::to_string(note.line);
    if (note.column > 0) out += ":" + std::to_string(note.column);
    out += note.level == NoteLevel::Warning ? ": warning: " : ": note: ";
    out += note.message + " ['" + note.span_text + "']\n";
  }
  return out;
}

}  // namespace factdeck::quizgen
