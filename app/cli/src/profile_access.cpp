#include "profile_access.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "report.hpp"
#include "state/deck_loading.hpp"
#include "store/deck_list.hpp"
#include "store/profile_paths.hpp"
#include "os/folders.hpp"

namespace factdeck::cli {

Result<store::Profile> open_named_profile(std::string_view data_dir, std::string_view name,
                                          store::OpenMode mode, sched::TimePoint now) {
  Result<std::filesystem::path> root = os::resolve_data_dir(data_dir);
  if (!root) return Unexpected{root.error()};
  Result<std::filesystem::path> dir = store::profile_dir(*root, name);
  if (!dir) return Unexpected{dir.error()};
  return store::Profile::open(*dir, mode, now, cli_open_options());
}

store::OpenOptions cli_open_options() {
  store::OpenOptions options;
  options.lock_wait = kCliLockWait;
  return options;
}

namespace {

bool is_listed(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& path) {
  return std::any_of(paths.begin(), paths.end(),
                     [&](const std::filesystem::path& listed) { return state::is_same_file(listed, path); });
}

/// The decks the learner added in the app; one that no longer opens is skipped with a warning,
/// as the app lists it with its error instead of refusing to start.
void add_remembered_decks(std::string_view data_dir, std::vector<std::filesystem::path>& paths,
                          std::vector<state::LoadedDeck>& decks) {
  Result<std::filesystem::path> root = os::resolve_data_dir(data_dir);
  if (!root) return;
  for (const std::filesystem::path& path : store::read_deck_list(*root)) {
    if (is_listed(paths, path)) continue;
    Result<quizgen::Deck> deck = state::load_deck(path);
    if (!deck) {
      std::fprintf(stderr, "factdeck: skipping an added deck: %s\n", deck.error().to_string().c_str());
      continue;
    }
    paths.push_back(path);
    decks.push_back(state::make_loaded_deck(std::move(deck).value(), path));
  }
}

}  // namespace

Result<std::vector<state::LoadedDeck>> load_decks(std::string_view data_dir, std::string_view extra_deck) {
  std::vector<std::filesystem::path> paths = state::shipped_deck_paths();
  if (!extra_deck.empty()) paths.insert(paths.begin(), std::filesystem::path(extra_deck));
  std::vector<state::LoadedDeck> decks;
  for (const std::filesystem::path& path : paths) {
    Result<quizgen::Deck> deck = state::load_deck(path);
    if (!deck) return Unexpected{deck.error()};
    decks.push_back(state::make_loaded_deck(std::move(deck).value(), path));
  }
  add_remembered_decks(data_dir, paths, decks);
  return decks;
}

Result<state::LoadedDeck> resolve_deck(std::string_view data_dir, std::optional<std::string_view> deck) {
  std::error_code error;
  if (deck && std::filesystem::is_regular_file(std::filesystem::path(*deck), error)) {
    const std::filesystem::path path(*deck);
    Result<quizgen::Deck> loaded = state::load_deck(path);
    if (!loaded) return Unexpected{loaded.error()};
    return state::make_loaded_deck(std::move(loaded).value(), path);
  }
  Result<std::vector<state::LoadedDeck>> decks = load_decks(data_dir, {});
  if (!decks) return Unexpected{decks.error()};
  if (!deck) {
    if (decks->empty()) return fail(ErrorCode::NotFound, "no shipped deck found; give one with --deck FILE");
    return std::move(decks->front());
  }
  for (state::LoadedDeck& loaded : *decks) {
    if (loaded.deck_id.str() == *deck) return std::move(loaded);
  }
  return fail(ErrorCode::NotFound, "no file or deck id '" + std::string(*deck) + "'");
}

void print_recovery_messages(std::string_view command, std::span<const std::string> messages) {
  for (const std::string& message : messages) report_warning(command, message);
}

}  // namespace factdeck::cli
