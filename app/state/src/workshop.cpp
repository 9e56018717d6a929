// The workshop's decisions and the check that follows each one. The proposals, the teacher's
// decisions and the review comments are the whole state of a draft; the facts file is rendered
// from them, so undo only restores them and rebuilds.
#include "state/workshop.hpp"

#include <algorithm>

#include "quizgen/parse.hpp"

namespace factdeck::state {

namespace {

// Enough for a long session of one-key decisions; older steps are dropped first.
constexpr std::size_t kMaxUndoSteps = 500;

bool overlaps(std::uint32_t begin, std::uint32_t end, std::uint32_t other_begin, std::uint32_t other_end) {
  return begin < other_end && other_begin < end;
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string_view review_kind_word(quizgen::ReviewKind kind) {
  switch (kind) {
    case quizgen::ReviewKind::Cloze: return "cloze";
    case quizgen::ReviewKind::Choice: return "choice";
    case quizgen::ReviewKind::Wh: return "wh";
    case quizgen::ReviewKind::TrueStatement: return "true";
    case quizgen::ReviewKind::FalseStatement: return "false";
    case quizgen::ReviewKind::All: return "all";
  }
  return "all";
}

bool is_before(const WorkshopSpan& a, const WorkshopSpan& b) {
  return std::pair(a.proposal.fact, a.proposal.begin) < std::pair(b.proposal.fact, b.proposal.begin);
}

/// Deck fact i → the draft fact with the same sentence, matched in order.
std::vector<std::optional<std::size_t>> match_deck_facts(const quizgen::DraftResult& draft, const quizgen::Deck& deck) {
  std::vector<std::optional<std::size_t>> matched(deck.facts.size());
  std::size_t next = 0;
  for (std::size_t i = 0; i < deck.facts.size(); ++i) {
    for (std::size_t f = next; f < draft.facts.size(); ++f) {
      if (draft.facts[f].text != deck.facts[i].text) continue;
      matched[i] = f;
      next = f + 1;
      break;
    }
  }
  return matched;
}

/// A title in front matter when the text has none: the deck list shows a deck by its title.
void add_title(quizgen::DraftResult& draft, std::string_view facts_name) {
  if (!draft.blocks.empty() && !draft.blocks.front().is_fact && draft.blocks.front().verbatim == "---") return;
  std::string title = draft.headings.empty() ? std::string(facts_name.substr(0, facts_name.find('.')))
                                             : draft.headings.front().title;
  std::erase_if(title, [](char c) { return c == '\n' || c == '\r'; });
  const std::vector<quizgen::DraftBlock> front = {
      {.is_fact = false, .verbatim = "---", .fact = 0},
      {.is_fact = false, .verbatim = "title: " + title, .fact = 0},
      {.is_fact = false, .verbatim = "---", .fact = 0},
      {.is_fact = false, .verbatim = "", .fact = 0}};
  draft.blocks.insert(draft.blocks.begin(), front.begin(), front.end());
}

}  // namespace

std::string review_comment(quizgen::ReviewAction action, quizgen::ReviewKind kind, std::string_view span,
                           std::string_view option) {
  std::string decision;
  switch (action) {
    case quizgen::ReviewAction::Reject:
      decision = "reject " + std::string(review_kind_word(kind)) + " of " + quoted(span);
      break;
    case quizgen::ReviewAction::Exclude: decision = "exclude " + quoted(option) + " from " + quoted(span); break;
    case quizgen::ReviewAction::Pin: decision = "pin " + quoted(option) + " for " + quoted(span); break;
    case quizgen::ReviewAction::Reword:
      decision = "reword " + std::string(review_kind_word(kind)) + " of " + quoted(span) + " as " + quoted(option);
      break;
  }
  return "<!-- review: " + decision + " -->";
}

quizgen::ReviewKind review_kind_of(const quizgen::Question& question) {
  switch (question.kind) {
    case quizgen::QuestionKind::Cloze: return quizgen::ReviewKind::Cloze;
    case quizgen::QuestionKind::MultipleChoice: return quizgen::ReviewKind::Choice;
    case quizgen::QuestionKind::WhQuestion: return quizgen::ReviewKind::Wh;
    case quizgen::QuestionKind::TrueFalse:
      return question.is_true ? quizgen::ReviewKind::TrueStatement : quizgen::ReviewKind::FalseStatement;
  }
  return quizgen::ReviewKind::All;
}

Workshop Workshop::from_text(std::string_view text, std::string facts_name) {
  Workshop workshop;
  workshop.facts_name_ = std::move(facts_name);
  workshop.draft_ = quizgen::propose_draft(text, {.default_heading = "Draft", .file_name = workshop.facts_name_});
  add_title(workshop.draft_, workshop.facts_name_);
  for (const quizgen::Proposal& proposal : workshop.draft_.proposals) workshop.spans_.push_back({proposal});
  workshop.rebuild();
  return workshop;
}

// ---- Reading ----

WorkshopSummary Workshop::summary() const {
  WorkshopSummary summary;
  summary.proposals = spans_.size();
  summary.decided = static_cast<std::size_t>(std::count_if(
      spans_.begin(), spans_.end(), [](const WorkshopSpan& s) { return s.decision != SpanDecision::Open; }));
  summary.facts = check_.fact_count;
  summary.warnings = check_.warning_count;
  summary.errors = check_.error_count;
  if (check_.deck) {
    for (const quizgen::Item& item : check_.deck->items) summary.questions += item.questions.size();
  }
  return summary;
}

const WorkshopSpan* Workshop::find(const SpanRef& ref) const {
  const auto found = std::find_if(spans_.begin(), spans_.end(), [&](const WorkshopSpan& s) { return s.ref() == ref; });
  return found == spans_.end() ? nullptr : &*found;
}

WorkshopSpan* Workshop::find_mutable(const SpanRef& ref) {
  return const_cast<WorkshopSpan*>(std::as_const(*this).find(ref));
}

std::string Workshop::facts_text() const {
  quizgen::DraftResult rendered = draft_;
  rendered.proposals.clear();
  for (const WorkshopSpan& span : spans_) {
    if (span.decision == SpanDecision::Accepted) rendered.proposals.push_back(span.proposal);
  }
  // Each review comment goes right under its fact, where the parser looks for it.
  std::vector<quizgen::DraftBlock> blocks;
  for (const quizgen::DraftBlock& block : draft_.blocks) {
    blocks.push_back(block);
    if (!block.is_fact) continue;
    for (const WorkshopReview& review : reviews_) {
      if (review.fact == block.fact) blocks.push_back({.is_fact = false, .verbatim = "  " + review.comment, .fact = 0});
    }
  }
  rendered.blocks = std::move(blocks);
  return quizgen::render_draft(rendered);
}

std::optional<std::size_t> Workshop::draft_fact_of(std::uint32_t deck_fact) const {
  if (deck_fact >= check_.draft_facts.size()) return std::nullopt;
  return check_.draft_facts[deck_fact];
}

// ---- Decisions ----

Result<void> Workshop::decide(const SpanRef& ref, SpanDecision decision) {
  WorkshopSpan* span = find_mutable(ref);
  if (span == nullptr) return fail(ErrorCode::NotFound, "That proposal is no longer in the draft.");
  if (span->decision == decision) return {};
  remember_for_undo();
  find_mutable(ref)->decision = decision;
  rebuild();
  return {};
}

Result<std::size_t> Workshop::decide_open_of_type(quizgen::SpanType type, SpanDecision decision) {
  const auto is_open_of_type = [&](const WorkshopSpan& s) {
    return s.decision == SpanDecision::Open && s.proposal.type == type;
  };
  const auto count = static_cast<std::size_t>(std::count_if(spans_.begin(), spans_.end(), is_open_of_type));
  if (count == 0 || decision == SpanDecision::Open) return std::size_t{0};
  remember_for_undo();
  for (WorkshopSpan& span : spans_) {
    if (is_open_of_type(span)) span.decision = decision;
  }
  rebuild();
  return count;
}

Result<void> Workshop::retype(const SpanRef& ref, quizgen::SpanType type) {
  if (find(ref) == nullptr) return fail(ErrorCode::NotFound, "That proposal is no longer in the draft.");
  remember_for_undo();
  WorkshopSpan& span = *find_mutable(ref);
  if (span.proposal.type != type) span.proposal.group.clear();
  span.proposal.type = type;
  span.decision = SpanDecision::Accepted;
  rebuild();
  return {};
}

Result<SpanRef> Workshop::add_span(std::size_t fact, std::string_view words, quizgen::SpanType type) {
  if (fact >= draft_.facts.size()) return fail(ErrorCode::NotFound, "That sentence is no longer in the draft.");
  if (words.empty()) return fail(ErrorCode::Invalid, "Type the words to tag.");
  const std::string& text = draft_.facts[fact].text;
  const auto is_taken = [&](std::uint32_t begin, std::uint32_t end) {
    const auto& kept = draft_.facts[fact].kept;
    const bool is_kept = std::any_of(kept.begin(), kept.end(), [&](const auto& s) { return overlaps(begin, end, s.begin, s.end); });
    return is_kept || std::any_of(spans_.begin(), spans_.end(), [&](const WorkshopSpan& s) {
             return s.proposal.fact == fact && s.decision != SpanDecision::Rejected &&
                    overlaps(begin, end, s.proposal.begin, s.proposal.end);
           });
  };
  for (std::size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + 1)) {
    const auto begin = static_cast<std::uint32_t>(at);
    const auto end = static_cast<std::uint32_t>(at + words.size());
    if (is_taken(begin, end)) continue;
    remember_for_undo();
    // A rejected proposal under the new span would never be written; it goes so spans never overlap.
    std::erase_if(spans_, [&](const WorkshopSpan& s) {
      return s.proposal.fact == fact && overlaps(begin, end, s.proposal.begin, s.proposal.end);
    });
    WorkshopSpan added;
    added.proposal.fact = fact;
    added.proposal.begin = begin;
    added.proposal.end = end;
    added.proposal.type = type;
    added.proposal.confidence = 1.0;
    added.decision = SpanDecision::Accepted;
    added.is_added = true;
    added.proposal.note = "added by the teacher";
    spans_.insert(std::upper_bound(spans_.begin(), spans_.end(), added, is_before), added);
    rebuild();
    return SpanRef{fact, begin};
  }
  return fail(ErrorCode::Invalid, "'" + std::string(words) + "' is not in this sentence outside its tagged spans.");
}

Result<void> Workshop::review_question(ItemId item, quizgen::ReviewAction action, quizgen::ReviewKind kind,
                                       std::string_view option) {
  if (action == quizgen::ReviewAction::Reword) return fail(ErrorCode::Invalid, "Rewording is done in the facts file.");
  const bool needs_option = action != quizgen::ReviewAction::Reject;
  if (needs_option && option.empty()) return fail(ErrorCode::Invalid, "Name the option to exclude or pin.");
  if (option.find("--") != std::string_view::npos) return fail(ErrorCode::Invalid, "An option cannot hold '--'.");
  const quizgen::Item* found = nullptr;
  if (check_.deck) {
    const auto& items = check_.deck->items;
    const auto it = std::find_if(items.begin(), items.end(), [&](const quizgen::Item& i) { return i.id == item; });
    if (it != items.end()) found = &*it;
  }
  if (found == nullptr) return fail(ErrorCode::NotFound, "That question is not in the deck built now.");
  const std::optional<std::size_t> fact = draft_fact_of(found->fact_index);
  if (!fact) return fail(ErrorCode::NotFound, "The sentence of that question is not in the draft.");
  remember_for_undo();
  reviews_.push_back({*fact, review_comment(action, kind, found->answer, option)});
  rebuild();
  return {};
}

Result<void> Workshop::undo() {
  if (undo_.empty()) return fail(ErrorCode::NotFound, "Nothing to undo in the workshop.");
  redo_.push_back({spans_, reviews_});
  spans_ = std::move(undo_.back().spans);
  reviews_ = std::move(undo_.back().reviews);
  undo_.pop_back();
  rebuild();
  return {};
}

Result<void> Workshop::redo() {
  if (redo_.empty()) return fail(ErrorCode::NotFound, "Nothing to redo in the workshop.");
  if (undo_.size() == kMaxUndoSteps) undo_.erase(undo_.begin());
  undo_.push_back({spans_, reviews_});
  spans_ = std::move(redo_.back().spans);
  reviews_ = std::move(redo_.back().reviews);
  redo_.pop_back();
  rebuild();
  return {};
}

// Called before every new decision: it also ends what could be redone, as in any editor.
void Workshop::remember_for_undo() {
  if (undo_.size() == kMaxUndoSteps) undo_.erase(undo_.begin());
  undo_.push_back({spans_, reviews_});
  redo_.clear();
}

// Parsing and generating the whole draft again is fast enough to do after every decision (a
// 1,000-word text: a few milliseconds), and keeps one way of building.
void Workshop::rebuild() {
  const std::string text = facts_text();
  quizgen::ParseOutcome parsed = quizgen::parse_article(text, facts_name_);
  check_ = WorkshopCheck{};
  // Problems in tags the text came with (a facts file edited by hand): those tags are not
  // rendered, so the parser alone would never say so.
  check_.diagnostics = draft_.diagnostics;
  check_.diagnostics.insert(check_.diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
  for (const quizgen::Diagnostic& diagnostic : check_.diagnostics) {
    ++(diagnostic.severity == quizgen::Severity::Error ? check_.error_count : check_.warning_count);
  }
  if (!parsed.article) return;
  check_.fact_count = parsed.article->facts.size();
  quizgen::GenerateOptions options;
  options.threads = 1;  // small drafts: threads would cost more than they save
  quizgen::GenerateOutcome generated = quizgen::build_deck(*parsed.article, options);
  check_.warning_count += static_cast<int>(std::count_if(generated.notes.begin(), generated.notes.end(), [](const auto& n) {
    return n.level == quizgen::NoteLevel::Warning;
  }));
  check_.notes = std::move(generated.notes);
  check_.deck = std::move(generated.deck);
  check_.draft_facts = match_deck_facts(draft_, *check_.deck);
}

}  // namespace factdeck::state
