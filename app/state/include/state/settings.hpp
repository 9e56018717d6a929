#pragma once
// Settings: the look of the window (kept in the profile's settings) and each deck's options
// (retention, limits, scheduler, learning steps, study-day hour), saved in the open profile.
#include <cstdint>
#include <vector>

#include "base/result.hpp"
#include "state/deck_id.hpp"

namespace factdeck::store {
class Profile;
struct DeckSettings;
}  // namespace factdeck::store

namespace factdeck::state {

/// Presentation settings the window applies between frames.
struct LookSettings {
  float ui_scale = 1.0f;     // the user's scale, on top of the monitor's content scale
  float font_factor = 1.0f;  // the user's font size relative to the default
  bool is_dark_theme = true;
};

class Settings {
 public:
  [[nodiscard]] const LookSettings& look() const { return look_; }
  /// Takes the look stored in `profile` (after it was opened).
  void load(const store::Profile& profile);
  /// Changes the look at once (clamped to what the window can show) and saves it in `profile`
  /// when there is one that can be written; fails with the store's error when it is not saved.
  [[nodiscard]] Result<void> change_look(store::Profile* profile, const LookSettings& wanted);

 private:
  LookSettings look_;
};

/// Saves deck `id`'s options. Fails with Invalid on a read-only profile, or with the store's
/// error when they could not be written (the previous options stay).
[[nodiscard]] Result<void> save_deck_settings(store::Profile& profile, const DeckId& id,
                                              const store::DeckSettings& settings);

/// Sets the hour a study day starts at (0-23) for every deck in `decks`; other hours are ignored.
[[nodiscard]] Result<void> set_day_start_hour(store::Profile& profile, const std::vector<DeckId>& decks,
                                              std::uint32_t hour);

}  // namespace factdeck::state
