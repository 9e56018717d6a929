// Draft tags: the word tokens of a fact and the lexicon of the whole text.
#include "draft_tokens.hpp"

#include "base/text.hpp"
#include "base/utf8.hpp"

namespace factdeck::quizgen::detail {

namespace {

bool is_letter(char32_t c) {
  if (c < 0x80) return is_ascii_alpha(static_cast<char>(c));
  if (c == 0xD7 || c == 0xF7) return false;          // × ÷
  if (c >= 0xC0 && c <= 0x24F) return true;          // Latin-1 letters, Latin Extended-A/B
  if (c >= 0x300 && c <= 0x52F) return true;         // combining marks, Greek, Cyrillic
  return c >= 0x590 && !(c >= 0x2000 && c <= 0x2BFF);  // other scripts; not punctuation/symbols
}

// Upper case in the scripts our articles use; Latin Extended-A alternates upper/lower with two
// runs that start on an odd code point (U+0139..U+0148) and a few single letters.
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return c % 2 == 0;
  if (c >= 0x139 && c <= 0x148) return c % 2 == 1;
  if (c >= 0x14A && c <= 0x177) return c % 2 == 0;
  if (c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D) return true;
  if (c >= 0x391 && c <= 0x3A9) return true;  // Greek
  return c >= 0x400 && c <= 0x42F;            // Cyrillic
}

bool is_foreign(char32_t c) { return c >= 0x370 && !(c >= 0x2000 && c <= 0x2BFF); }

char32_t code_at(std::string_view text, std::size_t pos) {
  char32_t code = 0;
  return next_code_point(text, pos, code) ? code : 0;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Where the word starting at `pos` ends: letters and digits, with an apostrophe or hyphen
// inside when a letter (or, after a hyphen, a digit) follows.
std::size_t word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    std::size_t next = pos;
    char32_t c = 0;
    next_code_point(text, next, c);
    if (is_letter(c) || (c < 0x80 && is_digit(static_cast<char>(c)))) {
      pos = next;
      continue;
    }
    const char32_t after = next < text.size() ? code_at(text, next) : 0;
    const bool joins = (is_apostrophe(c) && is_letter(after)) ||
                       (c == '-' && (is_letter(after) || (after < 0x80 && is_digit(static_cast<char>(after)))));
    if (!joins) break;
    pos = next;
  }
  return pos;
}

// Digits with ',' or '.' between digits ("1,200", "3.5"), then letters ("1930s", "221B").
std::size_t number_end(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const char c = text[pos];
    const bool inner_mark = (c == ',' || c == '.') && pos + 1 < text.size() && is_digit(text[pos + 1]);
    if (is_digit(c) || inner_mark || is_ascii_alpha(c)) ++pos;
    else break;
  }
  return pos;
}

void mark_case(std::string_view word, Token& token) {
  std::size_t pos = 0;
  char32_t first = 0;
  next_code_point(word, pos, first);
  token.is_capitalized = is_upper(first);
  token.is_foreign_script = is_foreign(first);
  std::size_t letters = 0;
  bool all_upper = true;
  for (std::size_t at = 0; at < word.size();) {
    char32_t c = 0;
    next_code_point(word, at, c);
    if (!is_letter(c)) continue;
    ++letters;
    all_upper = all_upper && is_upper(c);
  }
  token.is_all_caps = letters >= 2 && all_upper;
}

bool ends_sentence(std::string_view text, const Token& token) {
  if (token.kind != TokenKind::Punct) return false;
  const char c = text[token.begin];
  return c == '.' || c == '!' || c == '?' || c == ':';
}

bool opens_quote(std::string_view text, const Token& token) {
  if (token.kind != TokenKind::Punct) return false;
  const std::string_view mark = text.substr(token.begin, token.end - token.begin);
  return mark == "\"" || mark == "(" || mark == "\u201C" || mark == "\u2018" || mark == "'";
}

}  // namespace

std::vector<Token> tokenize_fact(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t pos = 0;
  bool space_before = true;
  while (pos < text.size()) {
    if (is_space(text[pos])) {
      ++pos;
      space_before = true;
      continue;
    }
    Token token;
    token.begin = static_cast<std::uint32_t>(pos);
    token.space_before = space_before;
    const char32_t first = code_at(text, pos);
    std::size_t end = pos;
    if (first < 0x80 && is_digit(static_cast<char>(first))) {
      token.kind = TokenKind::Number;
      end = number_end(text, pos);
    } else if (is_letter(first)) {
      token.kind = TokenKind::Word;
      end = word_end(text, pos);
    } else {
      char32_t skipped = 0;
      next_code_point(text, end, skipped);
    }
    token.end = static_cast<std::uint32_t>(end);
    if (token.kind == TokenKind::Word) mark_case(text.substr(pos, end - pos), token);
    tokens.push_back(token);
    pos = end;
    space_before = false;
  }
  // A sentence starts at the first token and after '.', '!', '?' or ':' (and an opening quote).
  bool at_start = true;
  for (Token& token : tokens) {
    if (token.kind != TokenKind::Punct) {
      token.starts_sentence = at_start;
      at_start = false;
    } else if (ends_sentence(text, token)) {
      at_start = true;
    } else if (!opens_quote(text, token)) {
      at_start = false;
    }
  }
  return tokens;
}

Lexicon build_lexicon(const std::vector<DraftFact>& facts, const std::vector<DraftHeading>& headings) {
  Lexicon lexicon;
  for (const DraftHeading& heading : headings) {
    for (const Token& token : tokenize_fact(heading.title)) {
      if (token.kind == TokenKind::Word) ++lexicon.heading_words[heading.title.substr(token.begin, token.end - token.begin)];
    }
  }
  for (const DraftFact& fact : facts) {
    for (const Token& token : tokenize_fact(fact.text)) {
      if (token.kind != TokenKind::Word || token.is_capitalized || token.is_foreign_script) continue;
      lexicon.lowercase_words.emplace(fact.text.substr(token.begin, token.end - token.begin));
    }
  }
  return lexicon;
}

}  // namespace factdeck::quizgen::detail
