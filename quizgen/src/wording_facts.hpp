#pragma once
// Facts that give a name in another script ("In Russian the Cheka was the Всероссийская
// чрезвычайная комиссия"): asking them tests spelling and wording, not knowledge, so in an
// article written in one script they are not asked (docs/question-generation.md, "What is
// asked"). An article where many facts do so (a vocabulary list) is about wording, and keeps them.
#include <optional>
#include <string_view>
#include <vector>

#include "quizgen/facts.hpp"
#include "quizgen/generate.hpp"

namespace factdeck::quizgen {

/// True when `text` holds a letter of a script other than Latin (Greek, Cyrillic, Hebrew,
/// Arabic, the CJK scripts...).
[[nodiscard]] bool has_non_latin_letter(std::string_view text);

/// The article without its wording facts, with a note per such span saying why; empty when it
/// keeps every fact (none is one, or they are a fifth or more of the facts: a language article).
[[nodiscard]] std::optional<Article> without_wording_facts(const Article& article, std::vector<GenerateNote>& notes);

}  // namespace factdeck::quizgen
