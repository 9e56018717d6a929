// Deck JSON with cereal. Enums are written as words and ids as hex so that a teacher can read and
// diff a deck; the format_version field comes first so a newer deck is refused before parsing on.
#include "quizgen/deck.hpp"

#include <cereal/archives/json.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string_view>
#include <thread>

#include "base/memory_stream.hpp"
#include "deck_schema.hpp"

namespace factdeck::quizgen {

// ---- Enum names ----

std::string_view exercise_kind_name(ExerciseKind kind) {
  return kind == ExerciseKind::Chronology ? "chronology" : "matching";
}

namespace {

struct DeckFormatError {
  std::string message;
};

std::string_view precision_name(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::Year: return "year";
    case DatePrecision::Month: return "month";
    case DatePrecision::Day: return "day";
  }
  return "year";
}

std::string_view period_name(DatePeriod period) {
  switch (period) {
    case DatePeriod::None: return "none";
    case DatePeriod::Decade: return "decade";
    case DatePeriod::Hundreds: return "hundreds";
    case DatePeriod::Century: return "century";
    case DatePeriod::YearsAgo: return "years-ago";
  }
  return "none";
}

std::string_view part_name(PeriodPart part) {
  switch (part) {
    case PeriodPart::Whole: return "whole";
    case PeriodPart::Early: return "early";
    case PeriodPart::Mid: return "mid";
    case PeriodPart::Late: return "late";
  }
  return "whole";
}

std::string_view dimension_name(Dimension dimension) {
  switch (dimension) {
    case Dimension::Count: return "count";
    case Dimension::Percent: return "percent";
    case Dimension::Ratio: return "ratio";
    case Dimension::Length: return "length";
    case Dimension::Area: return "area";
    case Dimension::Volume: return "volume";
    case Dimension::Mass: return "mass";
    case Dimension::Time: return "time";
    case Dimension::Temperature: return "temperature";
    case Dimension::Angle: return "angle";
    case Dimension::Speed: return "speed";
    case Dimension::Density: return "density";
    case Dimension::Pressure: return "pressure";
  }
  return "count";
}

std::string_view approximation_name(Approximation approximation) {
  switch (approximation) {
    case Approximation::Exact: return "exact";
    case Approximation::About: return "about";
    case Approximation::MoreThan: return "more-than";
    case Approximation::LessThan: return "less-than";
  }
  return "exact";
}

template <typename Enum, typename NameFn, std::size_t N>
Enum enum_from_name(const std::string& name, NameFn name_of, const Enum (&values)[N]) {
  for (Enum value : values) {
    if (name == name_of(value)) return value;
  }
  throw DeckFormatError{"unknown value '" + name + "'"};
}

constexpr DatePrecision kPrecisions[] = {DatePrecision::Year, DatePrecision::Month,
                                         DatePrecision::Day};
constexpr ExerciseKind kExerciseKinds[] = {ExerciseKind::Chronology, ExerciseKind::Matching};
constexpr DatePeriod kPeriods[] = {DatePeriod::None, DatePeriod::Decade, DatePeriod::Hundreds,
                                   DatePeriod::Century, DatePeriod::YearsAgo};
constexpr PeriodPart kParts[] = {PeriodPart::Whole, PeriodPart::Early, PeriodPart::Mid, PeriodPart::Late};
constexpr Dimension kDimensions[] = {
    Dimension::Count, Dimension::Percent, Dimension::Ratio,   Dimension::Length,
    Dimension::Area,  Dimension::Volume,  Dimension::Mass,    Dimension::Time,
    Dimension::Temperature, Dimension::Angle, Dimension::Speed, Dimension::Density,
    Dimension::Pressure};
constexpr Approximation kApproximations[] = {Approximation::Exact, Approximation::About,
                                             Approximation::MoreThan, Approximation::LessThan};

}  // namespace

}  // namespace factdeck::quizgen

namespace factdeck {

// Item ids appear in deck JSON as 16 hex digits (the form users see), unlike the progress store,
// which writes them as integers (store/serialization.hpp). ItemId lives in `factdeck`, so these
// must too, for cereal to find them by argument-dependent lookup.
template <class Archive>
std::string save_minimal(const Archive&, const ItemId& id) {
  return to_hex(id);
}

template <class Archive>
void load_minimal(const Archive&, ItemId& id, const std::string& hex) {
  const auto parsed = item_id_from_hex(hex);
  if (!parsed) throw quizgen::DeckFormatError{"bad item id '" + hex + "'"};
  id = *parsed;
}

}  // namespace factdeck

