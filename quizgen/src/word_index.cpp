#include "word_index.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <thread>
#include <unordered_map>

#include "stem_checks.hpp"
#include "base/item_id.hpp"
#include "base/prng.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::uint32_t kDistinctiveForms = 2;  // a word in the forms of more values is generic

std::uint64_t context_key(std::uint32_t value, std::uint64_t stem) { return stem ^ mix64(value + 0x9e37ULL); }

/// A word is a relation word when at most this many facts say it: in a 300-fact history, a
/// word in 35 facts ("Soviet", "Germany") says nothing about any one relation.
std::size_t rare_limit(std::size_t fact_count) {
  return std::max<std::size_t>(4, static_cast<std::size_t>(2.0 * std::sqrt(static_cast<double>(fact_count))));
}

std::uint64_t pair_key(std::uint64_t first, std::uint64_t second) { return mix64(first) ^ (second * 0x9E3779B97F4A7C15ULL); }

bool is_digits(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Calls `use` with each regular adjective and demonym of a name's word, built in `buffer`:
/// "russia" -> "russian", "victoria" -> "victorian", "chile" -> "chilean", "italy" -> "italian",
/// "argentina" -> "argentine", "japan" -> "japanese", "marx" -> "marxist"/"marxism", "napoleon"
/// -> "napoleonic".
template <typename Use>
void for_each_derived_word(std::string_view word, std::string& buffer, Use&& use) {
  if (word.size() < 4) return;
  auto derive = [&](std::string_view base, std::string_view suffix) {
    buffer.assign(base);
    buffer += suffix;
    use(std::string_view(buffer));
  };
  for (std::string_view suffix : {"n", "an", "ian", "ese", "ish", "ist", "ism", "ite", "ic", "s"}) derive(word, suffix);
  const char last = word.back();
  if (last == 'a' || last == 'e' || last == 'y' || last == 'o') {
    const std::string_view base = word.substr(0, word.size() - 1);
    for (std::string_view suffix : {"", "an", "ian", "ese", "e", "ic", "ist"}) derive(base, suffix);
  }
}

/// Calls `use` with each name an adjective or demonym of the answer may come from, built in
/// `buffer`: "victorian" -> "victoria", "japanese" -> "japan", "italian" -> "italy", "marxist" ->
/// "marx", "napoleonic" -> "napoleon" (so "Queen Victoria" in a stem names "the Victorian era").
template <typename Use>
void for_each_base_word(std::string_view word, std::string& buffer, Use&& use) {
  for (std::string_view suffix : {"n", "an", "ian", "ese", "ish", "ist", "ism", "ite", "ic"}) {
    if (word.size() < suffix.size() + 4 || !word.ends_with(suffix)) continue;
    const std::string_view base = word.substr(0, word.size() - suffix.size());
    use(base);
    for (char vowel : {'a', 'e', 'y', 'o'}) {
      buffer.assign(base);
      buffer += vowel;
      use(std::string_view(buffer));
    }
  }
}

}  // namespace

bool SpanRanges::holds(const StemmedWord& word) const {
  const auto after = std::upper_bound(ranges_.begin(), ranges_.end(), std::pair{word.begin, UINT32_MAX});
  if (after == ranges_.begin()) return false;
  const auto& [begin, end] = *std::prev(after);
  return word.begin >= begin && word.end <= end;
}

SpanRanges date_and_number_spans(const Fact& fact) {
  return SpanRanges(fact, [](const Span& span) { return span.type == SpanType::Date || span.type == SpanType::Number; });
}

WordIndex::WordIndex(const Article& article) {
  WordStemmer stemmer;
  split_facts(article, stemmer);
  find_rare_words(article.facts.size());
  find_relation_words(article);
}

const StemmedWord* WordIndex::word_at(std::size_t fact, std::uint32_t begin) const {
  const std::span<const StemmedWord> words = words_of(fact);
  const auto at = std::lower_bound(words.begin(), words.end(), begin,
                                   [](const StemmedWord& w, std::uint32_t b) { return w.begin < b; });
  return at != words.end() && at->begin == begin ? &*at : nullptr;
}

