// A student's results: collected from the review log per item and question kind, written as JSON
// and read back whole, and refused whole (naming the file and the field) when damaged.
#include "classroom/results.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "classroom/results_file.hpp"
#include "classroom_fixtures.hpp"

namespace factdeck::classroom {

using quizgen::QuestionKind;
using sched::Grade;
using testing::add_answer;
using testing::at_secs;
using testing::two_item_deck;

namespace {

const StudentInfo kAda{"Ada", "ada-profile"};

store::ProfileData answered_profile() {
  store::ProfileData data;
  add_answer(data, ItemId{0x1111}, QuestionKind::Cloze, Grade::Again, 1000, 5000);
  add_answer(data, ItemId{0x1111}, QuestionKind::Cloze, Grade::Good, 2000, 3000);
  add_answer(data, ItemId{0x1111}, QuestionKind::MultipleChoice, Grade::Easy, 3000, 2000, "capitals",
             store::GivenAnswer{{"Lyon", "Paris", "Nice"}, "Paris", true});
  add_answer(data, ItemId{0x2222}, QuestionKind::Cloze, Grade::Hard, 4000, 7000);
  add_answer(data, ItemId{0x2222}, QuestionKind::Cloze, Grade::Again, 5000, 1000);
  add_answer(data, ItemId{0x2222}, QuestionKind::Cloze, Grade::Good, 6000, 1000, "other-deck");
  add_answer(data, ItemId{0x9999}, QuestionKind::Cloze, Grade::Good, 7000, 1000);
  return data;
}

std::string results_json() {
  return results_to_json(collect_results(answered_profile(), two_item_deck(), "capitals", kAda, sched::DayClock{}, at_secs(8000)));
}

// The error reading `text` after replacing its first `from` by `to`.
Error damaged_error(std::string from, const std::string& to) {
  std::string text = results_json();
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  const Result<StudentResults> read = results_from_json(text, "ada.results.json");
  REQUIRE_FALSE(read.has_value());
  return read.error();
}

}  // namespace

TEST_CASE("Results count each question's attempts, correct answers, first try, last grade and time", "[classroom]") {
  const StudentResults results = collect_results(answered_profile(), two_item_deck(), "capitals", kAda, sched::DayClock{}, at_secs(8000));
  CHECK(results.student == kAda);
  CHECK(results.deck_id == "capitals");
  CHECK(results.deck_title == "Capitals");
  CHECK(results.deck_hash == deck_content_hash(two_item_deck()));
  CHECK(results.exported_at == at_secs(8000));
  REQUIRE(results.questions.size() == 3);  // the other deck's answer and the unknown item are left out

  const QuestionResult& paris_cloze = results.questions[0];
  CHECK(paris_cloze.item == ItemId{0x1111});
  CHECK(paris_cloze.kind == QuestionKind::Cloze);
  CHECK(paris_cloze.attempts == 2);
  CHECK(paris_cloze.correct == 1);
  CHECK_FALSE(paris_cloze.is_first_correct);
  CHECK(paris_cloze.last_grade == Grade::Good);
  CHECK(paris_cloze.answer_ms == 8000);
  CHECK(paris_cloze.last_answered == at_secs(2000));

  const QuestionResult& paris_choice = results.questions[1];
  CHECK(paris_choice.kind == QuestionKind::MultipleChoice);
  CHECK(paris_choice.attempts == 1);
  CHECK(paris_choice.is_first_correct);

  const QuestionResult& rome = results.questions[2];
  CHECK(rome.item == ItemId{0x2222});
  CHECK(rome.attempts == 2);  // Hard counts as correct, Again as a miss
  CHECK(rome.correct == 1);
  CHECK(rome.is_first_correct);
  CHECK(rome.last_grade == Grade::Again);
}

TEST_CASE("Results list every answer with what was chosen, and the items' memory states", "[classroom]") {
  store::ProfileData data = answered_profile();
  sched::ItemState studied;
  studied.memory = sched::MemoryState{4.0, 5.5};
  studied.last_review = at_secs(3000);
  data.items[ItemId{0x1111}] = store::ItemRecord{studied, "capitals", false};
  data.items[ItemId{0x9999}] = store::ItemRecord{studied, "capitals", false};  // not in the deck
  const StudentResults results = collect_results(data, two_item_deck(), "capitals", kAda, sched::DayClock{}, at_secs(8000));
  CHECK(results.has_answers);
  const QuestionResult& paris_cloze = results.questions[0];
  REQUIRE(paris_cloze.answers.size() == 2);
  CHECK(paris_cloze.answers[0] == AnswerResult{at_secs(1000), Grade::Again, 5000, false, false, std::nullopt});
  CHECK(paris_cloze.options.empty());
  const QuestionResult& paris_choice = results.questions[1];
  CHECK(paris_choice.options == std::vector<std::string>{"Lyon", "Paris", "Nice"});
  REQUIRE(paris_choice.answers.size() == 1);
  CHECK(paris_choice.answers[0].response == "Paris");
  CHECK(paris_choice.answers[0].is_correct);
  REQUIRE(results.memory.size() == 1);
  CHECK(results.memory[0] == ItemMemory{ItemId{0x1111}, 4.0, 5.5, at_secs(3000)});
  CHECK(results.fsrs_decay == Approx(sched::kDefaultWeights[20]));

  const Result<StudentResults> read = results_from_json(results_to_json(results), "ada.results.json");
  REQUIRE(read.has_value());
  CHECK(*read == results);
}

TEST_CASE("Recall now follows the FSRS-6 forgetting curve: 90% after the stability in days", "[classroom]") {
  const ItemMemory memory{ItemId{1}, 10.0, 5.0, at_secs(0)};
  CHECK(recall_probability(memory, sched::kDefaultWeights[20], at_secs(0)) == Approx(1.0));
  CHECK(recall_probability(memory, sched::kDefaultWeights[20], at_secs(10 * 86400)) == Approx(0.9).margin(1e-9));
  CHECK(recall_probability(memory, sched::kDefaultWeights[20], at_secs(100 * 86400)) < 0.9);
}

TEST_CASE("The streak counts study days in a row up to today, or to yesterday before today's study", "[classroom]") {
  const sched::DayClock utc(sched::Seconds{0}, 0);
  const auto day = [](std::int64_t d, std::int64_t hour = 12) { return at_secs(d * 86400 + hour * 3600); };
  CHECK(streak_days({day(8), day(9), day(9, 20), day(10)}, utc, day(10, 22)) == 3);
  CHECK(streak_days({day(8), day(9)}, utc, day(10, 22)) == 2);  // today not studied yet
  CHECK(streak_days({day(7), day(9)}, utc, day(10, 22)) == 1);
  CHECK(streak_days({day(7)}, utc, day(10, 22)) == 0);
  CHECK(streak_days({}, utc, day(10)) == 0);
}

TEST_CASE("A format 1 results file is still read, without answers or memory", "[classroom]") {
  const std::string v1 = R"({"factdeck_results": 1, "student": {"name": "Bo", "profile": "bo"},
    "deck": {"id": "capitals", "title": "Capitals", "content_hash": "0000000000001234"},
    "exported_at": "2026-12-03T16:50:00Z",
    "questions": [{"item": "0000000000001111", "kind": "cloze", "attempts": 2, "correct": 1, "first_correct": false,
                   "last_grade": 3, "answer_ms": 9000, "last_answered": "2026-12-02T18:04:11Z"}]})";
  const Result<StudentResults> read = results_from_json(v1, "bo.json");
  REQUIRE(read.has_value());
  CHECK(read->format_version == 1);
  CHECK_FALSE(read->has_answers);
  REQUIRE(read->questions.size() == 1);
  CHECK(read->questions[0].attempts == 2);
  CHECK(read->questions[0].answers.empty());
  CHECK(read->memory.empty());
}

