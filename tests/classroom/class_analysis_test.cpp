// Item analysis on figures computed by hand: facility, the point-biserial discrimination against
// the rest score, the flags, the students' ranking, and results from other decks or versions.
#include "classroom/class_analysis.hpp"

#include <catch2/catch.hpp>

#include "classroom_fixtures.hpp"

namespace factdeck::classroom {

using quizgen::QuestionKind;
using testing::at_secs;
using testing::question_result;
using testing::student;

namespace {

const sched::TimePoint kNow = at_secs(1'700'000'000);

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
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files, kNow);
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
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files, kNow);
  const QuestionStats& a = stats_of(analysis, 0xA);
  CHECK(a.facility == Approx(1.0 / 6.0));
  CHECK(a.discrimination.value() > kLowDiscrimination);
  CHECK(a.flag == Flag::LowFacility);
}

TEST_CASE("Facility over all attempts and time per attempt count every attempt", "[classroom]") {
  std::vector<ResultsFile> files{{"x", student("X", {question_result(0xA, "011")})},
                                 {"y", student("Y", {question_result(0xA, "1")})}};
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files, kNow);
  REQUIRE(analysis.questions.size() == 1);  // B and C: nobody was asked, nothing to say
  const QuestionStats& a = analysis.questions[0];
  CHECK(a.students == 2);
  CHECK(a.facility == Approx(0.5));
  CHECK(a.facility_all == Approx(0.75));
  CHECK(a.mean_answer_secs == Approx(4.0));
  CHECK(a.median_answer_secs == Approx(4.0));
  CHECK_FALSE(a.discrimination.has_value());  // nobody answered anything else
}

TEST_CASE("An item answered in a kind its deck does not generate is still its question", "[classroom]") {
  std::vector<ResultsFile> files{{"x", student("X", {question_result(0xB, "1", QuestionKind::TrueFalse)})}};
  files[0].results.deck_hash = deck_content_hash(three_question_deck());
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files, kNow);
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
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", std::vector<ResultsFile>{old}, kNow);
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

namespace {

// One multiple choice (key "Paris", shown second) on item 0xA, and cloze questions B and C.
quizgen::Deck choice_deck() {
  quizgen::Deck deck = three_question_deck();
  deck.items[0].questions = {{QuestionKind::MultipleChoice, "_____ is the capital of France.", {"Lyon", "Paris", "Nice"}, 1, true, {}}};
  return deck;
}

}  // namespace

TEST_CASE("Each option's choices are counted in the order shown, and a wrong one chosen more than the key is flagged",
          "[classroom]") {
  // Four students answer B and C as in four_students(); on A three choose Lyon, one Paris (then Paris again).
  std::vector<ResultsFile> files = four_students();
  const std::vector<std::vector<std::string>> chosen{{"Lyon"}, {"Lyon"}, {"Paris"}, {"Lyon", "Paris"}};
  const char* rights[] = {"0", "0", "1", "01"};
  for (std::size_t s = 0; s < files.size(); ++s) {
    files[s].results.questions[0] = question_result(0xA, rights[s], QuestionKind::MultipleChoice, chosen[s]);
    files[s].results.deck_hash = deck_content_hash(choice_deck());
  }
  const ClassAnalysis analysis = analyse_class(choice_deck(), "capitals", files, kNow);
  const QuestionStats& a = stats_of(analysis, 0xA);
  CHECK(a.responses_counted == 5);
  REQUIRE(a.responses.size() == 3);
  CHECK((a.responses[0].text == "Lyon" && a.responses[0].count == 3 && !a.responses[0].is_key));
  CHECK((a.responses[1].text == "Paris" && a.responses[1].count == 2 && a.responses[1].is_key));
  CHECK((a.responses[2].text == "Nice" && a.responses[2].count == 0));
  // Lee (third by score) is the only one right on first sight: r is negative, which comes first.
  CHECK(a.flag == Flag::NegativeDiscrimination);

  SECTION("with discrimination undefined, the wrong option's lead is the flag") {
    std::vector<ResultsFile> one{files[0]};
    const ClassAnalysis single = analyse_class(choice_deck(), "capitals", one, kNow);
    CHECK(stats_of(single, 0xA).flag == Flag::DistractorOverKey);
  }
}

