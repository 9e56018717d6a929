#include "state/app_state.hpp"

#include "state/deck_loading.hpp"

namespace factdeck::state {

namespace {
template <class... Handlers>
struct Overloaded : Handlers... {
  using Handlers::operator()...;
};
}  // namespace

AppState AppState::start(const StartOptions& options) {
  AppState state;
  const std::filesystem::path path =
      options.deck_path.empty() ? default_deck_path() : std::filesystem::path(options.deck_path);
  Result<quizgen::Deck> loaded = load_deck(path);
  if (loaded) {
    state.deck_ = std::move(loaded).value();
    if (state.deck_->items.empty()) state.deck_error_ = path.string() + " has no questions yet";
  } else {
    state.deck_error_ = loaded.error().to_string();
  }
  return state;
}

void AppState::apply_all(const ActionQueue& actions) {
  for (const Action& action : actions) apply(action);
}

void AppState::apply(const Action& action) {
  std::visit(Overloaded{
                 [this](const RevealAnswer&) { card_.is_revealed = true; },
                 [this](const ShowNextCard&) {
                   if (!deck_ || deck_->items.empty()) return;
                   card_.item_index = (card_.item_index + 1) % deck_->items.size();
                   card_.is_revealed = false;
                 },
                 [this](const ToggleTheme&) { look_.is_dark_theme = !look_.is_dark_theme; },
                 [this](const Quit&) { wants_quit_ = true; },
             },
             action);
}

}  // namespace factdeck::state
