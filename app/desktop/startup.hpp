#pragma once
// Start-up work that needs no window (opening the profile and decks, rasterising the fonts) runs
// on a worker thread while the main thread opens the window and its GL context, which on Mesa's
// software renderer is most of the time to the first painted frame.
#include <imgui.h>

#include <future>
#include <memory>

#include "state/app_state.hpp"

namespace factdeck::app {

/// The look the fonts and style were built for; any change means rebuilding them.
struct BuiltLook {
  float scale = 0.0f;
  float font_factor = 1.0f;
  bool is_dark = false;
  friend bool operator==(const BuiltLook&, const BuiltLook&) = default;
};

/// What the worker hands over: the opened state and a font atlas built for its look.
struct PreparedStart {
  state::AppState state;
  std::unique_ptr<ImFontAtlas> fonts;  // rasterised; becomes the ImGui context's atlas
  BuiltLook look;
  bool has_ui_font = true;  // false: DejaVu Sans was not found and the built-in font is used
};

class StartupWork {
 public:
  /// Starts opening the profile and decks at once; the fonts wait for set_content_scale().
  StartupWork(state::StartOptions options, sched::TimePoint now);
  StartupWork(const StartupWork&) = delete;
  StartupWork& operator=(const StartupWork&) = delete;
  /// Waits for the worker (with content scale 1 if none was given).
  ~StartupWork();

  /// The monitor's content scale, known once the window system is up.
  void set_content_scale(float content_scale);

  /// Waits for the work and hands it over; call once.
  [[nodiscard]] PreparedStart take();

 private:
  std::promise<float> content_scale_;
  bool has_content_scale_ = false;
  std::future<PreparedStart> result_;
};

}  // namespace factdeck::app
