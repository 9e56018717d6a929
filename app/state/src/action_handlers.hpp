#pragma once
// One handler per action (private to the state library): AppState::apply_all() visits the action
// and calls `handle`, so an action without a handler does not compile. A handler returns what
// changed, or why nothing did (a refusal or a failure, shown as a notice).
#include "app_parts.hpp"
#include "state/changes.hpp"

namespace factdeck::state {

using Handled = Result<Changes>;

// ---- Navigation and notices (navigation_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const GoTo& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const SelectDeck& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const DismissNotice& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const Quit& action, sched::TimePoint now);

// ---- Decks (deck_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const OpenDeckFile& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const ReloadDeck& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const ForgetDeck& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const ForgetUnopenedDeck& action, sched::TimePoint now);

// ---- Study (study_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const StartStudy& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const RevealAnswer& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const SubmitAnswer& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const RateAnswer& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const UndoAnswer& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const BuryItem& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const SuspendItem& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const FlagItem& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const EndStudy& action, sched::TimePoint now);

// ---- Item marks and editing facts (item_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const SetItemMarks& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const EditItem& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const CloseFactView& action, sched::TimePoint now);

// ---- Practice tests (practice_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const StartPractice& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const AnswerPractice& action, sched::TimePoint now);

// ---- Personal parameters (optimize_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const StartOptimize& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const CancelOptimize& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const UseFittedParameters& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const UndoNewParameters& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const DismissOptimize& action, sched::TimePoint now);

// ---- Statistics (stats_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const ShowItemHistory& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const ExportStatsCsv& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const ExportStatsPng& action, sched::TimePoint now);

// ---- The classroom (classroom_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const ExportResults& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const OpenClassReport& action, sched::TimePoint now);

// ---- Settings and profiles (profile_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const ChangeLook& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const SaveDeckSettings& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const SetDayStartHour& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const SwitchProfile& action, sched::TimePoint now);

// ---- The teacher's workshop (workshop_actions.cpp) ----
[[nodiscard]] Handled handle(AppParts& parts, const OpenWorkshopFile& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const PasteWorkshopText& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const DecideSpan& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const DecideOpenSpans& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const RetypeSpan& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const AddSpan& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const ReviewQuestion& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const UndoWorkshop& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const RedoWorkshop& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const SaveWorkshop& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const OpenWorkshopDeck& action, sched::TimePoint now);
[[nodiscard]] Handled handle(AppParts& parts, const CloseWorkshop& action, sched::TimePoint now);

}  // namespace factdeck::state
