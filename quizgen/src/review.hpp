#pragma once
// Review and lock (docs/facts-format.md, "Review and lock"): a teacher's decisions about the
// questions of one fact, written in the file as a `<!-- review: ... -->` comment under the fact —
// reject a question, exclude or pin a wrong option, reword a stem — read by the parser and
// applied by the generator every time the deck is built.
#include <cstddef>
#include <string_view>
#include <vector>

#include "quizgen/facts.hpp"
#include "quizgen/generate.hpp"
#include "source_text.hpp"

namespace factdeck::quizgen::detail {

/// One line of a review comment's text, with where it starts in the source.
struct ReviewLine {
  SourcePoint at;
  std::string_view text;
};

/// True when a comment opening on `trimmed_line` ("<!-- review: ..." or "<!-- review") is a
/// review comment.
[[nodiscard]] bool is_review_comment(std::string_view trimmed_line);

/// The decisions of one review comment, given its lines without "<!--", "review:" and "-->".
/// Decisions are separated by ';' or line ends; a decision that cannot be read is an error.
/// A decision naming a span `fact` does not have is warned about and left out.
[[nodiscard]] std::vector<ReviewDecision> read_review(const std::vector<ReviewLine>& lines, const Fact& fact,
                                                      DiagnosticSink& sink);

/// Applies every fact's review decisions to the deck built from `article` (rejected questions
/// removed, excluded options dropped, pinned options added, stems reworded). An item left with
/// no question is left out of the deck with the exercises drawing on it. Decisions that find
/// nothing to act on are noted; the stats are counted again.
void apply_reviews(const Article& article, const GenerateOptions& options, GenerateOutcome& outcome);

}  // namespace factdeck::quizgen::detail
