#pragma once
// A printable practice test: the export set as one self-contained HTML page (questions with
// their options, then an answer key that starts on a new printed page).
#include <string>
#include <string_view>

#include "quizgen/export_set.hpp"

namespace factdeck::quizgen {

/// `text` safe in HTML text and double-quoted attributes (& < > " ' as entities, invalid UTF-8
/// bytes as '?'): base/markup.hpp's Html flavour.
[[nodiscard]] std::string html_escape(std::string_view text);

/// The page (UTF-8). It loads nothing from outside: the style sheet is inline, there are no
/// scripts, images or links. Multiple-choice options are lettered a, b, c...; matching shows
/// the right column lettered in its shown order; the key gives each question's answer.
[[nodiscard]] std::string write_print_test(const ExportSet& set);

}  // namespace factdeck::quizgen
