#include "number_scanner.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "text_utils.hpp"

namespace factdeck::quizgen::detail {

namespace {

constexpr std::string_view kMinus = "\u2212";  // the typographic minus sign

constexpr std::array<std::string_view, 20> kSmallNumbers = {
    "zero",   "one",    "two",      "three",    "four",    "five",     "six",
    "seven",  "eight",  "nine",     "ten",      "eleven",  "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};

struct Qualifier {
  std::string_view words;
  Approximation approximation;
};

// Longer phrases first: "more than" before "more", "approx." before "approx".
constexpr Qualifier kQualifiers[] = {
    {"more than", Approximation::MoreThan}, {"greater than", Approximation::MoreThan},
    {"at least", Approximation::MoreThan},  {"just over", Approximation::MoreThan},
    {"well over", Approximation::MoreThan}, {"over", Approximation::MoreThan},
    {"above", Approximation::MoreThan},     {"less than", Approximation::LessThan},
    {"fewer than", Approximation::LessThan}, {"at most", Approximation::LessThan},
    {"up to", Approximation::LessThan},     {"just under", Approximation::LessThan},
    {"under", Approximation::LessThan},     {"below", Approximation::LessThan},
    {"approximately", Approximation::About}, {"approx.", Approximation::About},
    {"about", Approximation::About},        {"around", Approximation::About},
    {"roughly", Approximation::About},      {"some", Approximation::About},
    {"nearly", Approximation::About},       {"almost", Approximation::About},
    {"circa", Approximation::About},        {"ca.", Approximation::About},
    {"c.", Approximation::About},           {"~", Approximation::About},
    {"\u2248", Approximation::About},
};

constexpr std::pair<std::string_view, double> kScales[] = {
    {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};

constexpr std::string_view kSuperscripts[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                              "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};

bool is_word_byte(char c) {
  return is_ascii_alpha(c) || is_digit(c) || (static_cast<unsigned char>(c) & 0x80) != 0;
}

std::size_t word_length(std::string_view text) {
  std::size_t length = 0;
  while (length < text.size() && is_ascii_alpha(text[length])) ++length;
  return length;
}

/// True when `text` starts with `prefix` in any ASCII case and the prefix ends a word there.
bool starts_with_word(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size() || !iequals(text.substr(0, prefix.size()), prefix)) return false;
  const bool ends_alpha = is_ascii_alpha(prefix.back());
  return !ends_alpha || text.size() == prefix.size() || !is_word_byte(text[prefix.size()]);
}

/// True when a unit `length` bytes long may be written against the number: a symbol that starts
/// with no letter ("98°", "40%", "−273°C") or one of two letters or more ("6,400km", "12kg",
/// "30km/h"). A single letter is refused: "1930s" is a decade, and "5m" may be five million.
bool may_attach_unit(std::string_view unit_text, std::size_t length) {
  return length > 0 && (!is_ascii_alpha(unit_text.front()) || length >= 2);
}

/// 10^exponent, exactly for the usual exponents.
double power_of_ten(int exponent) { return std::pow(10.0, exponent); }

/// Reads a counted noun after a number: words of letters, hyphens and apostrophes, up to a
/// range joint, a bracket or anything that is not a word ("300 tanks", "Earth masses").
std::size_t noun_length(std::string_view text) {
  std::size_t pos = 0;
  std::size_t end = 0;
  while (pos < text.size()) {
    std::size_t word = pos;
    while (word < text.size() && (is_ascii_alpha(text[word]) || (static_cast<unsigned char>(text[word]) & 0x80) != 0 ||
                                  text[word] == '-' || text[word] == '\'')) {
      ++word;
    }
    if (word == pos) break;
    const std::string_view w = text.substr(pos, word - pos);
    if (iequals(w, "to") || iequals(w, "and") || iequals(w, "or")) break;
    if (word < text.size() && !is_space(text[word]) && text[word] != '(' && text[word] != ')' && text[word] != ',') break;
    end = word;
    pos = word;
    while (pos < text.size() && is_space(text[pos])) ++pos;
  }
  return end;
}

Quantity word_quantity(double amount) {
  Quantity quantity;
  quantity.amount = amount;
  return quantity;
}

}  // namespace

NumberValue to_number_value(const Quantity& quantity) {
  NumberValue value = plain_number(quantity.amount);
  value.step = quantity.step;
  value.unit = quantity.unit;
  if (quantity.unit_info) value.dimension = quantity.unit_info->dimension;
  return value;
}

std::string format_plain(double amount) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.12g", amount);
  return buffer;
}

void NumberScanner::skip_spaces() {
  while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
}

Approximation NumberScanner::read_qualifier() {
  skip_spaces();
  for (const Qualifier& q : kQualifiers) {
    if (!starts_with_word(text_.substr(pos_), q.words)) continue;
    pos_ += q.words.size();
    skip_spaces();
    return q.approximation;
  }
  return Approximation::Exact;
}

bool NumberScanner::read_word(std::string_view word) {
  skip_spaces();
  if (!starts_with_word(text_.substr(pos_), word)) return false;
  pos_ += word.size();
  skip_spaces();
  return true;
}

bool NumberScanner::read_literal(std::string_view literal) {
  skip_spaces();
  if (!text_.substr(pos_).starts_with(literal)) return false;
  pos_ += literal.size();
  skip_spaces();
  return true;
}

bool NumberScanner::read_sign() {
  if (pos_ < text_.size() && text_[pos_] == '-') return ++pos_, true;
  if (text_.substr(pos_).starts_with(kMinus)) return pos_ += kMinus.size(), true;
  return false;
}

bool NumberScanner::starts_amount(std::size_t at) const {
  std::string_view rest = text_.substr(at);
  while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
  if (rest.starts_with('-')) rest.remove_prefix(1);
  else if (rest.starts_with(kMinus)) rest.remove_prefix(kMinus.size());
  if (!rest.empty() && is_digit(rest.front())) return true;
  const std::string_view word = rest.substr(0, word_length(rest));
  for (std::string_view w : kSmallNumbers) if (iequals(word, w)) return true;
  for (std::string_view w : kTens) if (iequals(word, w)) return true;
  return false;
}

// Digits with thousands commas ("1,200": a first group of 1-3 digits, then groups of exactly
// three) and decimals, or a number word ("two"). The step is the place of the last digit
// written: trailing zeros of a whole number are read as rounding ("6,400": hundreds).
std::optional<Quantity> NumberScanner::read_amount() {
  std::string clean;
  std::size_t pos = pos_;
  const std::size_t first_digit = pos;
  while (pos < text_.size() && is_digit(text_[pos])) clean += text_[pos++];
  if (pos == first_digit) {
    const std::string_view word = text_.substr(pos, word_length(text_.substr(pos)));
    for (std::size_t k = 0; k < kSmallNumbers.size(); ++k) {
      if (iequals(word, kSmallNumbers[k])) return pos_ += word.size(), word_quantity(static_cast<double>(k));
    }
    for (std::size_t k = 0; k < kTens.size(); ++k) {
      if (iequals(word, kTens[k])) return pos_ += word.size(), word_quantity(20.0 + 10.0 * static_cast<double>(k));
    }
    return std::nullopt;
  }
  if (pos - first_digit <= 3) {
    while (pos + 3 < text_.size() && text_[pos] == ',' && is_digit(text_[pos + 1]) && is_digit(text_[pos + 2]) &&
           is_digit(text_[pos + 3]) && (pos + 4 == text_.size() || !is_digit(text_[pos + 4]))) {
      clean.append(text_.substr(pos + 1, 3));
      pos += 4;
    }
  }
  int decimals = 0;
  if (pos + 1 < text_.size() && text_[pos] == '.' && is_digit(text_[pos + 1])) {
    clean += text_[pos++];
    while (pos < text_.size() && is_digit(text_[pos])) clean += text_[pos++], ++decimals;
  }
  if (pos < text_.size() && (text_[pos] == ',' || text_[pos] == '.') && pos + 1 < text_.size() && is_digit(text_[pos + 1])) {
    return std::nullopt;  // "1,20" or "1200,000": not a grouping this reader can trust
  }
  Quantity quantity;
  const auto [end, error] = std::from_chars(clean.data(), clean.data() + clean.size(), quantity.amount);
  if (error != std::errc{} || end != clean.data() + clean.size()) return std::nullopt;
  int trailing_zeros = 0;
  if (decimals == 0 && quantity.amount != 0) {
    for (std::size_t k = clean.size(); k-- > 0 && clean[k] == '0';) ++trailing_zeros;
  }
  quantity.step = power_of_ten(decimals > 0 ? -decimals : trailing_zeros);
  pos_ = pos;
  return quantity;
}

// "× 10^8", "x 10^8", "· 10⁸", "×10^-3", or "e8" / "E-3" right after the digits.
bool NumberScanner::read_exponent(Quantity& quantity) {
  std::size_t pos = pos_;
  int exponent = 0;
  if (pos < text_.size() && (text_[pos] == 'e' || text_[pos] == 'E')) {
    ++pos;
    const bool negative = pos < text_.size() && (text_[pos] == '-' || text_[pos] == '+') && text_[pos++] == '-';
    const auto [end, error] = std::from_chars(text_.data() + pos, text_.data() + text_.size(), exponent);
    if (error != std::errc{} || end == text_.data() + pos) return false;
    const std::string_view after(end, static_cast<std::size_t>(text_.data() + text_.size() - end));
    UnitInfo unit;
    if (!after.empty() && is_word_byte(after.front()) && !may_attach_unit(after, match_unit_prefix(after, unit))) {
      return false;  // "1.5e8km" reads on, "1e5x" is no exponent
    }
    pos = static_cast<std::size_t>(end - text_.data());
    exponent = negative ? -exponent : exponent;
  } else {
    while (pos < text_.size() && is_space(text_[pos])) ++pos;
    std::string_view rest = text_.substr(pos);
    std::size_t times = 0;
    for (std::string_view sign : {"\u00d7", "\u00b7", "\u22c5", "x", "X", "*"}) {
      if (rest.starts_with(sign)) times = sign.size();
      if (times > 0) break;
    }
    if (times == 0) return false;
    pos += times;
    while (pos < text_.size() && is_space(text_[pos])) ++pos;
    if (!text_.substr(pos).starts_with("10")) return false;
    pos += 2;
    rest = text_.substr(pos);
    if (rest.starts_with('^')) {
      ++pos;
      bool negative = false;
      if (text_.substr(pos).starts_with('-')) negative = true, ++pos;
      else if (text_.substr(pos).starts_with(kMinus)) negative = true, pos += kMinus.size();
      const auto [end, error] = std::from_chars(text_.data() + pos, text_.data() + text_.size(), exponent);
      if (error != std::errc{} || end == text_.data() + pos) return false;
      pos = static_cast<std::size_t>(end - text_.data());
      exponent = negative ? -exponent : exponent;
    } else {
      bool negative = false;
      if (rest.starts_with("\u207b")) negative = true, pos += 3;  // superscript minus
      std::size_t digits = 0;
      for (bool found = true; found;) {
        found = false;
        for (std::size_t d = 0; d < 10; ++d) {
          if (!text_.substr(pos).starts_with(kSuperscripts[d])) continue;
          exponent = exponent * 10 + static_cast<int>(d);
          pos += kSuperscripts[d].size();
          found = true;
          ++digits;
        }
      }
      if (digits == 0) return false;
      exponent = negative ? -exponent : exponent;
    }
  }
  quantity.amount *= power_of_ten(exponent);
  quantity.step *= power_of_ten(exponent);
  pos_ = pos;
  return true;
}

void NumberScanner::read_scale(Quantity& quantity) {
  std::size_t pos = pos_;
  while (pos < text_.size() && is_space(text_[pos])) ++pos;
  if (pos == pos_) return;
  for (const auto& [name, factor] : kScales) {
    if (!starts_with_word(text_.substr(pos), name)) continue;
    quantity.amount *= factor;
    quantity.step *= factor;
    quantity.scale = factor;
    quantity.has_scale = true;
    pos_ = pos + name.size();
    return;
  }
}

// A unit follows after a space; "°", "º", "℃" and "%" may be attached ("98°", "40%"). Letters
// attached to the digits are not a unit: "1930s" is a decade, not 1,930 seconds.
void NumberScanner::read_unit(Quantity& quantity) {
  std::size_t pos = pos_;
  while (pos < text_.size() && is_space(text_[pos])) ++pos;
  const bool is_attached = pos == pos_;
  UnitInfo unit;
  const std::size_t length = match_unit_prefix(text_.substr(pos), unit);
  const bool may_attach = may_attach_unit(text_.substr(pos), length);
  if (length > 0 && (!is_attached || may_attach)) {
    quantity.unit = std::string(unit.symbol);
    quantity.unit_info = unit;
    pos_ = pos + length;
    read_smaller_time(quantity);
    return;
  }
  if (is_attached) return;
  const std::size_t noun = noun_length(text_.substr(pos));
  if (noun == 0) return;
  quantity.unit = std::string(text_.substr(pos, noun));
  pos_ = pos + noun;
}

// "8 minutes 20 seconds", "1 hour and 30 minutes": one duration in the smaller unit.
void NumberScanner::read_smaller_time(Quantity& quantity) {
  if (!quantity.unit_info || quantity.unit_info->dimension != Dimension::Time) return;
  const std::size_t saved = pos_;
  (void)read_word("and");
  skip_spaces();
  if (pos_ >= text_.size() || !is_digit(text_[pos_])) return void(pos_ = saved);
  std::optional<Quantity> part = read_amount();
  UnitInfo unit;
  std::size_t spaces = 0;
  while (pos_ + spaces < text_.size() && is_space(text_[pos_ + spaces])) ++spaces;
  const std::size_t length = part ? match_unit_prefix(text_.substr(pos_ + spaces), unit) : 0;
  if (length == 0 || spaces == 0 || unit.dimension != Dimension::Time || !(unit.factor < quantity.unit_info->factor)) {
    return void(pos_ = saved);
  }
  const double ratio = quantity.unit_info->factor / unit.factor;
  quantity.amount = quantity.amount * ratio + part->amount;
  quantity.step = part->step;
  quantity.unit = std::string(unit.symbol);
  quantity.unit_info = unit;
  pos_ += spaces + length;
  read_smaller_time(quantity);
}

Result<Quantity> NumberScanner::read_quantity() {
  skip_spaces();
  const std::size_t start = pos_;
  const bool negative = read_sign();
  if (negative && pos_ < text_.size() && is_space(text_[pos_])) {
    return fail(ErrorCode::Parse, "a minus sign must touch its number ('−180')");
  }
  std::optional<Quantity> quantity = read_amount();
  if (!quantity) {
    pos_ = start;
    return fail(ErrorCode::Parse, "no number at '" + std::string(text_.substr(start)) + "'");
  }
  if (negative) quantity->amount = -quantity->amount;
  (void)read_exponent(*quantity);
  read_scale(*quantity);
  UnitInfo attached;
  const bool has_attached_unit = may_attach_unit(text_.substr(pos_), match_unit_prefix(text_.substr(pos_), attached));
  if (pos_ < text_.size() && is_ascii_alpha(text_[pos_]) && !has_attached_unit) {
    return fail(ErrorCode::Parse, "letters touch the number ('" + std::string(text_.substr(start)) +
                                      "'); put a space before a unit of one letter ('5 m') or a counted noun, and tag a decade "
                                      "like '1930s' as a date");
  }
  read_unit(*quantity);
  return *quantity;
}

std::optional<std::string> NumberScanner::read_range_joint(bool after_between) {
  const std::size_t saved = pos_;
  skip_spaces();
  const std::string_view rest = text_.substr(pos_);
  std::size_t length = 0;
  if (starts_with_word(rest, "or")) {
    if (starts_amount(pos_ + 2)) return "two numbers joined by 'or' are not one value; tag each number as its own span";
  }
  if (starts_with_word(rest, "and")) length = 3;
  else if (!after_between && starts_with_word(rest, "to")) length = 2;
  else if (!after_between && (rest.starts_with("\u2013") || rest.starts_with("\u2014"))) length = 3;
  else if (!after_between && rest.starts_with('-') && pos_ > saved) length = 1;          // "75 - 79"
  else if (!after_between && rest.starts_with('-') && starts_amount(pos_ + 1)) length = 1;  // "75-79"
  if (length == 0 || !starts_amount(pos_ + length)) {
    pos_ = saved;
    return std::nullopt;
  }
  pos_ += length;
  return std::string();
}

}  // namespace factdeck::quizgen::detail
