#pragma once
// A small GIFT reader for the tests, written from the format's documented rules (not from our
// writer): blank lines end a question, // starts a comment line, $CATEGORY: sets the category,
// ::title:: names a question, {...} holds the answers, a backslash escapes ~ = # { } : and itself,
// \n is a line break. Answers: {T}/{TRUE}/{F}/{FALSE} true/false; "=a -> b" matching; any "~"
// multiple choice; only "=" short answer. "#feedback" after an answer is dropped.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.hpp"

namespace factdeck::quizgen::test {

enum class GiftKind { TrueFalse, MultipleChoice, ShortAnswer, Matching };

struct GiftAnswer {
  bool is_correct = false;
  std::string text;
  friend bool operator==(const GiftAnswer&, const GiftAnswer&) = default;
};

struct GiftQuestion {
  std::string category;  // the last $CATEGORY before it, as written
  std::string title;
  std::string stem;
  GiftKind kind = GiftKind::ShortAnswer;
  bool is_true = false;
  std::vector<GiftAnswer> answers;                         // choice and short answer
  std::vector<std::pair<std::string, std::string>> pairs;  // matching
};

/// Parses a GIFT file; Parse errors name the line.
[[nodiscard]] Result<std::vector<GiftQuestion>> read_gift(std::string_view text);

}  // namespace factdeck::quizgen::test
