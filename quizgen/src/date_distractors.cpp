// Wrong options for a date (see date_distractors.hpp).
#include "date_distractors.hpp"

#include <algorithm>
#include <cstdlib>

#include "date_text.hpp"
#include "distractor_choice.hpp"

namespace factdeck::quizgen {

namespace {

// "Same era": how far a date distractor may be from the answer, in the asked unit.
constexpr long kMaxYears = 25;
constexpr long kMaxMonths = 48;
constexpr long kMaxDays = 3 * 366;

long max_distance(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::Year: return kMaxYears;
    case DatePrecision::Month: return kMaxMonths;
    case DatePrecision::Day: return kMaxDays;
  }
  return kMaxYears;
}

/// A date that another fact states for the same sentence frame (then it is not provably wrong).
bool is_date_stated_in_frame(const ValueIndex& index, const AskedSpan& asked, const DateValue& d) {
  return asked.frame_is_shared && index.is_date_stated_in_frame(asked.frame, d);
}

}  // namespace

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

}  // namespace factdeck::quizgen
