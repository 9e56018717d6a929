// Item analysis on figures computed by hand: facility, the point-biserial discrimination against
// the rest score, the flags, the students' ranking, and results from other decks or versions.
#include "classroom/class_analysis.hpp"

#include <catch2/catch.hpp>

#include "classroom_fixtures.hpp"

namespace factdeck::classroom {

using quizgen::QuestionKind;
using testing::question_result;
using testing::student;

namespace {

// Three cloze questions A, B, C (items 0xA, 0xB, 0xC).
quizgen::Deck three_question_deck() {
  quizgen::Deck deck;
  deck.meta.title = "Letters";
  for (std::uint64_t id : {0xA, 0xB, 0xC}) {
    quizgen::Item item;
    item.id = ItemId{id};
    item.answer = std::string(1, static_cast<char>('A' + (id - 0xA)));
    item.questions.push_back({QuestionKind::Cloze, "_____ is a letter.", {}, -1, true, {}});
    deck.items.push_back(item);
  }
  return deck;
}

// First sight right (1) or wrong (0):   A  B  C
//   Sam                                  1  1  1
//   Kim                                  1  1  0
//   Lee                                  1  0  0
//   Ann                                  0  0  1
std::vector<ResultsFile> four_students() {
  auto file = [](const std::string& name, const char* abc) {
    return ResultsFile{name + ".json", student(name, {question_result(0xA, std::string(1, abc[0])),
                                                      question_result(0xB, std::string(1, abc[1])),
                                                      question_result(0xC, std::string(1, abc[2]))})};
  };
  std::vector<ResultsFile> files{file("Sam", "111"), file("Kim", "110"), file("Lee", "100"), file("Ann", "001")};
  for (ResultsFile& f : files) f.results.deck_hash = deck_content_hash(three_question_deck());
  return files;
}

const QuestionStats& stats_of(const ClassAnalysis& analysis, std::uint64_t item) {
  for (const QuestionStats& q : analysis.questions) {
    if (q.item == ItemId{item}) return q;
  }
  FAIL("no question " << item);
  return analysis.questions.front();
}

}  // namespace

TEST_CASE("Correlation is Pearson's r, and undefined without spread", "[classroom]") {
  const std::vector<double> x{1, 1, 0, 0};
  const std::vector<double> y{1, 0.5, 0.5, 0.5};
  // mean y 0.625; cov 0.0625; sd x 0.5, sd y 0.2165 (population): r = 1/sqrt(3).
  CHECK(correlation(x, y).value() == Approx(0.577350).margin(1e-6));
  CHECK_FALSE(correlation(std::vector<double>{1, 1, 1}, std::vector<double>{0, 0.5, 1}).has_value());
  CHECK_FALSE(correlation(std::vector<double>{1}, std::vector<double>{0}).has_value());
}

TEST_CASE("Facility and discrimination match the hand-computed figures", "[classroom]") {
  const std::vector<ResultsFile> files = four_students();
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files);
  REQUIRE(analysis.questions.size() == 3);
  CHECK(analysis.notes.empty());

  // A: right 1,1,1,0; rest scores (B,C) 1, 0.5, 0, 0.5 -> mean 0.5, covariance 0: r = 0.
  const QuestionStats& a = stats_of(analysis, 0xA);
  CHECK(a.facility == Approx(0.75));
  CHECK(a.discrimination.value() == Approx(0.0).margin(1e-12));
  CHECK(a.flag == Flag::NoDiscrimination);
  // B: right 1,1,0,0; rest (A,C) 1, 0.5, 0.5, 0.5: M1 - M0 = 0.75 - 0.5, s = 0.2165, sqrt(pq) = 0.5.
  const QuestionStats& b = stats_of(analysis, 0xB);
  CHECK(b.facility == Approx(0.5));
  CHECK(b.discrimination.value() == Approx(0.577350).margin(1e-6));
  CHECK(b.flag == Flag::None);
  // C: right 1,0,0,1; rest (A,B) 1, 1, 0.5, 0: covariance -0.0625, s = 0.41458: r = -0.301511.
  const QuestionStats& c = stats_of(analysis, 0xC);
  CHECK(c.facility == Approx(0.5));
  CHECK(c.discrimination.value() == Approx(-0.301511).margin(1e-6));
  CHECK(c.flag == Flag::NegativeDiscrimination);

