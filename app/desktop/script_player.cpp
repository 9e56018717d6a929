#include "script_player.hpp"

#include <imgui.h>

#include <charconv>
#include <fstream>
#include <sstream>

#include "base/utf8.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::app {

namespace {

constexpr int kSettleFrames = 3;
constexpr int kLeftControl = 341;  // GLFW_KEY_LEFT_CONTROL

int named_key(const std::string& name) {
  if (name.size() == 1) {
    const char c = name[0];
    if (c >= 'a' && c <= 'z') return c - 'a' + 'A';
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',') return c;
  }
  if (name == "Enter") return 257;
  if (name == "Space") return 32;
  if (name == "Escape") return 256;
  if (name == "Backspace") return 259;
  if (name == "Tab") return 258;
  return -1;
}

Result<ScriptStep> parse_step(const std::string& line, int line_number, const std::string& file) {
  std::istringstream in(line);
  std::string command;
  in >> command;
  std::string rest;
  std::getline(in >> std::ws, rest);
  ScriptStep step;
  step.line = line_number;
  if (command == "key") {
    step.kind = ScriptStep::Kind::Key;
    step.with_ctrl = rest.starts_with("ctrl+");
    step.key = named_key(step.with_ctrl ? rest.substr(5) : rest);
    if (step.key < 0) return fail(ErrorCode::Parse, "unknown key '" + rest + "'", file, line_number, 5);
  } else if (command == "type") {
    step.kind = ScriptStep::Kind::Type;
    step.text = rest;
  } else if (command == "wait") {
    step.kind = ScriptStep::Kind::Wait;
    const auto [ptr, error] = std::from_chars(rest.data(), rest.data() + rest.size(), step.frames);
    if (error != std::errc() || step.frames < 0) {
      return fail(ErrorCode::Parse, "wait needs a number of frames", file, line_number, 6);
    }
  } else if (command == "shot") {
    step.kind = ScriptStep::Kind::Shot;
    step.text = rest;
    if (rest.empty()) return fail(ErrorCode::Parse, "shot needs a file name", file, line_number, 6);
  } else if (command == "quit") {
    step.kind = ScriptStep::Kind::Quit;
  } else {
    return fail(ErrorCode::Parse, "unknown command '" + command + "' (key, type, wait, shot, quit)",
                file, line_number, 1);
  }
  return step;
}

}  // namespace

Result<ScriptPlayer> ScriptPlayer::load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return fail(ErrorCode::Io, "cannot read the script", path.string());
  ScriptPlayer player;
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    Result<ScriptStep> step = parse_step(line, line_number, path.string());
    if (!step) return Unexpected{step.error()};
    player.steps_.push_back(*step);
  }
  return player;
}

ScriptEffect ScriptPlayer::before_frame(ImGuiIO& io) {
  ScriptEffect effect;
  if (released_key_ >= 0) {
    io.KeysDown[released_key_] = false;
    io.KeysDown[kLeftControl] = false;
    io.KeyCtrl = false;
    released_key_ = -1;
  }
  if (frames_to_wait_ > 0) {
    --frames_to_wait_;
    return effect;
  }
  if (next_ >= steps_.size()) {
    effect.wants_quit = true;
    return effect;
  }
  const ScriptStep& step = steps_[next_++];
  frames_to_wait_ = kSettleFrames;
  switch (step.kind) {
    case ScriptStep::Kind::Key:
      io.KeysDown[step.key] = true;
      io.KeysDown[kLeftControl] = step.with_ctrl;
      io.KeyCtrl = step.with_ctrl;
      released_key_ = step.key;
      break;
    case ScriptStep::Kind::Type:
      for (char32_t c : decode_utf8(step.text)) io.AddInputCharacter(static_cast<unsigned>(c));
      break;
    case ScriptStep::Kind::Wait: frames_to_wait_ = step.frames; break;
    case ScriptStep::Kind::Shot: effect.screenshot_path = step.text; break;
    case ScriptStep::Kind::Quit: effect.wants_quit = true; break;
  }
  return effect;
}

}  // namespace factdeck::app