namespace factdeck::quizgen {

// ---- cereal functions (found by ADL in namespace factdeck::quizgen) ----

template <class Archive>
void serialize(Archive& ar, SimpleDate& date) {
  ar(cereal::make_nvp("year", date.year), cereal::make_nvp("month", date.month),
     cereal::make_nvp("day", date.day));
}

// Fields added in format version 2 are written only when they say something (a plain date
// stays as version 1 wrote it) and read only when present, so version 1 decks still load.
template <class Archive>
bool next_node_is(Archive& ar, std::string_view name) {
  const char* next = ar.getNodeName();
  return next != nullptr && name == next;
}

template <class Archive>
void save(Archive& ar, const DateValue& date) {
  ar(cereal::make_nvp("precision", std::string(precision_name(date.precision))),
     cereal::make_nvp("start", date.start), cereal::make_nvp("end", date.end));
  if (date.is_approximate) ar(cereal::make_nvp("approximate", date.is_approximate));
  if (date.period != DatePeriod::None) {
    ar(cereal::make_nvp("period", std::string(period_name(date.period))),
       cereal::make_nvp("part", std::string(part_name(date.part))));
  }
}

template <class Archive>
void load(Archive& ar, DateValue& date) {
  std::string precision;
  ar(cereal::make_nvp("precision", precision), cereal::make_nvp("start", date.start),
     cereal::make_nvp("end", date.end));
  date.precision = enum_from_name(precision, precision_name, kPrecisions);
  if (next_node_is(ar, "approximate")) ar(cereal::make_nvp("approximate", date.is_approximate));
  if (next_node_is(ar, "period")) {
    std::string period;
    std::string part;
    ar(cereal::make_nvp("period", period), cereal::make_nvp("part", part));
    date.period = enum_from_name(period, period_name, kPeriods);
    date.part = enum_from_name(part, part_name, kParts);
  }
}

/// A number item's value beyond the plain number (format version 2): range, unit, precision.
template <class Archive>
void save_quantity(Archive& ar, const NumberValue& number) {
  ar(cereal::make_nvp("high", number.high), cereal::make_nvp("unit", number.unit),
     cereal::make_nvp("dimension", std::string(dimension_name(number.dimension))),
     cereal::make_nvp("step", number.step),
     cereal::make_nvp("approximation", std::string(approximation_name(number.approximation))));
}

template <class Archive>
void load_quantity(Archive& ar, NumberValue& number) {
  std::string dimension;
  std::string approximation;
  ar(cereal::make_nvp("high", number.high), cereal::make_nvp("unit", number.unit),
     cereal::make_nvp("dimension", dimension), cereal::make_nvp("step", number.step),
     cereal::make_nvp("approximation", approximation));
  number.dimension = enum_from_name(dimension, dimension_name, kDimensions);
  number.approximation = enum_from_name(approximation, approximation_name, kApproximations);
}

/// The "quantity" node of an item: an object holding save_quantity's fields.
struct QuantityNode {
  NumberValue* number = nullptr;
};

template <class Archive>
void save(Archive& ar, const QuantityNode& node) {
  save_quantity(ar, *node.number);
}

template <class Archive>
void load(Archive& ar, QuantityNode& node) {
  load_quantity(ar, *node.number);
}

template <class Archive>
void serialize(Archive& ar, ArticleMeta& meta) {
  ar(cereal::make_nvp("title", meta.title), cereal::make_nvp("source", meta.source),
     cereal::make_nvp("author", meta.author), cereal::make_nvp("language", meta.language),
     cereal::make_nvp("licence", meta.licence), cereal::make_nvp("deck_id", meta.deck_id));
}

template <class Archive>
void serialize(Archive& ar, Hint& hint) {
  ar(cereal::make_nvp("type", hint.type_word), cereal::make_nvp("first_letter", hint.first_letter),
     cereal::make_nvp("length_chars", hint.length_chars),
     cereal::make_nvp("word_count", hint.word_count));
}

template <class Archive>
void save(Archive& ar, const Question& q) {
  ar(cereal::make_nvp("kind", std::string(question_kind_name(q.kind))),
     cereal::make_nvp("prompt", q.prompt), cereal::make_nvp("options", q.options),
     cereal::make_nvp("correct_option", q.correct_option), cereal::make_nvp("is_true", q.is_true),
     cereal::make_nvp("shown_value", q.shown_value));
}

template <class Archive>
void load(Archive& ar, Question& q) {
  std::string kind;
  ar(cereal::make_nvp("kind", kind), cereal::make_nvp("prompt", q.prompt),
     cereal::make_nvp("options", q.options), cereal::make_nvp("correct_option", q.correct_option),
     cereal::make_nvp("is_true", q.is_true), cereal::make_nvp("shown_value", q.shown_value));
  const std::optional<QuestionKind> known = question_kind_from_name(kind);
  if (!known) throw DeckFormatError{"unknown value '" + kind + "'"};
  q.kind = *known;
}

template <class Archive>
void save(Archive& ar, const Item& item) {
  ar(cereal::make_nvp("id", item.id), cereal::make_nvp("fact_key", item.fact_key),
     cereal::make_nvp("fact_index", item.fact_index), cereal::make_nvp("span_index", item.span_index),
     cereal::make_nvp("type", std::string(span_type_name(item.type))),
     cereal::make_nvp("group", item.group), cereal::make_nvp("answer", item.answer),
     cereal::make_nvp("canonical", item.canonical), cereal::make_nvp("aliases", item.aliases),
     cereal::make_nvp("date", item.date));
  // "number" keeps version 1's shape (the plain value); "quantity" holds the rest.
  const std::optional<double> plain = item.number ? std::optional<double>(item.number->value) : std::nullopt;
  ar(cereal::make_nvp("number", plain));
  if (item.number) {
    NumberValue copy = *item.number;
    ar(cereal::make_nvp("quantity", QuantityNode{&copy}));
  }
  ar(cereal::make_nvp("accepts_surname", item.accepts_surname), cereal::make_nvp("hint", item.hint),
     cereal::make_nvp("questions", item.questions));
}

template <class Archive>
void load(Archive& ar, Item& item) {
  std::string type;
  ar(cereal::make_nvp("id", item.id), cereal::make_nvp("fact_key", item.fact_key),
     cereal::make_nvp("fact_index", item.fact_index), cereal::make_nvp("span_index", item.span_index),
     cereal::make_nvp("type", type), cereal::make_nvp("group", item.group),
     cereal::make_nvp("answer", item.answer), cereal::make_nvp("canonical", item.canonical),
     cereal::make_nvp("aliases", item.aliases), cereal::make_nvp("date", item.date));
  std::optional<double> plain;
  ar(cereal::make_nvp("number", plain));
  if (plain) item.number = plain_number(*plain);
  if (item.number && next_node_is(ar, "quantity")) {
    QuantityNode node{&*item.number};
    ar(cereal::make_nvp("quantity", node));
  }
  ar(cereal::make_nvp("accepts_surname", item.accepts_surname), cereal::make_nvp("hint", item.hint),
     cereal::make_nvp("questions", item.questions));
  const auto parsed = span_type_from_name(type);
  if (!parsed) throw DeckFormatError{"unknown span type '" + type + "'"};
  item.type = *parsed;
}

template <class Archive>
void save(Archive& ar, const Exercise& ex) {
  ar(cereal::make_nvp("kind", std::string(exercise_kind_name(ex.kind))),
     cereal::make_nvp("prompt", ex.prompt), cereal::make_nvp("left", ex.left),
     cereal::make_nvp("right", ex.right), cereal::make_nvp("answer", ex.answer),
     cereal::make_nvp("labels", ex.labels), cereal::make_nvp("items", ex.items));
}

template <class Archive>
void load(Archive& ar, Exercise& ex) {
  std::string kind;
  ar(cereal::make_nvp("kind", kind), cereal::make_nvp("prompt", ex.prompt),
     cereal::make_nvp("left", ex.left), cereal::make_nvp("right", ex.right),
     cereal::make_nvp("answer", ex.answer), cereal::make_nvp("labels", ex.labels),
     cereal::make_nvp("items", ex.items));
  ex.kind = enum_from_name(kind, exercise_kind_name, kExerciseKinds);
}

template <class Archive>
void serialize(Archive& ar, DeckFact& fact) {
  ar(cereal::make_nvp("key", fact.key), cereal::make_nvp("text", fact.text),
     cereal::make_nvp("hint", fact.hint), cereal::make_nvp("section", fact.section),
     cereal::make_nvp("section_path", fact.section_path), cereal::make_nvp("line", fact.line));
}

template <class Archive>
void serialize(Archive& ar, DeckSection& section) {
  ar(cereal::make_nvp("title", section.title), cereal::make_nvp("level", section.level),
     cereal::make_nvp("parent", section.parent));
}

// Everything after format_version, shared by save and load.
template <class Archive, class DeckRef>
void serialize_deck_body(Archive& ar, DeckRef& deck) {
  ar(cereal::make_nvp("meta", deck.meta), cereal::make_nvp("source_file", deck.source_file),
     cereal::make_nvp("seed", deck.seed), cereal::make_nvp("sections", deck.sections),
     cereal::make_nvp("facts", deck.facts), cereal::make_nvp("items", deck.items),
     cereal::make_nvp("exercises", deck.exercises));
}

/// A run of a deck's items, written exactly as a std::vector<Item> holding them would be (a size
/// tag makes the JSON node an array), so runs can be written apart and joined.
struct ItemRun {
  const Item* first = nullptr;
  std::size_t count = 0;
};

template <class Archive>
void save(Archive& ar, const ItemRun& run) {
  ar(cereal::make_size_tag(static_cast<cereal::size_type>(run.count)));
  for (std::size_t i = 0; i < run.count; ++i) ar(run.first[i]);
}

// ---- Save and load ----

namespace {

const cereal::JSONOutputArchive::Options kJsonOptions(
    324, cereal::JSONOutputArchive::Options::IndentChar::space, 2);

}  // namespace

namespace {

// Decks with more items are written by several threads, each item run by its own cereal archive;
// cereal writes a character at a time through std::ostream::put, which took 60% of the write.
constexpr std::size_t kItemsPerRun = 2048;
constexpr std::size_t kMinItemsToSplit = 2 * kItemsPerRun;
// What a JSON archive holding only {"items": [...]} writes around the items, and what the deck
// with no items writes in their place (the items are a member of the top-level object).
constexpr std::string_view kRunHead = "{\n  \"items\": [\n";
constexpr std::string_view kRunTail = "\n  ]\n}";
constexpr std::string_view kEmptyItems = "\n  \"items\": []";

void write_deck_archive(const Deck& deck, const ItemRun& items, std::ostream& out) {
  cereal::JSONOutputArchive ar(out, kJsonOptions);
  ar(cereal::make_nvp("format_version", deck.format_version));
  ar(cereal::make_nvp("meta", deck.meta), cereal::make_nvp("source_file", deck.source_file),
     cereal::make_nvp("seed", deck.seed), cereal::make_nvp("sections", deck.sections),
     cereal::make_nvp("facts", deck.facts), cereal::make_nvp("items", items),
     cereal::make_nvp("exercises", deck.exercises));
}

/// The JSON of items [first, first + count) as they appear inside the deck's items array:
/// indented for that depth, without the brackets; empty if cereal wrote an unexpected frame.
std::string item_run_json(const Deck& deck, std::size_t first, std::size_t count) {
  std::ostringstream text;
  {
    cereal::JSONOutputArchive ar(text, kJsonOptions);
    ar(cereal::make_nvp("items", ItemRun{deck.items.data() + first, count}));
  }
  std::string json = std::move(text).str();
  if (!json.starts_with(kRunHead) || !json.ends_with(kRunTail)) return {};
  return json.substr(kRunHead.size(), json.size() - kRunHead.size() - kRunTail.size());
}

/// Writes the deck's items in runs, two or more at a time, each round's runs in order. False
/// when a run's frame was not the expected one.
bool write_items_in_runs(const Deck& deck, std::ostream& out) {
  const std::size_t runs = (deck.items.size() + kItemsPerRun - 1) / kItemsPerRun;
  const std::size_t threads = std::max<std::size_t>(2, std::thread::hardware_concurrency());
  for (std::size_t round = 0; round < runs; round += threads) {
    std::vector<std::string> texts(std::min(threads, runs - round));
    {
      std::vector<std::jthread> writers;
      for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::size_t first = (round + i) * kItemsPerRun;
        const std::size_t count = std::min(kItemsPerRun, deck.items.size() - first);
        writers.emplace_back([&deck, &texts, i, first, count] { texts[i] = item_run_json(deck, first, count); });
      }
    }
    for (std::size_t i = 0; i < texts.size(); ++i) {
      if (texts[i].empty()) return false;
      if (round + i > 0) out.write(",\n", 2);
      out.write(texts[i].data(), static_cast<std::streamsize>(texts[i].size()));
    }
  }
  return true;
}

/// The deck written by one archive with its items left empty, then the items spliced in run by
/// run; byte for byte what one archive writes for the whole deck. False, with nothing written,
/// if cereal's frame around the items is not the expected one (another cereal version).
bool save_large_deck_json(const Deck& deck, std::ostream& out) {
  std::ostringstream frame_text;
  write_deck_archive(deck, ItemRun{}, frame_text);
  const std::string frame = std::move(frame_text).str();
  const std::size_t items_at = frame.find(kEmptyItems);
  if (items_at == std::string::npos) return false;
  const std::size_t open_at = items_at + kEmptyItems.size() - 1;  // just after "["
  // Check one run first, so a changed format falls back before anything is written.
  if (item_run_json(deck, 0, 1).empty()) return false;
  out.write(frame.data(), static_cast<std::streamsize>(open_at));
  out.put('\n');
  // Every run has the frame just checked, so a failure here is a broken stream: report it.
  if (!write_items_in_runs(deck, out)) out.setstate(std::ios::failbit);
  out.write("\n  ", 3);
  out.write(frame.data() + open_at, static_cast<std::streamsize>(frame.size() - open_at));
  return true;
}

}  // namespace