TEST_CASE("A format 2 file whose answers contradict its counts, or lack a list, is refused", "[classroom]") {
  SECTION("an answer missing from the list") {
    const Error error = damaged_error("\"attempts\": 2", "\"attempts\": 3");
    CHECK(error.to_string() == "ada.results.json: questions[0]: attempts (3) is not the number of answers listed (2)");
  }
  SECTION("no memory list") {
    const Error error = damaged_error("\"memory\": []", "\"memory_gone\": []");
    CHECK(error.to_string() == "ada.results.json: memory: missing (format 2 files have it)");
  }
}

TEST_CASE("The deck's content hash follows what is asked, not where the file was", "[classroom]") {
  const quizgen::Deck deck = two_item_deck();
  quizgen::Deck moved = deck;
  moved.source_file = "elsewhere/capitals.json";
  CHECK(deck_content_hash(moved) == deck_content_hash(deck));
  quizgen::Deck new_option = deck;
  new_option.items[0].questions[1].options[0] = "Marseille";
  CHECK(deck_content_hash(new_option) != deck_content_hash(deck));
  quizgen::Deck new_key = deck;
  new_key.items[0].questions[1].correct_option = 2;
  CHECK(deck_content_hash(new_key) != deck_content_hash(deck));
}

TEST_CASE("A results file reads back exactly as written", "[classroom]") {
  const StudentResults results = collect_results(answered_profile(), two_item_deck(), "capitals", kAda, sched::DayClock{}, at_secs(8000));
  const std::string text = results_to_json(results);
  CHECK(text.starts_with("{\n  \"factdeck_results\": 2,"));
  CHECK(text.find("\"exported_at\": \"1970-01-01T02:13:20Z\"") != std::string::npos);
  const Result<StudentResults> read = results_from_json(text, "ada.results.json");
  REQUIRE(read.has_value());
  CHECK(*read == results);
}

