// AppState handlers for marking items outside a session (the deck options' list) and for editing
// the fact behind the question on screen.
#include "action_handlers.hpp"

namespace factdeck::state {

Handled handle(AppParts& parts, const SetItemMarks& action, sched::TimePoint now) {
  store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr || parts.library.find(action.deck) == nullptr) {
    return fail(ErrorCode::Invalid, "Items cannot be suspended or flagged: this profile is read-only.");
  }
  if (Result<void> saved = write_item_marks(*profile, action.deck, action.item, action.is_suspended,
                                            action.is_flagged, now);
      !saved) {
    return Unexpected{saved.error()};
  }
  return Changes{.schedule = true};
}

Handled handle(AppParts& parts, const EditItem&, sched::TimePoint) {
  if (!parts.study || !parts.study->current()) return Changes{};
  const LoadedDeck& deck = *parts.library.find(parts.study->deck());
  const quizgen::Item* item = deck.find_item(parts.study->current()->item);
  if (item == nullptr) return Changes{};
  if (std::optional<std::string> opened = parts.editor.edit(deck, *item)) {
    parts.notices.add(Notice::Level::Info, std::move(*opened));
  }
  return Changes{};
}

Handled handle(AppParts& parts, const CloseFactView&, sched::TimePoint) {
  parts.editor.close_view();
  return Changes{};
}

}  // namespace factdeck::state