Result<void> save_deck_json(const Deck& deck, std::ostream& out) {
  if (deck.items.size() < kMinItemsToSplit || !save_large_deck_json(deck, out)) {
    write_deck_archive(deck, ItemRun{deck.items.data(), deck.items.size()}, out);
  }
  out << '\n';
  if (!out) return fail(ErrorCode::Io, "could not write the deck");
  return {};
}

namespace {

/// The whole stream, or empty when it holds more than `max_bytes` (then `is_too_large` is set).
std::string read_bounded(std::istream& in, std::uint64_t max_bytes, bool& is_too_large) {
  std::string text;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_bytes) {
      is_too_large = true;
      return {};
    }
  }
  return text;
}

Unexpected damaged(const Error& error) {
  const ErrorCode code = error.code == ErrorCode::NewerFormat ? ErrorCode::NewerFormat : ErrorCode::Corrupt;
  const std::string advice = code == ErrorCode::NewerFormat ? "; rebuild it or update factdeck" : "";
  return fail(code, "deck is damaged: " + error.message + advice, error.file, error.line, error.column);
}

}  // namespace

Result<Deck> load_deck_json(std::istream& in, const std::string& file_name) {
  const json::Limits limits;
  bool is_too_large = false;
  const std::string text = read_bounded(in, limits.max_bytes, is_too_large);
  if (is_too_large) {
    return fail(ErrorCode::Corrupt,
                "deck is damaged: larger than the " + std::to_string(limits.max_bytes >> 20) + " MiB a deck may be",
                file_name);
  }
  // Depth, types and ranges first: cereal's reader recurses once per bracket and asserts on a
  // wrong type, with a message that names no field.
  if (Result<void> checked = json::check_json(text, deck_json_schema(), file_name, limits); !checked) {
    return damaged(checked.error());
  }
  Deck deck;
  try {
    MemoryIStream stream(text);
    cereal::JSONInputArchive ar(stream);
    ar(cereal::make_nvp("format_version", deck.format_version));
    serialize_deck_body(ar, deck);
  } catch (const DeckFormatError& e) {
    return fail(ErrorCode::Corrupt, "deck is damaged: " + e.message, file_name);
  } catch (const std::exception& e) {
    return fail(ErrorCode::Corrupt, std::string("deck is damaged: ") + e.what(), file_name);
  }
  if (auto problem = find_deck_problem(deck)) {
    return fail(ErrorCode::Corrupt, "deck is damaged: " + *problem, file_name);
  }
  return deck;
}

Result<Deck> load_deck_json(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::Io, "cannot open the deck", path);
  return load_deck_json(in, path);
}

}  // namespace factdeck::quizgen