void WordIndex::find_relation_words(const Article& article) {
  first_relation_word_.reserve(article.facts.size() + 1);
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    first_relation_word_.push_back(static_cast<std::uint32_t>(relation_words_.size()));
    const Fact& fact = article.facts[f];
    const SpanRanges dates_and_numbers = date_and_number_spans(fact);
    for (const StemmedWord& w : words_of(f)) {
      if (!is_relation_word(w) || dates_and_numbers.holds(w)) continue;
      relation_words_.push_back({w, is_digits(std::string_view(fact.text).substr(w.begin, w.end - w.begin))});
    }
  }
  first_relation_word_.push_back(static_cast<std::uint32_t>(relation_words_.size()));
}

void WordIndex::add_values(const Article& article, const ValueIndex& values, bool is_threaded) {
  // The cue roots write only cues_ and stem with a stemmer of their own (a stemmer is not
  // thread-safe): they run beside the contexts and eras, which write the other members.
  auto cues = [this, &values] {
    WordStemmer stemmer;
    collect_cues(values, stemmer);
  };
  std::jthread helper;
  if (is_threaded) helper = std::jthread(cues);
  collect_contexts(article, values);
  add_untagged_mentions(article, values);
  fill_unknown_eras(article, values);
  leaders_ = find_leaders(article, values);
  if (!is_threaded) cues();
}

void WordIndex::add_untagged_mentions(const Article& article, const ValueIndex& values) {
  // "George Eliot's first novel, Adam Bede, appeared in 1859" dates George Eliot although her
  // name is not tagged there: a dated fact that says a person's unique surname mentions them.
  std::unordered_map<std::uint64_t, std::uint32_t> person_by_surname;
  WordStemmer stemmer;
  for (std::uint32_t id = 0; id < values.value_count(); ++id) {
    const DeckValue& v = values.value(id);
    if (v.type != SpanType::Person || v.normalized.empty() || !values.is_surname_unique(id)) continue;
    if (!values.is_root(id)) continue;
    person_by_surname.emplace(stemmer.stem_hash(last_word(v.normalized.front())), id);
  }
  if (person_by_surname.empty()) return;
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const YearSpan fact_era = fact_eras_[f];
    if (!fact_era.is_known()) continue;
    const Fact& fact = article.facts[f];
    const SpanRanges tagged(fact, [](const Span&) { return true; });
    for (const StemmedWord& w : words_of(f)) {
      const char first = fact.text[w.begin];
      if (first < 'A' || first > 'Z') continue;
      // A tagged mention is dated by collect_contexts, which knows that a birth is not yet an
      // active life ("Charles Dickens was born ... in 1812" must not make him an author of 1811);
      // a surname inside another tagged name is that thing's ("Halley's Comet" of 1986 does not
      // make Edmond Halley, dated 1758, a discoverer of 1930).
      if (tagged.holds(w)) continue;
      const auto it = person_by_surname.find(w.stem);
      if (it == person_by_surname.end()) continue;
      YearSpan& era = eras_[it->second];
      era.from = era.is_known() ? std::min(era.from, fact_era.from) : fact_era.from;
      era.to = std::max(era.to, fact_era.to);
    }
  }
}

void WordIndex::fill_unknown_eras(const Article& article, const ValueIndex& values) {
  // A value the article tags only in undated facts ("Anne Brontë wrote as Acton Bell") belongs
  // to the years of the sections that state it (the Brontës' section runs from 1847 to 1857).
  std::vector<YearSpan> section_eras(article.sections.size());
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const int section = article.facts[f].section;
    if (section < 0 || static_cast<std::size_t>(section) >= section_eras.size() || !fact_eras_[f].is_known()) continue;
    YearSpan& era = section_eras[static_cast<std::size_t>(section)];
    era.from = era.is_known() ? std::min(era.from, fact_eras_[f].from) : fact_eras_[f].from;
    era.to = std::max(era.to, fact_eras_[f].to);
  }
  for (std::uint32_t id = 0; id < values.value_count(); ++id) {
    if (eras_[id].is_known()) continue;
    for (std::int32_t section : values.value(id).sections) {
      if (section < 0 || static_cast<std::size_t>(section) >= section_eras.size()) continue;
      const YearSpan& s = section_eras[static_cast<std::size_t>(section)];
      if (!s.is_known()) continue;
      eras_[id].from = eras_[id].is_known() ? std::min(eras_[id].from, s.from) : s.from;
      eras_[id].to = std::max(eras_[id].to, s.to);
    }
  }
  // An undated stem belongs to its section's years too: "President _____ had Brasília built"
  // sits among the facts of 1956-60, so Simón Bolívar (1820s) is no option for it.
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const int section = article.facts[f].section;
    if (fact_eras_[f].is_known() || section < 0 || static_cast<std::size_t>(section) >= section_eras.size()) continue;
    fact_eras_[f] = section_eras[static_cast<std::size_t>(section)];
  }
}

