#include "distractors.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <list>
#include <numeric>
#include <span>

#include "date_text.hpp"
#include "number_options.hpp"
#include "base/utf8.hpp"
#include "quizgen/normalize.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen {

namespace {

// Bounds that keep the search per item constant-time. Buckets up to kScanWholeBucket values
// (every bucket of the shipped deck) are scanned whole; larger ones are sampled within a window
// of values first stated near the asked fact.
constexpr std::size_t kScanWholeBucket = 48;
constexpr std::size_t kNameSample = 24;
constexpr std::size_t kWindow = 512;
constexpr std::size_t kNearestPool = 6;
// "Same era": how far a date distractor may be from the answer, in the asked unit.
constexpr long kMaxYears = 25;
constexpr long kMaxMonths = 48;
constexpr long kMaxDays = 3 * 366;
// Candidates looked at, once the options are full, for one written with "the" like the answer
// (the next best few; scanning the whole bucket for one cost a fifth of the build).
constexpr std::size_t kArticleSearch = 4;
constexpr double kMaxNumberRatio = 4.0;  // 53 AU: 16 or 105 AU are fair, 510 absurd
// A person's age: "only _____ years old when he died" for 53 is no question with 16 or 105, which
// anyone rules out; 36-79 reads as a lifetime.
constexpr double kMaxAgeRatio = 1.5;

long max_distance(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::Year: return kMaxYears;
    case DatePrecision::Month: return kMaxMonths;
    case DatePrecision::Day: return kMaxDays;
  }
  return kMaxYears;
}

const Span& asked_span(const AskedSpan& asked) { return asked.fact->spans[asked.span_index]; }

/// A date that another fact states for the same sentence frame (then it is not provably wrong).
bool is_date_stated_in_frame(const ValueIndex& index, const AskedSpan& asked, const DateValue& d) {
  return asked.frame_is_shared && index.is_date_stated_in_frame(asked.frame, d);
}

bool is_value_stated_in_frame(const ValueIndex& index, const AskedSpan& asked, std::uint32_t id) {
  return asked.frame_is_shared && index.is_stated_in_frame(asked.frame, id);
}

/// True when the stem already names the value in any of its forms (or a person by surname).
bool stem_names_value(const ValueIndex& index, const AskedSpan& asked, std::uint32_t value) {
  if (value == UINT32_MAX) return false;
  const DeckValue& v = index.value(value);
  for (const std::string& form : v.normalized) {
    if (contains_words(asked.normalized_stem, form)) return true;
    if (v.type == SpanType::Person && contains_words(asked.normalized_stem, last_word(form))) return true;
  }
  return false;
}

/// True when the text starts with a Cyrillic letter (U+0400–U+04FF: lead bytes 0xD0–0xD3).
bool is_cyrillic(std::string_view text) {
  return !text.empty() && static_cast<unsigned char>(text.front()) >= 0xD0 && static_cast<unsigned char>(text.front()) <= 0xD3;
}

/// True when two values share a root that names them ("Russia" and "the USSR" both say
/// "Soviet"): offered together, they are one answer twice, or one betrays the other.
bool share_cue(const WordIndex& words, std::uint32_t a, std::uint32_t b) {
  const std::vector<std::uint64_t>& x = words.cue_stems(a);
  const std::vector<std::uint64_t>& y = words.cue_stems(b);
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) return true;
    if (x[i] < y[j]) ++i;
    else ++j;
  }
  return false;
}

/// The wrong options chosen so far, with the normalized form of each: a view of the value's own
/// normalized form, or of a formatted date's kept in `owned` (a list never moves its strings).
struct Chosen {
  explicit Chosen(std::size_t wanted) {
    options.reserve(wanted + 1);  // room for the correct option, which the multiple choice adds
    normalized.reserve(wanted);
  }
  std::vector<Distractor> options;
  std::vector<std::string_view> normalized;
  std::list<std::string> owned;

  /// normalize_answer(display), kept as long as `this`.
  std::string_view keep_normalized(std::string_view display) {
    return owned.emplace_back(normalize_answer(display));
  }
};

