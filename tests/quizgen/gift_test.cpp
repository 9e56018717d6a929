// GIFT export (quizgen/gift.hpp): escaping, and files read back by a GIFT reader written from
// the format's rules give the same questions and answers.
#include <catch2/catch.hpp>

#include "base/text.hpp"
#include "export_fixtures.hpp"
#include "gift_reader.hpp"
#include "quizgen/gift.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

GiftKind gift_kind(ExportKind kind) {
  switch (kind) {
    case ExportKind::MultipleChoice: return GiftKind::MultipleChoice;
    case ExportKind::TrueFalse: return GiftKind::TrueFalse;
    case ExportKind::ShortAnswer: return GiftKind::ShortAnswer;
    case ExportKind::Matching: return GiftKind::Matching;
  }
  return GiftKind::ShortAnswer;
}

// The reader trims answers and stems, as Moodle does.
std::string trimmed(const std::string& text) { return std::string(trim(text)); }

void check_round_trip(const ExportSet& set) {
  const std::string gift = write_gift(set);
  const Result<std::vector<GiftQuestion>> read = read_gift(gift);
  if (!read) FAIL(read.error().to_string());
  REQUIRE(read->size() == set.questions.size());
  for (std::size_t i = 0; i < set.questions.size(); ++i) {
    const ExportQuestion& want = set.questions[i];
    const GiftQuestion& got = (*read)[i];
    INFO(want.name);
    CHECK(got.title == trimmed(want.name));
    CHECK(got.stem == trimmed(want.stem));
    CHECK(got.category == moodle_category_path(want.category));
    REQUIRE(got.kind == gift_kind(want.kind));
    switch (want.kind) {
      case ExportKind::TrueFalse:
        CHECK(got.is_true == want.is_true);
        break;
      case ExportKind::MultipleChoice:
        REQUIRE(got.answers.size() == want.options.size());
        for (std::size_t o = 0; o < want.options.size(); ++o) {
          CHECK(got.answers[o].text == trimmed(want.options[o]));
          CHECK(got.answers[o].is_correct == (static_cast<std::int32_t>(o) == want.correct_option));
        }
        break;
      case ExportKind::ShortAnswer:
        REQUIRE(got.answers.size() == want.answers.size());
        for (std::size_t a = 0; a < want.answers.size(); ++a) {
          CHECK(got.answers[a] == GiftAnswer{true, trimmed(want.answers[a])});
        }
        break;
      case ExportKind::Matching:
        REQUIRE(got.pairs.size() == want.pairs.size());
        for (std::size_t p = 0; p < want.pairs.size(); ++p) {
          CHECK(got.pairs[p].first == trimmed(want.pairs[p].first));
          CHECK(got.pairs[p].second == trimmed(want.pairs[p].second));
        }
        break;
    }
  }
}

}  // namespace

TEST_CASE("GIFT escapes its special characters and line breaks", "[quizgen]") {
  CHECK(gift_escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
  CHECK(gift_escape("one\ntwo\r\nthree") == "one\\ntwo\\nthree");
  CHECK(gift_escape("Молотов — 1939") == "Молотов — 1939");
}

TEST_CASE("Moodle category paths double a slash inside a name", "[quizgen]") {
  CHECK(moodle_category_path({"Deck", "Revolution/Socialism", "Part"}) ==
        "$course$/Deck/Revolution//Socialism/Part");
}

TEST_CASE("A GIFT file with every special character reads back as the same questions", "[quizgen]") {
  check_round_trip(hostile_export_set());
}

TEST_CASE("The shipped deck's whole export reads back from GIFT unchanged", "[quizgen]") {
  const ExportSet set = shipped_export_set();
  REQUIRE(set.questions.size() > 300);
  check_round_trip(set);
}

TEST_CASE("GIFT: every question is one block, separated by blank lines, with a title", "[quizgen]") {
  const std::string gift = write_gift(hostile_export_set());
  CHECK(gift.starts_with("// "));
  CHECK(gift.find("\n\n\n") == std::string::npos);
  CHECK(gift.find("::004 matching\\: pairs::Match each \\{sign\\} with its name\\: {") != std::string::npos);
  CHECK(gift.find("=\\= -> equals -> same") != std::string::npos);
  CHECK(gift.find("$CATEGORY: $course$/Maths & {symbols}: \"a\" <test>/Signs // marks/Sub: part\n") !=
        std::string::npos);
}

TEST_CASE("An arrow in an answer cannot turn a question into matching or split a pair", "[quizgen]") {
  // Moodle reads an answer block with "=" and "->" as matching; GIFT has no escape for "->".
  ExportSet set = hostile_export_set();
  set.questions[0].options[1] = "x -> y";
  set.questions[2].answers[0] = "from -> to";
  set.questions[3].pairs[0].first = "a -> b";
  const std::string gift = write_gift(set);
  const Result<std::vector<GiftQuestion>> read = read_gift(gift);
  REQUIRE(read.has_value());
  CHECK((*read)[0].kind == GiftKind::MultipleChoice);
  CHECK((*read)[0].answers[1] == GiftAnswer{true, "x \u2192 y"});
  CHECK((*read)[2].kind == GiftKind::ShortAnswer);
  CHECK((*read)[2].answers[0] == GiftAnswer{true, "from \u2192 to"});
  CHECK((*read)[3].pairs[0] == std::pair<std::string, std::string>{"a \u2192 b", "equals -> same"});
}
