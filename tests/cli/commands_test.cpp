// The conventions every command shares: --help, unknown options, global options before or after
// the command name, and the command list.
#include "cli/commands.hpp"

#include <catch2/catch.hpp>

#include "cli_fixtures.hpp"

namespace factdeck::cli {

using testing::CliFolder;
using testing::run_cli;

namespace {
/// Every registered command: a new command gets these convention tests without a line here.
std::vector<std::string> every_command() {
  const std::vector<std::string_view> names = command_names();
  return {names.begin(), names.end()};
}
}  // namespace

TEST_CASE("COMMAND --help prints that command's usage and exits 0", "[cli]") {
  const std::string name = GENERATE(from_range(every_command()));
  const testing::CommandRun run = run_cli({name, "--help"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out.starts_with("usage: factdeck " + name));
  CHECK(run.out.find("--data-dir DIR") != std::string::npos);
  CHECK(run.err.empty());
}

TEST_CASE("An unknown option is an error with exit 2 naming the option and the command", "[cli]") {
  const std::string name = GENERATE(from_range(every_command()));
  const testing::CommandRun run = run_cli({name, "--bogus", "1"});
  CHECK(run.exit_code == kExitUsage);
  CHECK(run.err == "factdeck " + name + ": unknown option '--bogus' (see 'factdeck " + name + " --help')\n");
  CHECK(run.out.empty());
}

TEST_CASE("A global option given before the command name counts as after it", "[cli]") {
  CliFolder folder;
  const std::string id = folder.item_ids().at(0);
  REQUIRE(run_cli({"--data-dir", folder.data_dir(), "--profile", "anna", "answer", id, "good"}).exit_code == kExitOk);

  SECTION("before") {
    const auto run = run_cli({"--data-dir", folder.data_dir(), "--profile=anna", "due"});
    CHECK(run.exit_code == kExitOk);
    CHECK(run.out.find("capitals: 8 items, 1 answered") != std::string::npos);
  }
  SECTION("after") {
    const auto run = run_cli({"due", "--data-dir", folder.data_dir(), "--profile", "anna"});
    CHECK(run.exit_code == kExitOk);
    CHECK(run.out.find("capitals: 8 items, 1 answered") != std::string::npos);
  }
  SECTION("export reads --profile given after its own options") {
    const std::string out = folder.file("anna.csv");
    const auto run = run_cli({"export", "--revlog-csv", out, "--data-dir", folder.data_dir(), "--profile", "anna"});
    CHECK(run.exit_code == kExitOk);
    CHECK(run.out == "exported 1 answers to " + out + "\n");
  }
}

TEST_CASE("command_position finds the command after the global options", "[cli]") {
  using Args = std::vector<std::string_view>;
  CHECK(command_position(Args{"due"}) == 0u);
  CHECK(command_position(Args{"--data-dir", "d", "--profile", "p", "stats", "--json"}) == 4u);
  CHECK(command_position(Args{"--data-dir=d", "export"}) == 1u);
  CHECK_FALSE(command_position(Args{}).has_value());
  CHECK_FALSE(command_position(Args{"--deck", "x.json"}).has_value());
  CHECK_FALSE(command_position(Args{"--size", "800x600", "due"}).has_value());
  CHECK_FALSE(command_position(Args{"nonsense"}).has_value());
}

TEST_CASE("The command list names every command with its synopsis", "[cli]") {
  const std::string help = commands_help();
  for (const std::string& name : every_command()) {
    CHECK(help.find("  " + name) != std::string::npos);
  }
  CHECK(help.find("  simulate (--deck FILE | --items N) [options]\n") != std::string::npos);
  CHECK(help.find("  answer ITEM_ID GRADE [options]\n") != std::string::npos);
}

}  // namespace factdeck::cli
