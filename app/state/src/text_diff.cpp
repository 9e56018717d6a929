#include "state/text_diff.hpp"

#include <algorithm>

#include "base/utf8.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::state {

namespace {

char32_t fold(char32_t c) { return c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c; }

// Longest-common-subsequence lengths of every suffix pair: table[i][j] for typed[i..], expected[j..].
std::vector<std::vector<int>> lcs_table(const std::u32string& typed, const std::u32string& expected) {
  std::vector<std::vector<int>> table(typed.size() + 1, std::vector<int>(expected.size() + 1, 0));
  for (std::size_t i = typed.size(); i-- > 0;) {
    for (std::size_t j = expected.size(); j-- > 0;) {
      table[i][j] = fold(typed[i]) == fold(expected[j]) ? table[i + 1][j + 1] + 1
                                                        : std::max(table[i + 1][j], table[i][j + 1]);
    }
  }
  return table;
}

void append(std::vector<DiffSegment>& out, DiffSegment::Kind kind, char32_t c) {
  if (out.empty() || out.back().kind != kind) out.push_back({kind, {}});
  out.back().text += encode_utf8(std::u32string_view(&c, 1));
}

}  // namespace

std::vector<DiffSegment> diff_answer(std::string_view typed_text, std::string_view expected_text) {
  const std::u32string typed = decode_utf8(typed_text);
  const std::u32string expected = decode_utf8(expected_text);
  const std::vector<std::vector<int>> table = lcs_table(typed, expected);
  std::vector<DiffSegment> out;
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < typed.size() || j < expected.size()) {
    if (i < typed.size() && j < expected.size() && fold(typed[i]) == fold(expected[j])) {
      append(out, DiffSegment::Kind::Same, expected[j]);
      ++i;
      ++j;
    } else if (j < expected.size() && (i == typed.size() || table[i][j + 1] >= table[i + 1][j])) {
      append(out, DiffSegment::Kind::Missing, expected[j++]);
    } else {
      append(out, DiffSegment::Kind::Extra, typed[i++]);
    }
  }
  return out;
}

}  // namespace factdeck::state
