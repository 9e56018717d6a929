// The class report as text and as a self-contained HTML page with its two plots.
#include "classroom/class_report.hpp"

#include <catch2/catch.hpp>

#include "classroom_fixtures.hpp"
#include "xml_reader.hpp"

namespace factdeck::classroom {

using testing::question_result;
using testing::student;

namespace {

// Facility 0.75, 0.5 and 0.5 (as in class_analysis_test); C's answer needs escaping in HTML.
ClassAnalysis letters_class() {
  quizgen::Deck deck;
  deck.meta.title = "Letters & signs";
  for (std::uint64_t id : {0xA, 0xB, 0xC}) {
    quizgen::Item item;
    item.id = ItemId{id};
    item.answer = id == 0xC ? "<C>" : std::string(1, static_cast<char>('A' + (id - 0xA)));
    item.questions.push_back({quizgen::QuestionKind::Cloze, "_____ is a letter.", {}, -1, true, {}});
    deck.items.push_back(item);
  }
  std::vector<ResultsFile> files;
  for (const auto& [name, abc] : {std::pair{"Sam", "111"}, {"Kim", "110"}, {"Lee", "100"}, {"Ann", "001"}}) {
    const std::string rights = abc;
    files.push_back({name, student(name, {question_result(0xA, rights.substr(0, 1)), question_result(0xB, rights.substr(1, 1)),
                                          question_result(0xC, rights.substr(2, 1))})});
    files.back().results.deck_hash = deck_content_hash(deck);
  }
  return analyse_class(deck, "letters", files, testing::at_secs(1'700'000'000));
}

// Every <svg>...</svg> of `html`, parsed as XML (so each must be well-formed).
std::vector<quizgen::test::XmlNode> svgs_of(const std::string& html) {
  std::vector<quizgen::test::XmlNode> svgs;
  for (std::size_t at = html.find("<svg"); at != std::string::npos; at = html.find("<svg", at + 1)) {
    const std::size_t end = html.find("</svg>", at);
    REQUIRE(end != std::string::npos);
    Result<quizgen::test::XmlNode> svg = quizgen::test::read_xml(html.substr(at, end + 6 - at));
    REQUIRE(svg.has_value());
    svgs.push_back(*svg);
  }
  return svgs;
}

}  // namespace

TEST_CASE("The histogram counts questions in tenths of facility", "[classroom]") {
  const std::vector<std::size_t> bins = facility_histogram(letters_class());
  CHECK(bins == std::vector<std::size_t>{0, 0, 0, 0, 0, 2, 0, 1, 0, 0});
}

TEST_CASE("The text report ranks the students and lists the questions to check first", "[classroom]") {
  const std::string text = class_report_text(letters_class());
  CHECK(text.starts_with("Class report: Letters & signs (letters), 4 students, 3 questions answered, 2 to check\n"));
  CHECK(text.find("   1  100%         3/3                            100%     0.0%        0.2       0  Sam\n") != std::string::npos);
  CHECK(text.find("   4   33%         1/3                             33%     0.0%        0.2       0  Lee\n") != std::string::npos);
  CHECK(text.find("       1       2       3       4  section\n    0.0%    0.0%    0.0%    0.0%  (before the first heading)\n") !=
        std::string::npos);
  // Upper-lower: Sam (best) against Ann, the last of the two tied lowest in the files' order.
  const std::size_t c_line = text.find("CHECK  000000000000000c  cloze        4      0.50  0.50           -0.30        +0.00       4.0  "
                                       "<C>: _____ is a letter.\n       (negative discrimination)\n");
  const std::size_t a_line = text.find("CHECK  000000000000000a  cloze        4      0.75  0.75           +0.00        +1.00       4.0  A:");
  const std::size_t b_line = text.find("       000000000000000b  cloze        4      0.50  0.50           +0.58        +1.00       4.0  B:");
  CHECK(c_line != std::string::npos);
  CHECK(a_line > c_line);
  CHECK(b_line > a_line);
  CHECK(b_line != std::string::npos);
}

TEST_CASE("The HTML report stands alone, escapes text and plots every question", "[classroom]") {
  const std::string html = class_report_html(letters_class());
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Class report: Letters &amp; signs</title>"));
  for (const char* external : {"<script", "src=", "href=", "@import", "url("}) CHECK(html.find(external) == std::string::npos);
  CHECK(html.find("<td>&lt;C&gt;</td>") != std::string::npos);
  CHECK(html.find("<tr class=\"flag\"><td>negative discrimination</td><td><code>000000000000000c</code>") != std::string::npos);

  const std::vector<quizgen::test::XmlNode> svgs = svgs_of(html);
  REQUIRE(svgs.size() == 3);
  CHECK(svgs[0].all("rect").size() == 10);  // one bar per tenth
  const std::vector<const quizgen::test::XmlNode*> points = svgs[1].all("circle");
  REQUIRE(points.size() == 3);
  std::size_t red = 0;
  for (const quizgen::test::XmlNode* point : points) red += point->attributes.at("fill") == "#c0392b" ? 1 : 0;
  CHECK(red == 2);  // A and C are flagged
  // The heatmap: one cell per section and student, none studied here (red for 0).
  const std::vector<const quizgen::test::XmlNode*> cells = svgs[2].all("rect");
  REQUIRE(cells.size() == 4);
  CHECK(cells[0]->attributes.at("fill") == "#d73027");
}

TEST_CASE("The mastery colour runs from red through yellow to green", "[classroom]") {
  CHECK(mastery_color(0.0) == 0xd73027u);
  CHECK(mastery_color(0.5) == 0xfee08bu);
  CHECK(mastery_color(1.0) == 0x1a9850u);
  CHECK(mastery_color(2.0) == 0x1a9850u);  // clamped
}

TEST_CASE("The CSV tables hold one row per question and per student, quoted where needed", "[classroom]") {
  const ClassAnalysis analysis = letters_class();
  const std::string questions = class_report_questions_csv(analysis);
  CHECK(questions.starts_with("item,kind,students,facility_first,facility_all,discrimination_pb,upper_lower_27,median_secs,"
                              "mean_secs,flag,fact,answer,question,responses_counted,responses\r\n"));
  CHECK(questions.find("\r\n000000000000000c,cloze,4,0.500,0.500,-0.302,0.000,4.0,4.0,negative discrimination,,<C>,"
                       "_____ is a letter.,0,\r\n") != std::string::npos);
  std::size_t rows = 0;
  for (std::size_t at = questions.find("\r\n"); at != std::string::npos; at = questions.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 4);
  const std::string students = class_report_students_csv(analysis);
  CHECK(students.starts_with("rank,student,profile,score_first,answered,attempts,correct,study_minutes,streak_days,mastery,"
                             "mastery: (before the first heading)\r\n1,Sam,Sam,1.000,3,3,3,0.2,0,0.000,0.000\r\n"));
}

}  // namespace factdeck::classroom
