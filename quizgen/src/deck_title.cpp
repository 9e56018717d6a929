#include <string>
#include <string_view>

#include "quizgen/deck.hpp"

namespace factdeck::quizgen {

namespace {

std::string_view file_name(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view without_deck_extension(std::string_view name) {
  for (const std::string_view extension : {".facts.md", ".md", ".json"}) {
    if (name.size() > extension.size() && name.ends_with(extension)) {
      return name.substr(0, name.size() - extension.size());
    }
  }
  return name;
}

const DeckSection* first_top_level_section(const Deck& deck) {
  for (const DeckSection& section : deck.sections) {
    if (section.parent < 0 && !section.title.empty()) return &section;
  }
  return nullptr;
}

}  // namespace

std::string deck_title(const Deck& deck) {
  if (!deck.meta.title.empty()) return deck.meta.title;
  if (const DeckSection* section = first_top_level_section(deck)) return section->title;
  if (!deck.meta.deck_id.empty()) return deck.meta.deck_id;
  const std::string_view name = without_deck_extension(file_name(deck.source_file));
  if (!name.empty()) return std::string(name);
  return "Untitled deck";
}

}  // namespace factdeck::quizgen
