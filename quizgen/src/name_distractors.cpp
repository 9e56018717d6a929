// Wrong options for a name (see name_distractors.hpp).
#include "name_distractors.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <span>

#include "base/utf8.hpp"
#include "distractor_choice.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

// Bounds that keep the search per item constant-time. Buckets up to kScanWholeBucket values
// (every bucket of the shipped deck) are scanned whole; larger ones are sampled within a window
// of values first stated near the asked fact.
constexpr std::size_t kScanWholeBucket = 48;
constexpr std::size_t kNameSample = 24;
constexpr std::size_t kWindow = 512;
// Candidates looked at, once the options are full, for one written with "the" like the answer
// (the next best few; scanning the whole bucket for one cost a fifth of the build).
constexpr std::size_t kArticleSearch = 4;

/// True when the text starts with a Cyrillic letter (U+0400–U+04FF: lead bytes 0xD0–0xD3).
bool is_cyrillic(std::string_view text) {
  return !text.empty() && static_cast<unsigned char>(text.front()) >= 0xD0 && static_cast<unsigned char>(text.front()) <= 0xD3;
}

/// True when a wrong option of this type must be of the stem's era. A person, work or event a
/// few years away is out of the story. A place outlives the story, and a planet or a river is
/// no less a fair option for being named in another century; only where something happened ("in
/// _____", "at _____") must have been a place of that time, so there the article must mention it
/// within a few generations (Flagstaff, mentioned for 1930, is not where a planet was found in
/// 1781).
bool is_of_era_type(SpanType type, const Slot& slot) { return type != SpanType::Place || slot.is_location; }

int era_margin_years(SpanType type) {
  constexpr int kEraMarginYears = 5;
  constexpr int kPlaceEraMarginYears = 50;
  return type == SpanType::Place ? kPlaceEraMarginYears : kEraMarginYears;
}
/// The checks of a name candidate that read its forms and contexts: it names as many things as
/// the answer ("gas giants" for "a dwarf planet"), is stated with the slot's head noun when the
/// slot has one ("the trade bloc _____", "President _____", "_____, a village"), is not stated
/// in the same relation (may_also_be_true), and shares no root with the stem.
bool fits_the_slot(const ValueIndex& index, const AskedSpan& asked, std::uint32_t id) {
  const DeckValue& v = index.value(id);
  if (v.forms.empty()) return false;
  const std::size_t form = closest_form_of(index, id, asked.reference_words);
  // Options in one script: a Cyrillic name among Latin ones stands out.
  if (is_cyrillic(v.forms[form]) != is_cyrillic(canonical_of(asked_span(asked)))) return false;
  if (v.type != SpanType::Person && looks_plural(v.forms[form]) != asked.answer_is_plural) return false;
  if (asked.words == nullptr) return true;
  const WordIndex& words = *asked.words;
  if (is_of_era_type(v.type, asked.slot) && is_out_of_era(words, asked, id, era_margin_years(v.type))) return false;
  if (asked.head_stem != 0 && !words.is_in_context(id, asked.head_stem)) {
    const bool form_has_head = std::any_of(v.normalized.begin(), v.normalized.end(), [&](const std::string& f) {
      return fnv1a64(last_word(f)) == asked.head_normalized_hash;
    });
    if (!form_has_head) return false;
  }
  if (may_also_be_true(words, asked, id)) return false;
  // An option the stem names by a root or an adjective ("Kuiper Belt" beside "Gerard Kuiper").
  const Span& span = asked_span(asked);
  return !words.is_named_in(id, asked.fact_index, span.begin, span.end);
}

/// The candidates to score, as positions in `bucket`, in the order of their value ids (the order
/// the seeded jitter is drawn in): the whole bucket when it is small, else a seeded sample from
/// the values first stated near the asked fact (same era, and cache-friendly on huge articles).
/// Positions in a bucket, kept on the stack (this runs for every item).
struct Sample {
  std::array<std::uint32_t, kScanWholeBucket> positions{};
  std::size_t size = 0;
  [[nodiscard]] const std::uint32_t* begin() const { return positions.data(); }
  [[nodiscard]] const std::uint32_t* end() const { return positions.data() + size; }
};
static_assert(kNameSample <= kScanWholeBucket, "a sample fits where a whole small bucket does");

Sample sample_bucket(const ValueBucket& bucket, std::size_t fact_index, SplitMix64& rng) {
  const std::size_t size = bucket.values.size();
  Sample sample;
  if (size <= kScanWholeBucket) {
    sample.size = size;
    std::iota(sample.positions.begin(), sample.positions.begin() + static_cast<std::ptrdiff_t>(size), 0U);
    return sample;
  }
  const auto at = static_cast<std::size_t>(
      std::lower_bound(bucket.first_fact.begin(), bucket.first_fact.end(), fact_index) - bucket.first_fact.begin());
  const std::size_t window = std::min(size, kWindow);
  const std::size_t begin = std::min(size - window, at > window / 2 ? at - window / 2 : 0);
  for (std::size_t i = 0; i < kNameSample; ++i) {
    sample.positions[i] = static_cast<std::uint32_t>(begin + rng.below(window));
  }
  // A value sits at one position of a bucket, so equal positions are exactly equal values.
  const auto first = sample.positions.begin();
  const auto last = first + static_cast<std::ptrdiff_t>(kNameSample);
  std::sort(first, last, [&bucket](std::uint32_t a, std::uint32_t b) { return bucket.values[a] < bucket.values[b]; });
  sample.size = static_cast<std::size_t>(std::unique(first, last) - first);
  // The sampled traits are scattered over the window; asking for them all at once overlaps the
  // cache misses instead of waiting for each in turn (measured: the first read of a candidate's
  // traits was a fifth of the distractor search).
  for (std::uint32_t position : sample) __builtin_prefetch(&bucket.traits[position]);
  return sample;
}

