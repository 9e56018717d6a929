#include "startup.hpp"

#include <utility>

#include "state/settings.hpp"
#include "ui/scale.hpp"

namespace factdeck::app {

namespace {

PreparedStart prepare(const state::StartOptions& options, sched::TimePoint now,
                      std::future<float> content_scale) {
  state::AppState state = state::AppState::start(options, now);
  const state::LookSettings& look = state.look();
  const float scale = ui::effective_ui_scale(content_scale.get(), look.ui_scale);
  auto fonts = std::make_unique<ImFontAtlas>();
  const bool has_ui_font = ui::build_ui_fonts(*fonts, scale, look.font_factor);
  const BuiltLook built{scale, look.font_factor, look.is_dark_theme};
  return {std::move(state), std::move(fonts), built, has_ui_font};
}

}  // namespace

StartupWork::StartupWork(state::StartOptions options, sched::TimePoint now)
    : result_(std::async(std::launch::async,
                         [options = std::move(options), now,
                          scale = content_scale_.get_future()]() mutable {
                           return prepare(options, now, std::move(scale));
                         })) {}

StartupWork::~StartupWork() {
  if (!has_content_scale_) set_content_scale(1.0f);
  if (result_.valid()) result_.wait();
}

void StartupWork::set_content_scale(float content_scale) {
  content_scale_.set_value(content_scale);
  has_content_scale_ = true;
}

PreparedStart StartupWork::take() { return result_.get(); }

}  // namespace factdeck::app
