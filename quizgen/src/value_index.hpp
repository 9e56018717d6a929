#pragma once
// ValueIndex: every distinct answer value of an article, built once, so the generator can find
// fair distractors without all-pairs scans. Values that share a form (an alias, a canonical name,
// a person's unique surname) are merged: they are one answer, never a distractor for each other.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "flat_u64_set.hpp"
#include "number_options.hpp"
#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

/// One distinct answer value, merged over all the spans that state it.
struct DeckValue {
  SpanType type = SpanType::Term;
  std::vector<std::string> forms;       // as written; canonical of the first span first
  std::vector<std::string> normalized;  // normalize_answer of each form, distinct
  std::optional<DateValue> date;
  std::optional<NumberValue> number;
  std::vector<std::int32_t> sections;  // sections that state it, sorted (at most kMaxSections)
  std::uint32_t mentions = 0;           // spans that state it
  std::uint32_t mentions_after_the = 0; // ... right after "the" ("the Soviet Union")
  std::vector<std::string> seen_with_the;  // normalized texts of spans written with "the"
  std::vector<std::string> seen_bare;      // ... and without
  /// True when the article mostly writes "the" before this value.
  [[nodiscard]] bool takes_the() const { return mentions_after_the * 2 > mentions; }
  /// True when `form` (one of `forms`) is shown with "the": as the article writes that form
  /// ("the USSR" but "Russia"), or, for a form the text never uses (an alias), as the value is
  /// mostly written when the form is an acronym or several words.
  [[nodiscard]] bool form_takes_the(std::string_view form) const;

 private:
  [[nodiscard]] const std::string& normalized_at(std::ptrdiff_t i) const { return normalized[static_cast<std::size_t>(i)]; }
};

/// True when the span follows the word "the" ("against the [Soviet Union]").
[[nodiscard]] bool is_after_the(const Fact& fact, const Span& span);

/// What distractor scoring reads about a value, packed in one small record so that scoring a
/// candidate touches one cache line (measured: pointer chasing into strings dominated builds of
/// 100,000-fact articles).
struct ValueTraits {
  std::uint64_t surname = 0;               // persons: hash of the normalized surname, else 0
  std::array<std::int32_t, 6> sections{};  // the first sections that state the value
  std::array<std::uint8_t, 4> form_words{};   // word count of the first forms
  std::array<std::uint16_t, 4> form_chars{};  // length in code points of the first forms
  std::uint8_t section_count = 0;
  std::uint8_t form_count = 0;
  bool is_surname_unique = false;  // persons: no other person in the article has this surname
};

/// How many sections a value remembers for "mentioned nearby" scoring; bounds memory.
inline constexpr std::size_t kMaxSections = 16;

/// The values of one (type, group), in the order the article first states them.
struct ValueBucket {
  std::vector<std::uint32_t> values;
  std::vector<std::uint32_t> first_fact;  // parallel to `values`, non-decreasing
  std::vector<ValueTraits> traits;        // parallel to `values`: neighbours in the bucket are
                                          // scored together, so their traits sit together too
};

/// A span's value identity (see value_key in value_index.cpp), its hash and its normalized
/// canonical form: made while a ValueIndex is built, freed once its values are merged.
struct SpanKey {
  std::string normalized;
  std::string value;
  std::uint64_t value_hash = 0;  // fnv1a64(value), made with the key on the same thread
};

class ValueIndex {
 public:
  /// Indexes every span of `article`. With `hashes_frames_aside`, the spans' sentence frames are
  /// hashed on a second thread while the values are merged (the same index either way).
  explicit ValueIndex(const Article& article, bool hashes_frames_aside = false);

