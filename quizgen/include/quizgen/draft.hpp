#pragma once
// Draft tags (docs/draft-tags.md): proposes spans for a plain text or a partly tagged article —
// dates and numbers read by the parser's own value grammars, names of people, places,
// organisations and events, terms, recurrences (misspelled ones too) of entities found or tagged
// elsewhere, and fair-distractor groups — as data a reviewer accepts or rejects one by one, then
// writes the text back as a facts file (docs/facts-format.md).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/diagnostics.hpp"
#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

/// Why a span was proposed; a reviewer can accept or reject all proposals of one reason at once.
enum class ProposalReason {
  DateGrammar,    // the text reads as a date by the parser's date grammar
  NumberGrammar,  // the text reads as a quantity by the parser's number grammar
  Gazetteer,      // a country, capital, continent, ocean, sea, river or solar-system body
  TitleCue,       // after a title ("President", "Queen", "Dr")
  EventCue,       // a name with an event word ("Treaty of ...", "... War", "Battle of ...")
  OrgCue,         // a name ending in an organisation word ("... Party", "... Committee")
  PlaceCue,       // a name ending in a place word ("... Ocean") or after "in", "at", "near"
  TermCue,        // after "called" or "known as", a word in another script, an "-ism"
  NameShape,      // two to four capitalised words with no other cue: a person's name
  Surname,        // the last word of a person's full name found elsewhere in the text
  Recurrence,     // the same words as a span tagged or proposed elsewhere in the text
  Misspelling,    // one edit away from a name tagged or proposed elsewhere ("Stlain")
};
inline constexpr std::size_t kProposalReasonCount = 12;

/// A short name for people and the UI ("date grammar", "misspelling").
[[nodiscard]] std::string_view proposal_reason_name(ProposalReason reason);

/// One proposed span of one fact.
struct Proposal {
  std::size_t fact = 0;       // index into DraftResult::facts
  std::uint32_t begin = 0;    // byte offset in DraftFact::text
  std::uint32_t end = 0;      // one past the last byte
  SpanType type = SpanType::Term;
  std::string group;          // proposed @group; empty for dates and numbers
  std::string canonical;      // proposed "= canonical" when it differs from the text, else empty
  double confidence = 0.0;    // 0..1: how often this kind of proposal was right (docs/draft-tags.md)
  ProposalReason reason = ProposalReason::NameShape;
  std::string note;           // one line for the reviewer, e.g. "one letter from 'Stalin'"
};

/// One fact of the draft: a list item of the input, or one sentence of a paragraph.
struct DraftFact {
  std::string text;             // plain text, markup removed
  std::vector<Span> kept;       // spans already tagged in the input (offsets in `text`)
  std::string attributes;       // the input's attribute block, verbatim ("{#id .tag}"), or empty
  int section = -1;             // index of the heading above it in DraftResult::headings, or -1
};

/// One piece of the document, in order: a line written back as it was, or a fact.
struct DraftBlock {
  bool is_fact = false;
  std::string verbatim;  // when !is_fact: the line(s) as they were (headings, front matter, code)
  std::size_t fact = 0;  // when is_fact: index into DraftResult::facts
};

/// A group with too few members for fair options: multiple choice needs two other members of
/// the same type and group, so every group needs at least three.
struct GroupWarning {
  SpanType type = SpanType::Term;
  std::string group;
  std::vector<std::string> members;  // canonical forms
  std::string message;               // one line for people
};

/// A heading of the input ("## Title": level 2).
struct DraftHeading {
  std::string title;
  int level = 1;
};

struct DraftResult {
  std::vector<DraftBlock> blocks;
  std::vector<DraftFact> facts;
  std::vector<DraftHeading> headings;    // the input's headings, in order
  std::vector<Proposal> proposals;       // ordered by fact, then begin; never overlapping
  std::vector<GroupWarning> warnings;    // for all proposals accepted
  std::vector<Diagnostic> diagnostics;   // problems in the input's own tags
};

struct DraftOptions {
  /// The heading written above the facts when the text has none before its first fact (a
  /// tagged span needs a section).
  std::string default_heading = "Draft";
  /// The input's name in diagnostics.
  std::string file_name = "draft";
};

/// Proposes tags for `text`: a plain text, or a facts file with some tags already. Paragraphs
/// are split into sentences (one fact each); list items stay one fact each; headings, front
/// matter, comments and code are kept. Tags already in the input are kept and seed the
/// proposals; problems in them are returned as diagnostics.
[[nodiscard]] DraftResult propose_draft(std::string_view text, const DraftOptions& options = {});

/// The groups among the accepted proposals and kept spans with fewer than three members.
/// `accepted` has one flag per proposal; empty means all are accepted.
[[nodiscard]] std::vector<GroupWarning> group_warnings(const DraftResult& draft,
                                                       std::span<const bool> accepted = {});

/// The draft as a facts file: each fact a list item with its kept spans and the accepted
/// proposals tagged. `accepted` has one flag per proposal; empty means all are accepted.
[[nodiscard]] std::string render_draft(const DraftResult& draft, std::span<const bool> accepted = {});

}  // namespace factdeck::quizgen
