// Settings on its own: the look (clamped, saved in the profile) and deck options.
#include <catch2/catch.hpp>

#include "state/settings.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

TEST_CASE("A change of look is clamped to what the window can show and kept in the profile", "[state]") {
  StateFolder folder;
  {
    store::Profile profile = open_test_profile(folder, at_secs(0));
    Settings settings;
    REQUIRE(settings.change_look(&profile, {9.0f, 0.1f, false}));
    CHECK(settings.look().ui_scale == 3.0f);
    CHECK(settings.look().font_factor == 0.6f);
    CHECK_FALSE(settings.look().is_dark_theme);
  }
  const store::Profile reopened = open_test_profile(folder, at_secs(10));
  Settings loaded;
  loaded.load(reopened);
  CHECK(loaded.look().ui_scale == 3.0f);
  CHECK(loaded.look().font_factor == Approx(0.6f));
  CHECK_FALSE(loaded.look().is_dark_theme);
}

TEST_CASE("Without a profile the look still changes, for this run only", "[state]") {
  Settings settings;
  REQUIRE(settings.change_look(nullptr, {1.5f, 1.25f, true}));
  CHECK(settings.look().ui_scale == 1.5f);
  CHECK(settings.look().font_factor == 1.25f);
}

TEST_CASE("Deck options are saved, refused on a read-only profile, and the day start is set for every deck",
          "[state]") {
  StateFolder folder;
  store::Profile profile = open_test_profile(folder, at_secs(0));
  store::DeckSettings options = profile.deck_settings("capitals");
  options.new_per_day = 7;
  REQUIRE(save_deck_settings(profile, kCapitals, options));
  CHECK(profile.deck_settings("capitals").new_per_day == 7);

  REQUIRE(set_day_start_hour(profile, {kCapitals, DeckId("planets")}, 6));
  CHECK(profile.deck_settings("capitals").day_start_hour == 6);
  CHECK(profile.deck_settings("planets").day_start_hour == 6);
  REQUIRE(set_day_start_hour(profile, {kCapitals}, 24));  // not an hour: ignored
  CHECK(profile.deck_settings("capitals").day_start_hour == 6);

  store::Profile reader = open_test_profile(folder, at_secs(1), store::OpenMode::ReadOnly);
  const Result<void> refused = save_deck_settings(reader, kCapitals, options);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == ErrorCode::Invalid);
}
