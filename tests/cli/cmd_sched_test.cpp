// The commands over review logs and simulations (version, memory-states, optimize, simulate):
// arguments, exit codes and output.
#include <catch2/catch.hpp>

#include "cli_fixtures.hpp"

namespace factdeck::cli {

using testing::CliFolder;
using testing::lines_of;
using testing::run_cli;

namespace {
const std::string kRevlog = std::string(FACTDECK_TEST_DATA_DIR) + "/optimizer/small_revlog.csv";
}  // namespace

TEST_CASE("version prints the version", "[cli]") {
  const auto run = run_cli({"version"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out.starts_with("factdeck "));
  CHECK(lines_of(run.out).size() == 1);
}

TEST_CASE("memory-states prints one CSV row per card of the log", "[cli]") {
  const auto run = run_cli({"memory-states", "--revlog", kRevlog, "--now", "1704700000000"});
  CHECK(run.exit_code == kExitOk);
  const auto rows = lines_of(run.out);
  REQUIRE(rows.size() == 523);  // the header and the log's 522 cards
  CHECK(rows[0] == "card_id,reviews,stability_days,difficulty,elapsed_days,retrievability");
  CHECK(rows[1].starts_with("1000000,2,"));
  SECTION("the same log and time give the same figures") {
    CHECK(run_cli({"memory-states", "--revlog", kRevlog, "--now", "1704700000000"}).out == run.out);
  }
  SECTION("a later study-day start and a time zone change the day numbering, not the format") {
    const auto shifted = run_cli({"memory-states", "--revlog", kRevlog, "--now", "1704700000000",
                                  "--timezone", "+05:30", "--next-day-starts-at", "0"});
    CHECK(shifted.exit_code == kExitOk);
    CHECK(lines_of(shifted.out).size() == 523);
  }
}

TEST_CASE("memory-states refuses bad arguments", "[cli]") {
  CHECK(run_cli({"memory-states"}).err.starts_with("factdeck memory-states: --revlog FILE.csv is required"));
  const auto hour = run_cli({"memory-states", "--revlog", kRevlog, "--next-day-starts-at", "24"});
  CHECK(hour.exit_code == kExitUsage);
  CHECK(hour.err.starts_with("factdeck memory-states: --next-day-starts-at expects a whole number from 0 to 23, got '24'"));
  CHECK(run_cli({"memory-states", "--revlog", kRevlog, "--timezone", "Nowhere/Nothing"}).exit_code == kExitUsage);
  const auto missing = run_cli({"memory-states", "--revlog", "/nonexistent/log.csv"});
  CHECK(missing.exit_code == kExitFailure);
  CHECK(missing.err.starts_with("factdeck memory-states: "));
  const auto params = run_cli({"memory-states", "--revlog", kRevlog, "--params", "1,2,x"});
  CHECK(params.exit_code == kExitFailure);
  CHECK(params.err.find("parameter 2 is not a number: 'x'") != std::string::npos);
}

TEST_CASE("optimize fits a log and prints the fit as JSON", "[cli]") {
  const auto run = run_cli({"optimize", "--revlog", kRevlog, "--json", "--threads", "1", "--timezone", "UTC"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out.starts_with("{\n  \"parameters\": ["));
  CHECK(run.out.find("\"stage\": \"full\"") != std::string::npos);
  CHECK(run.out.find("\"fitted\": {\"log_loss\": ") != std::string::npos);
  CHECK(run.out.ends_with("}\n"));
}

TEST_CASE("optimize refuses bad arguments", "[cli]") {
  CHECK(run_cli({"optimize"}).exit_code == kExitUsage);
  const auto threads = run_cli({"optimize", "--revlog", kRevlog, "--threads", "3"});
  CHECK(threads.exit_code == kExitUsage);
  CHECK(threads.err.starts_with("factdeck optimize: --threads expects a whole number from 1 to 2, got '3'"));
  const auto zone = run_cli({"optimize", "--revlog", kRevlog, "--timezone", "Mars/Olympus_Mons"});
  CHECK(zone.exit_code == kExitUsage);
  CHECK(zone.err.starts_with("factdeck optimize: "));
  CHECK(zone.err.find("Mars/Olympus_Mons") != std::string::npos);
  CHECK(run_cli({"optimize", "--revlog", "/nonexistent/log.csv"}).exit_code == kExitFailure);
}

TEST_CASE("simulate prints one row per day and the totals, the same for the same seed", "[cli]") {
  const std::vector<std::string> args = {"simulate", "--items", "20", "--days", "10", "--seed", "3"};
  const auto run = run_cli(args);
  CHECK(run.exit_code == kExitOk);
  const auto lines = lines_of(run.out);
  REQUIRE(lines.size() == 15);
  CHECK(lines[0] == "day,reviews,new,due_recalls,recalled");
  CHECK(lines[1].starts_with("1,"));
  CHECK(lines[10].starts_with("10,"));
  CHECK(lines[11] == "items: 20, days: 10, desired retention: 0.90");
  CHECK(lines[12].starts_with("measured retention: "));
  CHECK(lines[13].starts_with("workload: "));
  CHECK(lines[14].starts_with("leeches (8+ lapses): "));
  CHECK(run_cli(args).out == run.out);
}

TEST_CASE("simulate studies a deck file and can store the result as a new profile", "[cli]") {
  CliFolder folder;
  const std::vector<std::string> args = {"simulate", "--deck", folder.deck_path().string(), "--days", "5",
                                         "--write-profile", "sim", "--data-dir", folder.data_dir()};
  const auto run = run_cli(args);
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out.find("items: 8, days: 5") != std::string::npos);
  CHECK(run.out.find("to profile 'sim'") != std::string::npos);
  const auto due = run_cli({"due", "--profile", "sim", "--data-dir", folder.data_dir()});
  CHECK(due.out.find("capitals: 8 items, ") != std::string::npos);
  SECTION("but never into a profile that has answers") {
    const auto again = run_cli(args);
    CHECK(again.exit_code == kExitFailure);
    CHECK(again.err.find("already has answers") != std::string::npos);
  }
}

TEST_CASE("simulate refuses bad arguments", "[cli]") {
  CHECK(run_cli({"simulate", "--days", "3"}).err.starts_with("factdeck simulate: give exactly one of --deck FILE | --items N"));
  const auto both = run_cli({"simulate", "--items", "5", "--deck", "d.json", "--days", "3"});
  CHECK(both.exit_code == kExitUsage);
  CHECK(both.err.starts_with("factdeck simulate: give exactly one of --deck FILE | --items N"));
  const auto retention = run_cli({"simulate", "--items", "5", "--days", "3", "--retention", "0.5"});
  CHECK(retention.exit_code == kExitUsage);
  CHECK(retention.err.starts_with("factdeck simulate: --retention expects a number from 0.7 to 0.99, got '0.5'"));
  CHECK(run_cli({"simulate", "--deck", "/nonexistent.json", "--days", "3"}).exit_code == kExitFailure);
}

}  // namespace factdeck::cli