TEST_CASE("UTC times are written and read in one exact form", "[classroom]") {
  CHECK(utc_text(at_secs(1'764'780'600)) == "2025-12-03T16:50:00Z");
  CHECK(utc_from_text("2025-12-03T16:50:00Z") == at_secs(1'764'780'600));
  CHECK(utc_from_text("2024-02-29T23:59:59Z") == at_secs(1'709'251'199));
  CHECK_FALSE(utc_from_text("2025-02-29T00:00:00Z").has_value());  // no 29 February in 2025
  CHECK_FALSE(utc_from_text("2025-12-03 16:50:00Z").has_value());
  CHECK_FALSE(utc_from_text("2025-12-03T24:00:00Z").has_value());
  CHECK_FALSE(utc_from_text("2025-12-03T16:50:00").has_value());
}

TEST_CASE("A damaged results file is refused whole, naming the file and the field", "[classroom]") {
  SECTION("cut short") {
    std::string text = results_json();
    text.resize(text.size() / 2);
    const Result<StudentResults> read = results_from_json(text, "ada.results.json");
    REQUIRE_FALSE(read.has_value());
    CHECK(read.error().code == ErrorCode::Parse);
    CHECK(read.error().file == "ada.results.json");
    CHECK(read.error().line > 1);
  }
  SECTION("more correct answers than attempts") {
    const Error error = damaged_error("\"correct\": 1", "\"correct\": 5");
    CHECK(error.code == ErrorCode::Invalid);
    CHECK(error.to_string() == "ada.results.json: questions[0]: correct (5) is more than attempts (2)");
  }
  SECTION("a first try that was right with no correct answer") {
    const Error error = damaged_error("\"first_correct\": true", "\"first_correct\": false");
    CHECK(error.to_string() == "ada.results.json: questions[1]: first_correct is false but every attempt is correct");
  }
  SECTION("an item id that is not one") {
    const Error error = damaged_error("\"item\": \"0000000000001111\"", "\"item\": \"Paris\"");
    CHECK(error.file == "ada.results.json");
    CHECK(error.line > 0);
    CHECK(error.message == "questions[0].item: expected an item id of 16 hex digits, found \"Paris\"");
  }
  SECTION("a grade out of range") {
    const Error error = damaged_error("\"last_grade\": 3", "\"last_grade\": 7");
    CHECK(error.message == "questions[0].last_grade: expected a whole number from 1 to 4, found 7");
  }
  SECTION("a missing field") {
    const Error error = damaged_error("\"attempts\": 2,", "");
    CHECK_THAT(error.message, Catch::StartsWith("questions[0]: the field \"attempts\"") && Catch::EndsWith("is missing"));
  }
  SECTION("the same question twice") {
    const Error error = damaged_error("\"item\": \"0000000000002222\"", "\"item\": \"0000000000001111\"");
    CHECK(error.message == "questions[2]: item 0000000000001111 asked as cloze is listed twice");
  }
  SECTION("a newer format") {
    const Error error = damaged_error("\"factdeck_results\": 2", "\"factdeck_results\": 3");
    CHECK(error.code == ErrorCode::NewerFormat);
  }
}

TEST_CASE("A results file that cannot be read, or is too large, is refused with its name", "[classroom]") {
  const std::filesystem::path folder = std::filesystem::temp_directory_path() / "factdeck-results-test";
  std::filesystem::create_directories(folder);
  const std::filesystem::path missing = folder / "missing.results.json";
  const Result<StudentResults> absent = read_results_file(missing);
  REQUIRE_FALSE(absent.has_value());
  CHECK(absent.error().code == ErrorCode::Io);
  CHECK(absent.error().file == missing.string());

  const std::filesystem::path huge = folder / "huge.results.json";
  std::ofstream(huge) << "{";
  std::filesystem::resize_file(huge, kMaxResultsFileBytes + 1);  // sparse: nothing is written
  const Result<StudentResults> too_large = read_results_file(huge);
  REQUIRE_FALSE(too_large.has_value());
  CHECK(too_large.error().to_string() == huge.string() + ": is 64 MiB; a results file is at most 64 MiB");

  const std::filesystem::path good = folder / "ada.results.json";
  std::ofstream(good) << results_json();
  const Result<StudentResults> read = read_results_file(good);
  REQUIRE(read.has_value());
  CHECK(read->student.name == "Ada");
  std::filesystem::remove_all(folder);
}

}  // namespace factdeck::classroom
