#pragma once
// What the app opens with (from the command line), and how it starts other programs.
#include <functional>
#include <string>
#include <vector>

#include "base/result.hpp"

namespace factdeck::state {

/// Starts a program (an argument vector, no shell) without waiting; returns its process id.
using Launcher = std::function<Result<int>(const std::vector<std::string>& argv)>;

struct StartOptions {
  std::string deck_path;     // empty: the shipped decks
  std::string data_dir;      // empty: XDG folders
  std::string profile_name;  // empty: the profile last switched to
  Launcher launcher;         // empty: os::launch_detached (tests pass a recorder)
};

}  // namespace factdeck::state
