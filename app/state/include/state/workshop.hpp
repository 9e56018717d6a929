#pragma once
// The teacher's workshop: a plain text becomes a checked facts file. The draft proposer
// (quizgen/draft.hpp) proposes typed spans; the teacher accepts, rejects or retypes each one and
// adds spans it missed; every decision rebuilds the tagged article, checks it and generates its
// questions, and a bad question is rejected, or an option excluded or pinned, as a review comment
// written under its fact. Saving and following the saved file live in workshop_files.hpp.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/item_id.hpp"
#include "base/result.hpp"
#include "quizgen/deck.hpp"
#include "quizgen/diagnostics.hpp"
#include "quizgen/draft.hpp"
#include "quizgen/generate.hpp"
#include "state/span_ref.hpp"

namespace factdeck::state {

/// One proposal and what the teacher made of it.
struct WorkshopSpan {
  quizgen::Proposal proposal;
  SpanDecision decision = SpanDecision::Open;
  bool is_added = false;  // written by the teacher, not proposed
  [[nodiscard]] SpanRef ref() const { return {proposal.fact, proposal.begin}; }
};

/// A review decision about one generated question, written as a comment under its fact.
struct WorkshopReview {
  std::size_t fact = 0;  // index into the draft's facts
  std::string comment;   // the whole "<!-- review: ... -->" line
};

/// The tagged article as built now: the parser's diagnostics and, without errors, the deck and
/// the generator's weak spots.
struct WorkshopCheck {
  std::vector<quizgen::Diagnostic> diagnostics;
  std::vector<quizgen::GenerateNote> notes;
  std::optional<quizgen::Deck> deck;
  std::vector<std::optional<std::size_t>> draft_facts;  // per deck fact: its fact in the draft
  std::size_t fact_count = 0;
  int error_count = 0;
  int warning_count = 0;  // the parser's warnings and the generator's warning-level notes
};

/// The progress line: "12 of 31 proposals decided, 40 facts, 3 warnings".
struct WorkshopSummary {
  std::size_t decided = 0;
  std::size_t proposals = 0;
  std::size_t facts = 0;
  int warnings = 0;
  int errors = 0;
  std::size_t questions = 0;
};

class Workshop {
 public:
  /// A workshop on `text` (a plain text or a partly tagged article) whose facts file will be
  /// written as `facts_name` in messages and diagnostics.
  [[nodiscard]] static Workshop from_text(std::string_view text, std::string facts_name);

  // ---- Reading ----
  [[nodiscard]] const quizgen::DraftResult& draft() const { return draft_; }
  /// The proposals in text order (fact, then start), each with the teacher's decision.
  [[nodiscard]] const std::vector<WorkshopSpan>& spans() const { return spans_; }
  [[nodiscard]] const std::vector<WorkshopReview>& reviews() const { return reviews_; }
  [[nodiscard]] const WorkshopCheck& check() const { return check_; }
  [[nodiscard]] WorkshopSummary summary() const;
  /// The span at `ref`, or nullptr.
  [[nodiscard]] const WorkshopSpan* find(const SpanRef& ref) const;
  /// The facts file as it would be saved: the text with the accepted spans tagged (kept tags
  /// too) and the review comments under their facts.
  [[nodiscard]] std::string facts_text() const;
  /// The fact (index into draft().facts) whose sentence became deck fact `deck_fact`, if any.
  /// (The parser keeps the draft's facts in order and leaves out those with no span.)
  [[nodiscard]] std::optional<std::size_t> draft_fact_of(std::uint32_t deck_fact) const;
  [[nodiscard]] bool can_undo() const { return !undo_.empty(); }
  [[nodiscard]] bool can_redo() const { return !redo_.empty(); }

  // ---- Decisions (each one can be undone, and rebuilds the check) ----
  /// Accepts, rejects or reopens one proposal. NotFound for an unknown span.
  [[nodiscard]] Result<void> decide(const SpanRef& ref, SpanDecision decision);
  /// Accepts or rejects every open proposal of `type` at once; returns how many changed.
  [[nodiscard]] Result<std::size_t> decide_open_of_type(quizgen::SpanType type, SpanDecision decision);
  /// Gives a proposal another type and accepts it (the group is dropped: it named like things
  /// of the old type). NotFound for an unknown span.
  [[nodiscard]] Result<void> retype(const SpanRef& ref, quizgen::SpanType type);
  /// Tags the first occurrence of `words` in fact `fact` that no kept or proposed span covers,
  /// accepted. Invalid when the words are not in the fact or overlap a span there.
  [[nodiscard]] Result<SpanRef> add_span(std::size_t fact, std::string_view words, quizgen::SpanType type);
  /// Writes a review decision about a question of `item` under its fact: reject that question
  /// (`action` Reject, `kind`), or exclude or pin `option` (Exclude, Pin). NotFound when the
  /// item is not in the deck built now, Invalid for an empty option or a reword.
  [[nodiscard]] Result<void> review_question(ItemId item, quizgen::ReviewAction action,
                                             quizgen::ReviewKind kind, std::string_view option);
  /// Takes back the last decision. NotFound when there is none.
  [[nodiscard]] Result<void> undo();
  /// Makes again the decision undo() took back last; a new decision clears what can be redone.
  /// NotFound when there is none.
  [[nodiscard]] Result<void> redo();

 private:
  struct Snapshot {
    std::vector<WorkshopSpan> spans;
    std::vector<WorkshopReview> reviews;
  };
  WorkshopSpan* find_mutable(const SpanRef& ref);
  void remember_for_undo();
  void rebuild();

  quizgen::DraftResult draft_;
  std::string facts_name_;
  std::vector<WorkshopSpan> spans_;
  std::vector<WorkshopReview> reviews_;
  std::vector<Snapshot> undo_;
  std::vector<Snapshot> redo_;  // what undo() took back, the newest last
  WorkshopCheck check_;
};

/// The review comment for one decision: `<!-- review: reject cloze of "Rapallo" -->`, with
/// quotes in the span or option escaped as the review syntax wants (docs/facts-format.md).
[[nodiscard]] std::string review_comment(quizgen::ReviewAction action, quizgen::ReviewKind kind,
                                         std::string_view span, std::string_view option);

/// The review kind that names `question` ("true" or "false" for a true/false statement).
[[nodiscard]] quizgen::ReviewKind review_kind_of(const quizgen::Question& question);

}  // namespace factdeck::state
