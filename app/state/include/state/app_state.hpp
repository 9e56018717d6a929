#pragma once
// AppState: everything the app knows. Views read it (const) and push Actions; apply_all() runs
// them between frames. No ImGui, GLFW or GL here.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "quizgen/deck.hpp"

namespace factdeck::state {

/// What the app opens with (from the command line).
struct StartOptions {
  std::string deck_path;  // empty: the shipped deck
  std::string data_dir;   // empty: XDG folders
};

/// Presentation settings the window applies between frames.
struct LookSettings {
  float ui_scale = 1.0f;     // the user's scale, on top of the monitor's content scale
  float font_factor = 1.0f;  // the user's font size relative to the default
  bool is_dark_theme = false;
};

// ---- Actions (imperative nouns; pushed by views, applied between frames) ----
struct RevealAnswer {};
struct ShowNextCard {};
struct ToggleTheme {};
struct Quit {};
using Action = std::variant<RevealAnswer, ShowNextCard, ToggleTheme, Quit>;
using ActionQueue = std::vector<Action>;

/// The card on screen: one question of one item, and whether its answer is shown.
struct CardView {
  std::size_t item_index = 0;
  bool is_revealed = false;
};

class AppState {
 public:
  /// Loads the deck named in `options` (or the shipped one). A deck that fails to load leaves
  /// the state in its error state with the message to show; it never throws.
  [[nodiscard]] static AppState start(const StartOptions& options);

  [[nodiscard]] const LookSettings& look() const { return look_; }
  [[nodiscard]] bool wants_quit() const { return wants_quit_; }
  /// True while background work runs (the window then keeps redrawing for progress).
  [[nodiscard]] bool is_busy() const { return false; }

  [[nodiscard]] const std::optional<quizgen::Deck>& deck() const { return deck_; }
  [[nodiscard]] const std::string& deck_error() const { return deck_error_; }
  [[nodiscard]] const CardView& card() const { return card_; }

  /// Applies the actions in order.
  void apply_all(const ActionQueue& actions);

 private:
  void apply(const Action& action);

  LookSettings look_;
  std::optional<quizgen::Deck> deck_;
  std::string deck_error_;
  CardView card_;
  bool wants_quit_ = false;
};

}  // namespace factdeck::state