TEST_CASE("Typed answers are counted most frequent first, five at most", "[classroom]") {
  std::vector<ResultsFile> files{
      {"x", student("X", {question_result(0xB, "0001", QuestionKind::Cloze, {"b", "bee", "b", "B"})})},
      {"y", student("Y", {question_result(0xB, "0", QuestionKind::Cloze, {"bee"})})}};
  const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", files, kNow);
  const QuestionStats& b = stats_of(analysis, 0xB);
  REQUIRE(b.responses.size() == 3);
  CHECK((b.responses[0].text == "b" && b.responses[0].count == 2));
  CHECK((b.responses[1].text == "bee" && b.responses[1].count == 2));
  CHECK((b.responses[2].text == "B" && b.responses[2].is_key));
}

TEST_CASE("The upper-lower index compares the top and bottom 27% by overall score", "[classroom]") {
  // Ten students: groups of round(2.7) = 3. Upper (0.9, 0.8, 0.7) right 1, 1, 0; lower (0.2, 0.1, 0) 0, 1, 0.
  const std::vector<double> scores{0.5, 0.9, 0.1, 0.8, 0.3, 0.7, 0.4, 0.2, 0.6, 0.0};
  std::vector<std::optional<double>> right{0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0};
  CHECK(upper_lower_index(scores, right).value() == Approx(2.0 / 3.0 - 1.0 / 3.0));
  SECTION("students who did not answer it are left out of their group") {
    right[5] = std::nullopt;  // 0.7 did not answer: the upper group's two who did were both right
    CHECK(upper_lower_index(scores, right).value() == Approx(1.0 - 1.0 / 3.0));
  }
  SECTION("undefined with a group nobody in answered, or one student") {
    right[9] = right[2] = right[7] = std::nullopt;
    CHECK_FALSE(upper_lower_index(scores, right).has_value());
    CHECK_FALSE(upper_lower_index(std::vector<double>{1.0}, std::vector<std::optional<double>>{1.0}).has_value());
  }
  SECTION("in the report, the best student right and the weakest wrong give +1") {
    const ClassAnalysis analysis = analyse_class(three_question_deck(), "capitals", four_students(), kNow);
    CHECK(stats_of(analysis, 0xB).upper_lower.value() == Approx(1.0));  // Sam right, Ann (last) wrong
  }
}

TEST_CASE("The median time is the middle attempt's", "[classroom]") {
  CHECK(median({3.0, 1.0, 2.0}) == 2.0);
  CHECK(median({4.0, 1.0, 3.0, 2.0}) == 2.5);
  CHECK(median({}) == 0.0);
}

TEST_CASE("Mastery is the expected share of a section's items recalled now; a format 1 file has none", "[classroom]") {
  // Items A and B in section "One", C in "Two"; Sam knows A (reviewed now) and C (a stability ago).
  quizgen::Deck deck = three_question_deck();
  deck.sections = {{"One", 1, -1}, {"Detail", 2, 0}, {"Two", 1, -1}};
  deck.facts = {{"a", "A.", "", 0, {"One"}, 3}, {"b", "B.", "", 1, {"One", "Detail"}, 5}, {"c", "C.", "", 2, {"Two"}, 9}};
  for (std::uint32_t i = 0; i < 3; ++i) deck.items[i].fact_index = i;
  std::vector<ResultsFile> files = four_students();
  files[0].results.memory = {{ItemId{0xA}, 5.0, 5.0, kNow}, {ItemId{0xC}, 5.0, 5.0, kNow - sched::Seconds{5 * 86400}}};
  files[1].results.has_answers = false;  // Kim's file is of format 1
  const ClassAnalysis analysis = analyse_class(deck, "capitals", files, kNow);
  CHECK(analysis.sections == std::vector<std::string>{"One", "Two"});
  const StudentStats& sam = analysis.students[0];
  REQUIRE(sam.name == "Sam");
  REQUIRE(sam.section_mastery.size() == 2);
  CHECK(sam.section_mastery[0].value() == Approx(0.5));  // A recalled for sure, B never studied
  CHECK(sam.section_mastery[1].value() == Approx(0.9));  // one stability after the review: 90%
  CHECK(sam.mastery.value() == Approx(1.9 / 3.0));
  CHECK_FALSE(analysis.students[1].mastery.has_value());
  CHECK(stats_of(analysis, 0xB).source == "line 5");
}

}  // namespace factdeck::classroom
