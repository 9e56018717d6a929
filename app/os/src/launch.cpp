#include "os/launch.hpp"

#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace factdeck::os {

namespace {

std::vector<std::string> split_on_spaces(const std::string& text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::optional<std::string> env_value(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

/// Owns a posix_spawnattr_t for the duration of one launch.
class SpawnAttributes {
 public:
  SpawnAttributes() { is_ready_ = ::posix_spawnattr_init(&attributes_) == 0; }
  ~SpawnAttributes() {
    if (is_ready_) ::posix_spawnattr_destroy(&attributes_);
  }
  SpawnAttributes(const SpawnAttributes&) = delete;
  SpawnAttributes& operator=(const SpawnAttributes&) = delete;
  /// A session of its own: the editor outlives factdeck and gets none of its terminal signals.
  [[nodiscard]] bool use_new_session() {
    return is_ready_ && ::posix_spawnattr_setflags(&attributes_, POSIX_SPAWN_SETSID) == 0;
  }
  [[nodiscard]] const posix_spawnattr_t* get() const { return &attributes_; }

 private:
  posix_spawnattr_t attributes_{};
  bool is_ready_ = false;
};

}  // namespace

std::vector<std::string> editor_command(const std::optional<std::string>& visual,
                                        const std::optional<std::string>& editor,
                                        const std::filesystem::path& file, int line) {
  std::vector<std::string> command;
  for (const std::optional<std::string>& variable : {visual, editor}) {
    if (variable) command = split_on_spaces(*variable);
    if (!command.empty()) break;
  }
  if (command.empty()) return {"xdg-open", file.string()};
  // "+LINE FILE" is understood by vi, vim, nano, emacs, micro, kak and gedit alike.
  command.push_back("+" + std::to_string(std::max(1, line)));
  command.push_back(file.string());
  return command;
}

std::vector<std::string> editor_command_from_environment(const std::filesystem::path& file,
                                                         int line) {
  return editor_command(env_value("VISUAL"), env_value("EDITOR"), file, line);
}

Result<int> launch_detached(const std::vector<std::string>& argv) {
  if (argv.empty()) return fail(ErrorCode::Io, "there is no program to start");
  std::vector<char*> pointers;
  pointers.reserve(argv.size() + 1);
  for (const std::string& word : argv) pointers.push_back(const_cast<char*>(word.c_str()));
  pointers.push_back(nullptr);
  SpawnAttributes attributes;
  if (!attributes.use_new_session()) {
    return fail(ErrorCode::Io, "cannot prepare to start " + argv.front());
  }
  pid_t pid = 0;
  // glibc's posix_spawnp reports a failed exec (no such program) as its result, not as a child
  // that exits at once, so a missing editor is known here.
  const int error = ::posix_spawnp(&pid, argv.front().c_str(), nullptr, attributes.get(),
                                   pointers.data(), environ);
  if (error != 0) {
    return fail(ErrorCode::Io, "cannot start " + argv.front() + ": " + std::strerror(error));
  }
  return static_cast<int>(pid);
}

void reap_finished(std::vector<int>& pids) {
  std::erase_if(pids, [](int pid) {
    if (pid <= 0) return true;  // 0 and -1 would mean "any child" to waitpid
    int status = 0;
    const pid_t result = ::waitpid(static_cast<pid_t>(pid), &status, WNOHANG);
    return result == static_cast<pid_t>(pid) || (result < 0 && errno == ECHILD);
  });
}

}  // namespace factdeck::os
