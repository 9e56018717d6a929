#pragma once
// Editing the fact behind a question: in the learner's editor at the fact's line, or, when no
// editor can start (or the deck has no source file here), shown in the app to fix by hand.
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "state/deck_id.hpp"
#include "state/item_marks.hpp"
#include "state/start_options.hpp"

namespace factdeck::state {

/// The in-app view of a fact: what the learner needs to find and fix it by hand.
struct FactView {
  DeckId deck;
  ItemId item;
  std::optional<FactLocation> location;
  std::string reason;  // why no editor opened
};

class FactEditor {
 public:
  /// Starts editors with `launcher` (os::launch_detached when empty).
  explicit FactEditor(Launcher launcher = {}) : launcher_(std::move(launcher)) {}

  /// The fact shown in the app, if any.
  [[nodiscard]] const std::optional<FactView>& view() const { return view_; }
  /// Opens `item`'s fact in the editor ($VISUAL, else $EDITOR, else xdg-open) and returns what
  /// to tell the learner; when that is not possible the fact is shown in the app instead and
  /// nothing is returned.
  [[nodiscard]] std::optional<std::string> edit(const LoadedDeck& deck, const quizgen::Item& item);
  void close_view() { view_.reset(); }
  /// Closes the view when it shows a fact of deck `id` (the deck changed or left).
  void close_view_of(const DeckId& id);
  /// Reaps the editors that exited, so that none lingers as a zombie.
  void reap();

 private:
  Launcher launcher_;
  std::optional<FactView> view_;
  std::vector<int> launched_pids_;
};

}  // namespace factdeck::state
