// Document structure (format: docs/facts-format.md, "The parts").
#include "document.hpp"

#include <optional>

#include "cards.hpp"
#include "fact_registry.hpp"
#include "review.hpp"
#include "quizgen/parse.hpp"
#include "spans.hpp"
#include "text_utils.hpp"

namespace factdeck::quizgen::detail {

namespace {

enum class LineKind { Blank, Heading, ListItem, Rule, Fence, Comment, Text };

struct LineInfo {
  LineKind kind = LineKind::Text;
  std::size_t content_byte = 0;  // where the heading title or list item text starts
  int heading_level = 0;
};

// "---", "***", "- - -": a thematic break (ends a block, not a list item).
bool is_rule(std::string_view trimmed) {
  if (trimmed.size() < 3) return false;
  const char mark = trimmed.front();
  if (mark != '-' && mark != '*' && mark != '_') return false;
  int count = 0;
  for (char c : trimmed) {
    if (c == mark) ++count;
    else if (c != ' ' && c != '\t') return false;
  }
  return count >= 3;
}

// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start of `text`, or 0.
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

LineInfo classify_line(std::string_view line) {
  const std::size_t indent = leading_space(line);
  const std::string_view rest = line.substr(indent);
  if (rest.empty()) return {LineKind::Blank, 0, 0};
  if (rest.starts_with("```") || rest.starts_with("~~~")) return {LineKind::Fence, 0, 0};
  if (rest.starts_with("<!--")) return {LineKind::Comment, 0, 0};
  if (is_rule(trim(rest))) return {LineKind::Rule, 0, 0};
  if (indent <= 3 && rest[0] == '#') {
    std::size_t level = 0;
    while (level < rest.size() && rest[level] == '#') ++level;
    if (level <= 6 && (level == rest.size() || is_space(rest[level]))) {
      return {LineKind::Heading, indent + level, static_cast<int>(level)};
    }
  }
  if (const std::size_t marker = list_marker_length(rest); marker > 0) {
    return {LineKind::ListItem, indent + marker, 0};
  }
  return {LineKind::Text, indent, 0};
}

// "## Title ##" → "Title".
std::string_view heading_title(std::string_view text) {
  text = trim(text);
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);
  return trim(text);
}

std::string_view unquote(std::string_view value) {
  const bool is_quoted = value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                         value.back() == value.front();
  return is_quoted ? value.substr(1, value.size() - 2) : value;
}

class ArticleBuilder {
 public:
  ArticleBuilder(const std::vector<std::string_view>& lines, DiagnosticSink& sink)
      : lines_(lines), sink_(sink), registry_(sink, lines.size() / 2 + 1) {
    // Measured on generated articles: about one fact per two lines, one section per 25.
    article_.facts.reserve(lines.size() / 2 + 1);
    article_.sections.reserve(lines.size() / 25 + 1);
  }

  Article build() {
    std::size_t index = read_front_matter();
    for (; index < lines_.size(); ++index) read_line(index);
    flush_block();
    registry_.report_duplicate_keys(article_.facts);
    if (open_review_) sink_.warning({review_line_, 0}, "review comment opened here is never closed; ignored");
    if (open_fence_line_ > 0) {
      sink_.warning({open_fence_line_, 0}, "code block opened here is never closed; "
                                           "the rest of the file was skipped");
    }
    if (in_comment_) {
      sink_.warning({open_comment_line_, 0}, "comment opened here with '<!--' is never closed by '-->'; "
                                             "the rest of the file was skipped");
    }
    return std::move(article_);
  }

 private:
  // ---- Front matter ----

  std::size_t read_front_matter() {
    if (lines_.empty() || trim(lines_[0]) != "---") return 0;
    for (std::size_t index = 1; index < lines_.size(); ++index) {
      const std::string_view line = trim(lines_[index]);
      if (line == "---" || line == "...") return index + 1;
      if (!line.empty() && line[0] != '#') read_meta_line(index);
    }
    sink_.error({1, 0}, "front matter opened with '---' is never closed by a '---' line");
    return lines_.size();
  }

  void read_meta_line(std::size_t index) {
    const std::string_view line = lines_[index];
    const SourcePoint at{static_cast<int>(index) + 1, leading_space(line)};
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      sink_.warning(at, "front-matter line is not 'key: value'; ignored");
      return;
    }
    const std::string_view key = trim(line.substr(0, colon));
    const std::string value(unquote(trim(line.substr(colon + 1))));
    ArticleMeta& meta = article_.meta;
    if (key == "title") meta.title = value;
    else if (key == "source") meta.source = value;
    else if (key == "author") meta.author = value;
    else if (key == "language") meta.language = value;
    else if (key == "licence" || key == "license") meta.licence = value;
    else if (key == "id") meta.deck_id = value;
    else {
      sink_.warning(at, "unknown front-matter key '" + std::string(key) +
                            "' ignored (expected title, source, author, language, licence, id)");
    }
  }

