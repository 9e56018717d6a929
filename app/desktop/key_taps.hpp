#pragma once
// ImGui 1.86 samples key state once per frame, so a key pressed and released within one event
// poll (a quick tap, or xdotool) would never be seen. KeyTaps records presses as they arrive and
// holds a tapped key down for one frame, with Ctrl when it was pressed with Ctrl. (ImGui 1.87
// fixed this with its input queue.)
#include <vector>

struct GLFWwindow;
struct ImGuiIO;

namespace factdeck::app {

class KeyTaps {
 public:
  /// Installs the key callback; call before ImGui's GLFW backend is initialised (it chains to us).
  void install(GLFWwindow* window);
  /// Before ImGui::NewFrame: releases last frame's held taps and holds this poll's taps down.
  void before_frame(ImGuiIO& io);

 private:
  struct Tap {
    int key;
    bool with_ctrl;
  };
  static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);

  std::vector<Tap> pending_;
  std::vector<int> held_;
  bool is_ctrl_forced_ = false;  // Ctrl held down for a tap this frame: restore it next frame
};

}  // namespace factdeck::app
