// build_deck: one item per tagged span, its question variants (variants.cpp), then exercises
// across items (exercises.cpp). Output order follows the article, never a hash table.
#include "quizgen/generate.hpp"

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

#include "cards.hpp"
#include "date_text.hpp"
#include "exercises.hpp"
#include "flat_u64_set.hpp"
#include "group_kind.hpp"
#include "reference_sections.hpp"
#include "slot.hpp"
#include "review.hpp"
#include "base/prng.hpp"
#include "base/utf8.hpp"
#include "quizgen/normalize.hpp"
#include "quizgen/note_advice.hpp"
#include "value_index.hpp"
#include "variants.hpp"
#include "word_index.hpp"
#include "wording_facts.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::size_t kProgressEvery = 1024;

/// The id of a span from the hash of its fact's key, its type, its normalized canonical form
/// and its occurrence among equal spans of the fact (make_item_id's rule): the hash of type +
/// "\x1f" + canonical + "\x1f" + occurrence, chained piece by piece (FNV-1a runs byte by byte
/// from its seed) instead of built as one string for every item.
ItemId item_id_of(std::uint64_t key_hash, SpanType type, std::string_view canonical, std::size_t occurrence) {
  std::uint64_t identity = fnv1a64(span_type_name(type));
  identity = fnv1a64(canonical, fnv1a64("\x1f", identity));
  identity = fnv1a64(std::to_string(occurrence), fnv1a64("\x1f", identity));
  return ItemId{key_hash ^ mix64(identity)};
}

std::string hint_type_word(const Span& span) {
  if (const std::string noun = kind_noun_of(span); !noun.empty()) return (takes_an(noun) ? "an " : "a ") + noun;
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

/// Words separated by spaces, counted over code points or bytes alike.
template <typename Text>
std::uint32_t count_words(const Text& text) {
  std::uint32_t words = 0;
  bool in_word = false;
  for (auto c : text) {
    if (c != ' ' && !in_word) ++words;
    in_word = c != ' ';
  }
  return words;
}

bool is_ascii_text(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; });
}

