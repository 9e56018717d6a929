#pragma once
// The subject of a fact: the name a statement is about ("[Aconcagua], in western [Argentina], is
// the highest mountain in the Americas at [6,961 m]" is about Aconcagua, not Argentina), and the
// numbers the article states about each subject. Wrong options read it so that a value stated
// for the same quantity of the same thing is never offered as wrong (docs/question-generation.md,
// "Numbers").
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "quizgen/facts.hpp"
#include "value_index.hpp"
#include "word_index.hpp"

namespace factdeck::quizgen {

/// Index of the span that is the grammatical subject of `fact`: the first name span (person,
/// place, organization, event, term) of the main clause, with no comma and no number between the
/// clause's start and it. The main clause starts after an opening phrase ("Beyond [Neptune], the
/// [Kuiper Belt] ...", "At [about −179 °C], the surface of [Titan] ..."). Empty when the subject
/// is not tagged ("Brazil's 2022 census, run by the [IBGE], counted ...") or for a card.
[[nodiscard]] std::optional<std::size_t> subject_span(const Fact& fact);

/// A number span of a fact whose subject is `subject` (a merged value id).
struct SubjectNumber {
  std::uint32_t subject = 0;
  std::uint32_t fact = 0;
  std::uint32_t span = 0;
  std::uint32_t value = 0;  // the number's merged value id
};

class FactSubjects {
 public:
  /// Finds the subject of every fact and indexes the numbers stated about each subject.
  FactSubjects(const Article& article, const ValueIndex& index, const WordIndex& words);

  /// The merged value id of fact `fact`'s subject; empty when it has none.
  [[nodiscard]] std::optional<std::uint32_t> subject_of(std::size_t fact) const;
  /// The number spans of the facts about `subject`, in fact order.
  [[nodiscard]] std::span<const SubjectNumber> numbers_about(std::uint32_t subject) const;
  /// The number span `number` names.
  [[nodiscard]] const Span& span_of(const SubjectNumber& number) const {
    return article_.facts[number.fact].spans[number.span];
  }
  /// True when fact `fact` says one of the relation words `stems` outside its spans ("radius" in
  /// "[Earth]'s equatorial radius is [6,378 km]"): the same quantity, if the subject is the same.
  [[nodiscard]] bool says_outside_spans(std::size_t fact, std::span<const std::uint64_t> stems) const;

 private:
  const Article& article_;
  const WordIndex& words_;
  std::vector<std::uint32_t> subjects_;  // [fact]: the subject's value id, or kNoSubject
  std::vector<SubjectNumber> numbers_;   // sorted by subject, then fact
};

}  // namespace factdeck::quizgen
