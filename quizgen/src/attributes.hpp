#pragma once
// The fact attribute block `{#id .tag hint="..." group=name}` at the very end of a fact.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "source_text.hpp"

namespace factdeck::quizgen::detail {

struct FactAttributes {
  std::string id;
  SourcePoint id_at;  // where the '#' of the id is
  std::vector<std::string> tags;
  std::string hint;
  std::string group;
};

/// True when `text[pos]` is preceded by an odd number of backslashes.
[[nodiscard]] bool is_escaped(std::string_view text, std::size_t pos);

/// Offset of the '{' that opens a trailing attribute block of `raw` (which ends in '}' and whose
/// '{' does not directly follow ']', which would make it a span), or npos.
[[nodiscard]] std::size_t find_attribute_block(std::string_view raw);

/// Reads the block `block.raw[open] == '{'` ... `block.raw[close] == '}'`, reporting malformed
/// parts as errors and unknown attribute names as warnings.
[[nodiscard]] FactAttributes parse_attribute_block(const BlockText& block, std::size_t open,
                                                   std::size_t close, DiagnosticSink& sink);

}  // namespace factdeck::quizgen::detail
