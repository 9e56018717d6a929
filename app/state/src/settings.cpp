#include "state/settings.hpp"

#include <algorithm>

#include "state/notices.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

namespace {
// The profile stores the font size in pixels at scale 1 (16 px is the default).
constexpr double kDefaultFontPx = 16.0;
}  // namespace

void Settings::load(const store::Profile& profile) {
  const store::ProfileSettings& settings = profile.settings();
  look_.is_dark_theme = settings.theme != "light";
  look_.font_factor = static_cast<float>(settings.font_px / kDefaultFontPx);
  look_.ui_scale = static_cast<float>(settings.ui_scale);
}

Result<void> Settings::change_look(store::Profile* profile, const LookSettings& wanted) {
  look_ = {std::clamp(wanted.ui_scale, 0.5f, 3.0f), std::clamp(wanted.font_factor, 0.6f, 2.0f), wanted.is_dark_theme};
  if (profile == nullptr || profile->is_read_only()) return {};
  store::ProfileSettings settings = profile->settings();
  settings.theme = look_.is_dark_theme ? "dark" : "light";
  settings.font_px = static_cast<double>(look_.font_factor) * kDefaultFontPx;
  settings.ui_scale = static_cast<double>(look_.ui_scale);
  if (Result<void> saved = profile->set_profile_settings(settings); !saved) {
    return in_context("Settings were not saved: ", saved.error());
  }
  return {};
}

Result<void> save_deck_settings(store::Profile& profile, const DeckId& id, const store::DeckSettings& settings) {
  if (profile.is_read_only()) {
    return fail(ErrorCode::Invalid, "Deck options cannot be saved: this profile is read-only.");
  }
  if (Result<void> saved = profile.set_deck_settings(id.str(), settings); !saved) {
    return in_context("Deck options were not saved: ", saved.error());
  }
  return {};
}

Result<void> set_day_start_hour(store::Profile& profile, const std::vector<DeckId>& decks, std::uint32_t hour) {
  if (hour > 23) return {};
  for (const DeckId& id : decks) {
    store::DeckSettings settings = profile.deck_settings(id.str());
    if (settings.day_start_hour == hour) continue;
    settings.day_start_hour = hour;
    if (Result<void> saved = save_deck_settings(profile, id, settings); !saved) return saved;
  }
  return {};
}

}  // namespace factdeck::state
