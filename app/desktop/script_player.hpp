#pragma once
// --script FILE: drives the real window with scripted input for end-to-end tests and
// screenshots. One command per line ('#' starts a comment):
//   key NAME        press and release a key: a letter, a digit, Enter, Space, Escape, Backspace,
//                   Tab, or ctrl+LETTER
//   type TEXT       type TEXT (UTF-8) into the focused field
//   wait N          let N frames pass
//   shot FILE.png   save a screenshot of the window after this frame
//   quit            close the app
// Every command is followed by a few frames so its actions are applied and the layout settles.
#include <filesystem>
#include <string>
#include <vector>

#include "base/result.hpp"

struct ImGuiIO;

namespace factdeck::app {

struct ScriptStep {
  enum class Kind { Key, Type, Wait, Shot, Quit } kind = Kind::Wait;
  int key = 0;           // Key: the backend key code
  bool with_ctrl = false;
  std::string text;      // Type: the text; Shot: the file
  int frames = 0;        // Wait
  int line = 0;
};

/// What the main loop must do after the frame just prepared.
struct ScriptEffect {
  std::string screenshot_path;  // non-empty: save a screenshot after rendering this frame
  bool wants_quit = false;
};

class ScriptPlayer {
 public:
  /// Reads and checks the whole script; errors name the file, line and column.
  [[nodiscard]] static Result<ScriptPlayer> load(const std::filesystem::path& path);

  /// Call after the backend's NewFrame and before ImGui::NewFrame: feeds this frame's input.
  [[nodiscard]] ScriptEffect before_frame(ImGuiIO& io);

 private:
  std::vector<ScriptStep> steps_;
  std::size_t next_ = 0;
  int frames_to_wait_ = 0;
  int released_key_ = -1;  // key to release on the next frame
};

}  // namespace factdeck::app
