#include "quizgen/answer_check.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

#include "date_text.hpp"
#include "base/utf8.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

// Longer texts are not typo-checked: the distance table would be large and such answers are
// phrases, where a typo check stops being meaningful.
constexpr std::size_t kMaxTypoLength = 64;

AnswerVerdict accept(std::string reason) { return {true, "accepted: " + std::move(reason)}; }
AnswerVerdict reject(std::string reason) { return {false, "rejected: " + std::move(reason)}; }

std::string expected_text(const Item& item) {
  if (item.date) return format_date_human(*item.date);
  if (item.type == SpanType::Number) return item.answer;
  return item.canonical;
}

/// The stated forms: canonical, the text as written, then aliases.
std::vector<std::string> stated_forms(const Item& item) {
  std::vector<std::string> forms{item.canonical, item.answer};
  forms.insert(forms.end(), item.aliases.begin(), item.aliases.end());
  return forms;
}

/// An exact match (after normalization) with a stated form, and the reason to give.
std::optional<AnswerVerdict> match_stated_form(const std::string& typed, const Item& item) {
  const std::string expected = expected_text(item);
  for (const std::string& form : stated_forms(item)) {
    if (normalize_answer(form) != typed) continue;
    if (normalize_answer(form) == normalize_answer(expected) || form == item.answer) return accept(expected);
    return accept(form + " is another name for " + expected);
  }
  return std::nullopt;
}

// ---- Dates ----

std::string_view precision_word(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::Year: return "year";
    case DatePrecision::Month: return "month";
    case DatePrecision::Day: return "day";
  }
  return "year";
}

AnswerVerdict check_date(std::string_view typed, const std::string& normalized, const Item& item) {
  if (auto stated = match_stated_form(normalized, item)) return *stated;
  const DateValue& asked = *item.date;
  const std::string expected = format_date_human(asked);
  const auto parsed = parse_typed_date(typed);
  if (!parsed) return reject("'" + std::string(typed) + "' is not a date; expected " + expected);
  if (parsed->end.has_value() != asked.end.has_value()) {
    return reject(std::string(asked.end ? "a range of dates is asked" : "a single date is asked") +
                  "; expected " + expected);
  }
  if (parsed->precision < asked.precision) {
    return reject("the " + std::string(precision_word(asked.precision)) + " is asked too; expected " + expected);
  }
  if (reduce_date(*parsed, asked.precision) != reduce_date(asked, asked.precision)) {
    return reject("expected " + expected + " (dates must be exact)");
  }
  if (parsed->precision > asked.precision) {
    return accept(expected + " (the " + std::string(precision_word(parsed->precision)) + " is not asked)");
  }
  return accept(expected);
}

// ---- Numbers ----

/// "20 million", "1,200", "3.5", "20000000": the value, or empty.
std::optional<double> parse_typed_number(std::string_view typed) {
  std::string digits;
  std::size_t i = 0;
  while (i < typed.size() && (typed[i] == ' ' || typed[i] == '$')) ++i;
  for (; i < typed.size(); ++i) {
    const char c = typed[i];
    if ((c >= '0' && c <= '9') || c == '.' || c == '-') digits += c;
    else if (c != ',' && c != '_') break;
  }
  double value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  const std::string rest = normalize_text(typed.substr(i));
  if (rest.starts_with("thousand")) value *= 1e3;
  else if (rest.starts_with("million")) value *= 1e6;
  else if (rest.starts_with("billion")) value *= 1e9;
  return value;
}

AnswerVerdict check_number(std::string_view typed, const std::string& normalized, const Item& item) {
  if (auto stated = match_stated_form(normalized, item)) return *stated;
  const std::string expected = expected_text(item);
  const auto parsed = parse_typed_number(typed);
  if (!parsed) return reject("'" + std::string(typed) + "' is not a number; expected " + expected);
  const double answer = item.number->value;
  if (std::fabs(*parsed - answer) <= 1e-9 * std::max(1.0, std::fabs(answer))) return accept(expected);
  return reject("expected " + expected + " (numbers must be exact)");
}

// ---- Names ----

std::string raw_surname(const std::string& canonical) {
  const std::size_t space = canonical.rfind(' ');
  return space == std::string::npos ? canonical : canonical.substr(space + 1);
}

std::string digits_of(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out;
}

/// The closest stated form (or accepted surname) within the typo allowance, if any.
std::optional<std::string> close_spelling(const std::string& typed, const Item& item) {
  std::vector<std::string> candidates = stated_forms(item);
  if (item.accepts_surname) candidates.push_back(raw_surname(item.canonical));
  const std::u32string typed_points = decode_utf8(typed);
  std::optional<std::string> best;
  std::size_t best_distance = SIZE_MAX;
  for (const std::string& form : candidates) {
    const std::string normalized = normalize_answer(form);
    const std::u32string form_points = decode_utf8(normalized);
    if (form_points.size() > kMaxTypoLength || typed_points.size() > kMaxTypoLength) continue;
    if (digits_of(normalized) != digits_of(typed)) continue;  // no tolerance for years and numbers
    const std::size_t distance = edit_distance(typed_points, form_points);
    if (distance <= typo_allowance(form_points.size()) && distance < best_distance) {
      best = form;
      best_distance = distance;
    }
  }
  return best;
}

AnswerVerdict check_name(const std::string& normalized, const Item& item) {
  if (auto stated = match_stated_form(normalized, item)) return *stated;
  const std::string canonical = normalize_answer(item.canonical);
  const bool is_surname = item.type == SpanType::Person && canonical.find(' ') != std::string::npos &&
                          normalized == last_word(canonical);
  if (is_surname && item.accepts_surname) return accept("surname of " + item.canonical);
  if (is_surname) {
    return reject("more than one person in this deck is called " + raw_surname(item.canonical) +
                  "; expected " + item.canonical);
  }
  if (auto close = close_spelling(normalized, item)) return accept("close spelling of " + *close);
  return reject("expected " + item.canonical);
}

}  // namespace

std::size_t edit_distance(std::u32string_view a, std::u32string_view b) {
  // Optimal string alignment: Levenshtein plus transposition of two adjacent characters.
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i) at(i, 0) = i;
  for (std::size_t j = 0; j <= b.size(); ++j) at(0, j) = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

std::size_t typo_allowance(std::size_t length) {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 12) return 2;
  return 3;
}

AnswerVerdict check_typed_answer(std::string_view typed, const Item& item) {
  const std::string normalized = normalize_answer(typed);
  if (normalized.empty()) return reject("no answer given; expected " + expected_text(item));
  if (item.date) return check_date(typed, normalized, item);
  if (item.type == SpanType::Number && item.number) return check_number(typed, normalized, item);
  return check_name(normalized, item);
}

}  // namespace factdeck::quizgen
