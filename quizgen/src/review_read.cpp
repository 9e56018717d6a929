// Review and lock, reading: the decisions of a `<!-- review: ... -->` comment (grammar in
// docs/facts-format.md, "Review and lock").
#include <optional>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "quizgen/normalize.hpp"
#include "review.hpp"

namespace factdeck::quizgen::detail {

namespace {

/// A word or a quoted string of one decision, with its byte in the source line.
struct ReviewToken {
  std::string text;
  bool is_quoted = false;
  std::size_t byte = 0;
};

struct ReviewKindName {
  std::string_view name;
  ReviewKind kind;
};
constexpr ReviewKindName kKindNames[] = {
    {"cloze", ReviewKind::Cloze}, {"choice", ReviewKind::Choice}, {"wh", ReviewKind::Wh},
    {"true", ReviewKind::TrueStatement}, {"false", ReviewKind::FalseStatement}, {"all", ReviewKind::All}};

constexpr const char* kGrammar =
    "expected: reject KIND [of \"SPAN\"], exclude \"OPTION\" [from \"SPAN\"], pin \"OPTION\" "
    "[for \"SPAN\"] or reword KIND [of \"SPAN\"] as \"TEXT\"";

/// Reads the tokens of one decision from `text` [begin, end); a quote left open is an error.
std::optional<std::vector<ReviewToken>> tokenize(const ReviewLine& line, std::size_t begin, std::size_t end,
                                                 DiagnosticSink& sink) {
  std::vector<ReviewToken> tokens;
  std::size_t pos = begin;
  const std::string_view text = line.text;
  while (pos < end) {
    if (text[pos] == ' ' || text[pos] == '\t') {
      ++pos;
      continue;
    }
    ReviewToken token;
    token.byte = line.at.byte + pos;
    if (text[pos] == '"') {
      token.is_quoted = true;
      ++pos;
      while (pos < end && text[pos] != '"') {
        if (text[pos] == '\\' && pos + 1 < end) ++pos;  // \" and \\ stand for the character
        token.text += text[pos++];
      }
      if (pos >= end) {
        sink.error({line.at.line, token.byte}, "review: quote never closed");
        return std::nullopt;
      }
      ++pos;
    } else {
      while (pos < end && text[pos] != ' ' && text[pos] != '\t' && text[pos] != '"') token.text += text[pos++];
    }
    tokens.push_back(std::move(token));
  }
  return tokens;
}

/// Ends of the decisions on one line: ';' outside quotes.
std::vector<std::size_t> decision_ends(std::string_view text) {
  std::vector<std::size_t> ends;
  bool is_quoted = false;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (is_quoted && text[pos] == '\\') ++pos;
    else if (text[pos] == '"') is_quoted = !is_quoted;
    else if (text[pos] == ';' && !is_quoted) ends.push_back(pos);
  }
  ends.push_back(text.size());
  return ends;
}

class DecisionReader {
 public:
  DecisionReader(const std::vector<ReviewToken>& tokens, int line, DiagnosticSink& sink)
      : tokens_(tokens), line_(line), sink_(sink) {}

  std::optional<ReviewDecision> read() {
    const std::string verb = tokens_[0].text;
    ReviewDecision decision;
    decision.line = line_;
    decision.column = sink_.column_of({line_, tokens_[0].byte});
    pos_ = 1;
    bool ok = false;
    if (verb == "reject") {
      decision.action = ReviewAction::Reject;
      ok = read_kind(decision, true) && read_optional("of", decision.span);
    } else if (verb == "exclude") {
      decision.action = ReviewAction::Exclude;
      ok = read_quoted(decision.value, "the option to exclude") && read_optional("from", decision.span);
    } else if (verb == "pin") {
      decision.action = ReviewAction::Pin;
      ok = read_quoted(decision.value, "the option to pin") && read_optional("for", decision.span);
    } else if (verb == "reword") {
      decision.action = ReviewAction::Reword;
      ok = read_kind(decision, false) && read_optional("of", decision.span) && expect_word("as") &&
           read_quoted(decision.value, "the new wording");
    } else {
      return fail(0, "review: unknown decision '" + verb + "'");
    }
    if (!ok) return std::nullopt;
    if (pos_ < tokens_.size()) return fail(pos_, "review: unexpected '" + tokens_[pos_].text + "'");
    return decision;
  }

