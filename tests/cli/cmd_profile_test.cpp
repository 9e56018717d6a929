// The commands over a profile (answer, due, stats, export, import): arguments, exit codes and
// output, on a temporary data folder.
#include <catch2/catch.hpp>

#include "cli_fixtures.hpp"

namespace factdeck::cli {

using testing::CliFolder;
using testing::lines_of;
using testing::read_text;
using testing::run_cli;

namespace {
/// `factdeck ARGS... --data-dir DIR`.
testing::CommandRun run_in(const CliFolder& folder, std::vector<std::string> args) {
  args.insert(args.end(), {"--data-dir", folder.data_dir()});
  return run_cli(args);
}
}  // namespace

TEST_CASE("due on a new profile says every item is new", "[cli]") {
  CliFolder folder;
  const auto run = run_in(folder, {"due"});
  CHECK(run.exit_code == kExitOk);
  const auto lines = lines_of(run.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].starts_with("no answers recorded yet ("));
  CHECK(lines[1] == "capitals: 8 items, 0 answered");
}

TEST_CASE("answer records a grade that due, stats and export then see", "[cli]") {
  CliFolder folder;
  const std::vector<std::string> ids = folder.item_ids();
  REQUIRE(ids.size() == 8);
  const auto answered = run_in(folder, {"answer", ids[0], "good"});
  REQUIRE(answered.exit_code == kExitOk);
  CHECK(answered.out.starts_with("recorded " + ids[0] + " good; next due in "));
  CHECK(answered.out.ends_with(" days\n"));
  REQUIRE(run_in(folder, {"answer", ids[1], "1", "--kind", "choice"}).exit_code == kExitOk);

  SECTION("due, as text") {
    const auto run = run_in(folder, {"due"});
    CHECK(run.exit_code == kExitOk);
    const auto lines = lines_of(run.out);
    REQUIRE_FALSE(lines.empty());
    CHECK(lines[0].starts_with("capitals: 8 items, 2 answered, "));
    CHECK(lines[0].ends_with(" due now, 0 suspended, 0 flagged"));
    for (std::size_t i = 1; i < lines.size(); ++i) CHECK(lines[i].starts_with("  "));
  }
  SECTION("due, as JSON") {
    const auto run = run_in(folder, {"due", "--json"});
    CHECK(run.exit_code == kExitOk);
    CHECK(run.out.starts_with("[\n  {\"deck\": \"capitals\", \"items\": 8, \"answered_items\": 2, "
                              "\"suspended\": [], \"flagged\": [], \"due\": ["));
    CHECK(run.out.ends_with("]}\n]\n"));
  }
  SECTION("stats, as JSON and as text") {
    const auto json = run_in(folder, {"stats", "--json", "--period", "90"});
    CHECK(json.exit_code == kExitOk);
    CHECK(json.out.starts_with("{"));
    CHECK(json.out.find("\"period\":\"90\"") != std::string::npos);
    const auto text = run_in(folder, {"stats", "--deck", "capitals"});
    CHECK(text.exit_code == kExitOk);
    CHECK_FALSE(text.out.empty());
  }
  SECTION("stats writes its tables as CSV") {
    const std::string dir = folder.file("tables");
    const auto run = run_in(folder, {"stats", "--csv", dir});
    CHECK(run.exit_code == kExitOk);
    CHECK(run.err.starts_with("factdeck stats: wrote "));
    CHECK_FALSE(std::filesystem::is_empty(dir));
  }
  SECTION("export as an fsrs-rs revlog") {
    const std::string out = folder.file("log.csv");
    const auto run = run_in(folder, {"export", "--revlog-csv", out});
    CHECK(run.exit_code == kExitOk);
    CHECK(run.out == "exported 2 answers to " + out + "\n");
    const auto rows = lines_of(read_text(out));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].starts_with("card_id,review_time,review_rating"));
  }
  SECTION("export as JSON, then import into another profile") {
    const std::string json = folder.file("profile.json");
    REQUIRE(run_in(folder, {"export", "--json", json}).exit_code == kExitOk);
    const auto imported = run_in(folder, {"import", "--json", json, "--profile", "copy"});
    CHECK(imported.exit_code == kExitOk);
    CHECK(imported.out.starts_with("imported 2 answers into "));
    const std::string original = folder.file("original.csv");
    const std::string copy = folder.file("copy.csv");
    REQUIRE(run_in(folder, {"export", "--revlog-csv", original}).exit_code == kExitOk);
    REQUIRE(run_in(folder, {"export", "--revlog-csv", copy, "--profile", "copy"}).exit_code == kExitOk);
    CHECK(read_text(copy) == read_text(original));
  }
}

