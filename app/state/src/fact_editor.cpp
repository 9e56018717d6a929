#include "state/fact_editor.hpp"

#include "os/launch.hpp"

namespace factdeck::state {

std::optional<std::string> FactEditor::edit(const LoadedDeck& deck, const quizgen::Item& item) {
  FactView view{deck.deck_id, item.id, fact_location(deck, item), {}};
  if (!view.location) {
    view.reason = "This deck has no source file here to edit (it was built from a file elsewhere).";
    view_ = std::move(view);
    return std::nullopt;
  }
  const std::vector<std::string> command =
      os::editor_command_from_environment(view.location->file, view.location->line);
  const Result<int> launched = launcher_ ? launcher_(command) : os::launch_detached(command);
  if (!launched) {
    view.reason = launched.error().message + ". Set VISUAL or EDITOR to your editor's command.";
    view_ = std::move(view);
    return std::nullopt;
  }
  if (*launched > 0) launched_pids_.push_back(*launched);
  view_.reset();
  return "Opened " + view.location->file.filename().string() + ":" + std::to_string(view.location->line) +
         " with " + command.front() + ". After saving, press Ctrl+R to reload the deck; your progress is kept.";
}

void FactEditor::close_view_of(const DeckId& id) {
  if (view_ && view_->deck == id) view_.reset();
}

void FactEditor::reap() { os::reap_finished(launched_pids_); }

}  // namespace factdeck::state
