#include "profile_args.hpp"

#include <chrono>

#include "state/deck_loading.hpp"
#include "store/paths.hpp"

namespace factdeck::cli {

Result<store::Profile> open_named_profile(std::string_view data_dir, std::string_view name,
                                          store::OpenMode mode, sched::TimePoint now) {
  Result<std::filesystem::path> root = store::resolve_data_dir(data_dir);
  if (!root) return Unexpected{root.error()};
  Result<std::filesystem::path> dir = store::profile_dir(*root, name);
  if (!dir) return Unexpected{dir.error()};
  return store::Profile::open(*dir, mode, now);
}

Result<std::vector<state::LoadedDeck>> load_decks(std::string_view extra_deck) {
  std::vector<std::filesystem::path> paths = state::shipped_deck_paths();
  if (!extra_deck.empty()) paths.insert(paths.begin(), std::filesystem::path(extra_deck));
  std::vector<state::LoadedDeck> decks;
  for (const std::filesystem::path& path : paths) {
    Result<quizgen::Deck> deck = state::load_deck(path);
    if (!deck) return Unexpected{deck.error()};
    decks.push_back(state::make_loaded_deck(std::move(deck).value(), path));
  }
  return decks;
}

sched::TimePoint now_seconds() {
  return std::chrono::time_point_cast<sched::Seconds>(sched::Clock::now());
}

}  // namespace factdeck::cli