TEST_CASE("answer appends to the journal and leaves the snapshot as it was", "[cli]") {
  CliFolder folder;
  const std::vector<std::string> ids = folder.item_ids();
  // The first answer's open creates the profile; the second's makes the day's first backup,
  // which compacts. After that, answers only append.
  REQUIRE(run_in(folder, {"answer", ids[0], "good"}).exit_code == kExitOk);
  REQUIRE(run_in(folder, {"answer", ids[3], "hard"}).exit_code == kExitOk);
  const std::string profile = folder.data_dir() + "/profiles/default/";
  const std::string snapshot = read_text(profile + "progress.snapshot");
  const std::size_t journal_bytes = read_text(profile + "progress.journal").size();
  REQUIRE_FALSE(snapshot.empty());

  REQUIRE(run_in(folder, {"answer", ids[1], "again"}).exit_code == kExitOk);
  REQUIRE(run_in(folder, {"answer", ids[2], "easy"}).exit_code == kExitOk);
  // Was: every answer compacted, rewriting the snapshot and emptying the journal.
  CHECK(read_text(profile + "progress.snapshot") == snapshot);
  const std::string journal = read_text(profile + "progress.journal");
  CHECK(journal.size() > journal_bytes);
  CHECK(read_text(profile + "progress.journal.copy") == journal);
  const auto due = run_in(folder, {"due"});
  CHECK(due.out.starts_with("capitals: 8 items, 4 answered, "));
}

TEST_CASE("answer refuses a bad item id, grade or kind with exit 2", "[cli]") {
  CliFolder folder;
  const std::string id = folder.item_ids().at(0);
  const auto bad_id = run_in(folder, {"answer", "xyz", "good"});
  CHECK(bad_id.exit_code == kExitUsage);
  CHECK(bad_id.err.starts_with("factdeck answer: 'xyz' is not an item id (16 hex digits)"));
  const auto bad_grade = run_in(folder, {"answer", id, "perfect"});
  CHECK(bad_grade.exit_code == kExitUsage);
  CHECK(bad_grade.err.starts_with("factdeck answer: GRADE expects 1-4 or again, hard, good, easy, got 'perfect'"));
  const auto bad_kind = run_in(folder, {"answer", id, "good", "--kind", "essay"});
  CHECK(bad_kind.exit_code == kExitUsage);
  CHECK(bad_kind.err.find("--kind expects") != std::string::npos);
  const auto missing = run_in(folder, {"answer", id});
  CHECK(missing.exit_code == kExitUsage);
  CHECK(missing.err.starts_with("factdeck answer: GRADE is missing"));
  const auto negative = run_in(folder, {"answer", id, "good", "--days-ago", "-1"});
  CHECK(negative.exit_code == kExitUsage);
  CHECK(negative.err.starts_with("factdeck answer: --days-ago expects a number from 0 to 36500, got '-1'"));
}

TEST_CASE("answer fails with exit 1 for an item no deck has", "[cli]") {
  CliFolder folder;
  const auto run = run_in(folder, {"answer", "0123456789abcdef", "good"});
  CHECK(run.exit_code == kExitFailure);
  CHECK(run.err == "factdeck answer: no deck has item 0123456789abcdef\n");
}

