// Wrong options for a number (see number_distractors.hpp).
#include "number_distractors.hpp"

#include <algorithm>

#include "distractor_choice.hpp"
#include "number_options.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen {

namespace {

constexpr double kMaxNumberRatio = 4.0;  // 53 AU: 16 or 105 AU are fair, 510 absurd
// A person's age: "only _____ years old when he died" for 53 is no question with 16 or 105, which
// anyone rules out; 36-79 reads as a lifetime.
constexpr double kMaxAgeRatio = 1.5;

/// A stated number that can stand as a wrong option, as it is shown in the answer's unit.
struct NumberCandidate {
  std::uint32_t id = 0;
  NumberValue shown;
};

/// True when `shown` (in the answer's unit) states about the amount of a number another fact
/// gives for the same quantity of the asked fact's subject ("[Earth]'s equatorial radius is
/// [6,378 km]" for "[Earth] has a mean radius of _____"): offered as wrong, it may be true. The
/// same quantity: a number of the same kind in a fact that says one of the asked fact's relation
/// words outside its spans ("radius"; a group only says the kind of quantity: Voyager 1 was
/// about 94 AU out at the termination shock and 121 AU at the heliopause). A place or a thing the sentence only
/// mentions is no subject ("in western [Argentina]"), so Aconcagua's height stays a fair option
/// for another mountain of Argentina. Reads at most kSubjectNumbers numbers.
bool is_near_subject_value(const ValueIndex& index, const AskedSpan& asked, const NumberValue& answer,
                           const NumberValue& shown) {
  constexpr std::size_t kSubjectNumbers = 64;  // a real subject has a handful; bounds pathological input
  if (asked.subjects == nullptr) return false;
  const std::optional<std::uint32_t> subject = asked.subjects->subject_of(asked.fact_index);
  if (!subject) return false;
  const std::uint64_t kind = index.number_key(asked.value).kind;
  std::size_t read = 0;
  for (const SubjectNumber& stated : asked.subjects->numbers_about(*subject)) {
    if (++read > kSubjectNumbers) break;
    // The asked fact's other numbers are in the stem, which no option repeats anyway.
    if (stated.fact == asked.fact_index || index.number_key(stated.value).kind != kind) continue;
    if (!asked.subjects->says_outside_spans(stated.fact, asked.relation_stems)) continue;
    const std::optional<NumberValue> in_unit = number_in_unit(*index.value(stated.value).number, answer.unit);
    if (in_unit && states_about_the_same(answer, *in_unit, shown)) return true;
  }
  return false;
}

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
    if (is_near_subject_value(index, asked, answer, *shown)) continue;
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

}  // namespace

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

}  // namespace factdeck::quizgen