/// Adds `display` (whose normalize_answer is `normalized`) unless it is empty, repeats an option
/// already chosen or a word group of the stem. `normalized` must outlive `chosen`.
void add_if_fresh(Chosen& chosen, const ValueIndex& index, const AskedSpan& asked, std::string_view display,
                  std::string_view normalized, std::uint32_t value, double order = 0) {
  if (normalized.empty() || contains_words(asked.normalized_stem, normalized)) return;
  if (stem_names_value(index, asked, value)) return;
  if (asked.words != nullptr && value != UINT32_MAX) {
    if (share_cue(*asked.words, value, asked.value)) return;
    for (const Distractor& earlier : chosen.options) {
      if (earlier.value != UINT32_MAX && share_cue(*asked.words, value, earlier.value)) return;
    }
  }
  for (std::string_view earlier : chosen.normalized) {
    if (earlier == normalized) return;
  }
  chosen.options.push_back(Distractor{std::string(display), value, order});
  chosen.normalized.push_back(normalized);
}

/// add_if_fresh for a stated name or number, shown in the form closest to the reference word
/// count; forms[i] and normalized[i] are parallel (ValueIndex keeps them so), so no normalizing.
void add_value_if_fresh(Chosen& chosen, const ValueIndex& index, const AskedSpan& asked,
                        std::uint32_t id, double order = 0) {
  const DeckValue& v = index.value(id);
  if (v.date) {
    const std::string display = format_date_human(*v.date);
    add_if_fresh(chosen, index, asked, display, chosen.keep_normalized(display), id, order);
    return;
  }
  if (v.forms.empty()) return;  // display_of shows "", which add_if_fresh would refuse
  const std::size_t form = closest_form_of(index, id, asked.reference_words);
  add_if_fresh(chosen, index, asked, v.forms[form], v.normalized[form], id, order);
}

// ---- Dates ----

std::vector<Distractor> pick_dates(const ValueIndex& index, const AskedSpan& asked,
                                   std::size_t wanted, SplitMix64& rng) {
  const DateValue answer = *index.value(asked.value).date;
  const auto& pool = answer.end ? index.ranges(answer.precision) : index.dates(answer.precision);
  const long origin = date_ordinal(answer.start, answer.precision);
  const auto at = std::lower_bound(pool.begin(), pool.end(), answer, date_less) - pool.begin();
  std::vector<DateValue> nearest;
  // Walk outwards from the answer, nearest first, keeping dates of the same era.
  for (std::ptrdiff_t lo = at - 1, hi = at; nearest.size() < kNearestPool && (lo >= 0 || hi < std::ssize(pool));) {
    const bool take_hi = lo < 0 || (hi < std::ssize(pool) &&
        date_ordinal(pool[static_cast<std::size_t>(hi)].start, answer.precision) - origin <=
            origin - date_ordinal(pool[static_cast<std::size_t>(lo)].start, answer.precision));
    const DateValue& d = pool[static_cast<std::size_t>(take_hi ? hi++ : lo--)];
    if (std::labs(date_ordinal(d.start, answer.precision) - origin) > max_distance(answer.precision)) continue;
    if (d == answer || is_date_stated_in_frame(index, asked, d)) continue;
    if (asked.date_before && !is_date_before(d, *asked.date_before)) continue;
    if (asked.date_after && !is_date_before(*asked.date_after, d)) continue;
    nearest.push_back(d);
  }
  shuffle_with(nearest, rng);
  Chosen chosen(wanted);
  for (const DateValue& d : nearest) {
    if (chosen.options.size() == wanted) break;
    const std::string display = format_date_human(d);
    add_if_fresh(chosen, index, asked, display, chosen.keep_normalized(display), UINT32_MAX,
                 static_cast<double>(date_ordinal(d.start, DatePrecision::Day)));
  }
  return std::move(chosen.options);
}

// ---- Numbers ----

