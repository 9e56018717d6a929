#pragma once
// Inline markup of one fact: spans `[text]{type@group = canonical | alias}`, escapes, Markdown
// links and the trailing attribute block. Produces the plain text with the spans located in it.
#include <optional>
#include <string>
#include <vector>

#include "attributes.hpp"
#include "quizgen/facts.hpp"
#include "source_text.hpp"

namespace factdeck::quizgen::detail {

/// "This form stands for the span's canonical form", stated by one span of the fact; checked
/// across the whole file. The form is the canonical form itself (alias -1) or one alias.
struct AliasClaim {
  std::size_t span = 0;  // index into InlineFact::spans
  int alias = -1;        // index into Span::aliases, or -1 for the canonical form
  SourcePoint at;
};

/// One block read for its inline markup.
struct InlineFact {
  std::string text;  // markup removed, trimmed
  std::vector<Span> spans;
  std::vector<AliasClaim> claims;
  std::optional<FactAttributes> attributes;
  SourcePoint attributes_at;  // where the attribute block's '{' is
  SourcePoint first_span_at;  // where the first span's '[' is
};

/// Reads `block`, reporting unclosed spans, unknown types, empty spans, unreadable dates and
/// numbers and malformed attribute blocks to `sink`. A fact-level `group=` is applied to the
/// person, place, org, event and term spans that have no `@group`.
[[nodiscard]] InlineFact parse_inline(const BlockText& block, DiagnosticSink& sink);

}  // namespace factdeck::quizgen::detail
