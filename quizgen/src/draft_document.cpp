// Draft tags: the input's structure. The line kinds follow docs/facts-format.md ("The parts");
// each list item or paragraph goes through the parser's own inline reader (parse_inline), so
// tags already in the input are read exactly as `quizgen check` reads them.
#include "draft_document.hpp"

#include <algorithm>

#include "attributes.hpp"
#include "base/text.hpp"
#include "base/utf8.hpp"
#include "source_text.hpp"
#include "spans.hpp"

namespace factdeck::quizgen::detail {

namespace {

bool is_fence(std::string_view trimmed) { return trimmed.starts_with("```") || trimmed.starts_with("~~~"); }

int heading_level(std::string_view line) {
  const std::size_t indent = leading_space(line);
  if (indent > 3) return 0;
  std::size_t level = 0;
  while (indent + level < line.size() && line[indent + level] == '#') ++level;
  const bool is_heading = level >= 1 && level <= 6 &&
                          (indent + level == line.size() || is_space(line[indent + level]));
  return is_heading ? static_cast<int>(level) : 0;
}

// Length of a list marker ("- ", "* ", "+ ", "12. ") at the start of `text`, or 0.
std::size_t list_marker_length(std::string_view text) {
  std::size_t pos = 0;
  if (!text.empty() && (text[0] == '-' || text[0] == '*' || text[0] == '+')) {
    pos = 1;
  } else {
    while (pos < text.size() && pos < 9 && is_digit(text[pos])) ++pos;
    if (pos == 0 || pos >= text.size() || (text[pos] != '.' && text[pos] != ')')) return 0;
    ++pos;
  }
  if (pos == text.size()) return pos;
  return is_space(text[pos]) ? pos : 0;
}

bool is_rule(std::string_view trimmed) {
  if (trimmed.size() < 3 || (trimmed[0] != '-' && trimmed[0] != '*' && trimmed[0] != '_')) return false;
  int marks = 0;
  for (char c : trimmed) {
    if (c == trimmed[0]) ++marks;
    else if (c != ' ') return false;
  }
  return marks >= 3;
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

bool is_abbreviation(std::string_view before_dot) {
  std::size_t start = before_dot.size();
  while (start > 0 && (is_ascii_alpha(before_dot[start - 1]) || before_dot[start - 1] == '.')) --start;
  const std::string_view word = before_dot.substr(start);
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;  // an initial
  if (word.find('.') != std::string_view::npos) return true;              // "e.g", "U.S"
  for (std::string_view abbreviation : {"Mr", "Mrs", "Ms", "Dr", "St", "Co", "Inc", "Ltd", "Jr",
                                        "Sr", "vs", "etc", "No", "Gen", "Col", "Lt", "Sgt",
                                        "Capt", "Prof", "Rev", "Mt", "approx", "ca", "c", "fig"}) {
    if (word == abbreviation) return true;
  }
  return false;
}

bool opens_sentence(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return false;
  const char c = text[pos];
  if ((c >= 'A' && c <= 'Z') || is_digit(c) || c == '"' || c == '(' || c == '[') return true;
  char32_t code = 0;
  std::size_t at = pos;
  next_code_point(text, at, code);
  return code == 0x201C || code == 0x2018 || (code >= 0xC0 && code <= 0xDE) || (code >= 0x400 && code <= 0x42F);
}

// ---- Reading the document ----

class DocumentReader {
 public:
  DocumentReader(std::string_view text, const DraftOptions& options, DraftResult& out)
      : lines_(split_lines(text)), sink_(options.file_name, lines_), options_(options), out_(out) {}

  void read() {
    for (std::string_view line : lines_) has_headings_ = has_headings_ || heading_level(line) > 0;
    std::size_t index = read_front_matter();
    for (; index < lines_.size(); ++index) read_line(index);
    flush();
    out_.diagnostics = sink_.take_sorted();
  }

 private:
  void verbatim(std::string_view line) { out_.blocks.push_back(DraftBlock{false, std::string(line), 0}); }

  std::size_t read_front_matter() {
    if (lines_.empty() || trim(lines_[0]) != "---") return 0;
    for (std::size_t index = 1; index < lines_.size(); ++index) {
      if (trim(lines_[index]) == "---" || trim(lines_[index]) == "...") {
        for (std::size_t i = 0; i <= index; ++i) verbatim(lines_[i]);
        return index + 1;
      }
    }
    return 0;  // never closed: read it as text (the parser reports it)
  }

  void read_line(std::size_t index) {
    const std::string_view line = lines_[index];
    const std::string_view trimmed = trim(line);
    if (in_fence_ || in_comment_) {
      verbatim(line);
      if (in_fence_ && is_fence(trimmed)) in_fence_ = false;
      if (in_comment_ && line.find("-->") != std::string_view::npos) in_comment_ = false;
      return;
    }
    const SourcePoint at{static_cast<int>(index) + 1, leading_space(line)};
    if (trimmed.empty() || is_fence(trimmed) || trimmed.starts_with("<!--") || is_rule(trimmed) ||
        heading_level(line) > 0) {
      flush();
      in_fence_ = is_fence(trimmed);
      in_comment_ = trimmed.starts_with("<!--") && line.find("-->") == std::string_view::npos;
      if (const int level = heading_level(line); level > 0 && !in_fence_) add_heading(line, level);
      else verbatim(line);
      return;
    }
    const std::string_view rest = line.substr(at.byte);
    if (const std::size_t marker = list_marker_length(rest); marker > 0) {
      flush();
      block_.is_list_item = true;
      block_.append_line({at.line, at.byte + marker}, rest.substr(marker));
      return;
    }
    block_.append_line(at, rest);
  }

  // One line alone, of at most twelve words, with no sentence punctuation at its end.
  bool is_title_line(std::string_view text) const {
    if (block_.is_list_item || block_.segments.size() != 1 || text.empty()) return false;
    const char last = text.back();
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ',') return false;
    return std::count(text.begin(), text.end(), ' ') < 12;
  }

  void add_heading(std::string_view line, int level) {
    std::string_view title = trim(line.substr(leading_space(line) + static_cast<std::size_t>(level)));
    while (!title.empty() && title.back() == '#') title.remove_suffix(1);
    out_.headings.push_back(DraftHeading{std::string(trim(title)), level});
    verbatim(line);
  }

  void flush() {
    if (block_.empty()) return;
    InlineFact read = parse_inline(block_, sink_);
    const std::size_t attributes_at = find_attribute_block(block_.raw);
    const bool has_markup = !read.spans.empty() || attributes_at != std::string::npos;
    if (!has_headings_ && !has_markup && is_title_line(read.text)) {
      // A plain text's title lines ("The Nazi-Soviet Pact") become its headings.
      const int level = out_.headings.empty() ? 1 : 2;
      add_heading(std::string(static_cast<std::size_t>(level), '#') + " " + read.text, level);
    } else if (block_.is_list_item || has_markup) {
      add_fact(std::move(read.text), std::move(read.spans),
               attributes_at == std::string::npos ? std::string() : block_.raw.substr(attributes_at));
    } else {
      for (const auto& [begin, end] : split_sentences(read.text)) {
        add_fact(read.text.substr(begin, end - begin), {}, {});
      }
    }
    block_.clear();
  }

  void add_fact(std::string text, std::vector<Span> kept, std::string attributes) {
    if (text.empty()) return;
    if (out_.headings.empty()) {
      // A tagged span needs a heading above it.
      out_.headings.push_back(DraftHeading{options_.default_heading, 1});
      verbatim("# " + options_.default_heading);
      verbatim("");
    }
    DraftFact fact;
    fact.text = std::move(text);
    fact.kept = std::move(kept);
    fact.attributes = std::move(attributes);
    fact.section = static_cast<int>(out_.headings.size()) - 1;
    out_.blocks.push_back(DraftBlock{true, {}, out_.facts.size()});
    out_.facts.push_back(std::move(fact));
  }

  std::vector<std::string_view> lines_;
  DiagnosticSink sink_;
  const DraftOptions& options_;
  DraftResult& out_;
  BlockText block_;
  bool in_fence_ = false;
  bool in_comment_ = false;
  bool has_headings_ = false;  // a Markdown text; else title lines are taken for headings
};

}  // namespace

void read_draft_document(std::string_view text, const DraftOptions& options, DraftResult& out) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  DocumentReader(text, options, out).read();
}

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  std::size_t begin = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t end = pos + 1;
    while (end < text.size() && (text[end] == '"' || text[end] == ')' || text[end] == '\'')) ++end;
    if (text.substr(end).starts_with("\u201D") || text.substr(end).starts_with("\u2019")) end += 3;
    if (end >= text.size() || text[end] != ' ') continue;
    const std::size_t next = end + 1;
    if (!opens_sentence(text, next)) continue;
    if (c == '.' && is_abbreviation(text.substr(begin, pos - begin))) continue;
    sentences.emplace_back(begin, end);
    begin = next;
  }
  const std::string_view last = trim(text.substr(begin));
  if (!last.empty()) sentences.emplace_back(begin, begin + last.size());
  return sentences;
}

std::string escape_plain(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '\\' || c == '[' || c == ']' || c == '{' || c == '}' || c == '*') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace factdeck::quizgen::detail
