// Moodle XML export (quizgen/moodle_xml.hpp): the file checked against the documented structure
// of Moodle XML (quiz > question, a category pseudo-question per section, the elements each of
// multichoice, truefalse, shortanswer and matching needs), and its texts read back unchanged.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>

#include "export_fixtures.hpp"
#include "quizgen/gift.hpp"
#include "quizgen/moodle_xml.hpp"
#include "xml_reader.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

const std::set<std::string> kTextFormats{"html", "plain_text", "moodle_auto_format", "markdown"};

bool is_number(const std::string& text) {
  if (text.empty()) return false;
  char* end = nullptr;
  std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

double fraction_of(const XmlNode& answer) {
  const auto found = answer.attributes.find("fraction");
  return found == answer.attributes.end() ? -1000.0 : std::strtod(found->second.c_str(), nullptr);
}

void check_answers(const XmlNode& q, std::vector<std::string>& problems) {
  for (const XmlNode* answer : q.all("answer")) {
    const auto fraction = answer->attributes.find("fraction");
    if (fraction == answer->attributes.end() || !is_number(fraction->second)) {
      problems.push_back("answer without a numeric fraction");
    } else if (fraction_of(*answer) < -100 || fraction_of(*answer) > 100) {
      problems.push_back("fraction out of -100..100");
    }
    if (!answer->first("text")) problems.push_back("answer without <text>");
  }
}

void check_by_type(const std::string& type, const XmlNode& q, std::vector<std::string>& problems) {
  const auto answers = q.all("answer");
  std::size_t full = 0;
  for (const XmlNode* a : answers) full += fraction_of(*a) == 100 ? 1 : 0;
  if (type == "multichoice") {
    if (!q.first("single") || q.first("single")->text != "true")
      problems.push_back("multichoice without <single>true</single>");
    if (answers.size() < 2 || full != 1) problems.push_back("multichoice needs 2+ answers, one at 100");
  } else if (type == "truefalse") {
    std::set<std::string> texts;
    for (const XmlNode* a : answers) texts.insert(a->first("text") ? a->first("text")->text : "");
    if (answers.size() != 2 || texts != std::set<std::string>{"true", "false"} || full != 1)
      problems.push_back("truefalse needs the answers true and false, one at 100");
  } else if (type == "shortanswer") {
    const XmlNode* usecase = q.first("usecase");
    if (!usecase || (usecase->text != "0" && usecase->text != "1")) problems.push_back("shortanswer without usecase 0/1");
    if (answers.empty() || full == 0) problems.push_back("shortanswer needs an answer at 100");
  } else if (type == "matching") {
    const auto subs = q.all("subquestion");
    // Moodle's matching question needs at least two questions and three answers.
    if (subs.size() < 3) problems.push_back("matching needs 3+ subquestions");
    for (const XmlNode* sub : subs) {
      if (!sub->first("text") || sub->text_of("answer").empty()) problems.push_back("subquestion without text/answer");
    }
  } else {
    problems.push_back("unexpected question type " + type);
  }
}

// Every problem found in a document that should be a Moodle XML question file.
std::vector<std::string> moodle_structure_problems(const XmlNode& quiz) {
  std::vector<std::string> problems;
  if (quiz.name != "quiz") problems.push_back("root is <" + quiz.name + ">, not <quiz>");
  bool has_category = false;
  for (const XmlNode& q : quiz.children) {
    const auto type = q.attributes.find("type");
    if (q.name != "question" || type == q.attributes.end()) {
      problems.push_back("a child of <quiz> that is not <question type=...>");
      continue;
    }
    if (type->second == "category") {
      has_category = true;
      if (!q.text_of("category").starts_with("$course$/")) problems.push_back("category path not under $course$");
      continue;
    }
    if (!has_category) problems.push_back("a question before any category");
    if (q.text_of("name").empty()) problems.push_back("question without a name");
    const XmlNode* text = q.first("questiontext");
    if (!text || !text->first("text") || !kTextFormats.count(text->attributes.count("format") ? text->attributes.at("format") : ""))
      problems.push_back("questiontext without a known format and <text>");
    if (!q.first("defaultgrade") || !is_number(q.first("defaultgrade")->text)) problems.push_back("no numeric defaultgrade");
    check_answers(q, problems);
    check_by_type(type->second, q, problems);
  }
  return problems;
}

XmlNode read_or_fail(const std::string& xml) {
  Result<XmlNode> doc = read_xml(xml);
  if (!doc) FAIL(doc.error().to_string());
  return std::move(*doc);
}

std::vector<const XmlNode*> questions_of(const XmlNode& quiz) {
  std::vector<const XmlNode*> out;
  for (const XmlNode& q : quiz.children) {
    if (q.attributes.at("type") != "category") out.push_back(&q);
  }
  return out;
}

}  // namespace

