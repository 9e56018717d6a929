#pragma once
// Measuring draft tags against hand-made ones (docs/draft-tags.md): a tagged article stripped to
// plain text, and precision, recall and F1 per span type, for exact spans and for overlap.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "quizgen/draft.hpp"
#include "quizgen/facts.hpp"

namespace factdeck::quizgen {

/// The article as a plain text for the proposer: its headings, then each fact as a list item
/// with its markup removed (attributes, prose paragraphs and front matter left out), so that
/// the i-th fact of the draft is the i-th fact of the article.
[[nodiscard]] std::string strip_tags(const Article& article);

/// A typed span of the i-th fact, in bytes of its plain text.
struct ScoredSpan {
  std::size_t fact = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  SpanType type = SpanType::Term;
};

/// The article's own spans, as the reference.
[[nodiscard]] std::vector<ScoredSpan> reference_spans(const Article& article);
/// Every proposal of the draft (all accepted).
[[nodiscard]] std::vector<ScoredSpan> proposed_spans(const DraftResult& draft);

/// Counts for one type. Exact: same fact, bytes and type. Overlap: same fact and type, and the
/// byte ranges share at least one byte; precision counts the proposals that overlap a reference
/// span, recall the reference spans some proposal overlaps.
struct MatchCounts {
  std::size_t reference = 0;
  std::size_t proposed = 0;
  std::size_t exact = 0;
  std::size_t overlap_proposed = 0;
  std::size_t overlap_reference = 0;

  [[nodiscard]] double exact_precision() const;
  [[nodiscard]] double exact_recall() const;
  [[nodiscard]] double exact_f1() const;
  [[nodiscard]] double overlap_precision() const;
  [[nodiscard]] double overlap_recall() const;
  [[nodiscard]] double overlap_f1() const;
  MatchCounts& operator+=(const MatchCounts& other);
};

/// Per type (indexed by SpanType) and all types together.
struct DraftScore {
  std::array<MatchCounts, 7> by_type{};
  MatchCounts all;
};

/// Scores `proposed` against `reference`; the same scorer serves every tagger compared.
[[nodiscard]] DraftScore score_spans(const std::vector<ScoredSpan>& reference,
                                     const std::vector<ScoredSpan>& proposed);

}  // namespace factdeck::quizgen