void WordIndex::split_facts(const Article& article, WordStemmer& stemmer) {
  first_word_.reserve(article.facts.size() + 1);
  fact_eras_.reserve(article.facts.size());
  fact_kinds_.reserve(article.facts.size());
  std::vector<std::uint64_t> opinion_roots;
  for (std::string_view word : {"argue", "believe", "thought", "think", "claim", "would", "could", "might", "may",
                                "perhaps", "probably", "suggest", "consider", "regarded", "expected", "hoped",
                                "feared", "seemed", "likely"}) {
    opinion_roots.push_back(stemmer.stem_hash(word));
  }
  // Attitudes: "Churchill was appalled by the _____" and "hated by _____" fit many people and
  // many things, so neither the holder nor the object can be asked, nor swapped into a false
  // statement (an attitude is an opinion held).
  for (std::string_view word : {"appalled", "hated", "admired", "despised", "detested", "loathed", "disliked",
                                "distrusted", "mistrusted", "loved", "shocked", "outraged", "horrified",
                                "disgusted", "impressed", "delighted", "praised", "criticised", "criticized",
                                "condemned", "resented", "scorned", "ridiculed"}) {
    attitude_roots_.push_back(stemmer.stem_hash(word));
  }
  std::vector<std::uint64_t> pronoun_roots;
  for (std::string_view word : {"he", "his", "him", "himself", "she", "her", "hers", "herself"}) {
    pronoun_roots.push_back(stemmer.stem_hash(word));
  }
  for (const Fact& fact : article.facts) {
    const std::size_t first = words_.size();
    first_word_.push_back(static_cast<std::uint32_t>(first));
    stemmer.split(fact.text, words_);
    FactKind kind;
    const SpanRanges dates_and_numbers = date_and_number_spans(fact);
    for (std::size_t i = first; i < words_.size(); ++i) {
      const std::uint64_t stem = words_[i].stem;
      // "May" in "26 May 1897" is a month, not a hedge.
      const bool is_opinion_word = std::find(opinion_roots.begin(), opinion_roots.end(), stem) != opinion_roots.end() &&
                                   !dates_and_numbers.holds(words_[i]);
      const bool is_attitude_word = std::find(attitude_roots_.begin(), attitude_roots_.end(), stem) != attitude_roots_.end();
      kind.has_attitude = kind.has_attitude || is_attitude_word;
      kind.is_opinion = kind.is_opinion || is_opinion_word || is_attitude_word;
      kind.has_pronoun = kind.has_pronoun || std::find(pronoun_roots.begin(), pronoun_roots.end(), stem) != pronoun_roots.end();
    }
    const std::string_view reference = reference_to_another_sentence(fact);
    kind.reference_begin = static_cast<std::uint32_t>(reference.data() - fact.text.data());
    kind.reference_size = static_cast<std::uint32_t>(reference.size());
    fact_kinds_.push_back(kind);
    YearSpan era;
    for (const Span& span : fact.spans) {
      // "4.6 billion years ago" is deep time, not the era of the names a section states.
      if (!span.date || span.date->period == DatePeriod::YearsAgo) continue;
      const std::int64_t from = span.date->start.year;
      const std::int64_t to = span.date->end ? span.date->end->year : from;
      era = era.is_known() ? YearSpan{std::min(era.from, from), std::max(era.to, to)} : YearSpan{from, to};
    }
    fact_eras_.push_back(era);
  }
  first_word_.push_back(static_cast<std::uint32_t>(words_.size()));
}