/// A stated number that can stand as a wrong option, as it is shown in the answer's unit.
struct NumberCandidate {
  std::uint32_t id = 0;
  NumberValue shown;
};

/// The fair numbers nearest the answer: a walk outwards from the answer through the pool, which
/// is sorted by number_key, so comparable numbers lie together ("8.8 km" beside "8,848 m"); each
/// side ends at the first number of another kind or not within `max_ratio` of the answer.
std::vector<NumberCandidate> nearest_numbers(const ValueIndex& index, const AskedSpan& asked, const NumberValue& answer,
                                             double max_ratio) {
  const std::vector<std::uint32_t>& pool = index.numbers(asked_span(asked).group);
  const NumberKey key = number_key(answer);
  const std::ptrdiff_t at = std::lower_bound(pool.begin(), pool.end(), key, [&](std::uint32_t id, const NumberKey& k) {
    return index.number_key(id) < k;
  }) - pool.begin();
  std::vector<NumberCandidate> nearest;
  bool is_lo_open = true;
  bool is_hi_open = true;
  for (std::ptrdiff_t lo = at - 1, hi = at; nearest.size() < kNearestPool;) {
    is_lo_open = is_lo_open && lo >= 0;
    is_hi_open = is_hi_open && hi < std::ssize(pool);
    if (!is_lo_open && !is_hi_open) break;
    const bool take_hi = !is_lo_open || (is_hi_open && (at - lo) > (hi - at));
    const std::uint32_t id = pool[static_cast<std::size_t>(take_hi ? hi++ : lo--)];
    const NumberKey& other = index.number_key(id);
    if (other.kind != key.kind || !is_same_magnitude(key.magnitude, other.magnitude, max_ratio)) {
      (take_hi ? is_hi_open : is_lo_open) = false;
      continue;
    }
    if (id == asked.value || is_value_stated_in_frame(index, asked, id)) continue;
    std::optional<NumberValue> shown = fair_option(answer, *index.value(id).number, asked.is_approximate);
    if (!shown || shown->value <= asked.min_number || shown->value >= asked.max_number) continue;
    nearest.push_back(NumberCandidate{id, std::move(*shown)});
  }
  return nearest;
}

/// True when the span is a person's age: "_____ years old", "a _____-year-old", "aged _____",
/// "at the age of _____".
bool is_age(const AskedSpan& asked) {
  const std::string_view text = asked.fact->text;
  const Span& span = asked_span(asked);
  const std::string_view after = text.substr(span.end);
  const std::string_view before = text.substr(0, span.begin);
  return after.starts_with(" years old") || after.starts_with(" year old") || after.starts_with("-year-old") ||
         before.ends_with("aged ") || before.ends_with("age of ");
}

std::vector<Distractor> pick_numbers(const ValueIndex& index, const AskedSpan& asked,
                                     std::size_t wanted, SplitMix64& rng) {
  const Span& span = asked_span(asked);
  const NumberValue answer = span.number ? with_written_unit(*span.number, span.text) : *index.value(asked.value).number;
  std::vector<NumberCandidate> nearest = nearest_numbers(index, asked, answer, is_age(asked) ? kMaxAgeRatio : kMaxNumberRatio);
  shuffle_with(nearest, rng);
  Chosen chosen(wanted);
  for (const NumberCandidate& candidate : nearest) {
    if (chosen.options.size() == wanted) break;
    if (candidate.shown.unit == index.value(candidate.id).number->unit) {
      add_value_if_fresh(chosen, index, asked, candidate.id, candidate.shown.value);
      continue;
    }
    // Stated in another unit of the dimension: shown converted, "about 8,800 m" for "about 8.8 km".
    const std::string display = format_number_value(candidate.shown, true, index.number_style());
    add_if_fresh(chosen, index, asked, display, chosen.keep_normalized(display), candidate.id, candidate.shown.value);
  }
  return std::move(chosen.options);
}

// ---- Names (people, places, organizations, events, terms) ----

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