/// `candidate` is value `id`'s traits, read from the bucket (a copy kept next to its
/// neighbours, so scoring does not miss the cache on every candidate).
bool is_fair_name(const ValueIndex& index, const AskedSpan& asked, std::uint64_t answer_surname,
                  std::uint32_t id, const ValueTraits& candidate) {
  // Values that share a form were merged into one when the index was built, so a different
  // value is never an alias of the answer; people with the same surname are kept apart here.
  if (id == asked.value) return false;
  if (answer_surname != 0 && answer_surname == candidate.surname) return false;
  // In a list, a value that some fact lists with the other members may belong there too.
  for (std::uint32_t mate : asked.list_mates) {
    if (mate == id || index.are_stated_together(mate, id)) return false;
  }
  return !is_value_stated_in_frame(index, asked, id);
}

/// 0 when the candidate is stated in the asked fact's section, growing with the distance in
/// sections: in a history article, values mentioned nearby belong to the same era and story,
/// so "Napoleon" is not offered for a question about 1922.
std::uint64_t distance_band(const ValueTraits& candidate, std::int32_t section) {
  std::int32_t gap = INT32_MAX;
  for (std::size_t i = 0; i < candidate.section_count; ++i) {
    const std::int32_t s = candidate.sections[i];
    gap = std::min(gap, s > section ? s - section : section - s);
  }
  if (gap == 0) return 0;
  if (gap <= 2) return 1;
  if (gap <= 5) return 2;
  return 3;
}

}  // namespace

std::vector<Distractor> pick_names(const ValueIndex& index, const AskedSpan& asked,
                                   std::size_t wanted, SplitMix64& rng) {
  const Span& span = asked_span(asked);
  struct Scored { std::uint64_t score; std::uint32_t id; };
  std::array<Scored, kScanWholeBucket> scored_slots{};  // at most one per sampled position
  std::size_t scored_count = 0;
  const auto reference = static_cast<long>(asked.reference_words);
  const auto answer_chars = static_cast<long>(count_code_points(canonical_of(span)));
  const ValueBucket& bucket = index.bucket(span.type, span.group);
  const std::uint64_t answer_surname = index.traits(asked.value).surname;
  for (std::uint32_t position : sample_bucket(bucket, asked.fact_index, rng)) {
    const std::uint32_t id = bucket.values[position];
    const ValueTraits& t = bucket.traits[position];
    if (!is_fair_name(index, asked, answer_surname, id, t)) continue;
    const std::size_t form = closest_form(t, asked.reference_words);
    // Same era first, then similar form (word count, then length), then a seeded jitter.
    const auto form_gap = static_cast<std::uint64_t>(
        std::labs(static_cast<long>(t.form_words[form]) - reference) * 8 +
        std::min(7L, std::labs(static_cast<long>(t.form_chars[form]) - answer_chars) / 4));
    const std::uint64_t band = distance_band(t, asked.fact->section);
    scored_slots[scored_count++] = {(band << 16) | (std::min<std::uint64_t>(form_gap, 255) << 8) | (rng.next() & 0xFF), id};
    // Any of them may be among the best few, whose value records are read next (each far from
    // the others): asking for them now lets the sort below run while they arrive.
    __builtin_prefetch(&index.value(id));
  }
  const std::span<Scored> scored(scored_slots.data(), scored_count);
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score < b.score : a.id < b.id;
  });
  // The best few are read next: their forms, each in arrays of their own.
  for (std::size_t i = 0; i < std::min(scored.size(), wanted + 1); ++i) {
    const DeckValue& v = index.value(scored[i].id);
    __builtin_prefetch(v.forms.data());
    __builtin_prefetch(v.normalized.data());
  }
  Chosen chosen(wanted);
  // The checks that read a candidate's forms and contexts run only on the best few.
  std::optional<std::uint32_t> same_article;  // the best fitting candidate written like the answer
  const bool answer_takes_the = asked.slot.determiner == SlotDeterminer::The ||
                                index.value(asked.value).form_takes_the(canonical_of(span));
  auto shown_takes_the = [&](std::uint32_t id) {
    const DeckValue& v = index.value(id);
    return v.form_takes_the(v.forms[closest_form_of(index, id, asked.reference_words)]);
  };
  std::size_t looked_past_full = 0;
  for (const Scored& s : scored) {
    if (chosen.options.size() == wanted && (same_article || looked_past_full == kArticleSearch)) break;
    if (chosen.options.size() == wanted) ++looked_past_full;
    if (!fits_the_slot(index, asked, s.id)) continue;
    const bool is_like_answer = shown_takes_the(s.id) == answer_takes_the;
    if (chosen.options.size() == wanted) {
      if (is_like_answer) same_article = s.id;
      continue;
    }
    const std::size_t before = chosen.options.size();
    add_value_if_fresh(chosen, index, asked, s.id);
    if (chosen.options.size() > before && is_like_answer) same_article = s.id;
  }
  // "the Soviet Union" among "France", "Germany" and "Great Britain" stands out: at least one
  // wrong option is written with "the" exactly when the answer is.
  const bool has_like_answer = std::any_of(chosen.options.begin(), chosen.options.end(), [&](const Distractor& d) {
    return shown_takes_the(d.value) == answer_takes_the;
  });
  if (!has_like_answer && !chosen.options.empty()) {
    if (!same_article) return {};
    chosen.options.pop_back();
    chosen.normalized.pop_back();
    add_value_if_fresh(chosen, index, asked, *same_article);
  }
  return std::move(chosen.options);
}


}  // namespace factdeck::quizgen
