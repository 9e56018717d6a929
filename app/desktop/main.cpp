// factdeck: the desktop app. Command-line flags, then set-up, main loop and teardown as one
// labelled script (after Dear ImGui's GLFW + OpenGL3 example). Headless subcommands
// (`factdeck due`, `factdeck export`, ...) run without opening a window.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cstdio>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app_options.hpp"
#include "startup.hpp"
#include "key_taps.hpp"
#include "script_player.hpp"
#include "cli/commands.hpp"
#include "os/clock.hpp"
#include "state/app_state.hpp"
#include "state/deck_library.hpp"
#include "state/settings.hpp"
#include "ui/root_view.hpp"
#include "ui/scale.hpp"
#include "ui/screenshot.hpp"
#include "ui/window_title.hpp"

namespace {

using factdeck::app::AppOptions;

// The one place the app reads the clock; the core receives `now` from here.
void report_glfw_error(int code, const char* description) {
  std::fprintf(stderr, "factdeck: window system error %d: %s\n", code, description);
}

float window_content_scale(GLFWwindow* window) {
  float x_scale = 1.0f;
  float y_scale = 1.0f;
  glfwGetWindowContentScale(window, &x_scale, &y_scale);
  return x_scale;
}

// The primary monitor's scale: the window opens there, so fonts can be built before it exists.
float primary_monitor_content_scale() {
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  float x_scale = 1.0f;
  float y_scale = 1.0f;
  if (monitor != nullptr) glfwGetMonitorContentScale(monitor, &x_scale, &y_scale);
  return x_scale;
}

void warn_missing_font() {
  std::fprintf(stderr,
               "factdeck: DejaVu Sans not found (install fonts-dejavu-core or set "
               "FACTDECK_FONT); using the built-in font, which has no Cyrillic glyphs\n");
}

// Uploads the atlas to GL, then frees its CPU-side pixels (several MB of RGBA).
void upload_fonts() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetIO().Fonts->ClearTexData();
}

// Rebuilds fonts and style when the scale, font size or theme changed (between frames only).
void refresh_look(GLFWwindow* window, const factdeck::state::AppState& state,
                  factdeck::app::BuiltLook& built) {
  const auto& look = state.look();
  const factdeck::app::BuiltLook wanted{
      factdeck::ui::effective_ui_scale(window_content_scale(window), look.ui_scale),
      look.font_factor, look.is_dark_theme};
  if (wanted == built) return;
  if (!factdeck::ui::build_ui_fonts(*ImGui::GetIO().Fonts, wanted.scale, wanted.font_factor)) {
    warn_missing_font();
  }
  factdeck::ui::apply_ui_style(wanted.scale, wanted.is_dark);
  upload_fonts();
  built = wanted;
}

GLFWwindow* open_window(const AppOptions& options) {
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window =
      glfwCreateWindow(options.width, options.height, "factdeck", nullptr, nullptr);
  if (window == nullptr) return nullptr;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  glfwSetWindowSizeLimits(window, 480, 360, GLFW_DONT_CARE, GLFW_DONT_CARE);
  return window;
}

bool save_screenshot(const std::string& path, int width, int height) {
  const auto written = factdeck::ui::write_framebuffer_png(path, width, height);
  if (!written) std::fprintf(stderr, "factdeck: %s\n", written.error().to_string().c_str());
  return written.has_value();
}

// Waits for input instead of rendering flat out; a few extra frames after each event let ImGui
// settle animations and layout. A followed file (the workshop's) is looked at about once a second.
void wait_for_events(int& frames_to_settle, bool is_busy, bool is_following_files) {
  if (is_busy) {
    glfwWaitEventsTimeout(0.05);
    return;
  }
  if (frames_to_settle > 0) {
    --frames_to_settle;
    glfwPollEvents();
    return;
  }
  if (is_following_files) glfwWaitEventsTimeout(1.0);
  else glfwWaitEvents();
  frames_to_settle = 3;
}

// --class-report FOLDER: the report over FOLDER for the first deck open (the --deck one when
// given), as if the teacher had opened it; a refusal shows as a notice on the home screen.
void open_class_report_at_start(factdeck::state::AppState& state, const std::string& folder) {
  if (folder.empty() || state.library().decks().empty()) return;
  state.apply_all({factdeck::state::OpenClassReport{folder, state.library().decks().front().deck_id}},
                  factdeck::os::now_seconds());
}