  // ---- Lines and blocks ----

  void read_line(std::size_t index) {
    const std::string_view line = lines_[index];
    const int line_number = static_cast<int>(index) + 1;
    if (open_review_) return continue_review(line, line_number);
    if (open_fence_line_ > 0 || in_comment_) return skip_line(line);
    const LineInfo info = classify_line(line);
    if (info.kind == LineKind::Text && read_definition_line(line, line_number)) return;
    if (info.kind != LineKind::Text) flush_block();
    switch (info.kind) {
      case LineKind::Blank:
      case LineKind::Rule: return;
      case LineKind::Fence: open_fence_line_ = line_number; return;
      case LineKind::Comment:
        if (is_review_comment(trim(line))) return open_review(line, line_number);
        open_comment(line, line_number);
        return;
      case LineKind::Heading:
        return add_section(info.heading_level, line.substr(info.content_byte), line_number);
      case LineKind::ListItem: block_.is_list_item = true; break;
      case LineKind::Text: break;
    }
    block_.append_line({line_number, info.content_byte}, line.substr(info.content_byte));
  }

  void open_comment(std::string_view line, int line_number) {
    in_comment_ = line.find("-->") == std::string_view::npos;
    if (in_comment_) open_comment_line_ = line_number;
  }

  void skip_line(std::string_view line) {
    if (in_comment_) {
      in_comment_ = line.find("-->") == std::string_view::npos;
    } else if (classify_line(line).kind == LineKind::Fence) {
      open_fence_line_ = 0;
    }
  }

  void add_section(int level, std::string_view text, int line) {
    Section section;
    section.title = std::string(heading_title(text));
    section.level = level;
    section.line = line;
    while (!open_sections_.empty() &&
           article_.sections[static_cast<std::size_t>(open_sections_.back())].level >= level) {
      open_sections_.pop_back();
    }
    section.parent = open_sections_.empty() ? -1 : open_sections_.back();
    if (section.title.empty()) sink_.warning({line, 0}, "heading has no title");
    current_section_ = static_cast<int>(article_.sections.size());
    open_card_list_ = -1;
    reviewed_fact_ = -1;
    open_sections_.push_back(current_section_);
    article_.sections.push_back(std::move(section));
  }

  // ---- Review comments: a teacher's decisions about the fact above ----

  void open_review(std::string_view line, int line_number) {
    std::size_t start = line.find("review") + 6;
    if (start < line.size() && line[start] == ':') ++start;
    open_review_ = std::vector<ReviewLine>{};
    review_line_ = line_number;
    continue_review(line, line_number, start);
  }

  void continue_review(std::string_view line, int line_number, std::size_t start = 0) {
    const std::size_t close = line.find("-->", start);
    const std::size_t end = close == std::string_view::npos ? line.size() : close;
    if (end > start) open_review_->push_back(ReviewLine{{line_number, start}, line.substr(start, end - start)});
    if (close != std::string_view::npos) close_review();
  }

  void close_review() {
    std::vector<ReviewLine> lines = std::move(*open_review_);
    open_review_.reset();
    if (reviewed_fact_ < 0) {
      sink_.warning({review_line_, 0}, "review comment with no fact right above it in its section; ignored");
      return;
    }
    Fact& fact = article_.facts[static_cast<std::size_t>(reviewed_fact_)];
    for (ReviewDecision& decision : read_review(lines, fact, sink_)) fact.review.push_back(std::move(decision));
  }

  // ---- Definition lists: plain flashcards ----

  /// Reads a ": definition" line: it opens a card when the block so far is one line of
  /// paragraph (the term); a second one for the same term is joined to the first. False when
  /// the line is read as text.
  bool read_definition_line(std::string_view line, int line_number) {
    const std::optional<std::size_t> start = definition_start(line);
    if (!start) return false;
    const SourcePoint at{line_number, *start};
    if (card_term_) {
      sink_.warning(at, "a second definition of one term is joined to the first with ';'");
      block_.raw += ';';
    } else if (!block_.is_list_item && block_.segments.size() == 1) {
      card_term_ = std::move(block_);
      block_.clear();
    } else {
      sink_.warning(at, "': ' line read as text: a definition needs its term alone on the line right "
                        "above it (docs/facts-format.md, \"Plain flashcards\")");
      return false;
    }
    block_.append_line(at, line.substr(*start));
    return true;
  }