void WordIndex::find_rare_words(std::size_t fact_count) {
  std::unordered_map<std::uint64_t, std::uint32_t> facts_saying;
  std::vector<std::uint64_t> in_this_fact;  // sorted, not searched: a fact may have thousands of words
  for (std::size_t f = 0; f + 1 < first_word_.size(); ++f) {
    in_this_fact.clear();
    for (const StemmedWord& w : words_of(f)) {
      if (!w.is_function_word) in_this_fact.push_back(w.stem);
    }
    std::sort(in_this_fact.begin(), in_this_fact.end());
    in_this_fact.erase(std::unique(in_this_fact.begin(), in_this_fact.end()), in_this_fact.end());
    for (const std::uint64_t stem : in_this_fact) ++facts_saying[stem];
  }
  const std::size_t limit = rare_limit(fact_count);
  for (const auto& [stem, count] : facts_saying) {
    if (count <= limit) rare_.insert(stem);
  }
}

void WordIndex::collect_contexts(const Article& article, const ValueIndex& values) {
  eras_.assign(values.value_count(), YearSpan{});
  context_bits_.assign(values.value_count(), {0, 0});
  constexpr int kYearsBeforeActive = 15;  // a person born in 1812 publishes no novel in 1813
  const std::uint64_t born = WordStemmer().stem_hash("born");
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    const std::span<const StemmedWord> words = words_of(f);
    const bool tells_birth = std::any_of(words.begin(), words.end(), [born](const StemmedWord& w) { return w.stem == born; });
    for (std::size_t s = 0; s < fact.spans.size(); ++s) {
      const Span& span = fact.spans[s];
      const std::uint32_t value = values.value_of(f, s);
      YearSpan fact_era = fact_eras_[f];
      if (tells_birth && span.type == SpanType::Person && fact_era.is_known()) {
        fact_era.from += kYearsBeforeActive;
        fact_era.to = std::max(fact_era.to, fact_era.from);
      }
      YearSpan& era = eras_[value];
      if (fact_era.is_known()) {
        era.from = era.is_known() ? std::min(era.from, fact_era.from) : fact_era.from;
        era.to = std::max(era.to, fact_era.to);
      }
      for_each_context_word(f, static_cast<std::uint32_t>(span.begin), static_cast<std::uint32_t>(span.end),
                            [&](const RelationWord& w) {
                              if (w.is_digits) return;
                              contexts_.insert(context_key(value, w.word.stem));
                              context_bits_[value][(w.word.stem >> 6) & 1] |= 1ULL << (w.word.stem & 63);
                            });
    }
  }
}

void WordIndex::collect_cues(const ValueIndex& values, WordStemmer& stemmer) {
  // Distinctive words: the stems of a value's forms, unless the forms of several values share
  // them ("treaty", "river", "national").
  cues_.assign(values.value_count(), {});
  std::unordered_map<std::uint64_t, std::uint32_t> values_saying;
  std::vector<StemmedWord> form_words;
  std::string derived;
  for (std::uint32_t id = 0; id < values.value_count(); ++id) {
    const DeckValue& v = values.value(id);
    if (v.type == SpanType::Date || v.type == SpanType::Number) continue;
    std::vector<std::uint64_t>& cues = cues_[id];
    for (const std::string& form : v.normalized) {
      form_words.clear();
      stemmer.split(form, form_words);
      const StemmedWord* previous = nullptr;
      for (const StemmedWord& w : form_words) {
        if (w.is_function_word) continue;
        if (std::find(cues.begin(), cues.end(), w.stem) == cues.end()) cues.push_back(w.stem);
        if (previous != nullptr) {
          const std::uint64_t pair = pair_key(previous->stem, w.stem);
          if (std::find(cues.begin(), cues.end(), pair) == cues.end()) cues.push_back(pair);
        }
        previous = &w;
      }
    }
    for (std::uint64_t stem : cues) ++values_saying[stem];
  }
  for (std::uint32_t id = 0; id < values.value_count(); ++id) {
    const DeckValue& v = values.value(id);
    std::vector<std::uint64_t>& cues = cues_[id];
    // A word pair is as distinctive as a word: "Red Army" is in few names, "red" in many.
    std::erase_if(cues, [&](std::uint64_t stem) { return values_saying[stem] > kDistinctiveForms; });
    for (const std::string& form : v.normalized) {
      for (std::string_view adjective : adjectives_of(form)) cues.push_back(stemmer.stem_hash(adjective));
      if (v.type == SpanType::Date || v.type == SpanType::Number) continue;
      // "Victoria" in "Queen Victoria" gives "Victorian"; "Marx" gives "Marxist".
      std::size_t begin = 0;
      while (begin < form.size()) {
        std::size_t end = form.find(' ', begin);
        if (end == std::string::npos) end = form.size();
        const std::string_view word = std::string_view(form).substr(begin, end - begin);
        begin = end + 1;
        if (is_function_word(word) || values_saying[stemmer.stem_hash(word)] > kDistinctiveForms) continue;
        for_each_derived_word(word, derived, [&](std::string_view d) { cues.push_back(fnv1a64(d)); });
        for_each_base_word(word, derived, [&](std::string_view d) { cues.push_back(fnv1a64(d)); });
      }
    }
    std::sort(cues.begin(), cues.end());
    cues.erase(std::unique(cues.begin(), cues.end()), cues.end());
  }
}

