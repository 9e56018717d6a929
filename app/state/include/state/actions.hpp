#pragma once
// Actions: what the user asked for, pushed by views during a frame and applied between frames.
// Imperative nouns; each carries what it needs to be checked when applied.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "quizgen/judge.hpp"
#include "quizgen/facts.hpp"
#include "scheduler/item_state.hpp"
#include "state/deck_id.hpp"
#include "state/practice_test.hpp"
#include "state/span_ref.hpp"
#include "stats/report.hpp"
#include "store/records.hpp"

namespace factdeck::state {

enum class Screen { Home, Study, Summary, PracticeSetup, Practice, PracticeResult, Settings, Stats, ClassReport, Workshop };

struct GoTo { Screen screen; };
struct SelectDeck { DeckId deck; };
struct OpenDeckFile { std::filesystem::path path; };
struct StartStudy { DeckId deck; std::optional<int> section; };
struct RevealAnswer {};                  // reveal-style: show the answer, self-grade
struct SubmitAnswer { quizgen::Answer answer; };  // to the study question on screen, in its form
struct RateAnswer { sched::Grade grade; };
struct UndoAnswer {};
struct BuryItem {};
struct SuspendItem {};  // the current study item leaves the queue until unsuspended
struct FlagItem {};     // flags the current study item, or unflags it
struct EditItem {};     // opens the current item's fact in the user's editor (or in the app)
struct CloseFactView {};
struct ReloadDeck { DeckId deck; };  // re-reads the deck's file; progress is kept
/// Sets an item's marks from outside a session (the deck options' list of marked items).
struct SetItemMarks {
  DeckId deck;
  ItemId item;
  bool is_suspended;
  bool is_flagged;
};
struct EndStudy {};
struct StartPractice { DeckId deck; PracticeConfig config; };
struct AnswerPractice { PracticeResponse response; };
struct ChangeLook { float ui_scale; float font_factor; bool is_dark_theme; };
struct SaveDeckSettings { DeckId deck; store::DeckSettings settings; };
struct DismissNotice { std::size_t index; };
struct ShowItemHistory { ItemId item; };
struct StartOptimize { DeckId deck; };
struct CancelOptimize {};
/// Applies the finished fit to its deck: every item's memory state is recomputed from its history
/// in the background; with `is_rescheduled` review items also get the due date it gives.
struct UseFittedParameters { bool is_rescheduled = false; };
struct UndoNewParameters {};  // puts the deck's previous parameters and item states back
struct DismissOptimize {};
struct ExportStatsCsv { stats::Period period; };
struct ExportStatsPng {};  // the window saves the next frame; see AppState::take_screenshot_request
/// Writes the learner's results on a deck for the teacher (docs/classroom.md) into the profile's
/// exports folder, under `student_name` (the profile's name when empty).
struct ExportResults { DeckId deck; std::string student_name; };
/// Opens the class report over the results files at `results` (a file or a folder) for `deck`.
struct OpenClassReport { std::filesystem::path results; DeckId deck; };
struct SetDayStartHour { std::uint32_t hour; };  // for every open deck: when a study day begins
struct ForgetDeck { DeckId deck; };  // drop an added deck from the list; progress stays
struct ForgetUnopenedDeck { std::filesystem::path path; };  // drop a remembered deck that did not open
struct SwitchProfile { std::string name; };  // an existing profile, or a new one by this name
struct Quit {};

// ---- The teacher's workshop (docs/teachers-guide.md, "The workshop") ----
struct OpenWorkshopFile { std::filesystem::path path; };  // a plain text, or a facts file to go on with
struct PasteWorkshopText { std::string text; };           // kept as a file in the data folder first
struct DecideSpan { SpanRef span; SpanDecision decision; };
struct DecideOpenSpans { quizgen::SpanType type; SpanDecision decision; };  // every open one of a type
struct RetypeSpan { SpanRef span; quizgen::SpanType type; };
struct AddSpan { std::size_t fact; std::string words; quizgen::SpanType type; };
/// Rejects a generated question, or excludes or pins an option, as a review comment in the file.
struct ReviewQuestion {
  ItemId item;
  quizgen::ReviewAction action;
  quizgen::ReviewKind kind;
  std::string option;
};
struct UndoWorkshop {};
struct RedoWorkshop {};
struct SaveWorkshop {};
struct OpenWorkshopDeck {};  // saves, then opens (or reloads) the facts file as a deck
struct CloseWorkshop {};     // for another text; refused while there are unsaved changes

using Action = std::variant<GoTo, SelectDeck, OpenDeckFile, StartStudy, RevealAnswer, SubmitAnswer,
                            RateAnswer, UndoAnswer, BuryItem, SuspendItem,
                            FlagItem, EditItem, CloseFactView, ReloadDeck, SetItemMarks, EndStudy,
                            StartPractice, AnswerPractice, ChangeLook, SaveDeckSettings,
                            DismissNotice, ShowItemHistory, ExportStatsCsv, ExportStatsPng, ExportResults, OpenClassReport, StartOptimize,
                            CancelOptimize, UseFittedParameters, UndoNewParameters, DismissOptimize, SetDayStartHour,
                            SwitchProfile, ForgetDeck, ForgetUnopenedDeck, Quit, OpenWorkshopFile,
                            PasteWorkshopText, DecideSpan, DecideOpenSpans, RetypeSpan, AddSpan,
                            ReviewQuestion, UndoWorkshop, RedoWorkshop, SaveWorkshop, OpenWorkshopDeck,
                            CloseWorkshop>;
using ActionQueue = std::vector<Action>;

}  // namespace factdeck::state
