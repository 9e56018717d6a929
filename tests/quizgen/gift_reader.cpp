#include "gift_reader.hpp"

#include "base/text.hpp"

namespace factdeck::quizgen::test {

namespace {

bool is_gift_special(char c) {
  return c == '~' || c == '=' || c == '#' || c == '{' || c == '}' || c == ':' || c == '\\';
}

std::string unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      const char next = text[i + 1];
      if (is_gift_special(next)) { out += next; ++i; continue; }
      if (next == 'n') { out += '\n'; ++i; continue; }
    }
    out += text[i];
  }
  return std::string(trim(out));
}

// Index of the first `wanted` not preceded by a backslash escape, from `from`.
std::size_t find_unescaped(std::string_view text, char wanted, std::size_t from = 0) {
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == '\\') { ++i; continue; }
    if (text[i] == wanted) return i;
  }
  return std::string_view::npos;
}

// Splits the answer block into (marker, text) at every unescaped '=' or '~'.
std::vector<std::pair<char, std::string>> split_answers(std::string_view block) {
  std::vector<std::pair<char, std::string>> parts;
  for (std::size_t i = 0; i < block.size(); ++i) {
    if (block[i] == '\\') {
      if (!parts.empty()) parts.back().second += block.substr(i, 2);
      ++i;
    } else if (block[i] == '=' || block[i] == '~') {
      parts.emplace_back(block[i], "");
    } else if (!parts.empty()) {
      parts.back().second += block[i];
    }
  }
  for (auto& [marker, text] : parts) {
    const std::size_t feedback = find_unescaped(text, '#');
    if (feedback != std::string::npos) text.resize(feedback);
  }
  return parts;
}

Result<void> read_answers(std::string_view block, GiftQuestion& q, int line) {
  const std::string_view bare = trim(block);
  if (bare == "T" || bare == "TRUE" || bare == "F" || bare == "FALSE") {
    q.kind = GiftKind::TrueFalse;
    q.is_true = bare.front() == 'T';
    return {};
  }
  const auto parts = split_answers(block);
  if (parts.empty()) return fail(ErrorCode::Parse, "answer block has no answers", "", line);
  bool has_arrow = false, has_wrong = false;
  for (const auto& [marker, text] : parts) {
    has_arrow = has_arrow || (marker == '=' && text.find("->") != std::string::npos);
    has_wrong = has_wrong || marker == '~';
  }
  for (const auto& [marker, text] : parts) {
    if (has_arrow) {
      const std::size_t arrow = text.find("->");
      if (arrow == std::string::npos) return fail(ErrorCode::Parse, "matching pair without ->", "", line);
      q.pairs.emplace_back(unescape(text.substr(0, arrow)), unescape(text.substr(arrow + 2)));
    } else {
      q.answers.push_back({marker == '=', unescape(text)});
    }
  }
  q.kind = has_arrow ? GiftKind::Matching : has_wrong ? GiftKind::MultipleChoice : GiftKind::ShortAnswer;
  return {};
}

Result<GiftQuestion> read_question(std::string_view text, const std::string& category, int line) {
  GiftQuestion q;
  q.category = category;
  std::string_view rest = trim(text);
  if (rest.starts_with("::")) {
    // The title ends at the first "::" whose first colon is not escaped.
    std::size_t close = find_unescaped(rest, ':', 2);
    while (close != std::string_view::npos && !(close + 1 < rest.size() && rest[close + 1] == ':')) {
      close = find_unescaped(rest, ':', close + 1);
    }
    if (close == std::string_view::npos) return fail(ErrorCode::Parse, "title not closed by ::", "", line);
    q.title = unescape(rest.substr(2, close - 2));
    rest = rest.substr(close + 2);
  }
  const std::size_t open = find_unescaped(rest, '{');
  const std::size_t close = open == std::string_view::npos ? open : find_unescaped(rest, '}', open);
  if (close == std::string_view::npos) return fail(ErrorCode::Parse, "no {answers} block", "", line);
  const std::string_view after = trim(rest.substr(close + 1));
  q.stem = unescape(std::string(rest.substr(0, open)) + (after.empty() ? "" : " _____ ") + std::string(after));
  if (Result<void> answers = read_answers(rest.substr(open + 1, close - open - 1), q, line); !answers) {
    return Unexpected{answers.error()};
  }
  return q;
}

}  // namespace

Result<std::vector<GiftQuestion>> read_gift(std::string_view text) {
  std::vector<GiftQuestion> questions;
  std::string category, pending;
  int line_number = 0, pending_line = 0;
  auto flush = [&]() -> Result<void> {
    if (trim(pending).empty()) return {};
    Result<GiftQuestion> q = read_question(pending, category, pending_line);
    if (!q) return Unexpected{q.error()};
    questions.push_back(std::move(*q));
    pending.clear();
    return {};
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    ++line_number;
    const std::string_view bare = trim(line);
    if (bare.empty()) {
      if (Result<void> done = flush(); !done) return Unexpected{done.error()};
    } else if (bare.starts_with("//")) {
      // a comment line
    } else if (bare.starts_with("$CATEGORY:")) {
      if (Result<void> done = flush(); !done) return Unexpected{done.error()};
      category = std::string(trim(bare.substr(10)));
    } else {
      if (trim(pending).empty()) pending_line = line_number;
      pending += std::string(line) + "\n";
    }
    start = end + 1;
  }
  if (Result<void> done = flush(); !done) return Unexpected{done.error()};
  return questions;
}

}  // namespace factdeck::quizgen::test
