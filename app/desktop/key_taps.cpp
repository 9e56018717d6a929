#include "key_taps.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

namespace factdeck::app {

namespace {
KeyTaps* g_installed = nullptr;  // GLFW callbacks are plain functions; one window, one latch
}  // namespace

void KeyTaps::install(GLFWwindow* window) {
  g_installed = this;
  glfwSetKeyCallback(window, &KeyTaps::on_key);
}

void KeyTaps::on_key(GLFWwindow* /*window*/, int key, int /*scancode*/, int action, int mods) {
  if (g_installed == nullptr || action != GLFW_PRESS || key < 0 || key >= 512) return;
  g_installed->pending_.push_back({key, (mods & GLFW_MOD_CONTROL) != 0});
}

void KeyTaps::before_frame(ImGuiIO& io) {
  GLFWwindow* window = glfwGetCurrentContext();
  for (int key : held_) io.KeysDown[key] = glfwGetKey(window, key) == GLFW_PRESS;
  if (is_ctrl_forced_) {
    io.KeyCtrl = glfwGetKey(window, GLFW_KEY_LEFT_CONTROL) == GLFW_PRESS ||
                 glfwGetKey(window, GLFW_KEY_RIGHT_CONTROL) == GLFW_PRESS;
  }
  held_.clear();
  is_ctrl_forced_ = false;
  for (const Tap& tap : pending_) {
    // Ctrl counts in the frame its letter goes down even when Ctrl was let go in the same poll:
    // xdotool (and a quick hand) releases Ctrl before the letter, and the backend has already
    // cleared io.KeyCtrl. Checked before the held-key test below, which used to skip it: Ctrl+K
    // then arrived as a plain K, about one press in ten under load.
    if (tap.with_ctrl && !io.KeyCtrl) {
      io.KeyCtrl = true;
      is_ctrl_forced_ = true;
    }
    if (io.KeysDown[tap.key]) continue;  // still held: ImGui sees the press anyway
    io.KeysDown[tap.key] = true;
    held_.push_back(tap.key);
  }
  pending_.clear();
}

}  // namespace factdeck::app
