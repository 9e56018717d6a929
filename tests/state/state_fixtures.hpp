#pragma once
// Shared fixtures of the state tests: a temporary folder with a small deck and a data dir, and
// an AppState started on it with a recording launcher instead of real programs.
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "temp_folder.hpp"

#include "state/app_state.hpp"
#include "state/deck_counts.hpp"
#include "state/deck_library.hpp"
#include "state/deck_loading.hpp"
#include "state/fact_editor.hpp"
#include "state/profiles.hpp"
#include "state/study_session.hpp"

namespace factdeck::state::testing {

namespace fs = std::filesystem;

using factdeck::testing::kCapitalsDeck;

/// The test deck's id (its front matter says `id: capitals`).
inline const DeckId kCapitals{"capitals"};

/// A fresh folder with `capitals.facts.md`, removed afterwards. Shipped decks are hidden (an
/// empty FACTDECK_DECKS_DIR), so the app opens only the test deck.
class StateFolder {
 public:
  StateFolder() : folder_("state"), root_(folder_.path()) {
    fs::create_directories(root_ / "no-shipped-decks");
    ::setenv("FACTDECK_DECKS_DIR", (root_ / "no-shipped-decks").c_str(), 1);
    write_deck(kCapitalsDeck);
  }
  StateFolder(const StateFolder&) = delete;
  StateFolder& operator=(const StateFolder&) = delete;

  [[nodiscard]] fs::path deck_path() const { return root_ / "capitals.facts.md"; }
  void write_deck(const std::string& text) const { std::ofstream(deck_path()) << text; }

  /// Starts the app on the deck; launched commands are appended to `launched` and succeed
  /// unless `launch_fails`.
  [[nodiscard]] AppState start(sched::TimePoint now) {
    StartOptions options;
    options.deck_path = deck_path().string();
    options.data_dir = (root_ / "data").string();
    options.launcher = [this](const std::vector<std::string>& argv) -> Result<int> {
      launched.push_back(argv);
      if (launch_fails) return fail(ErrorCode::Io, "cannot start " + argv.front());
      return 0;
    };
    return AppState::start(options, now);
  }

  std::vector<std::vector<std::string>> launched;
  bool launch_fails = false;

 private:
  factdeck::testing::TempFolder folder_;
  fs::path root_;
};

/// The test deck of `folder`, loaded as the app loads it (for the parts' own tests).
inline LoadedDeck load_test_deck(const StateFolder& folder) {
  Result<quizgen::Deck> deck = load_deck(folder.deck_path());
  if (!deck) throw std::runtime_error(deck.error().to_string());
  return make_loaded_deck(std::move(deck).value(), folder.deck_path());
}

/// A profile of its own in `folder`, opened for writing (for the parts' own tests).
inline store::Profile open_test_profile(const StateFolder& folder, sched::TimePoint now,
                                        store::OpenMode mode = store::OpenMode::ReadWrite) {
  Result<store::Profile> profile = store::Profile::open(folder.deck_path().parent_path() / "profile", mode, now);
  if (!profile) throw std::runtime_error(profile.error().to_string());
  return std::move(profile).value();
}

/// A fixed "now": 2026-03-01 12:00 UTC plus `secs`.
inline sched::TimePoint at_secs(std::int64_t secs) {
  return sched::TimePoint{sched::Seconds{1772366400 + secs}};
}

/// Applies one action.
inline void act(AppState& state, Action action, sched::TimePoint now) {
  state.apply_all({std::move(action)}, now);
  state.wait_for_deck_load(now);  // opening and reloading run on a worker thread
}

/// The item on screen; the test fails if there is none.
inline ItemId current_item(const AppState& state) {
  if (state.study() == nullptr || !state.study()->current()) throw std::runtime_error("no question on screen");
  return state.study()->current()->item;
}

}  // namespace factdeck::state::testing