/// True when a number is written in words ("six", "a dozen"): its first letter and length
/// would spell it out, as "starts with s, 3 characters" leaves only "six".
bool is_number_in_words(const Span& span) {
  return span.type == SpanType::Number &&
         std::none_of(span.text.begin(), span.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// What a student types for the span: its text without a word that only says the value is
/// approximate ("203 million" for "about 203 million"), so the hint ("starts with 2") and the
/// answer shown describe the value. The checker accepts the word but does not require it.
std::string_view typed_form(const Span& span) {
  const bool is_approximate = (span.number && span.number->approximation == Approximation::About) ||
                              (span.date && span.date->is_approximate);
  return is_approximate ? without_approximation_word(span.text) : std::string_view(span.text);
}

Hint make_hint(const Span& span) {
  Hint hint;
  hint.type_word = hint_type_word(span);
  if (is_number_in_words(span)) return hint;
  const std::string_view text = typed_form(span);
  // Nearly every span is ASCII, where bytes are code points: no decoding for every item then.
  if (is_ascii_text(text)) {
    if (!text.empty()) hint.first_letter = text.substr(0, 1);
    hint.length_chars = static_cast<std::uint32_t>(text.size());
    hint.word_count = count_words(text);
    return hint;
  }
  const std::u32string code_points = decode_utf8(text);
  if (!code_points.empty()) hint.first_letter = encode_utf8(code_points.substr(0, 1));
  hint.length_chars = static_cast<std::uint32_t>(code_points.size());
  hint.word_count = count_words(code_points);
  return hint;
}

Item make_item(const ValueIndex& index, const Fact& fact, std::size_t f, std::size_t s, ItemId id) {
  const Span& span = fact.spans[s];
  Item item;
  item.id = id;
  item.fact_key = fact.key;
  item.fact_index = static_cast<std::uint32_t>(f);
  item.span_index = static_cast<std::uint32_t>(s);
  item.type = span.type;
  item.group = span.group;
  item.answer = span.text;
  // A number's answer is the amount a student types ("203 million" for "about 203 million"),
  // unless a canonical form is written after '='; a date keeps its "c." ("c. 1200" is the answer).
  const bool shows_typed_form = span.type == SpanType::Number && canonical_of(span) == span.text;
  item.canonical = shows_typed_form ? std::string(typed_form(span)) : canonical_of(span);
  item.aliases = span.aliases;
  item.date = span.date;
  item.number = span.number;
  item.accepts_surname = span.type == SpanType::Person && index.is_surname_unique(index.value_of(f, s));
  item.hint = make_hint(span);
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
  deck.facts.reserve(article.facts.size());
  for (const Fact& fact : article.facts) {
    deck.facts.push_back(DeckFact{fact.key, fact.text, fact.hint, fact.section,
                                  section_path(article, fact.section), fact.line});
  }
}

/// Every item's id, fixed before any question is built because each item's random choices are
/// seeded from its id. Two identical facts (same key and spans) would share ids; the later one
/// gets a derived id and is reported (is_duplicate), so ids stay unique.
struct AssignedIds {
  std::vector<ItemId> ids;           // [first span of the fact + span]
  std::vector<std::uint8_t> is_duplicate;
};

/// make_item_id of every span of `fact`, appended to `ids`, normalizing each canonical form once
/// (make_item_id alone normalizes every earlier span of the fact again); `normalized` is reused.
void append_item_ids(const Fact& fact, std::vector<std::string>& normalized, std::vector<ItemId>& ids) {
  if (normalized.size() < fact.spans.size()) normalized.resize(fact.spans.size());
  const std::uint64_t key_hash = fnv1a64(fact.key);
  for (std::size_t s = 0; s < fact.spans.size(); ++s) {
    normalize_answer_into(canonical_of(fact.spans[s]), normalized[s]);
    std::size_t occurrence = 0;
    for (std::size_t i = 0; i < s; ++i) {
      if (fact.spans[i].type == fact.spans[s].type && normalized[i] == normalized[s]) ++occurrence;
    }
    ids.push_back(item_id_of(key_hash, fact.spans[s].type, normalized[s], occurrence));
  }
}

/// How many ids ahead assign_ids asks for a set slot (the set outgrows the cache on large articles).
constexpr std::size_t kIdLookAhead = 8;

AssignedIds assign_ids(const Article& article, std::size_t span_count) {
  AssignedIds out;
  out.ids.reserve(span_count);
  std::vector<std::string> normalized;
  for (const Fact& fact : article.facts) append_item_ids(fact, normalized, out.ids);
  // Then in order, so the later of two equal ids is the one derived, as before.
  out.is_duplicate.reserve(span_count);
  FlatU64Set used;
  used.reserve(span_count);
  for (std::size_t k = 0; k < out.ids.size(); ++k) {
    if (k + kIdLookAhead < out.ids.size()) used.prefetch(out.ids[k + kIdLookAhead].value);
    ItemId& id = out.ids[k];
    const bool is_duplicate = !used.insert(id.value);
    if (is_duplicate) {
      do {
        id.value = mix64(id.value + 1);
      } while (!used.insert(id.value));
    }
    out.is_duplicate.push_back(is_duplicate ? 1 : 0);
  }
  return out;
}

/// fnv1a64 of every fact's normalized text: a false statement must not be one of them.
FlatU64Set hash_true_statements(const Article& article) {
  FlatU64Set hashes;
  hashes.reserve(article.facts.size());
  for (const Fact& fact : article.facts) hashes.insert(fnv1a64_normalized(fact.text));
  return hashes;
}

GenerateNote duplicate_id_note(const Fact& fact, const Span& span) {
  return GenerateNote{NoteLevel::Warning, fact.key, span.text, fact.line, 0,
                      "two items share one id (identical facts?); the later one got a "
                      "derived id that changes if facts are reordered"};
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

/// A contiguous run of facts whose items one thread builds. Items do not depend on each other
/// (each one's random choices are seeded from its own id), so runs joined in fact order give
/// the same deck, byte for byte, for any number of runs and whichever thread builds each.
struct FactRun {
  std::size_t first_fact = 0;
  std::size_t end_fact = 0;
  std::size_t first_item = 0;  // index in Deck::items of the run's first item
  std::vector<GenerateNote> notes;
  GenerateStats stats;
};

/// Splits the facts into `count` runs of about the same number of spans (items).
std::vector<FactRun> split_into_runs(const Article& article, std::size_t span_count, std::size_t count) {
  std::vector<FactRun> runs(count);
  std::size_t fact = 0;
  std::size_t items = 0;
  for (std::size_t r = 0; r < count; ++r) {
    runs[r].first_fact = fact;
    runs[r].first_item = items;
    const bool is_last = r + 1 == count;
    const std::size_t target_items = span_count * (r + 1) / count;
    while (fact < article.facts.size() && (is_last || items < target_items)) {
      items += article.facts[fact].spans.size();
      ++fact;
    }
    runs[r].end_fact = fact;
  }
  return runs;
}

/// How many runs to build at once: options.threads when set (tests split even small decks), else
/// one per core but never so many that a run has fewer than kMinItemsPerRun items, where starting
/// a thread costs more than it saves.
std::size_t run_count(const GenerateOptions& options, std::size_t span_count) {
  constexpr std::size_t kMinItemsPerRun = 8192;
  if (options.threads != 0) return std::clamp<std::size_t>(options.threads, 1, std::max<std::size_t>(span_count, 1));
  const std::size_t cores = std::max<std::size_t>(1, std::thread::hardware_concurrency());
  return std::clamp<std::size_t>(span_count / kMinItemsPerRun, 1, cores);
}

/// Runs per thread: the threads take runs in turn until none is left, so a thread slowed by other
/// processes (or by slower items) takes fewer, and all finish together.
constexpr std::size_t kRunsPerThread = 16;
constexpr std::size_t kMinItemsPerSharedRun = 2048;

/// What every run reads, and the item slots and progress count the runs share.
struct ItemBuild {
  const Article& article;
  const ValueIndex& index;
  const WordIndex& words;
  const FactSubjects& subjects;
  const GenerateOptions& options;
  const FlatU64Set& true_statements;
  const AssignedIds& ids;
  std::vector<Item>& items;  // sized to every span beforehand; each run fills only its own slots
  std::atomic<std::size_t>& facts_done;
};

/// add_questions writing into a reused buffer; the item keeps an exactly sized copy (reserving
/// room for five questions per item wasted 41 MB on 100,000 facts, and page faults cost time).
void add_questions_exactly(const VariantContext& context, const Fact& fact, std::size_t s, Item& item,
                           std::vector<Question>& buffer) {
  buffer.clear();
  std::swap(item.questions, buffer);
  add_questions(context, fact, s, item);
  buffer.assign(std::make_move_iterator(item.questions.begin()), std::make_move_iterator(item.questions.end()));
  std::swap(item.questions, buffer);
}

/// Builds the items of `run`; the thread that `reports_progress` also calls options.on_progress.
void build_run(const ItemBuild& build, FactRun& run, bool reports_progress) {
  ItemScratch scratch;
  const VariantContext context{build.index, build.words, build.subjects, build.options, build.true_statements, run.notes, scratch};
  std::vector<Question> buffer;
  buffer.reserve(5);  // cloze, choice, wh, true and false statements at most
  std::size_t k = run.first_item;
  for (std::size_t f = run.first_fact; f < run.end_fact; ++f) {
    const Fact& fact = build.article.facts[f];
    for (std::size_t s = 0; s < fact.spans.size(); ++s, ++k) {
      if (build.ids.is_duplicate[k] != 0) run.notes.push_back(duplicate_id_note(fact, fact.spans[s]));
      Item& item = build.items[k];
      item = make_item(build.index, fact, f, s, build.ids.ids[k]);
      if (fact.card_list >= 0) {
        detail::add_card_questions(build.article, f, s, build.options, item, run.notes);
      } else {
        add_questions_exactly(context, fact, s, item, buffer);
      }
      count_questions(item, build.options, run.stats);
    }
    if ((f + 1 - run.first_fact) % kProgressEvery != 0) continue;
    const std::size_t done = build.facts_done.fetch_add(kProgressEvery) + kProgressEvery;
    if (reports_progress && build.options.on_progress) build.options.on_progress(done, build.article.facts.size());
  }
}

/// Builds the runs not yet taken from `next_run`, one at a time.
void build_runs(const ItemBuild& build, std::vector<FactRun>& runs, std::atomic<std::size_t>& next_run,
                bool reports_progress) {
  for (std::size_t r = next_run.fetch_add(1); r < runs.size(); r = next_run.fetch_add(1)) {
    build_run(build, runs[r], reports_progress);
  }
}

/// Builds every item on `threads` threads, which take the runs in turn, then joins the runs'
/// notes and counts in fact order.
void build_items(const ItemBuild& build, std::size_t span_count, GenerateOutcome& outcome) {
  const std::size_t threads = run_count(build.options, span_count);
  const std::size_t shared_runs = std::min(threads * kRunsPerThread, span_count / kMinItemsPerSharedRun);
  std::vector<FactRun> runs = split_into_runs(build.article, span_count, std::max(threads, shared_runs));
  std::atomic<std::size_t> next_run{0};
  {
    std::vector<std::jthread> helpers;
    for (std::size_t t = 1; t < threads; ++t) {
      helpers.emplace_back([&build, &runs, &next_run] { build_runs(build, runs, next_run, false); });
    }
    build_runs(build, runs, next_run, true);
  }  // the jthreads join here
  for (FactRun& run : runs) {
    outcome.notes.insert(outcome.notes.end(), std::make_move_iterator(run.notes.begin()),
                         std::make_move_iterator(run.notes.end()));
    outcome.stats.items += run.stats.items;
    outcome.stats.questions += run.stats.questions;
    outcome.stats.choice_questions += run.stats.choice_questions;
    outcome.stats.short_choice_questions += run.stats.short_choice_questions;
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
  return item_id_of(fnv1a64(fact.key), span.type, canonical, occurrence);
}

namespace {

/// build_deck over an article whose every fact is content.
void build_content_deck(const Article& article, const GenerateOptions& options, GenerateOutcome& outcome) {
  Deck& deck = outcome.deck;
  deck.seed = options.seed;
  std::size_t span_count = 0;
  for (const Fact& fact : article.facts) span_count += fact.spans.size();
  // Work that does not need the value index runs on a helper thread (when threads are allowed)
  // while this one builds the index: together they took a third of a 100k-fact build, and
  // building the index alone keeps one core busy for longer than all of them (so the index also
  // hashes its sentence frames on a thread of its own then).
  AssignedIds ids;
  FlatU64Set true_statements;
  std::optional<WordIndex> words;
  auto prepare = [&] {
    copy_article(article, deck);
    ids = assign_ids(article, span_count);
    true_statements = hash_true_statements(article);
    deck.items.resize(span_count);
    words.emplace(article);  // stems every word of every fact: needs no value index
    add_exercises(article, ids.ids, *words, options.seed, deck.exercises);  // reads ids, not questions
  };
  std::jthread helper;
  const bool is_threaded = run_count(options, span_count) > 1;
  if (is_threaded) helper = std::jthread(prepare);
  else prepare();
  const ValueIndex index(article, is_threaded);
  if (helper.joinable()) helper.join();
  words->add_values(article, index, is_threaded);
  const FactSubjects subjects(article, index, *words);
  std::atomic<std::size_t> facts_done{0};
  build_items(ItemBuild{article, index, *words, subjects, options, true_statements, ids, deck.items, facts_done}, span_count,
              outcome);
  outcome.stats.exercises = deck.exercises.size();
  if (options.on_progress) options.on_progress(article.facts.size(), article.facts.size());
}

}  // namespace

GenerateOutcome build_deck(const Article& article, const GenerateOptions& options) {
  GenerateOutcome outcome;
  std::vector<GenerateNote> section_notes;
  const std::optional<Article> content = without_reference_sections(article, section_notes);
  const Article& content_article = content ? *content : article;
  const std::optional<Article> meaningful = without_wording_facts(content_article, section_notes);
  const Article& asked = meaningful ? *meaningful : content_article;
  build_content_deck(asked, options, outcome);
  detail::apply_reviews(asked, options, outcome);
  outcome.notes.insert(outcome.notes.begin(), section_notes.begin(), section_notes.end());
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
    if (note.level != NoteLevel::Warning) continue;
    if (const std::string fix = note_fix(note.message); !fix.empty()) out += "  fix: " + fix + "\n";
  }
  return out;
}

}  // namespace factdeck::quizgen
