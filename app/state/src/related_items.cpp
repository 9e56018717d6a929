#include "state/related_items.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "quizgen/normalize.hpp"

namespace factdeck::state {

namespace {

// Every way the item's answer is written, normalized as answers are compared: the span as written
// in the sentence, its canonical form and its aliases ("Бессмертный полк", "Bessmertny polk").
std::vector<std::string> answer_forms(const quizgen::Item& item) {
  std::vector<std::string> forms;
  const auto add = [&](const std::string& text) {
    std::string form = quizgen::normalize_answer(text);
    if (!form.empty() && std::find(forms.begin(), forms.end(), form) == forms.end()) {
      forms.push_back(std::move(form));
    }
  };
  add(item.answer);
  add(item.canonical);
  for (const std::string& alias : item.aliases) add(alias);
  return forms;
}

bool shares_a_form(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(),
                     [&](const std::string& form) { return std::find(b.begin(), b.end(), form) != b.end(); });
}

// A question shows its whole fact sentence (with the blank) and the verdict shows it complete,
// so a sentence naming another item's answer hands that answer over.
bool states_any(const quizgen::Deck& deck, const quizgen::Item& item, const std::vector<std::string>& forms) {
  const std::string sentence = quizgen::normalize_text(deck.facts[item.fact_index].text);
  return std::any_of(forms.begin(), forms.end(),
                     [&](const std::string& form) { return quizgen::contains_words(sentence, form); });
}

}  // namespace

bool are_related(const quizgen::Deck& deck, const quizgen::Item& a, const quizgen::Item& b) {
  if (a.id == b.id || a.fact_index == b.fact_index) return true;
  const std::vector<std::string> forms_a = answer_forms(a);
  const std::vector<std::string> forms_b = answer_forms(b);
  return shares_a_form(forms_a, forms_b) || states_any(deck, a, forms_b) || states_any(deck, b, forms_a);
}

std::size_t distance_to_related(const quizgen::Deck& deck, const quizgen::Item& item,
                                std::span<const quizgen::Item* const> recent) {
  for (std::size_t back = 1; back <= recent.size(); ++back) {
    if (are_related(deck, item, *recent[recent.size() - back])) return back;
  }
  return recent.size() + 1;
}

}  // namespace factdeck::state
