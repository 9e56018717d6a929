#pragma once
// UI-only state of the views (text buffers, selections, focus requests). Never domain data.
#include <optional>
#include <string>
#include <vector>

#include "state/deck_id.hpp"
#include "state/grade_gate.hpp"
#include "state/practice_test.hpp"
#include "state/span_ref.hpp"
#include "quizgen/facts.hpp"
#include "store/records.hpp"
#include "ui/stats_view.hpp"

namespace factdeck::ui {

struct HomeViewUi {
  std::string open_path;                      // the "Open deck file" field
  std::optional<state::DeckId> options_deck;  // deck whose options are being edited
  store::DeckSettings options;                // the edited copy
  std::string steps_text;                     // learning steps as typed ("1 10")
  std::string student_name;                   // the name on an exported results file
  bool is_rescheduled_on_apply = false;       // new parameters also move due dates
};

struct StudyViewUi {
  std::string typed;                 // the answer box
  bool wants_focus = true;           // focus the answer box on the next frame
  bool shows_hint = false;
  state::GradeGate grade_gate;       // grades count once the verdict was on screen
  const void* shown_question = nullptr;  // identity of the question the buffers belong to
  std::uint64_t shown_item = 0;
  std::size_t shown_index = ~std::size_t{0};
};

struct PracticeViewUi {
  state::PracticeConfig config;
  std::vector<bool> chosen_sections;
  std::string typed;
  std::vector<int> order;            // chronology and matching: the indices pressed so far
  std::size_t shown_position = ~std::size_t{0};
  bool wants_focus = true;
};

struct SettingsViewUi {
  bool is_initialized = false;
  float ui_scale = 1.0f;
  float font_factor = 1.0f;
  bool is_dark = true;
  bool seen_dark = true;  // the theme when the fields were filled; Ctrl+T elsewhere refills them
  int day_start_hour = -1;       // -1 until filled from the first deck's settings
  std::string day_start_profile;  // the profile day_start_hour was filled from
  std::string new_profile_name;  // typed in the "New profile" field
};

struct ClassReportViewUi {
  std::string results_path;            // the folder (or file) of results to open
  std::optional<state::DeckId> deck;   // the deck picked; the first open deck when none
};

struct WorkshopViewUi {
  std::string open_path;                 // the "Open a text" field
  std::string pasted;                    // the "Paste a text" field
  std::optional<state::SpanRef> current; // the proposal being decided
  std::size_t current_question = 0;      // the question selected among the current fact's
  std::string added_words;               // the "Tag words in this sentence" field
  quizgen::SpanType added_type = quizgen::SpanType::Term;
  bool wants_scroll = true;              // scroll the list to the current proposal next frame
  bool wants_add_focus = false;
  bool wants_open_focus = true;          // the start screen's path field takes the keyboard once
};

struct RootViewUi {
  StatsViewUi stats;
  HomeViewUi home;
  StudyViewUi study;
  PracticeViewUi practice;
  SettingsViewUi settings;
  ClassReportViewUi class_report;
  WorkshopViewUi workshop;
};

}  // namespace factdeck::ui
