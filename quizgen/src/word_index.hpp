#pragma once
// WordIndex: what the article says around each value, by word root — the words of every fact
// (stemmed once per build), the relation words each value is stated with, the years at which the
// article mentions it, and the words that would name it in a stem (its own roots, adjectives and
// demonyms). The generator asks it: is this wrong option also true here (Bukharin "killed in the
// purges")? could it be at the stem's date? does the stem name the answer by a root or adjective?
#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "flat_u64_set.hpp"
#include "quizgen/facts.hpp"
#include "value_index.hpp"
#include "word_stems.hpp"

namespace factdeck::quizgen {

/// Years between which the article mentions something; `from == 0` when it states no date.
struct YearSpan {
  std::int64_t from = 0;
  std::int64_t to = 0;
  [[nodiscard]] bool is_known() const { return from != 0; }
};

/// What the words of a fact say about the kind of statement it is.
struct FactKind {
  bool is_opinion = false;   // "argues", "would have", "expected": no swap makes it provably false
  bool has_pronoun = false;  // "his", "her": a person swapped in may not match its gender
};

/// True when the word lies inside a date or number span of the fact: "January" in "January
/// 1818" says when, not what, and relates no two facts.
[[nodiscard]] bool is_in_date_or_number(const Fact& fact, const StemmedWord& word);

class WordIndex {
 public:
  /// Reads the words of every fact (stems, relation words, dates, opinion and pronoun words):
  /// needs no value index, so it runs while that is built.
  explicit WordIndex(const Article& article);
  /// Adds what the article says around each value (contexts, eras, cue roots); the cue roots on
  /// a thread of their own when `is_threaded`.
  void add_values(const Article& article, const ValueIndex& values, bool is_threaded);

  /// The words of fact `fact`, in order.
  [[nodiscard]] std::span<const StemmedWord> words_of(std::size_t fact) const;
  /// A word that says what a fact is about: not a function word or a bare number, and stated in
  /// few facts (a word in many facts, "Soviet" in a history of Soviet diplomacy, relates nothing).
  [[nodiscard]] bool is_relation_word(const StemmedWord& word) const { return word.is_function_word ? false : rare_.contains(word.stem); }
  /// True when some fact that states `value` also says the relation word `stem` (outside the
  /// value's own span).
  [[nodiscard]] bool is_in_context(std::uint32_t value, std::uint64_t stem) const;
  /// The roots that name `value` in a sentence: the distinctive words of its forms (a word in the
  /// forms of three or more values, "treaty", is not distinctive), their regular derivations
  /// ("Russian", "Victorian", "Marxist"), the names an adjective comes from ("Victoria" for
  /// "Victorian era") and the table's adjectives ("Nazi" for Germany).
  [[nodiscard]] const std::vector<std::uint64_t>& cue_stems(std::uint32_t value) const;
  /// True when fact `fact`, outside the bytes [skip_begin, skip_end), says one of `value`'s cue
  /// roots, or two adjacent words that its forms say together ("Red Army" for "purge of the Red
  /// Army command", although "red" and "army" alone are in many names).
  [[nodiscard]] bool is_named_in(std::uint32_t value, std::size_t fact, std::uint32_t skip_begin,
                                 std::uint32_t skip_end) const;
  /// Years at which the article mentions `value` (the dates of the facts that state it).
  [[nodiscard]] YearSpan era_of(std::uint32_t value) const;
  /// Years of the date spans of fact `fact`.
  [[nodiscard]] YearSpan era_of_fact(std::size_t fact) const { return fact_eras_[fact]; }
  [[nodiscard]] FactKind kind_of_fact(std::size_t fact) const { return fact_kinds_[fact]; }

 private:
  void split_facts(const Article& article, WordStemmer& stemmer);
  void find_rare_words(std::size_t fact_count);
  void collect_contexts(const Article& article, const ValueIndex& values);
  void add_untagged_mentions(const Article& article, const ValueIndex& values);
  void fill_unknown_eras(const Article& article, const ValueIndex& values);
  void collect_cues(const ValueIndex& values, WordStemmer& stemmer);

  std::vector<StemmedWord> words_;
  std::vector<std::uint32_t> first_word_;  // [fact], and one past the last fact
  FlatU64Set rare_;
  FlatU64Set contexts_;  // hash of (value, relation word)
  // [value]: a 128-bit Bloom filter of its relation words, read before contexts_ (one cache
  // line per candidate instead of one per relation word; most candidates share no word).
  std::vector<std::array<std::uint64_t, 2>> context_bits_;
  std::vector<std::vector<std::uint64_t>> cues_;  // [value]
  std::vector<YearSpan> eras_;                    // [value]
  std::vector<YearSpan> fact_eras_;               // [fact]
  std::vector<FactKind> fact_kinds_;              // [fact]
};

}  // namespace factdeck::quizgen
