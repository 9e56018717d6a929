#include "ui/root_view.hpp"

#include <imgui.h>

#include "ui/keys.hpp"
#include "views/card_view.hpp"

namespace factdeck::ui {

namespace {
constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

void push_global_shortcuts(const state::AppState& state, state::ActionQueue& actions) {
  if (shortcut_pressed('Q', true)) actions.emplace_back(state::Quit{});
  if (shortcut_pressed('T', true)) actions.emplace_back(state::ToggleTheme{});
  (void)state;
}
}  // namespace

void draw_root_view(const state::AppState& state, RootViewUi& ui, state::ActionQueue& actions) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  if (ImGui::Begin("factdeck###root", nullptr, kRootFlags)) {
    draw_card_view(state, actions);
  }
  ImGui::End();
  push_global_shortcuts(state, actions);
  ui.is_first_frame = false;
}

}  // namespace factdeck::ui
