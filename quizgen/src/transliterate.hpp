#pragma once
// Typed answers in another script: "Ленин" is "Lenin", "Вячеслав Молотов" is "Vyacheslav
// Molotov". ICU's transforms (Debian libicu-dev) do the work: Russian by the BGN/PCGN table, which
// is how English texts spell Russian names, other scripts by ICU's Any-Latin, then plain ASCII.
#include <optional>
#include <string>
#include <string_view>

namespace factdeck::quizgen {

/// `text` (UTF-8) in Latin letters without accents, or empty when it has no letters outside
/// Latin (nothing to transliterate) or ICU cannot load its transforms.
[[nodiscard]] std::optional<std::string> to_latin(std::string_view text);

}  // namespace factdeck::quizgen
