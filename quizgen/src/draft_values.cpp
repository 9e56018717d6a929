// Draft tags: dates and numbers. Which words make a date or a quantity is decided only by the
// parser's value grammars (parse_date_text, parse_number_text in values.hpp): this file just
// offers them windows of words and keeps the longest one they read, so every form the grammars
// learn is proposed too. What it adds is where a window may start and end, and which words after
// a number are its unit (a measurement, not a counted thing: "8 minutes", not "300 tanks").
#include <array>
#include <string>

#include "base/text.hpp"
#include "draft_tokens.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen::detail {

namespace {

constexpr std::size_t kMaxDateTokens = 8;  // "16 – 18 April 1922" is six tokens

std::string_view token_text(std::string_view text, const Token& token) {
  return text.substr(token.begin, token.end - token.begin);
}

bool is_one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  for (std::string_view candidate : words) {
    if (word == candidate) return true;
  }
  return false;
}

// Words the date grammar skips inside a date ("16 of April", "1939 to 1941"); a window must not
// start or end with one, and "and", "in", "on" would join two dates into a range.
bool is_date_joiner(std::string_view word) {
  return is_one_of(word, {"to", "and", "of", "in", "on", "or", "at", "by", "from", "until"});
}

bool can_start_date(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::Number) return true;
  if (token.kind != TokenKind::Word) return false;
  if (token.is_capitalized) {
    std::string lower(token_text(text, token));
    for (char& c : lower) c = ascii_lower(c);
    return !is_date_joiner(lower);  // "In 1939": the grammar skips "in", the span must too
  }
  return is_one_of(token_text(text, token), {"the", "early", "mid", "late", "c", "circa"});
}

bool can_end_date(std::string_view text, const Token& token) {
  if (token.kind == TokenKind::Number) return true;
  return token.kind == TokenKind::Word && !is_date_joiner(token_text(text, token));
}

bool breaks_date(std::string_view text, const Token& token) {
  const std::string_view word = token_text(text, token);
  if (token.kind == TokenKind::Punct) return is_one_of(word, {".", "!", "?", ";", "(", ")", ":"});
  return token.kind == TokenKind::Word && is_one_of(word, {"and", "in", "on", "or", "at", "by"});
}

bool ends_word(char c) {
  return c == ' ' || c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == '(' || c == '!' || c == '?';
}

// Bytes of the measurement unit right after `pos` ("km", "°C", "%", "light-years", "per cent"),
// after at most one space: the longest run of up to three words that the value grammar's unit
// table names (find_unit). A counted thing ("300 tanks") is not a unit there.
std::size_t unit_length(std::string_view text, std::size_t pos) {
  const std::size_t start = pos < text.size() && text[pos] == ' ' ? pos + 1 : pos;
  std::size_t best = 0;
  std::size_t end = start;
  for (int words = 0; words < 3 && end < text.size(); ++words) {
    while (end < text.size() && !ends_word(text[end])) ++end;
    if (end > start && find_unit(text.substr(start, end - start))) best = end - pos;
    if (end >= text.size() || text[end] != ' ') break;
    ++end;
  }
  return best;
}

bool is_number_word(std::string_view word) {
  return is_one_of(word, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty",
                          "seventy", "eighty", "ninety", "Two", "Three", "Four", "Five", "Six",
                          "Seven", "Eight", "Nine", "Ten", "Twelve", "Twenty"});
}

bool is_scale_word(std::string_view word) {
  return is_one_of(word, {"hundred", "thousand", "million", "billion", "trillion"});
}

// "Apollo 11", "Voyager 2": a short number right after a capitalised word belongs to the name.
bool is_part_of_name(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  if (i == 0 || !tokens[i].space_before || tokens[i].end - tokens[i].begin > 3) return false;
  const Token& before = tokens[i - 1];
  if (before.kind != TokenKind::Word || !before.is_capitalized || before.starts_sentence) return false;
  const std::string_view word = token_text(text, before);
  return !parse_date_text(std::string(word) + " 2000").has_value();  // not a month ("June 4")
}

void mark_used(const std::vector<Token>& tokens, std::uint32_t begin, std::uint32_t end,
               std::vector<bool>& used) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].begin >= begin && tokens[i].end <= end) used[i] = true;
  }
}