  SECTION("the questions to check come first, the most negative first") {
    CHECK(analysis.questions[0].item == ItemId{0xC});
    CHECK(analysis.questions[1].item == ItemId{0xA});
    CHECK(analysis.questions[2].item == ItemId{0xB});
  }
  SECTION("students are ranked by their share right on first sight, ties by name") {
    REQUIRE(analysis.students.size() == 4);
    CHECK(analysis.students[0].name == "Sam");
    CHECK(analysis.students[1].name == "Kim");
    CHECK(analysis.students[1].score == Approx(2.0 / 3.0));
    CHECK(analysis.students[2].name == "Ann");  // 1 of 3, as Lee: by name
    CHECK(analysis.students[3].name == "Lee");
    CHECK(analysis.students[3].rank == 4);
    CHECK(analysis.students[0].study_minutes == Approx(3 * 4.0 / 60.0));
  }
}

TEST_CASE("A question few get right is flagged even when it discriminates", "[classroom]") {
  // A is right only for the best of six students: facility 1/6, discrimination positive.
  std::vector<ResultsFile> files;
  const char* rows[] = {"111", "011", "011", "010", "001", "000"};
  for (int s = 0; s < 6; ++s) {
    const std::string abc = rows[s];
    files.push_back({"s" + std::to_string(s), student("s" + std::to_string(s),
                                                      {question_result(0xA, abc.substr(0, 1)),
                                                       question_result(0xB, abc.substr(1, 1)),
                                                       question_result(0xC, abc.substr(2, 1))})});
  }
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files);
  const QuestionStats& a = stats_of(analysis, 0xA);
  CHECK(a.facility == Approx(1.0 / 6.0));
  CHECK(a.discrimination.value() > kLowDiscrimination);
  CHECK(a.flag == Flag::LowFacility);
}

TEST_CASE("Facility over all attempts and time per attempt count every attempt", "[classroom]") {
  std::vector<ResultsFile> files{{"x", student("X", {question_result(0xA, "011")})},
                                 {"y", student("Y", {question_result(0xA, "1")})}};
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files);
  REQUIRE(analysis.questions.size() == 1);  // B and C: nobody was asked, nothing to say
  const QuestionStats& a = analysis.questions[0];
  CHECK(a.students == 2);
  CHECK(a.facility == Approx(0.5));
  CHECK(a.facility_all == Approx(0.75));
  CHECK(a.mean_answer_secs == Approx(4.0));
  CHECK_FALSE(a.discrimination.has_value());  // nobody answered anything else
}

TEST_CASE("An item answered in a kind its deck does not generate is still its question", "[classroom]") {
  std::vector<ResultsFile> files{{"x", student("X", {question_result(0xB, "1", QuestionKind::TrueFalse)})}};
  files[0].results.deck_hash = deck_content_hash(three_question_deck());
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files);
  REQUIRE(analysis.questions.size() == 1);
  CHECK(analysis.questions[0].kind == QuestionKind::TrueFalse);
  CHECK(analysis.questions[0].answer == "B");
  CHECK(analysis.questions[0].prompt == "_____ is a letter.");
  CHECK(analysis.notes.empty());
}

TEST_CASE("Results of another deck are refused; another version is matched by item id", "[classroom]") {
  ResultsFile other{"bob.results.json", student("Bob", {question_result(0xA, "1")})};
  other.results.deck_id = "planets";
  const Result<void> checked = check_same_deck(other.results, "capitals", other.file);
  REQUIRE_FALSE(checked.has_value());
  CHECK(checked.error().to_string() == "bob.results.json: results on deck 'planets', not 'capitals'");

  ResultsFile old{"eve.results.json", student("Eve", {question_result(0xA, "1"), question_result(0xD, "0")})};
  old.results.deck_hash = 0xfeed;
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", std::vector<ResultsFile>{old});
  REQUIRE(analysis.notes.size() == 1);
  CHECK(analysis.notes[0] == "eve.results.json: made with another version of the deck (content hash "
                             "000000000000feed); matched by item id, 1 questions on items the deck no longer has left out");
  CHECK(analysis.students[0].answered == 1);
}

TEST_CASE("The same student's results given twice are refused", "[classroom]") {
  std::vector<ResultsFile> files = four_students();
  CHECK(check_distinct_students(files).has_value());
  files.push_back({"copy.json", files[1].results});
  const Result<void> checked = check_distinct_students(files);
  REQUIRE_FALSE(checked.has_value());
  CHECK(checked.error().to_string() == "copy.json: the results of Kim (profile Kim) are also in Kim.json");
}

}  // namespace factdeck::classroom