/// Index of the form whose word count is closest to `reference_words` (the first on ties).
std::size_t closest_form(const ValueTraits& t, std::size_t reference_words) {
  std::size_t best = 0;
  std::size_t best_gap = SIZE_MAX;
  for (std::size_t i = 0; i < t.form_count; ++i) {
    const std::size_t words = t.form_words[i];
    const std::size_t gap = words > reference_words ? words - reference_words : reference_words - words;
    if (gap < best_gap) { best = i; best_gap = gap; }
  }
  return best;
}

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

}  // namespace

bool is_date_before(const DateValue& a, const DateValue& b) {
  const DatePrecision p = std::min(a.precision, b.precision);
  return date_ordinal(reduce_date(a, p).start, p) < date_ordinal(reduce_date(b, p).start, p);
}

bool is_out_of_era(const WordIndex& words, const AskedSpan& asked, std::uint32_t candidate, int margin_years) {
  const YearSpan stem = words.era_of_fact(asked.fact_index);
  const YearSpan era = words.era_of(candidate);
  if (!stem.is_known() || !era.is_known()) return false;
  return era.to + margin_years < stem.from || era.from - margin_years > stem.to;
}

bool may_also_be_true(const WordIndex& words, const AskedSpan& asked, std::uint32_t candidate) {
  std::size_t shared = 0;
  for (std::uint64_t stem : asked.relation_stems) {
    if (words.is_in_context(candidate, stem) && ++shared >= 2) return true;
  }
  return false;
}

namespace {

bool is_list_joint(std::string_view between) {
  for (std::string_view joint : {", ", " and ", ", and ", " or ", ", or ", " & "}) {
    if (between == joint) return true;
  }
  return false;
}

}  // namespace

std::vector<std::uint32_t> find_list_mates(const ValueIndex& index, const Fact& fact,
                                           std::size_t fact_index, std::size_t span_index) {
  // Walk left and right from the span while neighbours are joined like list members.
  std::vector<std::uint32_t> mates;
  auto is_member = [&](const Span& a, const Span& b) {
    const Span& first = a.begin < b.begin ? a : b;
    const Span& second = a.begin < b.begin ? b : a;
    return a.type == b.type && first.end <= second.begin &&
           is_list_joint(std::string_view(fact.text).substr(first.end, second.begin - first.end));
  };
  for (std::size_t i = span_index; i > 0 && is_member(fact.spans[i - 1], fact.spans[i]); --i) {
    mates.push_back(index.value_of(fact_index, i - 1));
  }
  for (std::size_t i = span_index; i + 1 < fact.spans.size() && is_member(fact.spans[i], fact.spans[i + 1]); ++i) {
    mates.push_back(index.value_of(fact_index, i + 1));
  }
  return mates;
}

std::size_t word_count(std::string_view text) {
  std::size_t count = 0;
  bool in_word = false;
  for (char c : text) {
    const bool is_space = c == ' ';
    if (!is_space && !in_word) ++count;
    in_word = !is_space;
  }
  return count;
}

std::string display_of(const ValueIndex& index, std::uint32_t value, std::size_t reference_words) {
  const DeckValue& v = index.value(value);
  if (v.date) return format_date_human(*v.date);
  if (v.forms.empty()) return std::string();
  return v.forms[closest_form_of(index, value, reference_words)];
}

std::size_t closest_form_of(const ValueIndex& index, std::uint32_t value, std::size_t reference_words) {
  return closest_form(index.traits(value), reference_words);
}

std::vector<Distractor> pick_distractors(const ValueIndex& index, const AskedSpan& asked,
                                         std::size_t wanted, SplitMix64& rng) {
  const DeckValue& answer = index.value(asked.value);
  if (answer.type == SpanType::Date) {
    return answer.date ? pick_dates(index, asked, wanted, rng) : std::vector<Distractor>{};
  }
  if (answer.type == SpanType::Number) {
    return answer.number ? pick_numbers(index, asked, wanted, rng) : std::vector<Distractor>{};
  }
  return pick_names(index, asked, wanted, rng);
}

}  // namespace factdeck::quizgen
