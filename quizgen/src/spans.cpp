// Inline markup: spans, escapes and links (format: docs/facts-format.md, "Spans").
#include "spans.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <utility>
#include <vector>

#include "quizgen/values.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen::detail {

namespace {

constexpr std::size_t kNone = std::string::npos;
constexpr const char* kTypeList = "person, date, place, org, event, number, term";

bool is_escapable(char c) {
  return c == '[' || c == ']' || c == '{' || c == '}' || c == '\\' || c == '|' || c == '=' ||
         c == '@' || c == '"' || c == '*';
}

bool is_ascii_punct(char c) { return c > ' ' && c < 0x7f && !std::isalnum(static_cast<unsigned char>(c)); }

// A run of '*' at [begin, end) in `raw`, with CommonMark's flanking rules: it can open emphasis
// when a word (or punctuation after a space) follows, and close it when a word precedes.
struct StarRun {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool can_open = false;
  bool can_close = false;
};

StarRun star_run_at(std::string_view raw, std::size_t begin, std::size_t end_of_text) {
  std::size_t end = begin;
  while (end < end_of_text && raw[end] == '*') ++end;
  const char before = begin == 0 ? ' ' : raw[begin - 1];
  const char after = end >= end_of_text ? ' ' : raw[end];
  const bool space_before = is_space(before);
  const bool space_after = is_space(after);
  const bool left_flanking = !space_after && (!is_ascii_punct(after) || space_before || is_ascii_punct(before));
  const bool right_flanking = !space_before && (!is_ascii_punct(before) || space_after || is_ascii_punct(after));
  return {begin, end, left_flanking, right_flanking};
}

// The '*' runs that are Markdown emphasis (*Title*, **bold**): paired openers and closers of the
// same length. Emphasis is presentation, so the generator drops these markers and questions read
// plainly; a lone '*' ("5 * 3") or an escaped \* stays.
std::vector<std::pair<std::size_t, std::size_t>> emphasis_markers(std::string_view raw, std::size_t end) {
  std::vector<std::pair<std::size_t, std::size_t>> markers;
  std::vector<StarRun> openers;
  for (std::size_t pos = 0; pos < end; ++pos) {
    if (raw[pos] == '\\') {
      ++pos;
      continue;
    }
    if (raw[pos] != '*') continue;
    const StarRun run = star_run_at(raw, pos, end);
    pos = run.end - 1;
    const std::size_t length = run.end - run.begin;
    const auto opener = std::find_if(openers.rbegin(), openers.rend(), [&](const StarRun& open) {
      return open.end - open.begin == length;
    });
    if (run.can_close && opener != openers.rend()) {
      markers.emplace_back(opener->begin, opener->end);
      markers.emplace_back(run.begin, run.end);
      openers.erase(std::next(opener).base(), openers.end());
    } else if (run.can_open) {
      openers.push_back(run);
    }
  }
  std::sort(markers.begin(), markers.end());
  return markers;
}

// First unescaped `wanted` in [from, end); kNone if missing or if an unescaped `stop` char comes
// first (pass '\0' for no stop char).
std::size_t find_unescaped(std::string_view raw, std::size_t from, std::size_t end, char wanted,
                           char stop1, char stop2 = '\0') {
  for (std::size_t pos = from; pos < end; ++pos) {
    if (raw[pos] == '\\') {
      ++pos;
    } else if (raw[pos] == wanted) {
      return pos;
    } else if (raw[pos] != '\0' && (raw[pos] == stop1 || raw[pos] == stop2)) {
      return kNone;
    }
  }
  return kNone;
}

void append_unescaped(std::string& out, std::string_view text) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == '\\' && pos + 1 < text.size() && is_escapable(text[pos + 1])) ++pos;
    out += text[pos];
  }
}

// A part of the braces (canonical form or alias), unescaped and trimmed, with its raw position.
struct Piece {
  std::string text;
  std::size_t raw_pos = 0;
};

struct SpanSpec {
  std::optional<SpanType> type;
  std::string group;
  std::optional<Piece> canonical;
  std::vector<Piece> aliases;
};

bool is_spec_delimiter(char c) { return is_space(c) || c == '@' || c == '=' || c == '|'; }

class InlineReader {
 public:
  InlineReader(const BlockText& block, DiagnosticSink& sink)
      : block_(block), raw_(block.raw), sink_(sink) {}

  InlineFact read() {
    end_ = raw_.size();
    if (const std::size_t open = find_attribute_block(raw_); open != kNone) {
      fact_.attributes = parse_attribute_block(block_, open, raw_.size() - 1, sink_);
      fact_.attributes_at = block_.locate(open);
      end_ = open;
    }
    fact_.text.reserve(end_);
    emphasis_ = emphasis_markers(raw_, end_);
    read_text();
    trim_text_end();
    apply_fact_group();
    return std::move(fact_);
  }