TEST_CASE("answer --days-ago back-fills an answer in the past", "[cli]") {
  CliFolder folder;
  const std::string id = folder.item_ids().at(0);
  REQUIRE(run_in(folder, {"answer", id, "easy", "--days-ago", "30"}).exit_code == kExitOk);
  const std::string out = folder.file("log.csv");
  REQUIRE(run_in(folder, {"export", "--revlog-csv", out}).exit_code == kExitOk);
  const auto rows = lines_of(read_text(out));
  REQUIRE(rows.size() == 2);
  const std::string time_ms = rows[1].substr(rows[1].find(',') + 1, 13);
  const auto now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count();
  const double days_ago = static_cast<double>(now_ms - std::stoll(time_ms)) / 86'400'000.0;
  CHECK(days_ago == Approx(30.0).margin(0.01));
}

TEST_CASE("stats and export fail with exit 1 on a profile that does not exist", "[cli]") {
  CliFolder folder;
  const auto stats = run_in(folder, {"stats", "--profile", "nobody"});
  CHECK(stats.exit_code == kExitFailure);
  CHECK(stats.err.starts_with("factdeck stats: "));
  CHECK(stats.err.find("there is no profile in ") != std::string::npos);
  const auto exported = run_in(folder, {"export", "--json", folder.file("x.json"), "--profile", "nobody"});
  CHECK(exported.exit_code == kExitFailure);
  CHECK(exported.err.starts_with("factdeck export: "));
  CHECK(exported.err.find("there is no profile in ") != std::string::npos);
}

TEST_CASE("stats takes only the listed periods", "[cli]") {
  CliFolder folder;
  const auto run = run_in(folder, {"stats", "--period", "7"});
  CHECK(run.exit_code == kExitUsage);
  CHECK(run.err.starts_with("factdeck stats: --period expects one of 30, 90, 365, all, got '7'"));
}

TEST_CASE("export needs exactly one format", "[cli]") {
  CliFolder folder;
  const auto none = run_in(folder, {"export"});
  CHECK(none.exit_code == kExitUsage);
  CHECK(none.err.starts_with(
      "factdeck export: give exactly one of --revlog-csv OUT.csv | --json OUT.json | --apkg OUT.apkg | --results OUT.json"));
  const auto both = run_in(folder, {"export", "--revlog-csv", "a.csv", "--json", "b.json"});
  CHECK(both.exit_code == kExitUsage);
}

TEST_CASE("export --apkg writes a deck as an Anki package, with the progress when asked", "[cli]") {
  CliFolder folder;
  const std::string deck = folder.deck_path().string();
  const std::string plain = folder.file("plain.apkg");
  const auto run = run_in(folder, {"export", "--apkg", plain, "--deck", deck});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out == "exported 8 notes to " + plain + " (0 with progress, 0 answers)\n");
  CHECK(std::filesystem::file_size(plain) > 0);
  REQUIRE(run_in(folder, {"answer", folder.item_ids().at(0), "good"}).exit_code == kExitOk);
  const std::string with_progress = folder.file("progress.apkg");
  const auto progress = run_in(folder, {"export", "--apkg", with_progress, "--deck", deck, "--with-progress"});
  CHECK(progress.exit_code == kExitOk);
  CHECK(progress.out == "exported 8 notes to " + with_progress + " (1 with progress, 1 answers)\n");
}

TEST_CASE("export takes --deck, --with-progress and --name only with the formats they serve", "[cli]") {
  CliFolder folder;
  const auto progress = run_in(folder, {"export", "--json", folder.file("x.json"), "--with-progress"});
  CHECK(progress.exit_code == kExitUsage);
  CHECK(progress.err.starts_with("factdeck export: --with-progress goes with --apkg"));
  const auto deck = run_in(folder, {"export", "--json", folder.file("x.json"), "--deck", "capitals"});
  CHECK(deck.exit_code == kExitUsage);
  CHECK(deck.err.starts_with("factdeck export: --deck goes with --apkg or --results"));
  const auto name = run_in(folder, {"export", "--apkg", folder.file("x.apkg"), "--name", "Ada"});
  CHECK(name.exit_code == kExitUsage);
  CHECK(name.err.starts_with("factdeck export: --name goes with --results"));
}

