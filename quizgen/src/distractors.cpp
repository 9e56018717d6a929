#include "distractors.hpp"

#include <algorithm>

#include "date_distractors.hpp"
#include "date_text.hpp"
#include "distractor_choice.hpp"
#include "name_distractors.hpp"
#include "number_distractors.hpp"

namespace factdeck::quizgen {

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