#pragma once
// The JSON columns of Anki's `col` row (schema 11): models (note types), decks, dconf (deck
// options), conf (collection settings). Field names and required keys follow Anki's
// rslib/src/notetype/schema11.rs and decks/schema11.rs.
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "anki/anki_package.hpp"
#include "base/result.hpp"

namespace factdeck::anki {

/// Anki's default deck and deck-options group, which every collection has.
inline constexpr std::int64_t kDefaultDeckId = 1;

[[nodiscard]] std::string models_json(const std::vector<NoteType>& types, std::int64_t deck_id,
                                      std::int64_t mod_secs);
[[nodiscard]] std::string decks_json(const std::string& deck_name, std::int64_t deck_id,
                                     std::int64_t mod_secs);
[[nodiscard]] std::string deck_options_json();
[[nodiscard]] std::string collection_conf_json(std::int64_t deck_id, std::int64_t model_id,
                                               std::int64_t next_position);

/// The note types of a `models` column. Parse naming the key that is missing or wrong.
[[nodiscard]] Result<std::vector<NoteType>> parse_models_json(std::string_view json);
/// Deck names by id from a `decks` column.
[[nodiscard]] Result<std::map<std::int64_t, std::string>> parse_deck_names(std::string_view json);

}  // namespace factdeck::anki