int run_window(const AppOptions& options) {
  // ---- Set-up: state and fonts on a worker while the window and GL context open ----
  factdeck::app::StartupWork startup(options.start, factdeck::os::now_seconds());
  glfwSetErrorCallback(report_glfw_error);
  if (glfwInit() == GLFW_FALSE) {
    std::fprintf(stderr, "factdeck: cannot open a window (no display? set DISPLAY or use "
                         "xvfb-run)\n");
    return 1;
  }
  startup.set_content_scale(primary_monitor_content_scale());
  GLFWwindow* window = open_window(options);
  if (window == nullptr) {
    std::fprintf(stderr, "factdeck: cannot create an OpenGL 3.0 window\n");
    glfwTerminate();
    return 1;
  }
  factdeck::app::PreparedStart prepared = startup.take();
  factdeck::state::AppState& state = prepared.state;
  open_class_report_at_start(state, options.class_report_dir);
  if (!prepared.has_ui_font) warn_missing_font();
  IMGUI_CHECKVERSION();
  // The context uses the worker's atlas; `prepared.fonts` keeps owning it until teardown.
  ImGui::CreateContext(prepared.fonts.get());
  ImGui::GetIO().IniFilename = nullptr;  // one fixed full-window layout: nothing to persist
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  factdeck::app::KeyTaps key_taps;
  key_taps.install(window);
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");
  // Creating the device objects now uploads the prepared atlas instead of building it again.
  ImGui_ImplOpenGL3_CreateDeviceObjects();
  ImGui::GetIO().Fonts->ClearTexData();
  factdeck::app::BuiltLook built_look = prepared.look;
  factdeck::ui::apply_ui_style(built_look.scale, built_look.is_dark);

  factdeck::ui::RootViewUi root_ui;
  int frames_to_settle = 3;
  int frame = 0;
  int exit_code = 0;
  std::optional<factdeck::app::ScriptPlayer> script;
  if (!options.script_path.empty()) {
    factdeck::Result<factdeck::app::ScriptPlayer> loaded = factdeck::app::ScriptPlayer::load(options.script_path);
    if (!loaded) {
      std::fprintf(stderr, "factdeck: %s\n", loaded.error().to_string().c_str());
      exit_code = 2;
      glfwSetWindowShouldClose(window, GLFW_TRUE);
    } else {
      script = std::move(loaded).value();
    }
  }
  std::string shown_title = "factdeck";
  const bool is_automated = !options.screenshot_path.empty() || !options.script_path.empty();

  // ---- Main loop: poll → new frame → views collect actions → render → apply actions ----
  while (glfwWindowShouldClose(window) == GLFW_FALSE && !state.wants_quit()) {
    if (is_automated) glfwPollEvents();
    else wait_for_events(frames_to_settle, state.is_busy(), state.is_following_files());
    refresh_look(window, state, built_look);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    key_taps.before_frame(ImGui::GetIO());
    const factdeck::app::ScriptEffect effect =
        script ? script->before_frame(ImGui::GetIO()) : factdeck::app::ScriptEffect{};
    ImGui::NewFrame();
    factdeck::state::ActionQueue actions;
    factdeck::ui::draw_root_view(state, root_ui, actions);
    ImGui::Render();
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    const bool is_last_frame = !options.screenshot_path.empty() && ++frame >= options.frames;
    const std::string& shot = is_last_frame ? options.screenshot_path : effect.screenshot_path;
    if (!shot.empty() && !save_screenshot(shot, width, height)) exit_code = 1;
    // The statistics "Save as PNG" goes through the same framebuffer path as --screenshot; the
    // frame just rendered is the screen the learner sees.
    if (const auto requested = state.take_screenshot_request()) {
      state.screenshot_saved(*requested, factdeck::ui::write_framebuffer_png(*requested, width, height));
    }
    if (is_last_frame) break;
    glfwSwapBuffers(window);
    state.apply_all(actions, factdeck::os::now_seconds());
    if (effect.wants_quit) state.apply_all({factdeck::state::Quit{}}, factdeck::os::now_seconds());
    if (std::string title = factdeck::ui::window_title(state); title != shown_title) {
      glfwSetWindowTitle(window, title.c_str());
      shown_title = std::move(title);
    }
  }

  // ---- Teardown ----
  state.shut_down(factdeck::os::now_seconds());
  for (const factdeck::state::Notice& notice : state.notices()) {
    if (notice.level == factdeck::state::Notice::Level::Error) {
      std::fprintf(stderr, "factdeck: %s\n", notice.text.c_str());
    }
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    const factdeck::app::ParsedOptions parsed = factdeck::app::parse_app_options(args);
    if (parsed.exit_code) return *parsed.exit_code;
    const AppOptions& options = parsed.options;
    if (!options.command.empty()) {
      return factdeck::cli::run_command(options.command);
    }
    return run_window(options);
  } catch (const std::exception& error) {
    // Last resort: modules turn their own failures into Result errors; this catches the rest.
    std::fprintf(stderr, "factdeck: unexpected error: %s\n", error.what());
    return 1;
  }
}