// The longest window from token `first` that the date grammar reads, as token index past its end.
std::size_t longest_date(std::string_view text, const std::vector<Token>& tokens,
                         const std::vector<bool>& used, std::size_t first) {
  std::size_t best = first;
  bool has_digits = false;
  for (std::size_t last = first; last < tokens.size() && last < first + kMaxDateTokens; ++last) {
    if (used[last] || (last > first && breaks_date(text, tokens[last]))) break;
    has_digits = has_digits || tokens[last].kind == TokenKind::Number;
    if (!has_digits || !can_end_date(text, tokens[last])) continue;
    const std::string_view window = text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin);
    if (parse_date_text(window)) best = last + 1;
  }
  return best;
}

// A number alone reads as a year to the grammar ("300"); take it for one when it has four digits
// ("1922", "1930s") or a word before it says so ("in 300"), and no unit after it ("4880 km").
bool is_lone_year(std::string_view text, const std::vector<Token>& tokens, std::size_t at) {
  const Token& token = tokens[at];
  if (token.kind != TokenKind::Number || unit_length(text, token.end) > 0) return false;
  const std::string_view digits = token_text(text, token);
  const bool has_four_digits = digits.size() >= 4 && is_digit(digits[3]) &&
                               (digits.size() == 4 || !is_digit(digits[4])) &&
                               digits.find(',') == std::string_view::npos &&
                               digits.find('.') == std::string_view::npos;
  if (has_four_digits) return true;
  if (at == 0) return false;
  return is_one_of(token_text(text, tokens[at - 1]), {"in", "since", "until", "year", "c", "circa"});
}

std::optional<Candidate> date_at(std::string_view text, const std::vector<Token>& tokens,
                                 const std::vector<bool>& used, std::size_t first) {
  if (!can_start_date(text, tokens[first])) return std::nullopt;
  const std::size_t past = longest_date(text, tokens, used, first);
  if (past == first) return std::nullopt;
  const Token& last = tokens[past - 1];
  if (past == first + 1 && !is_lone_year(text, tokens, first)) return std::nullopt;
  Candidate date;
  date.begin = tokens[first].begin;
  date.end = last.end;
  date.type = SpanType::Date;
  date.reason = ProposalReason::DateGrammar;
  // A lone year is a date most of the time; a month or a range almost always.
  date.confidence = past - first == 1 ? 0.8 : 0.95;
  return date;
}

std::optional<Candidate> number_at(std::string_view text, const std::vector<Token>& tokens,
                                   std::size_t first) {
  const Token& token = tokens[first];
  const std::string_view word = token_text(text, token);
  const bool is_digits = token.kind == TokenKind::Number;
  std::size_t past = first + 1;
  const bool has_scale = past < tokens.size() && is_scale_word(token_text(text, tokens[past]));
  if (!is_digits && !is_number_word(word) && !(word == "one" && has_scale)) return std::nullopt;
  if (has_scale) ++past;
  std::uint32_t begin = token.begin;
  // A minus sign written right before the digits ("−180 °C") belongs to the number.
  if (first > 0 && !token.space_before && is_digits) {
    const std::string_view sign = token_text(text, tokens[first - 1]);
    if (sign == "-" || sign == "\u2212") begin = tokens[first - 1].begin;
  }
  std::uint32_t end = tokens[past - 1].end;
  const std::size_t unit = unit_length(text, end);
  Candidate number;
  number.type = SpanType::Number;
  number.reason = ProposalReason::NumberGrammar;
  number.confidence = is_digits ? (unit > 0 || has_scale ? 0.85 : 0.6) : 0.4;
  for (const std::uint32_t tried_begin : {begin, token.begin}) {
    for (const std::size_t tried_unit : {unit, std::size_t{0}}) {
      const auto tried_end = static_cast<std::uint32_t>(end + tried_unit);
      if (parse_number_text(text.substr(tried_begin, tried_end - tried_begin))) {
        number.begin = tried_begin;
        number.end = tried_end;
        return number;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

void find_values(std::string_view text, const std::vector<Token>& tokens, std::vector<bool>& used,
                 std::vector<Candidate>& out) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (used[i]) continue;
    std::optional<Candidate> found = date_at(text, tokens, used, i);
    if (!found && !is_part_of_name(text, tokens, i)) found = number_at(text, tokens, i);
    if (!found) continue;
    mark_used(tokens, found->begin, found->end, used);
    out.push_back(std::move(*found));
  }
}

}  // namespace factdeck::quizgen::detail
