// Per-deck options on the home screen: retention, daily limits, scheduler, learning steps.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <sstream>

#include "ui/view_state.hpp"
#include "ui/keys.hpp"
#include "ui/widgets.hpp"
#include "state/app_state.hpp"
#include "state/deck_library.hpp"
#include "state/item_marks.hpp"
#include "state/optimizer_runner.hpp"
#include "state/parameter_applier.hpp"

namespace factdeck::ui {

namespace {

std::vector<std::uint32_t> parse_steps(const std::string& text) {
  std::vector<std::uint32_t> steps;
  std::istringstream in(text);
  int minutes = 0;
  while (in >> minutes) {
    if (minutes > 0) steps.push_back(static_cast<std::uint32_t>(minutes));
  }
  return steps;
}

void edit_limits(store::DeckSettings& options) {
  float retention = static_cast<float>(options.desired_retention);
  if (ImGui::SliderFloat("Desired retention", &retention, 0.70f, 0.99f, "%.2f")) {
    options.desired_retention = static_cast<double>(retention);
  }
  int new_per_day = static_cast<int>(options.new_per_day);
  if (ImGui::SliderInt("New items per day", &new_per_day, 0, 200)) {
    options.new_per_day = static_cast<std::uint32_t>(new_per_day);
  }
  int reviews_per_day = static_cast<int>(options.reviews_per_day);
  if (ImGui::SliderInt("Reviews per day", &reviews_per_day, 10, 2000)) {
    options.reviews_per_day = static_cast<std::uint32_t>(reviews_per_day);
  }
  int scheduler = options.scheduler == store::SchedulerKind::Sm2 ? 1 : 0;
  if (ImGui::Combo("Scheduler", &scheduler, "FSRS-6 (recommended)\0SM-2 (classic)\0")) {
    options.scheduler = scheduler == 1 ? store::SchedulerKind::Sm2 : store::SchedulerKind::Fsrs6;
  }
}

/// New parameters being applied (a progress bar), or the undo of the last ones applied to `deck`.
/// Returns true while applying, when nothing else of the fit is shown.
bool draw_applying(const state::AppState& state, const state::DeckId& deck, state::ActionQueue& actions) {
  const state::ParameterApplier& applier = state.parameter_applier();
  if (applier.is_running()) {
    const optim::Progress& progress = *applier.progress();
    const std::size_t total = progress.total;
    const float fraction = total == 0 ? 0.0f : static_cast<float>(progress.done) / static_cast<float>(total);
    ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 18.0f, 0.0f), "recomputing memory states...");
    return true;
  }
  const std::optional<state::AppliedParameters>& applied = applier.last_applied();
  if (applied && applied->deck == deck) {
    ImGui::Text("Applied: %zu items recomputed, %zu due dates moved.", applied->items, applied->moved_due);
    ImGui::SameLine();
    if (ImGui::Button("Undo new parameters")) actions.emplace_back(state::UndoNewParameters{});
  }
  return false;
}

void draw_personal_parameters(const state::AppState& state, const state::DeckId& deck, HomeViewUi& ui,
                              state::ActionQueue& actions) {
  ImGui::Separator();
  const bool is_personal = !state.deck_settings(deck).params.empty();
  ImGui::Text("Memory model: %s", is_personal ? "your personal FSRS-6 parameters" : "FSRS-6 defaults");
  if (draw_applying(state, deck, actions)) return;
  const state::OptimizerRunner& optimizer = state.optimizer();
  const state::OptimizeJob* job = optimizer.job();
  if (job == nullptr) {
    muted_text("FSRS-6 can fit its memory model to your own answers, so that intervals match how "
               "you forget. It needs a few weeks of history.");
    if (ImGui::Button("Fit to my answers (F)") || shortcut_pressed('F')) {
      actions.emplace_back(state::StartOptimize{deck});
    }
    return;
  }
  if (optimizer.is_running()) {  // not is_busy(): decks may be opening meanwhile
    const std::size_t total = job->progress.total;
    const float fraction = total == 0 ? 0.0f : static_cast<float>(job->progress.done) / static_cast<float>(total);
    ImGui::ProgressBar(fraction, ImVec2(ImGui::GetFontSize() * 18.0f, 0.0f),
                       total == 0 ? "preparing your history..." : nullptr);
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) actions.emplace_back(state::CancelOptimize{});
    return;
  }
  if (!job->result || !*job->result) return;
  const optim::FitResult& fit = job->result->value();
  ImGui::TextWrapped("%s", state::describe_fit(fit).c_str());
  const bool is_better = state::is_fit_better(fit);
  if (is_better) {
    ImGui::Checkbox("Also move due dates", &ui.is_rescheduled_on_apply);
    muted_text("Every item's memory is recomputed from its answers; moving due dates also gives each "
               "item the interval its last answer gets with the new parameters.");
    if (ImGui::Button("Use these parameters (U)") || shortcut_pressed('U')) {
      actions.emplace_back(state::UseFittedParameters{ui.is_rescheduled_on_apply});
    }
    ImGui::SameLine();
  }
  if (ImGui::Button("Close")) actions.emplace_back(state::DismissOptimize{});
}

