#pragma once
// WordIndex: what the article says around each value, by word root — the words of every fact
// (stemmed once per build), the relation words each value is stated with, the years at which the
// article mentions it, and the words that would name it in a stem (its own roots, adjectives and
// demonyms). The generator asks it: is this wrong option also true here (Bukharin "killed in the
// purges")? could it be at the stem's date? does the stem name the answer by a root or adjective?
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "flat_u64_set.hpp"
#include "leaders.hpp"
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
  bool has_attitude = false; // "hated", "was appalled by": an attitude many may hold towards many
  // "the same gathering": bytes of the phrase by which the fact refers to another sentence
  // (reference_to_another_sentence); size 0 when it stands alone.
  std::uint32_t reference_begin = 0;
  std::uint32_t reference_size = 0;
};

/// The byte ranges of some of a fact's spans, in text order, for asking which one holds a word
/// in O(log spans) (a fact of thousands of spans made the linear scan quadratic).
class SpanRanges {
 public:
  /// The spans of `fact` for which `keep(span)` is true.
  template <typename Keep>
  SpanRanges(const Fact& fact, Keep keep) {
    for (const Span& span : fact.spans) {
      if (keep(span)) ranges_.push_back({static_cast<std::uint32_t>(span.begin), static_cast<std::uint32_t>(span.end)});
    }
    std::sort(ranges_.begin(), ranges_.end());
  }
  /// True when one of the spans holds the whole word (spans never overlap).
  [[nodiscard]] bool holds(const StemmedWord& word) const;

 private:
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges_;
};

/// The date and number spans of `fact`: "January" in "January 1818" says when, not what, and
/// relates no two facts.
[[nodiscard]] SpanRanges date_and_number_spans(const Fact& fact);

/// A relation word of a fact that lies outside its date and number spans, and whether it is a
/// bare number.
struct RelationWord {
  StemmedWord word;
  bool is_digits = false;
};

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
  /// The relation words of fact `fact` around bytes [begin, end) (a span), outside them: at most
  /// kContextWords on each side, in text order. A sentence rarely has that many, so for a real
  /// fact these are all of its relation words; for a pathological one with thousands of spans,
  /// the bound keeps the work per span constant.
  template <typename Use>
  void for_each_context_word(std::size_t fact, std::uint32_t begin, std::uint32_t end, Use use) const;
  static constexpr std::size_t kContextWords = 64;
  static constexpr std::size_t kNearWords = 128;
  /// The word of fact `fact` starting at byte `begin`, or nullptr.
  [[nodiscard]] const StemmedWord* word_at(std::size_t fact, std::uint32_t begin) const;
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
  /// Army command", although "red" and "army" alone are in many names). Reads at most
  /// kNearWords words on each side (all of any real sentence).
  [[nodiscard]] bool is_named_in(std::uint32_t value, std::size_t fact, std::uint32_t skip_begin,
                                 std::uint32_t skip_end) const;
  /// The people the article states as leading the place `value` (find_leaders).
  [[nodiscard]] const std::vector<std::uint32_t>& leaders_of(std::uint32_t value) const { return leaders_.of_place[value]; }
  /// True when span `span` of fact `fact` is a place whose leader that same sentence states.
  [[nodiscard]] bool states_leader(std::size_t fact, std::size_t span) const {
    return std::binary_search(leaders_.stating_spans.begin(), leaders_.stating_spans.end(),
                              std::pair{static_cast<std::uint32_t>(fact), static_cast<std::uint32_t>(span)});
  }
  /// Years at which the article mentions `value` (the dates of the facts that state it).
  [[nodiscard]] YearSpan era_of(std::uint32_t value) const;
  /// Years of the date spans of fact `fact`.
  [[nodiscard]] YearSpan era_of_fact(std::size_t fact) const { return fact_eras_[fact]; }
  [[nodiscard]] FactKind kind_of_fact(std::size_t fact) const { return fact_kinds_[fact]; }
  /// True when the span [begin, end) of fact `fact` holds or is the object of an attitude word
  /// with only function words between them ("_____ was appalled by the", "hated by _____").
  [[nodiscard]] bool is_tied_to_attitude(std::size_t fact, std::uint32_t begin, std::uint32_t end) const;

 private:
  void split_facts(const Article& article, WordStemmer& stemmer);
  void find_rare_words(std::size_t fact_count);
  void find_relation_words(const Article& article);
  void collect_contexts(const Article& article, const ValueIndex& values);
  void add_untagged_mentions(const Article& article, const ValueIndex& values);
  void fill_unknown_eras(const Article& article, const ValueIndex& values);
  void collect_cues(const ValueIndex& values, WordStemmer& stemmer);

  std::vector<StemmedWord> words_;
  std::vector<std::uint32_t> first_word_;  // [fact], and one past the last fact
  std::vector<RelationWord> relation_words_;
  std::vector<std::uint32_t> first_relation_word_;  // [fact], and one past the last fact
  FlatU64Set rare_;
  FlatU64Set contexts_;  // hash of (value, relation word)
  // [value]: a 128-bit Bloom filter of its relation words, read before contexts_ (one cache
  // line per candidate instead of one per relation word; most candidates share no word).
  std::vector<std::array<std::uint64_t, 2>> context_bits_;
  std::vector<std::vector<std::uint64_t>> cues_;  // [value]
  Leaders leaders_;
  std::vector<YearSpan> eras_;                    // [value]
  std::vector<YearSpan> fact_eras_;               // [fact]
  std::vector<FactKind> fact_kinds_;              // [fact]
  std::vector<std::uint64_t> attitude_roots_;     // stems of the attitude words
};

template <typename Use>
void WordIndex::for_each_context_word(std::size_t fact, std::uint32_t begin, std::uint32_t end, Use use) const {
  const auto first = relation_words_.begin() + first_relation_word_[fact];
  const auto last = relation_words_.begin() + first_relation_word_[fact + 1];
  const auto at = std::lower_bound(first, last, begin, [](const RelationWord& w, std::uint32_t b) { return w.word.begin < b; });
  const auto from = at - std::min<std::ptrdiff_t>(at - first, static_cast<std::ptrdiff_t>(kContextWords));
  for (auto w = from; w != at; ++w) use(*w);
  std::size_t after = 0;
  for (auto w = at; w != last && after < kContextWords; ++w) {
    const bool is_inside = w->word.begin >= begin && w->word.end <= end;
    if (is_inside) continue;
    use(*w);
    ++after;
  }
}

}  // namespace factdeck::quizgen
