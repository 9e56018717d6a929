// The checks every wrong option passes (see distractor_choice.hpp).
#include "distractor_choice.hpp"

#include "date_text.hpp"
#include "quizgen/normalize.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen {

bool is_value_stated_in_frame(const ValueIndex& index, const AskedSpan& asked, std::uint32_t id) {
  return asked.frame_is_shared && index.is_stated_in_frame(asked.frame, id);
}

namespace {

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

}  // namespace

std::string_view Chosen::keep_normalized(std::string_view display) {
  return owned.emplace_back(normalize_answer(display));
}

void add_if_fresh(Chosen& chosen, const ValueIndex& index, const AskedSpan& asked, std::string_view display,
                  std::string_view normalized, std::uint32_t value, double order) {
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

void add_value_if_fresh(Chosen& chosen, const ValueIndex& index, const AskedSpan& asked,
                        std::uint32_t id, double order) {
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

}  // namespace factdeck::quizgen
