#pragma once
// Fixtures for the export tests: a hand-made set whose texts hold every character the formats
// treat specially, and the shipped deck's full export.
#include <string>
#include <vector>

#include "generate_helpers.hpp"
#include "quizgen/export_set.hpp"

namespace factdeck::quizgen::test {

/// Texts with GIFT's ~ = # { } : \, XML's & < > " ', a line break, a tab and non-ASCII letters.
inline ExportSet hostile_export_set() {
  ExportSet set;
  set.title = "Maths & {symbols}: \"a\" <test>";
  const std::vector<std::string> section{set.title, "Signs / marks", "Sub: part"};
  ExportQuestion choice;
  choice.kind = ExportKind::MultipleChoice;
  choice.name = "001 choice: a=b";
  choice.id = "00000000000000a1-choice-1";
  choice.category = section;
  choice.stem = "Which sign {x} means \"equals\" in 2 + 2 = 4 & 3 < 5? _____";
  choice.options = {"~ tilde", "= equals", "# hash", "\\ backslash"};
  choice.correct_option = 1;
  choice.source = "The sign = means equals.";
  ExportQuestion truth;
  truth.kind = ExportKind::TrueFalse;
  truth.name = "002 truefalse: {t}";
  truth.id = "00000000000000a2-truefalse-2";
  truth.category = section;
  truth.stem = "Line one\nline two: Молотов was 'here' \u2014 true?";
  truth.is_true = false;
  truth.source = "Молотов was not here.";
  ExportQuestion shortq;
  shortq.kind = ExportKind::ShortAnswer;
  shortq.name = "003 cloze: c#d";
  shortq.id = "00000000000000a3-cloze-0";
  shortq.category = {set.title, "Other"};
  shortq.stem = "The _____ sits at 50% {approx}.\tTabbed.";
  shortq.answers = {"Café ~ Müller", "cafe muller", "C:\\path"};
  shortq.source = "The Café ~ Müller sits at 50%.";
  ExportQuestion matching;
  matching.kind = ExportKind::Matching;
  matching.name = "004 matching: pairs";
  matching.id = "matching-00000000000000a4";
  matching.category = {set.title, "Other"};
  matching.stem = "Match each {sign} with its name:";
  matching.pairs = {{"=", "equals -> same"}, {"~", "tilde"}, {"{ }", "braces & co"}};
  matching.options = {"tilde", "braces & co", "equals -> same"};
  set.questions = {choice, truth, shortq, matching};
  return set;
}

/// Every fact of the shipped deck asked once, with every matching exercise that fits.
inline ExportSet shipped_export_set(std::uint64_t seed = 0) {
  static const Deck deck = build_deck(shipped_article()).deck;
  ExportOptions options;
  options.seed = seed;
  Result<ExportSet> set = select_export_questions(deck, options);
  REQUIRE(set.has_value());
  return std::move(*set);
}

}  // namespace factdeck::quizgen::test
