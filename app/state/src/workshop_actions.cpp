// AppState handlers for the teacher's workshop: opening or pasting a text, the decisions on its
// proposed spans and generated questions, saving the facts file and opening it as a deck, and
// following the file when the teacher edits it elsewhere.
#include <chrono>

#include "action_handlers.hpp"
#include "app_rules.hpp"
#include "state/deck_loading.hpp"

namespace factdeck::state {

namespace {

// The facts file is looked at this often while the workshop is open: soon enough to follow a
// save in another editor, rare enough that an idle window stays idle.
constexpr auto kFollowInterval = std::chrono::seconds(1);

/// The open deck read from `file`, if any.
const LoadedDeck* deck_from_file(const AppParts& parts, const std::filesystem::path& file) {
  for (const LoadedDeck& deck : parts.library.decks()) {
    if (is_same_file(deck.source_path, file)) return &deck;
  }
  return nullptr;
}

/// The deck opened from the workshop's file shows what was just written or read.
void reload_deck_of(AppParts& parts, const std::filesystem::path& file) {
  if (const LoadedDeck* deck = deck_from_file(parts, file)) parts.library.request_reload(deck->deck_id);
}

Result<WorkshopDocument*> open_workshop(AppParts& parts) {
  if (!parts.workshop) return fail(ErrorCode::NotFound, "Open or paste a text in the workshop first.");
  return &*parts.workshop;
}

Handled start_workshop(AppParts& parts, Result<WorkshopDocument> opened) {
  if (!opened) return Unexpected{opened.error()};
  parts.workshop.emplace(std::move(opened).value());
  parts.screen = Screen::Workshop;
  return Changes{.screen = true};
}

/// Applies one decision to the open workshop; the outcome of `decide` is the handler's.
template <typename Decide>
Handled with_workshop(AppParts& parts, Decide decide) {
  Result<WorkshopDocument*> document = open_workshop(parts);
  if (!document) return Unexpected{document.error()};
  if (Result<void> done = decide((*document)->workshop); !done) return Unexpected{done.error()};
  return Changes{};
}

std::string saved_message(const WorkshopDocument& document, const std::optional<std::filesystem::path>& backup) {
  std::string message = "Saved " + document.facts_file.filename().string() + ".";
  if (backup) message += " The version that was there is kept as " + backup->filename().string() + ".";
  return message;
}

Result<void> save(AppParts& parts, WorkshopDocument& document, sched::TimePoint now) {
  Result<std::optional<std::filesystem::path>> saved = save_workshop(document, now, *parts.file_writer);
  if (!saved) return Unexpected{saved.error()};
  parts.notices.add(Notice::Level::Info, saved_message(document, *saved));
  reload_deck_of(parts, document.facts_file);
  return {};
}

}  // namespace

Handled handle(AppParts& parts, const OpenWorkshopFile& action, sched::TimePoint) {
  return start_workshop(parts, open_workshop_file(action.path));
}

Handled handle(AppParts& parts, const PasteWorkshopText& action, sched::TimePoint now) {
  const std::filesystem::path dir = parts.profiles.data_dir() / "workshop";
  return start_workshop(parts, open_pasted_text(action.text, dir, now, *parts.file_writer));
}

Handled handle(AppParts& parts, const DecideSpan& action, sched::TimePoint) {
  return with_workshop(parts, [&](Workshop& w) { return w.decide(action.span, action.decision); });
}

Handled handle(AppParts& parts, const DecideOpenSpans& action, sched::TimePoint) {
  return with_workshop(parts, [&](Workshop& w) -> Result<void> {
    Result<std::size_t> decided = w.decide_open_of_type(action.type, action.decision);
    if (!decided) return Unexpected{decided.error()};
    return {};
  });
}

Handled handle(AppParts& parts, const RetypeSpan& action, sched::TimePoint) {
  return with_workshop(parts, [&](Workshop& w) { return w.retype(action.span, action.type); });
}

Handled handle(AppParts& parts, const AddSpan& action, sched::TimePoint) {
  return with_workshop(parts, [&](Workshop& w) -> Result<void> {
    Result<SpanRef> added = w.add_span(action.fact, action.words, action.type);
    if (!added) return Unexpected{added.error()};
    return {};
  });
}

Handled handle(AppParts& parts, const ReviewQuestion& action, sched::TimePoint) {
  return with_workshop(parts, [&](Workshop& w) {
    return w.review_question(action.item, action.action, action.kind, action.option);
  });
}

Handled handle(AppParts& parts, const UndoWorkshop&, sched::TimePoint) {
  return with_workshop(parts, [](Workshop& w) { return w.undo(); });
}

Handled handle(AppParts& parts, const RedoWorkshop&, sched::TimePoint) {
  return with_workshop(parts, [](Workshop& w) { return w.redo(); });
}

Handled handle(AppParts& parts, const SaveWorkshop&, sched::TimePoint now) {
  Result<WorkshopDocument*> document = open_workshop(parts);
  if (!document) return Unexpected{document.error()};
  if (Result<void> saved = save(parts, **document, now); !saved) return Unexpected{saved.error()};
  return Changes{};
}

Handled handle(AppParts& parts, const OpenWorkshopDeck&, sched::TimePoint now) {
  Result<WorkshopDocument*> document = open_workshop(parts);
  if (!document) return Unexpected{document.error()};
  WorkshopDocument& open = **document;
  if (const int errors = open.workshop.check().error_count; errors > 0) {
    return fail(ErrorCode::Invalid, "The draft has " + std::to_string(errors) +
                                        " error(s); fix them before opening it as a deck.");
  }
  if (open.has_unsaved_changes()) {
    if (Result<void> saved = save(parts, open, now); !saved) return Unexpected{saved.error()};
  }
  // Saving reloads the deck when it is open already; else it opens now, and is remembered.
  if (deck_from_file(parts, open.facts_file) == nullptr) parts.library.request_open(open.facts_file);
  parts.screen = Screen::Home;
  return Changes{.screen = true};
}

Handled handle(AppParts& parts, const CloseWorkshop&, sched::TimePoint) {
  if (!parts.workshop) return Changes{};
  if (parts.workshop->has_unsaved_changes()) {
    return fail(ErrorCode::Conflict, "The draft has unsaved changes: save them (Ctrl+S) before closing it.");
  }
  parts.workshop.reset();
  return Changes{};
}

Changes follow_workshop(AppParts& parts, sched::TimePoint now) {
  if (!parts.workshop || now < parts.next_follow_check) return Changes{};
  parts.next_follow_check = now + kFollowInterval;
  Result<bool> followed = follow_workshop_file(*parts.workshop);
  if (!followed) {
    parts.notices.add(followed.error());
    return Changes{};
  }
  if (!*followed) return Changes{};
  parts.notices.add(Notice::Level::Info, parts.workshop->facts_file.filename().string() +
                                             " changed on disk; the workshop read it again.");
  reload_deck_of(parts, parts.workshop->facts_file);
  return Changes{};
}

}  // namespace factdeck::state
