#include <unistd.h>

#include <catch2/catch.hpp>

#include "os/launch.hpp"

using namespace factdeck;
using namespace factdeck::os;

TEST_CASE("The editor command prefers VISUAL, then EDITOR, then xdg-open", "[state]") {
  const std::filesystem::path file = "/decks/a b.facts.md";
  using Words = std::vector<std::string>;
  CHECK(editor_command("code --wait", "vi", file, 12) == Words{"code", "--wait", "+12", file.string()});
  CHECK(editor_command(std::nullopt, "vi", file, 3) == Words{"vi", "+3", file.string()});
  CHECK(editor_command(" ", "nano", file, 3) == Words{"nano", "+3", file.string()});
  CHECK(editor_command(std::nullopt, std::nullopt, file, 3) == Words{"xdg-open", file.string()});
  CHECK(editor_command(std::nullopt, "vi", file, 0) == Words{"vi", "+1", file.string()});
}

TEST_CASE("Shell syntax in a file name stays one argument", "[state]") {
  const std::filesystem::path file = "x; rm -rf ~ $(id).facts.md";
  const std::vector<std::string> command = editor_command(std::nullopt, "vi", file, 2);
  REQUIRE(command.size() == 3);
  CHECK(command[2] == file.string());
}

TEST_CASE("A program that does not exist fails to launch with its name", "[state]") {
  const Result<int> launched = launch_detached({"factdeck-no-such-editor-here", "+1", "f"});
  REQUIRE_FALSE(launched);
  CHECK(launched.error().code == ErrorCode::Io);
  CHECK_THAT(launched.error().message, Catch::Contains("factdeck-no-such-editor-here"));
  CHECK_FALSE(launch_detached({}));
}

TEST_CASE("A launched program runs without being waited for and is reaped once done", "[state]") {
  const Result<int> launched = launch_detached({"true"});
  REQUIRE(launched);
  CHECK(*launched > 0);
  std::vector<int> pids{*launched};
  for (int tries = 0; tries < 200 && !pids.empty(); ++tries) {
    reap_finished(pids);
    if (!pids.empty()) ::usleep(10000);
  }
  CHECK(pids.empty());
}