  /// The merged value stated by span `span` of fact `fact`.
  [[nodiscard]] std::uint32_t value_of(std::size_t fact, std::size_t span) const;
  [[nodiscard]] const DeckValue& value(std::uint32_t id) const { return values_[id]; }
  /// Number of value ids (merged values keep their ids; value_of returns the merged one).
  [[nodiscard]] std::size_t value_count() const { return values_.size(); }
  /// True when `id` is a merged value itself, not one merged into another (value_of returns roots).
  [[nodiscard]] bool is_root(std::uint32_t id) const { return parent_[id] == id; }
  [[nodiscard]] const ValueTraits& traits(std::uint32_t id) const { return traits_[id]; }
  /// Values of `type` in `group` (all values of the type when group is empty), first-seen order.
  [[nodiscard]] const ValueBucket& bucket(SpanType type, const std::string& group) const;
  /// frame_of(fact, span) for span `span` of fact `fact`, computed once when the index is built.
  [[nodiscard]] std::uint64_t frame_at(std::size_t fact, std::size_t span) const;
  /// True when more than one span has this frame. A frame stated once states only the value of
  /// its own span, so the look-ups below can be skipped for every other value.
  [[nodiscard]] bool is_frame_shared(std::uint64_t frame) const { return shared_frames_.contains(frame); }
  /// True when some fact states `value` for `frame` (the same sentence with this span cut out).
  /// Knows shared frames only (see is_frame_shared); false for any other.
  [[nodiscard]] bool is_stated_in_frame(std::uint64_t frame, std::uint32_t value) const;
  /// True when some fact states a date for `frame` that equals `date` at date.precision.
  /// Knows shared frames only, like is_stated_in_frame.
  [[nodiscard]] bool is_date_stated_in_frame(std::uint64_t frame, const DateValue& date) const;
  /// True when no other person in the article has this person's surname.
  [[nodiscard]] bool is_surname_unique(std::uint32_t id) const;
  /// Distinct single dates at `precision` (from every date at least that precise), sorted.
  [[nodiscard]] const std::vector<DateValue>& dates(DatePrecision precision) const;
  /// Distinct ranges stated at exactly `precision`, sorted by start then end.
  [[nodiscard]] const std::vector<DateValue>& ranges(DatePrecision precision) const;
  /// Number values of `group` (all numbers when empty), sorted by number_key: comparable
  /// numbers together, by their amount in the base unit.
  [[nodiscard]] const std::vector<std::uint32_t>& numbers(const std::string& group) const;
  /// How the article writes its numbers (number_style_of its number spans).
  [[nodiscard]] NumberStyle number_style() const { return number_style_; }
  /// number_key of a number value (value_of returns these), computed once.
  [[nodiscard]] const NumberKey& number_key(std::uint32_t id) const { return number_keys_[id]; }

  /// True when some fact states both values (of one type) together, e.g. in one list.
  [[nodiscard]] bool are_stated_together(std::uint32_t a, std::uint32_t b) const;

  /// Hash of the fact's text with span `span` cut out, plus the span's type.
  [[nodiscard]] static std::uint64_t frame_of(const Fact& fact, std::size_t span);

 private:
  void index_spans(const Article& article);
  void make_keys(const Article& article, std::size_t begin, std::size_t end, std::vector<SpanKey>& keys) const;
  void make_values(const Article& article, bool hashes_frames_aside);
  void merge_values(const Article& article, std::vector<SpanKey>& keys);
  void add_spans(const Article& article, std::vector<SpanKey>& keys);
  void hash_frames(const Article& article);
  void find_shared_frames();
  void merge_shared_forms();
  void merge_surnames();
  void finish_roots();
  void build_lookups(const Article& article);
  void sort_numbers();
  void build_dates();
  void build_traits();
  [[nodiscard]] std::uint32_t find_root(std::uint32_t id) const;
  [[nodiscard]] bool count_says_surname_unique(std::uint32_t id) const;
  void build_together(std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs);
  void add_to_frame(std::uint64_t frame, std::uint32_t root);
  void build_frame_lookups();
  void unite(std::uint32_t a, std::uint32_t b);

  std::vector<DeckValue> values_;
  std::vector<ValueTraits> traits_;
  std::vector<std::uint32_t> parent_;
  std::vector<std::uint32_t> first_span_;   // [fact]: index of its first span in the arrays below
  std::vector<std::uint32_t> span_values_;  // [first_span_[fact] + span]
  std::vector<std::uint64_t> span_frames_;  // [first_span_[fact] + span]
  std::unordered_map<std::string, ValueBucket> buckets_;
  // Hashes of (frame, value) and (frame, date at each precision): constant-time look-ups even
  // when thousands of facts share one sentence frame.
  FlatU64Set frame_values_;
  FlatU64Set shared_frames_;
  FlatU64Set frame_dates_;
  // For each value, the sorted values of its type that some fact states with it: a short list
  // that stays in cache while every candidate of one question is checked against it.
  std::vector<std::uint32_t> together_begin_;  // [value], and one past the last value
  std::vector<std::uint32_t> together_;
  std::unordered_map<std::string, std::uint32_t> surname_counts_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> numbers_;
  std::vector<NumberKey> number_keys_;  // [value]: set for number values that are roots
  NumberStyle number_style_;
  std::vector<DateValue> dates_[3];
  std::vector<DateValue> ranges_[3];
};

/// The canonical form of a span (its text when the parser left it empty).
[[nodiscard]] const std::string& canonical_of(const Span& span);
/// Orders dates by start, then by end (single dates before ranges that start with them).
[[nodiscard]] bool date_less(const DateValue& a, const DateValue& b);

}  // namespace factdeck::quizgen