 private:
  void read_text() {
    while (pos_ < end_) {
      const char c = raw_[pos_];
      if (c == '\\' && pos_ + 1 < end_ && is_escapable(raw_[pos_ + 1])) {
        fact_.text += raw_[pos_ + 1];
        pos_ += 2;
      } else if (c == '*' && skip_emphasis_marker()) {
        continue;
      } else if (c == '[') {
        read_bracket();
      } else {
        fact_.text += c;
        ++pos_;
      }
    }
  }

  // True (and past the marker) when an emphasis marker starts at pos_.
  bool skip_emphasis_marker() {
    const auto marker = std::lower_bound(emphasis_.begin(), emphasis_.end(), std::make_pair(pos_, std::size_t{0}));
    if (marker == emphasis_.end() || marker->first != pos_) return false;
    pos_ = marker->second;
    return true;
  }

  void read_bracket() {
    const std::size_t open = pos_;
    const std::size_t close = find_unescaped(raw_, open + 1, end_, ']', '[');
    if (close == kNone && find_unescaped(raw_, open + 1, end_, ']', '\0') == kNone) {
      sink_.error(block_.locate(open),
                  "unclosed span: '[' has no matching ']' (write \\[ for a literal bracket)");
    }
    const char after = close == kNone || close + 1 >= end_ ? '\0' : raw_[close + 1];
    if (after == '{') return read_span(open, close);
    if (after == '(') {
      const std::size_t paren = raw_.find(')', close + 2);
      if (paren != kNone && paren < end_) {  // a Markdown link: keep its text, drop the address
        append_unescaped(fact_.text, std::string_view(raw_).substr(open + 1, close - open - 1));
        pos_ = paren + 1;
        return;
      }
    }
    fact_.text += '[';  // plain brackets: "[sic]" stays as written
    ++pos_;
  }

  void read_span(std::size_t open, std::size_t close) {
    const std::size_t brace_close = find_unescaped(raw_, close + 2, end_, '}', '[', '{');
    const SourcePoint at = block_.locate(open);
    const std::size_t text_begin = fact_.text.size();
    append_unescaped(fact_.text, std::string_view(raw_).substr(open + 1, close - open - 1));
    if (brace_close == kNone) {
      sink_.error(at, "unclosed span: the '{' after ']' has no matching '}'");
      pos_ = close + 2;
      return;
    }
    pos_ = brace_close + 1;
    const std::optional<SpanSpec> spec = read_spec(close + 2, brace_close);
    const std::string_view written = std::string_view(fact_.text).substr(text_begin);
    const std::string_view text = trim(written);
    if (text.empty()) {
      sink_.error(at, "empty span: write the words to learn between '[' and ']'");
      return;
    }
    if (!spec) return;
    const auto begin = text_begin + static_cast<std::size_t>(text.data() - written.data());
    add_span(*spec, text, begin, open);
  }

  void add_span(const SpanSpec& spec, std::string_view text, std::size_t begin, std::size_t open) {
    Span span;
    span.type = *spec.type;
    span.text = std::string(text);
    span.canonical = span.text;
    span.group = spec.group;
    span.begin = static_cast<std::uint32_t>(begin);
    span.end = static_cast<std::uint32_t>(begin + text.size());
    const SourcePoint at = block_.locate(open);
    span.line = at.line;
    span.column = sink_.column_of(at);
    for (const Piece& alias : spec.aliases) span.aliases.push_back(alias.text);
    if (span.type == SpanType::Date || span.type == SpanType::Number) {
      read_value(span, spec, at);
    } else {
      if (spec.canonical) span.canonical = spec.canonical->text;
      add_claims(spec, open);
    }
    if (fact_.spans.empty()) fact_.first_span_at = at;
    fact_.spans.push_back(std::move(span));
  }

  // Date and number spans: the value comes from `= value` or else from the text; the text stays
  // the answer shown. A value that cannot be read is an error saying what to write, never a
  // different value.
  void read_value(Span& span, const SpanSpec& spec, SourcePoint at) {
    const bool is_date = span.type == SpanType::Date;
    const std::string_view written = spec.canonical ? std::string_view(spec.canonical->text) : std::string_view(span.text);
    const SourcePoint where = spec.canonical ? block_.locate(spec.canonical->raw_pos) : at;
    std::string problem;
    if (is_date) {
      Result<DateValue> date = spec.canonical ? read_date_value(written) : read_date_text(written);
      if (date) span.date = *date;
      else problem = date.error().message;
    } else {
      Result<NumberValue> number = spec.canonical ? read_number_value(written) : read_number_text(written);
      if (number) span.number = *number;
      else problem = number.error().message;
    }
    if (!problem.empty()) sink_.error(where, problem);
  }

