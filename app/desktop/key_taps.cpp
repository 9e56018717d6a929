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
  for (int key : held_) io.KeysDown[key] = glfwGetKey(glfwGetCurrentContext(), key) == GLFW_PRESS;
  held_.clear();
  for (const Tap& tap : pending_) {
    if (io.KeysDown[tap.key]) continue;  // still held: ImGui sees it anyway
    io.KeysDown[tap.key] = true;
    if (tap.with_ctrl) io.KeyCtrl = true;
    held_.push_back(tap.key);
  }
  pending_.clear();
}

}  // namespace factdeck::app