TEST_CASE("The shipped deck's export follows Moodle XML's documented structure", "[quizgen]") {
  const ExportSet set = shipped_export_set();
  const XmlNode quiz = read_or_fail(write_moodle_xml(set));
  CHECK(moodle_structure_problems(quiz) == std::vector<std::string>{});
  const auto questions = questions_of(quiz);
  REQUIRE(questions.size() == set.questions.size());
  std::size_t categories = 0;
  for (const XmlNode& q : quiz.children) categories += q.attributes.at("type") == "category" ? 1 : 0;
  CHECK(categories >= 10);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    CHECK(questions[i]->attributes.at("type") == export_kind_name(set.questions[i].kind));
    CHECK(questions[i]->first("idnumber")->text == set.questions[i].id);
  }
}

TEST_CASE("The structure check catches what Moodle would refuse", "[quizgen]") {
  const XmlNode bad = read_or_fail(
      "<?xml version=\"1.0\"?><quiz><question type=\"truefalse\"><name><text>x</text></name>"
      "<questiontext format=\"html\"><text>s</text></questiontext><defaultgrade>1</defaultgrade>"
      "<answer fraction=\"100\"><text>yes</text></answer></question></quiz>");
  const std::vector<std::string> problems = moodle_structure_problems(bad);
  CHECK(problems.size() == 2);  // no category before it; not the answers true and false
  CHECK_FALSE(read_xml("<quiz><question></quiz>").has_value());
  CHECK_FALSE(read_xml("<quiz>a & b</quiz>").has_value());
}

TEST_CASE("Moodle XML keeps every special character of the texts", "[quizgen]") {
  const ExportSet set = hostile_export_set();
  const std::string xml = write_moodle_xml(set);
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"));
  const XmlNode quiz = read_or_fail(xml);
  CHECK(moodle_structure_problems(quiz) == std::vector<std::string>{});
  const auto questions = questions_of(quiz);
  REQUIRE(questions.size() == 4);
  CHECK(quiz.children.front().text_of("category") == moodle_category_path(set.questions[0].category));
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(questions[i]->text_of("name") == set.questions[i].name);
    CHECK(questions[i]->text_of("questiontext") == set.questions[i].stem);
    CHECK(questions[i]->text_of("generalfeedback") == set.questions[i].source);
  }
  const auto choice = questions[0]->all("answer");
  REQUIRE(choice.size() == 4);
  for (std::size_t o = 0; o < 4; ++o) {
    CHECK(choice[o]->first("text")->text == set.questions[0].options[o]);
    CHECK(fraction_of(*choice[o]) == (o == 1 ? 100 : 0));
  }
  const auto truth = questions[1]->all("answer");
  CHECK(truth[0]->first("text")->text == "true");
  CHECK(fraction_of(*truth[0]) == 0);  // the statement is false
  const auto shortq = questions[2]->all("answer");
  REQUIRE(shortq.size() == 3);
  CHECK(shortq[2]->first("text")->text == "C:\\path");
  const auto pairs = questions[3]->all("subquestion");
  REQUIRE(pairs.size() == 3);
  CHECK(pairs[0]->first("text")->text == "=");
  CHECK(pairs[0]->text_of("answer") == "equals -> same");
  CHECK(pairs[2]->text_of("answer") == "braces & co");
}

TEST_CASE("XML escaping drops control characters XML 1.0 forbids", "[quizgen]") {
  CHECK(xml_escape(std::string("a\x01" "b\tc\x1f")) == "a" "b\tc");
  CHECK(xml_escape("<a href='x'>&</a>") == "&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;");
}
