#pragma once
// Keyboard shortcuts. ImGui 1.86 indexes io.KeysDown by the backend's key codes; with GLFW those
// are ASCII for letters and digits ('A'..'Z', '0'..'9') and GLFW_KEY_* for the rest.

namespace factdeck::ui {

inline constexpr int kKeyEscape = 256;  // GLFW_KEY_ESCAPE
inline constexpr int kKeyEnter = 257;   // GLFW_KEY_ENTER
inline constexpr int kKeyTab = 258;     // GLFW_KEY_TAB
inline constexpr int kKeyKeypadEnter = 335;  // GLFW_KEY_KP_ENTER
inline constexpr int kKeySpace = 32;    // GLFW_KEY_SPACE

/// True on the frame `key` went down (no auto-repeat), unless a text field has the keyboard.
/// With `needs_ctrl`, only while Ctrl is held; without it, only while Ctrl is not held.
[[nodiscard]] bool shortcut_pressed(int key, bool needs_ctrl = false);

/// True on the frame Enter (main or keypad) went down, even while a text field is active.
[[nodiscard]] bool enter_pressed();

}  // namespace factdeck::ui
