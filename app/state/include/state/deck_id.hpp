#pragma once
// DeckId: how the app names an open deck — its front-matter id, else its file name without
// extensions. It stays the same when the deck is reloaded, when another deck is removed and at the
// next start, so parts and actions hold it and never a deck's place in the list.
#include <compare>
#include <cstddef>
#include <functional>
#include <string>

namespace factdeck::state {

class DeckId {
 public:
  DeckId() = default;
  /// Explicit, so that a number (a position in a list) never turns into an id by accident.
  explicit DeckId(std::string text) : text_(std::move(text)) {}

  /// The id as stored in the profile (deck settings, review records).
  [[nodiscard]] const std::string& str() const { return text_; }

  friend bool operator==(const DeckId&, const DeckId&) = default;
  friend std::strong_ordering operator<=>(const DeckId&, const DeckId&) = default;

 private:
  std::string text_;
};

struct DeckIdHash {
  std::size_t operator()(const DeckId& id) const noexcept { return std::hash<std::string>{}(id.str()); }
};

}  // namespace factdeck::state