  void add_card() {
    std::optional<Fact> card = read_card(*card_term_, block_, sink_);
    card_term_.reset();
    if (!card) return;
    if (current_section_ < 0) {
      sink_.error({card->line, 0}, "card before the first heading: every card needs a section "
                                   "(add a '# Heading' above it)");
      return;
    }
    if (open_card_list_ < 0) open_card_list_ = card_lists_++;
    card->section = current_section_;
    card->card_list = open_card_list_;
    card->key = card->id.empty() ? derive_fact_key(card->text) : card->id;
    registry_.add_key(*card, article_.facts.size(), SourcePoint{card->line, 0});
    reviewed_fact_ = static_cast<int>(article_.facts.size());
    article_.facts.push_back(std::move(*card));
  }

  // ---- Blocks ----

  void flush_block() {
    if (block_.empty()) return;
    if (card_term_) {
      add_card();
      block_.clear();
      return;
    }
    open_card_list_ = -1;  // anything else between two cards ends their list
    reviewed_fact_ = -1;   // and a review comment after it has no fact right above
    InlineFact inline_fact = parse_inline(block_, sink_);
    if (inline_fact.spans.empty()) {
      add_prose(inline_fact);
    } else if (current_section_ < 0) {
      sink_.error(inline_fact.first_span_at,
                  "tagged span before the first heading: every fact needs a section "
                  "(add a '# Heading' above it)");
    } else if (!is_askable_size(inline_fact)) {
      sink_.error(inline_fact.first_span_at,
                  "fact is too long to ask: " + std::to_string(inline_fact.spans.size()) + " tagged spans and " +
                      std::to_string(inline_fact.text.size()) + " bytes (at most " + std::to_string(kMaxSpansPerFact) +
                      " spans and " + std::to_string(kMaxFactBytes) + " bytes); split it into sentences");
    } else {
      add_fact(std::move(inline_fact));
    }
    block_.clear();
  }

  // Every question of a fact shows the fact, so a deck grows with spans x length of each fact:
  // bounding a fact keeps the generator linear in its input (a 0.25 MB line of 8,000 spans took
  // 16 s and 2 GB). Real facts are one sentence: the shipped and corpus articles stay far below.
  static constexpr std::size_t kMaxSpansPerFact = 256;
  static constexpr std::size_t kMaxFactBytes = 16384;

  static bool is_askable_size(const InlineFact& inline_fact) {
    return inline_fact.spans.size() <= kMaxSpansPerFact && inline_fact.text.size() <= kMaxFactBytes;
  }

  void add_prose(InlineFact& inline_fact) {
    if (inline_fact.attributes) {
      sink_.warning(inline_fact.attributes_at,
                    "attribute block on text with no tagged span; it is ignored");
    }
    if (current_section_ >= 0 && !inline_fact.text.empty()) {
      article_.sections[static_cast<std::size_t>(current_section_)].prose.push_back(
          std::move(inline_fact.text));
    }
  }

  void add_fact(InlineFact inline_fact) {
    Fact fact;
    fact.line = block_.first_line();
    fact.section = current_section_;
    if (inline_fact.attributes) {
      fact.id = inline_fact.attributes->id;
      fact.tags = std::move(inline_fact.attributes->tags);
      fact.hint = std::move(inline_fact.attributes->hint);
    }
    fact.key = fact.id.empty() ? derive_fact_key(inline_fact.text) : fact.id;
    registry_.add_key(fact, article_.facts.size(),
                      inline_fact.attributes ? inline_fact.attributes->id_at : SourcePoint{});
    registry_.check_claims(inline_fact);
    fact.text = std::move(inline_fact.text);
    fact.spans = std::move(inline_fact.spans);
    reviewed_fact_ = static_cast<int>(article_.facts.size());
    article_.facts.push_back(std::move(fact));
  }

  const std::vector<std::string_view>& lines_;
  DiagnosticSink& sink_;
  FactRegistry registry_;
  Article article_;
  BlockText block_;
  std::vector<int> open_sections_;  // the chain of headings enclosing the current line
  int current_section_ = -1;
  std::optional<BlockText> card_term_;  // the term line of the card being read
  int open_card_list_ = -1;             // the definition list the next card joins, or -1
  int card_lists_ = 0;                  // definition lists so far
  int reviewed_fact_ = -1;              // the fact a review comment here is about, or -1
  std::optional<std::vector<ReviewLine>> open_review_;  // a review comment being read
  int review_line_ = 0;                 // where it opened
  int open_fence_line_ = 0;
  bool in_comment_ = false;
  int open_comment_line_ = 0;
};

}  // namespace

Article build_article(const std::vector<std::string_view>& lines, DiagnosticSink& sink) {
  return ArticleBuilder(lines, sink).build();
}

}  // namespace factdeck::quizgen::detail