TEST_CASE("export --results writes the student's results on a deck, named as asked", "[cli]") {
  CliFolder folder;
  const std::vector<std::string> ids = folder.item_ids();
  REQUIRE(run_in(folder, {"answer", ids[0], "again"}).exit_code == kExitOk);
  REQUIRE(run_in(folder, {"answer", ids[0], "good"}).exit_code == kExitOk);
  REQUIRE(run_in(folder, {"answer", ids[1], "easy", "--kind", "choice"}).exit_code == kExitOk);
  const std::string out = folder.file("ada.results.json");
  const auto run = run_in(folder, {"export", "--results", out, "--deck", "capitals", "--name", "Ada"});
  CHECK(run.exit_code == kExitOk);
  CHECK(run.out == "exported Ada's results on capitals (2 questions, 3 answers) to " + out + "\n");
  const std::string text = read_text(out);
  CHECK(text.find("\"name\": \"Ada\",\n    \"profile\": \"default\"") != std::string::npos);
  CHECK(text.find("\"item\": \"" + ids[0] + "\",\n      \"kind\": \"cloze\",\n      \"attempts\": 2,\n"
                  "      \"correct\": 1,\n      \"first_correct\": false,\n      \"last_grade\": 3,") != std::string::npos);
  CHECK(text.find("\"kind\": \"choice\"") != std::string::npos);

  SECTION("by the deck's file, with the profile's name by default") {
    const auto by_file = run_in(folder, {"export", "--results", out, "--deck", folder.deck_path().string()});
    CHECK(by_file.exit_code == kExitOk);
    CHECK(by_file.out.starts_with("exported default's results on capitals (2 questions, 3 answers)"));
  }
  SECTION("a deck that is neither a file nor an id") {
    const auto missing = run_in(folder, {"export", "--results", out, "--deck", "nowhere"});
    CHECK(missing.exit_code == kExitFailure);
    CHECK(missing.err == "factdeck export: no file or deck id 'nowhere'\n");
  }
}

TEST_CASE("import --text writes the cards as an article next to the file, or to -o", "[cli]") {
  CliFolder folder;
  const std::string cards = folder.file("quizlet.txt");
  std::ofstream(cards) << "Paris\tFrance\nBerlin\tGermany\n";
  const auto run = run_in(folder, {"import", "--text", cards});
  CHECK(run.exit_code == kExitOk);
  const std::string article = folder.file("quizlet.facts.md");
  CHECK(run.out.starts_with("imported 2 cards into " + article + " (0 skipped)"));
  CHECK(std::filesystem::exists(article));
  SECTION("an existing article is never replaced") {
    const auto again = run_in(folder, {"import", "--text", cards});
    CHECK(again.exit_code == kExitUsage);
    CHECK(again.err.starts_with("factdeck import: " + article + " exists; give another name with -o"));
  }
  SECTION("-o names the article") {
    const std::string other = folder.file("other.facts.md");
    CHECK(run_in(folder, {"import", "--text", cards, "-o", other}).exit_code == kExitOk);
    CHECK(std::filesystem::exists(other));
  }
  SECTION("-o goes only with --apkg or --text") {
    const auto json = run_in(folder, {"import", "--json", folder.file("p.json"), "-o", folder.file("x.facts.md")});
    CHECK(json.exit_code == kExitUsage);
    CHECK(json.err.starts_with("factdeck import: -o goes with --apkg or --text"));
  }
}

TEST_CASE("import needs a source and fails with exit 1 on a file it cannot read", "[cli]") {
  CliFolder folder;
  const auto missing_option = run_in(folder, {"import"});
  CHECK(missing_option.exit_code == kExitUsage);
  CHECK(missing_option.err.starts_with("factdeck import: give exactly one of --json FILE | --apkg FILE.apkg | --text FILE.txt"));
  const auto missing_file = run_in(folder, {"import", "--json", folder.file("none.json")});
  CHECK(missing_file.exit_code == kExitFailure);
  CHECK(missing_file.err.starts_with("factdeck import: "));
  std::ofstream(folder.file("bad.json")) << "{ not json";
  const auto bad_file = run_in(folder, {"import", "--json", folder.file("bad.json")});
  CHECK(bad_file.exit_code == kExitFailure);
}

}  // namespace factdeck::cli
