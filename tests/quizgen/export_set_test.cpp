// Choosing the questions to export (quizgen/export_set.hpp): one per fact, kinds, sections,
// count and seed, matching exercises, accepted answers.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "export_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

const Deck& shipped_deck() {
  static const Deck deck = build_deck(shipped_article()).deck;
  return deck;
}

ExportSet select_or_fail(const ExportOptions& options) {
  Result<ExportSet> set = select_export_questions(shipped_deck(), options);
  if (!set) FAIL(set.error().to_string());
  return std::move(*set);
}

// The fact each exported question asks (through its item id), or every fact of a matching.
std::vector<std::uint32_t> facts_of(const ExportQuestion& question) {
  std::map<ItemId, std::uint32_t> fact_of_item;
  for (const Item& item : shipped_deck().items) fact_of_item[item.id] = item.fact_index;
  if (question.kind != ExportKind::Matching) {
    return {fact_of_item.at(*item_id_from_hex(question.id.substr(0, 16)))};
  }
  for (const Exercise& exercise : shipped_deck().exercises) {
    if (exercise.kind != ExerciseKind::Matching || exercise.prompt != question.stem) continue;
    if ("matching-" + to_hex(exercise.items.front()) != question.id) continue;
    std::vector<std::uint32_t> facts;
    for (ItemId id : exercise.items) facts.push_back(fact_of_item.at(id));
    return facts;
  }
  FAIL("no exercise for " << question.id);
  return {};
}

}  // namespace

TEST_CASE("Without a count every fact is asked exactly once, matching exercises included", "[quizgen]") {
  const ExportSet set = select_or_fail({});
  std::set<std::uint32_t> asked;
  std::size_t matching = 0;
  for (const ExportQuestion& question : set.questions) {
    // A matching exercise may pair two items of one fact; it still asks that fact once.
    const std::vector<std::uint32_t> facts = facts_of(question);
    for (std::uint32_t fact : std::set<std::uint32_t>(facts.begin(), facts.end())) {
      INFO(question.name);
      CHECK(asked.insert(fact).second);
    }
    if (question.kind == ExportKind::Matching) ++matching;
  }
  CHECK(asked.size() == shipped_deck().facts.size());
  CHECK(matching >= 1);
  std::set<std::string> ids;
  for (const ExportQuestion& question : set.questions) CHECK(ids.insert(question.id).second);
  CHECK(set.title == shipped_deck().meta.title);
}

TEST_CASE("Exported questions come in article order, numbered, under their section", "[quizgen]") {
  const ExportSet set = select_or_fail({});
  std::int32_t last_section = -1;
  for (std::size_t i = 0; i < set.questions.size(); ++i) {
    const ExportQuestion& question = set.questions[i];
    const std::string number = std::to_string(i + 1);
    CHECK(question.name.starts_with(std::string(3 - std::min<std::size_t>(3, number.size()), '0') + number + " "));
    REQUIRE(question.category.size() >= 1);
    CHECK(question.category.front() == set.title);
    if (question.kind == ExportKind::Matching) continue;
    const std::int32_t section = shipped_deck().facts[facts_of(question).front()].section;
    CHECK(section >= last_section);
    last_section = section;
    CHECK(question.category.back() == shipped_deck().sections[static_cast<std::size_t>(section)].title);
  }
}

TEST_CASE("A count and a seed choose a reproducible sample", "[quizgen]") {
  ExportOptions options;
  options.count = 12;
  options.seed = 7;
  const ExportSet first = select_or_fail(options);
  const ExportSet again = select_or_fail(options);
  CHECK(first.questions.size() == 12);
  CHECK(first.questions == again.questions);
  options.seed = 8;
  const ExportSet other = select_or_fail(options);
  CHECK(other.questions.size() == 12);
  CHECK(other.questions != first.questions);
}

TEST_CASE("Kinds choose which questions may be exported", "[quizgen]") {
  ExportOptions options;
  options.kinds = *parse_export_kinds("choice");
  for (const ExportQuestion& q : select_or_fail(options).questions) CHECK(q.kind == ExportKind::MultipleChoice);
  options.kinds = *parse_export_kinds("short");
  for (const ExportQuestion& q : select_or_fail(options).questions) CHECK(q.kind == ExportKind::ShortAnswer);
  options.kinds = *parse_export_kinds("truefalse, matching");
  std::set<ExportKind> kinds;
  for (const ExportQuestion& q : select_or_fail(options).questions) kinds.insert(q.kind);
  CHECK(kinds == std::set<ExportKind>{ExportKind::TrueFalse, ExportKind::Matching});

  const Result<ExportKinds> unknown = parse_export_kinds("choice,essay");
  REQUIRE_FALSE(unknown.has_value());
  CHECK(unknown.error().message.find("'essay'") != std::string::npos);
}

TEST_CASE("Sections limit the export, and an unknown section is named in the error", "[quizgen]") {
  ExportOptions options;
  options.sections = {"rapallo treaty (1922)"};
  const ExportSet set = select_or_fail(options);
  REQUIRE_FALSE(set.questions.empty());
  for (const ExportQuestion& q : set.questions) CHECK(q.category.back() == "Rapallo Treaty (1922)");

  options.sections = {"No Such Heading"};
  const Result<ExportSet> missing = select_export_questions(shipped_deck(), options);
  REQUIRE_FALSE(missing.has_value());
  CHECK(missing.error().code == ErrorCode::Invalid);
  CHECK(missing.error().message.find("'No Such Heading'") != std::string::npos);
}

TEST_CASE("A choice that leaves nothing to export fails instead of writing an empty test", "[quizgen]") {
  ExportOptions options;
  options.kinds = *parse_export_kinds("matching");
  options.sections = {"Rapallo Treaty (1922)"};
  const Result<ExportSet> none = select_export_questions(shipped_deck(), options);
  REQUIRE_FALSE(none.has_value());
  CHECK(none.error().message.find("no question") != std::string::npos);
}

TEST_CASE("Each exported question carries what its kind needs", "[quizgen]") {
  for (const ExportQuestion& q : select_or_fail({}).questions) {
    INFO(q.name);
    CHECK_FALSE(q.stem.empty());
    switch (q.kind) {
      case ExportKind::MultipleChoice:
        CHECK(q.options.size() >= 2);
        CHECK(q.correct_option >= 0);
        CHECK(static_cast<std::size_t>(q.correct_option) < q.options.size());
        break;
      case ExportKind::ShortAnswer:
        CHECK_FALSE(q.answers.empty());
        // A cloze blank, or a wh question ("In which year did this happen? <context>.").
        CHECK((q.stem.find("_____") != std::string::npos || q.stem.find('?') != std::string::npos));
        break;
      case ExportKind::Matching:
        CHECK(q.pairs.size() >= 3);
        CHECK(q.options.size() == q.pairs.size());
        break;
      case ExportKind::TrueFalse:
        break;
    }
  }
}

TEST_CASE("Accepted answers: as written, canonical, aliases and surname, each once", "[quizgen]") {
  Item item;
  item.answer = "Molotov";
  item.canonical = "Vyacheslav Molotov";
  item.aliases = {"V. M. Molotov", "molotov", "Skryabin"};
  item.accepts_surname = true;
  CHECK(accepted_answers(item) ==
        std::vector<std::string>{"Molotov", "Vyacheslav Molotov", "V. M. Molotov", "Skryabin"});
  item.answer = "the Reichswehr";
  item.canonical = "Reichswehr";
  item.aliases = {};
  item.accepts_surname = false;
  CHECK(accepted_answers(item) == std::vector<std::string>{"the Reichswehr"});
}