 private:
  std::nullopt_t fail(std::size_t token, const std::string& message) {
    const std::size_t byte = token < tokens_.size() ? tokens_[token].byte : tokens_.back().byte;
    sink_.error({line_, byte}, message + "; " + kGrammar);
    return std::nullopt;
  }

  bool read_kind(ReviewDecision& decision, bool allows_all) {
    if (pos_ >= tokens_.size() || tokens_[pos_].is_quoted) {
      fail(pos_, "review: expected a question kind");
      return false;
    }
    for (const ReviewKindName& known : kKindNames) {
      if (tokens_[pos_].text != known.name || (known.kind == ReviewKind::All && !allows_all)) continue;
      decision.kind = known.kind;
      ++pos_;
      return true;
    }
    fail(pos_, "review: unknown question kind '" + tokens_[pos_].text + "' (cloze, choice, wh, true, false" +
                   (allows_all ? ", all)" : ")"));
    return false;
  }

  bool read_quoted(std::string& out, const std::string& what) {
    if (pos_ >= tokens_.size() || !tokens_[pos_].is_quoted || tokens_[pos_].text.empty()) {
      fail(pos_, "review: expected " + what + " in double quotes");
      return false;
    }
    out = tokens_[pos_++].text;
    return true;
  }

  bool expect_word(std::string_view word) {
    if (pos_ < tokens_.size() && !tokens_[pos_].is_quoted && tokens_[pos_].text == word) {
      ++pos_;
      return true;
    }
    fail(pos_, "review: expected '" + std::string(word) + "'");
    return false;
  }

  // "of \"SPAN\"": absent means every span of the fact.
  bool read_optional(std::string_view word, std::string& span) {
    if (pos_ >= tokens_.size() || tokens_[pos_].is_quoted || tokens_[pos_].text != word) return true;
    ++pos_;
    return read_quoted(span, "the span's text");
  }

  const std::vector<ReviewToken>& tokens_;
  std::size_t pos_ = 0;
  int line_ = 0;
  DiagnosticSink& sink_;
};

bool names_a_span(const Fact& fact, const std::string& span) {
  const std::string wanted = normalize_answer(span);
  for (const Span& s : fact.spans) {
    if (normalize_answer(s.text) == wanted || normalize_answer(s.canonical) == wanted) return true;
  }
  return false;
}

}  // namespace

bool is_review_comment(std::string_view trimmed_line) {
  if (!trimmed_line.starts_with("<!--")) return false;
  const std::string_view rest = trim(trimmed_line.substr(4));
  if (!rest.starts_with("review")) return false;
  const std::string_view after = rest.substr(6);
  return after.empty() || after[0] == ':' || after[0] == ' ' || after.starts_with("-->");
}

std::vector<ReviewDecision> read_review(const std::vector<ReviewLine>& lines, const Fact& fact,
                                        DiagnosticSink& sink) {
  std::vector<ReviewDecision> decisions;
  for (const ReviewLine& line : lines) {
    std::size_t begin = 0;
    for (std::size_t end : decision_ends(line.text)) {
      const auto tokens = tokenize(line, begin, end, sink);
      begin = end + 1;
      if (!tokens || tokens->empty()) continue;
      std::optional<ReviewDecision> decision = DecisionReader(*tokens, line.at.line, sink).read();
      if (!decision) continue;
      if (!decision->span.empty() && !names_a_span(fact, decision->span)) {
        sink.warning({line.at.line, tokens->front().byte},
                     "review: the fact above has no span '" + decision->span + "'; the decision is ignored");
        continue;
      }
      decisions.push_back(std::move(*decision));
    }
  }
  return decisions;
}

}  // namespace factdeck::quizgen::detail
