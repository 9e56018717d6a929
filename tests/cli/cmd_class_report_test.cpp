// `factdeck class-report`: students' results files read, checked and reported together; a damaged
// or foreign file refuses the whole report.
#include <catch2/catch.hpp>

#include <fstream>

#include "cli_fixtures.hpp"

namespace factdeck::cli {

using testing::CliFolder;
using testing::read_text;
using testing::run_cli;

namespace {

testing::CommandRun run_in(const CliFolder& folder, std::vector<std::string> args) {
  args.insert(args.end(), {"--data-dir", folder.data_dir()});
  return run_cli(args);
}

// Profile `name` answers the first four items, right where `rights` has a '1'; its results go to
// NAME.json in the folder.
std::string student_file(const CliFolder& folder, const std::string& name, const std::string& rights) {
  const std::vector<std::string> ids = folder.item_ids();
  for (std::size_t i = 0; i < rights.size(); ++i) {
    const auto answered = run_in(folder, {"answer", ids[i], rights[i] == '1' ? "good" : "again", "--profile", name});
    REQUIRE(answered.exit_code == kExitOk);
  }
  const std::string out = folder.file(name + ".json");
  REQUIRE(run_in(folder, {"export", "--results", out, "--profile", name}).exit_code == kExitOk);
  return out;
}

}  // namespace

TEST_CASE("class-report ranks the students and writes the HTML page when asked", "[cli]") {
  CliFolder folder;
  const std::vector<std::string> files{student_file(folder, "sam", "1111"), student_file(folder, "kim", "1101"),
                                       student_file(folder, "lee", "0110")};
  const std::string html = folder.file("report.html");
  const auto run = run_in(folder, {"class-report", "--deck", "capitals", files[0], files[1], files[2], "-o", html});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.err.empty());
  CHECK(run.out.starts_with("Class report: Capitals (capitals), 3 students, 4 questions answered, "));
  const std::size_t sam = run.out.find("   1  100%         4/4 ");
  const std::size_t lee = run.out.find("   3   50%         2/4 ");
  CHECK(sam != std::string::npos);
  CHECK(lee != std::string::npos);
  CHECK(read_text(html).starts_with("<!DOCTYPE html>"));

  SECTION("a folder stands for its results files") {
    const auto by_folder = run_in(folder, {"class-report", "--deck", "capitals", folder.file("")});
    CHECK(by_folder.exit_code == kExitOk);
    CHECK(by_folder.out == run.out);
  }
  SECTION("a damaged file refuses the whole report and writes nothing") {
    std::ofstream(files[1], std::ios::trunc) << "{\"factdeck_results\": 1, \"student\": 3}";
    const std::string second = folder.file("second.html");
    const auto damaged = run_in(folder, {"class-report", "--deck", "capitals", files[0], files[1], "-o", second});
    CHECK(damaged.exit_code == kExitFailure);
    CHECK(damaged.out.empty());
    CHECK(damaged.err == "factdeck class-report: " + files[1] + ":1:36: student: expected an object, found the number 3\n");
    CHECK_FALSE(std::filesystem::exists(second));
  }
  SECTION("results of another deck are refused") {
    std::string text = read_text(files[2]);
    text.replace(text.find("\"id\": \"capitals\""), 16, "\"id\": \"planets\"");
    std::ofstream(files[2], std::ios::trunc) << text;
    const auto foreign = run_in(folder, {"class-report", "--deck", "capitals", files[0], files[2]});
    CHECK(foreign.exit_code == kExitFailure);
    CHECK(foreign.err == "factdeck class-report: " + files[2] + ": results on deck 'planets', not 'capitals'\n");
  }
  SECTION("the same student twice is refused") {
    const auto twice = run_in(folder, {"class-report", "--deck", "capitals", files[0], files[0]});
    CHECK(twice.exit_code == kExitFailure);
    CHECK(twice.err == "factdeck class-report: " + files[0] + ": the results of sam (profile sam) are also in " + files[0] + "\n");
  }
}

TEST_CASE("class-report needs the deck and at least one results file", "[cli]") {
  CliFolder folder;
  CHECK(run_in(folder, {"class-report", "x.json"}).err.starts_with("factdeck class-report: --deck ID|FILE is required"));
  CHECK(run_in(folder, {"class-report", "--deck", "capitals"}).err.starts_with("factdeck class-report: RESULTS... is missing"));
}

}  // namespace factdeck::cli
