#include "state/loaded_deck.hpp"

#include <algorithm>

#include "quizgen/normalize.hpp"

namespace factdeck::state {

namespace {

DeckId deck_id_for(const quizgen::Deck& deck, const std::filesystem::path& source_path) {
  if (!deck.meta.deck_id.empty()) return DeckId(deck.meta.deck_id);
  std::string stem = source_path.filename().string();
  return DeckId(stem.substr(0, stem.find('.')));
}

// People, dates and places are what make two items about different facts easy to confuse on
// the same day; the scheduler spreads items sharing one of them apart.
bool is_entity_type(quizgen::SpanType type) {
  return type == quizgen::SpanType::Person || type == quizgen::SpanType::Date ||
         type == quizgen::SpanType::Place;
}

std::uint64_t entity_key(const quizgen::Item& item) {
  const std::string type_name(quizgen::span_type_name(item.type));
  return fnv1a64(quizgen::normalize_answer(item.canonical), fnv1a64(type_name));
}

}  // namespace

const quizgen::Item* LoadedDeck::find_item(ItemId id) const {
  const auto found = item_index.find(id);
  return found == item_index.end() ? nullptr : &deck.items[found->second];
}

LoadedDeck make_loaded_deck(quizgen::Deck deck, std::filesystem::path source_path) {
  LoadedDeck loaded;
  loaded.deck_id = deck_id_for(deck, source_path);
  loaded.source_path = std::move(source_path);
  loaded.deck = std::move(deck);
  const std::vector<quizgen::Item>& items = loaded.deck.items;
  std::vector<std::vector<std::uint64_t>> entities_by_fact(loaded.deck.facts.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    loaded.item_index.emplace(items[i].id, i);
    loaded.fact_keys.push_back(fnv1a64(items[i].fact_key));
    if (is_entity_type(items[i].type)) {
      entities_by_fact[items[i].fact_index].push_back(entity_key(items[i]));
    }
  }
  for (const quizgen::Item& item : items) {
    loaded.entity_keys.push_back(entities_by_fact[item.fact_index]);
  }
  return loaded;
}

std::vector<std::string> section_path_of(const LoadedDeck& deck, ItemId id) {
  const quizgen::Item* item = deck.find_item(id);
  if (item == nullptr || item->fact_index >= deck.deck.facts.size()) return {};
  return deck.deck.facts[item->fact_index].section_path;
}

}  // namespace factdeck::state
