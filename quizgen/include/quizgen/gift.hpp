#pragma once
// GIFT, Moodle's plain-text question format: the export set as one GIFT file (multiple choice,
// true/false, short answer, matching), with a $CATEGORY line per section.
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/export_set.hpp"

namespace factdeck::quizgen {

/// `text` with GIFT's special characters ~ = # { } : and the backslash escaped by a backslash,
/// and line breaks written as \n (a blank line would end the question).
[[nodiscard]] std::string gift_escape(std::string_view text);

/// "$course$/Title/Section/...": a Moodle category path, a '/' inside a name doubled.
[[nodiscard]] std::string moodle_category_path(const std::vector<std::string>& category);

/// The questions as a GIFT file (UTF-8): a comment line naming the deck, then each question as
/// ::name:: stem {answers}, one blank line apart, a $CATEGORY line before each new section.
[[nodiscard]] std::string write_gift(const ExportSet& set);

}  // namespace factdeck::quizgen