// Suspended items never come back on their own, so this list is the way back for them.
void draw_marked_items(const state::AppState& state, const state::LoadedDeck& deck, state::ActionQueue& actions) {
  if (state.profile() == nullptr) return;
  const std::vector<state::MarkedItem> marked = state::marked_items(deck, *state.profile());
  ImGui::Separator();
  ImGui::Text("Suspended and flagged items: %zu", marked.size());
  if (marked.empty()) {
    muted_text("Suspend (Ctrl+J) or flag (Ctrl+K) an item while studying; it is listed here.");
    return;
  }
  ImGui::BeginDisabled(state.is_read_only());
  for (const state::MarkedItem& item : marked) {
    ImGui::PushID(to_hex(item.item).c_str());
    if (item.is_suspended && ImGui::SmallButton("Unsuspend")) {
      actions.emplace_back(state::SetItemMarks{deck.deck_id, item.item, false, item.is_flagged});
    }
    if (item.is_suspended) ImGui::SameLine();
    if (item.is_flagged && ImGui::SmallButton("Unflag")) {
      actions.emplace_back(state::SetItemMarks{deck.deck_id, item.item, item.is_suspended, false});
    }
    if (item.is_flagged) ImGui::SameLine();
    ImGui::Text("%s%s%s", item.answer.c_str(), item.is_suspended ? "  · suspended" : "",
                item.is_flagged ? "  · flagged" : "");
    ImGui::PopID();
  }
  ImGui::EndDisabled();
}

// A results file for the teacher (docs/classroom.md): the learner names themself, the file goes
// to the profile's exports folder and a notice says where.
void draw_results_export(const state::DeckId& deck, HomeViewUi& ui, state::ActionQueue& actions) {
  ImGui::Separator();
  ImGui::TextUnformatted("For your teacher");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
  ImGui::InputTextWithHint("##student_name", "your name", &ui.student_name);
  ImGui::SameLine();
  if (ImGui::Button("Export my results")) actions.emplace_back(state::ExportResults{deck, ui.student_name});
  muted_text("One file with how you did on each question; your teacher's class report reads it.");
}

}  // namespace

void draw_deck_options(const state::AppState& state, HomeViewUi& ui, state::ActionQueue& actions) {
  const state::LoadedDeck* deck = state.library().find(*ui.options_deck);
  if (deck == nullptr) {
    ui.options_deck.reset();
    return;
  }
  const state::DeckId& id = deck->deck_id;
  ImGui::Separator();
  ImGui::Text("Options: %s", quizgen::deck_title(deck->deck).c_str());
  ImGui::PushItemWidth(ImGui::GetFontSize() * 18.0f);
  edit_limits(ui.options);
  ImGui::InputText("Learning steps (minutes)", &ui.steps_text);
  ImGui::PopItemWidth();
  muted_text("Learning steps are the short waits before an item's first real interval, e.g. \"1 10\".");
  if (ImGui::Button("Save options")) {
    ui.options.learning_steps_mins = parse_steps(ui.steps_text);
    actions.emplace_back(state::SaveDeckSettings{id, ui.options});
    ui.options_deck.reset();
  }
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) ui.options_deck.reset();
  if (state.library().is_added(id)) {
    ImGui::SameLine();
    if (ImGui::Button("Remove from the list")) {
      actions.emplace_back(state::ForgetDeck{id});
      ui.options_deck.reset();
    }
    if (ImGui::IsItemHovered()) {
      ImGui::SetTooltip("The deck file and your progress on it are kept; open it again to go on.");
    }
  }
  draw_personal_parameters(state, id, ui, actions);
  draw_results_export(id, ui, actions);
  draw_marked_items(state, *deck, actions);
}

}  // namespace factdeck::ui