std::span<const StemmedWord> WordIndex::words_of(std::size_t fact) const {
  return std::span<const StemmedWord>(words_.data() + first_word_[fact], first_word_[fact + 1] - first_word_[fact]);
}

bool WordIndex::is_in_context(std::uint32_t value, std::uint64_t stem) const {
  const bool may_be_in = (context_bits_[value][(stem >> 6) & 1] >> (stem & 63)) & 1ULL;
  return may_be_in && contexts_.contains(context_key(value, stem));
}

const std::vector<std::uint64_t>& WordIndex::cue_stems(std::uint32_t value) const { return cues_[value]; }

YearSpan WordIndex::era_of(std::uint32_t value) const { return eras_[value]; }

bool WordIndex::is_tied_to_attitude(std::size_t fact, std::uint32_t begin, std::uint32_t end) const {
  if (!fact_kinds_[fact].has_attitude) return false;
  const std::span<const StemmedWord> words = words_of(fact);
  auto is_attitude = [&](const StemmedWord& w) {
    return std::find(attitude_roots_.begin(), attitude_roots_.end(), w.stem) != attitude_roots_.end();
  };
  // Walk away from the span on each side over function words only; an attitude word reached
  // that way governs the span.
  const auto after = std::find_if(words.begin(), words.end(), [&](const StemmedWord& w) { return w.begin >= end; });
  for (auto w = after; w != words.end(); ++w) {
    if (is_attitude(*w)) return true;
    if (!w->is_function_word) break;
  }
  auto before = std::find_if(words.begin(), words.end(), [&](const StemmedWord& w) { return w.end > begin; });
  while (before != words.begin()) {
    --before;
    if (is_attitude(*before)) return true;
    if (!before->is_function_word) break;
  }
  return false;
}

bool WordIndex::is_named_in(std::uint32_t value, std::size_t fact, std::uint32_t skip_begin, std::uint32_t skip_end) const {
  const std::vector<std::uint64_t>& cues = cues_[value];
  if (cues.empty()) return false;
  // The words near the span: all of a real sentence's, and a bounded number of a pathological
  // fact's (thousands of spans would make this quadratic).
  const std::span<const StemmedWord> all = words_of(fact);
  const auto at = std::lower_bound(all.begin(), all.end(), skip_begin,
                                   [](const StemmedWord& w, std::uint32_t b) { return w.begin < b; });
  const auto after = std::lower_bound(at, all.end(), skip_end,
                                      [](const StemmedWord& w, std::uint32_t e) { return w.begin < e; });
  const auto from = at - std::min<std::ptrdiff_t>(at - all.begin(), static_cast<std::ptrdiff_t>(kNearWords));
  const auto to = after + std::min<std::ptrdiff_t>(all.end() - after, static_cast<std::ptrdiff_t>(kNearWords));
  const StemmedWord* previous = nullptr;
  for (const StemmedWord& w : std::span<const StemmedWord>(from, to)) {
    if (w.is_function_word) continue;
    if (w.begin >= skip_begin && w.end <= skip_end) {
      previous = nullptr;
      continue;
    }
    // A derived adjective is kept as written ("victorian"), matched by the word or its stem.
    if (std::binary_search(cues.begin(), cues.end(), w.stem) || std::binary_search(cues.begin(), cues.end(), w.word)) {
      return true;
    }
    if (previous != nullptr && std::binary_search(cues.begin(), cues.end(), pair_key(previous->stem, w.stem))) return true;
    previous = &w;
  }
  return false;
}

}  // namespace factdeck::quizgen