  // The canonical form and the aliases are answers valid anywhere in the deck, so they must mean
  // one thing. The sentence's own words ("the treaty") are not: they depend on the sentence.
  void add_claims(const SpanSpec& spec, std::size_t open) {
    if (!spec.canonical && spec.aliases.empty()) return;
    const std::size_t span = fact_.spans.size();  // the span about to be added
    const std::size_t canonical_pos = spec.canonical ? spec.canonical->raw_pos : open + 1;
    fact_.claims.push_back({span, -1, block_.locate(canonical_pos)});
    for (std::size_t k = 0; k < spec.aliases.size(); ++k) {
      fact_.claims.push_back({span, static_cast<int>(k), block_.locate(spec.aliases[k].raw_pos)});
    }
  }

  // ---- The braces: type, @group, = canonical, | aliases ----

  std::optional<SpanSpec> read_spec(std::size_t begin, std::size_t end) {
    SpanSpec spec;
    std::size_t pos = skip_spaces(begin, end);
    const std::size_t type_begin = pos;
    while (pos < end && !is_spec_delimiter(raw_[pos])) ++pos;
    const std::string_view type_word = std::string_view(raw_).substr(type_begin, pos - type_begin);
    spec.type = span_type_from_name(type_word);
    if (!spec.type) {
      const std::string what = type_word.empty() ? std::string("missing span type")
                                                 : "unknown span type '" + std::string(type_word) + "'";
      sink_.error(block_.locate(type_begin), what + " (expected " + kTypeList + ")");
    }
    pos = skip_spaces(pos, end);
    if (pos < end && raw_[pos] == '@') pos = read_group(spec, pos, end);
    pos = skip_spaces(pos, end);
    if (pos < end && raw_[pos] != '=' && raw_[pos] != '|') {
      sink_.error(block_.locate(pos), std::string("unexpected '") + raw_[pos] +
                                          "' in span braces (expected @group, = canonical or | alias)");
      return std::nullopt;
    }
    if (pos < end && !read_pieces(spec, pos, end)) return std::nullopt;
    return spec.type ? std::optional<SpanSpec>(std::move(spec)) : std::nullopt;
  }

  std::size_t read_group(SpanSpec& spec, std::size_t at, std::size_t end) {
    std::size_t pos = at + 1;
    while (pos < end && !is_spec_delimiter(raw_[pos])) ++pos;
    spec.group = raw_.substr(at + 1, pos - at - 1);
    if (spec.group.empty()) sink_.error(block_.locate(at), "empty group after '@'");
    return pos;
  }

  // `= canonical | alias | alias` or `| alias | alias`, starting at '=' or '|'.
  bool read_pieces(SpanSpec& spec, std::size_t pos, std::size_t end) {
    const bool has_canonical = raw_[pos] == '=';
    std::vector<Piece> pieces;
    while (pos < end) {
      const std::size_t stop = find_unescaped(raw_, pos + 1, end, '|', '\0');
      const std::size_t piece_end = stop == kNone ? end : stop;
      const std::string_view part = std::string_view(raw_).substr(pos + 1, piece_end - pos - 1);
      Piece piece{{}, pos + 1 + leading_space(part)};
      append_unescaped(piece.text, trim(part));
      pieces.push_back(std::move(piece));
      pos = piece_end;
    }
    if (has_canonical && pieces.front().text.empty()) {
      sink_.error(block_.locate(pieces.front().raw_pos - 1), "empty canonical form after '='");
      return false;
    }
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      if (k == 0 && has_canonical) spec.canonical = std::move(pieces[k]);
      else if (!pieces[k].text.empty()) spec.aliases.push_back(std::move(pieces[k]));
    }
    return true;
  }

  std::size_t skip_spaces(std::size_t pos, std::size_t end) const {
    while (pos < end && is_space(raw_[pos])) ++pos;
    return pos;
  }

  void trim_text_end() {
    while (!fact_.text.empty() && is_space(fact_.text.back())) fact_.text.pop_back();
  }

  void apply_fact_group() {
    if (!fact_.attributes || fact_.attributes->group.empty()) return;
    for (Span& span : fact_.spans) {
      const bool is_value = span.type == SpanType::Date || span.type == SpanType::Number;
      if (span.group.empty() && !is_value) span.group = fact_.attributes->group;
    }
  }

  const BlockText& block_;
  const std::string& raw_;
  DiagnosticSink& sink_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> emphasis_;  // [begin, end) of markers to drop
  InlineFact fact_;
};

}  // namespace

InlineFact parse_inline(const BlockText& block, DiagnosticSink& sink) {
  return InlineReader(block, sink).read();
}

}  // namespace factdeck::quizgen::detail
