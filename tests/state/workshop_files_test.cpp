// The workshop's files and its actions through AppState: a text opened or pasted, the facts file
// saved next to it (a version the workshop did not write is backed up first), followed when it
// changes on disk, and opened as a deck that can be studied.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>

#include "state/workshop_files.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

constexpr const char* kPlainText =
    "# Moon landings\n"
    "\n"
    "Eugene Cernan was the last person to walk on the Moon, in December 1972. Neil Armstrong walked on "
    "the Moon in July 1969. Charles Duke walked on the Moon in April 1972.\n";

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const fs::path& file, const std::string& text) { std::ofstream(file) << text; }

void accept_everything(AppState& state, sched::TimePoint now) {
  for (quizgen::SpanType type : quizgen::kAllSpanTypes) act(state, DecideOpenSpans{type, SpanDecision::Accepted}, now);
}

/// Moves the file's modification time on, as an editor's save a moment later would.
void touch_later(const fs::path& file) {
  fs::last_write_time(file, fs::last_write_time(file) + std::chrono::seconds(5));
}

}  // namespace

TEST_CASE("The facts file goes next to the teacher's text", "[state]") {
  CHECK(facts_path_for("/t/moon.txt") == fs::path("/t/moon.facts.md"));
  CHECK(facts_path_for("/t/moon.md") == fs::path("/t/moon.facts.md"));
  CHECK(facts_path_for("/t/moon.facts.md") == fs::path("/t/moon.facts.md"));
}

TEST_CASE("Saving never touches the text and backs up a facts file the workshop did not write", "[state]") {
  StateFolder folder;
  const fs::path text_file = folder.deck_path().parent_path() / "moon.txt";
  write_text(text_file, kPlainText);
  Result<WorkshopDocument> opened = open_workshop_file(text_file);
  REQUIRE(opened);
  WorkshopDocument& document = *opened;
  CHECK(document.facts_file == folder.deck_path().parent_path() / "moon.facts.md");
  REQUIRE(document.workshop.decide_open_of_type(quizgen::SpanType::Person, SpanDecision::Accepted));
  CHECK(document.has_unsaved_changes());
  const auto writer = store::posix_file_writer();

  Result<std::optional<fs::path>> first = save_workshop(document, at_secs(0), *writer);
  REQUIRE(first);
  CHECK_FALSE(first->has_value());  // nothing was there
  CHECK(read_text(text_file) == kPlainText);
  CHECK(read_text(document.facts_file) == document.workshop.facts_text());
  CHECK_FALSE(document.has_unsaved_changes());

  SECTION("its own earlier version is replaced without a backup") {
    REQUIRE(document.workshop.decide_open_of_type(quizgen::SpanType::Date, SpanDecision::Accepted));
    Result<std::optional<fs::path>> second = save_workshop(document, at_secs(10), *writer);
    REQUIRE(second);
    CHECK_FALSE(second->has_value());
  }
  SECTION("a version written by someone else is kept aside first") {
    write_text(document.facts_file, "# Mine\n\n- [Moon]{place} by hand.\n");
    REQUIRE(document.workshop.decide_open_of_type(quizgen::SpanType::Date, SpanDecision::Accepted));
    Result<std::optional<fs::path>> second = save_workshop(document, at_secs(10), *writer);
    REQUIRE(second);
    REQUIRE(second->has_value());
    CHECK(read_text(**second) == "# Mine\n\n- [Moon]{place} by hand.\n");
    CHECK(read_text(document.facts_file) == document.workshop.facts_text());
  }
  SECTION("the text opened again goes on from its facts file") {
    Result<WorkshopDocument> again = open_workshop_file(text_file);
    REQUIRE(again);
    CHECK(again->workshop.check().fact_count == document.workshop.check().fact_count);
    CHECK_FALSE(again->has_unsaved_changes());
  }
}

TEST_CASE("An empty text is refused with the reason", "[state]") {
  StateFolder folder;
  const fs::path text_file = folder.deck_path().parent_path() / "empty.txt";
  write_text(text_file, " \n\n");
  CHECK(open_workshop_file(text_file).error().code == ErrorCode::Invalid);
  CHECK(open_workshop_file(folder.deck_path().parent_path() / "missing.txt").error().code == ErrorCode::NotFound);
}

TEST_CASE("A facts file edited in another editor is read again by the workshop", "[state]") {
  StateFolder folder;
  const fs::path text_file = folder.deck_path().parent_path() / "moon.txt";
  write_text(text_file, kPlainText);
  WorkshopDocument document = open_workshop_file(text_file).value();
  REQUIRE(document.workshop.decide_open_of_type(quizgen::SpanType::Person, SpanDecision::Accepted));
  REQUIRE(save_workshop(document, at_secs(0), *store::posix_file_writer()));
  CHECK_FALSE(*follow_workshop_file(document));  // unchanged since the save

  const std::string edited = read_text(document.facts_file) + "- [Apollo 17]{event} ended the program.\n";
  write_text(document.facts_file, edited);
  touch_later(document.facts_file);
  Result<bool> followed = follow_workshop_file(document);
  REQUIRE(followed);
  CHECK(*followed);
  CHECK(document.disk_text == edited);
  CHECK(document.workshop.facts_text().find("[Apollo 17]{event}") != std::string::npos);
  CHECK_FALSE(*follow_workshop_file(document));
}

TEST_CASE("From a pasted text to a studied deck through the app's actions", "[state]") {
  StateFolder folder;
  AppState state = folder.start(at_secs(0));
  act(state, PasteWorkshopText{kPlainText}, at_secs(1));
  REQUIRE(state.workshop() != nullptr);
  CHECK(state.screen() == Screen::Workshop);
  CHECK(state.is_following_files());
  const fs::path text_file = state.workshop()->text_file;
  CHECK(text_file.parent_path().filename() == "workshop");
  CHECK(read_text(text_file) == kPlainText);  // kept before anything else

  accept_everything(state, at_secs(2));
  const WorkshopSummary summary = state.workshop()->workshop.summary();
  CHECK(summary.decided == summary.proposals);
  CHECK(summary.facts == 3);
  act(state, UndoWorkshop{}, at_secs(3));
  CHECK(state.workshop()->workshop.summary().decided < summary.proposals);
  act(state, RedoWorkshop{}, at_secs(3));
  CHECK(state.workshop()->workshop.summary().decided == summary.proposals);
  act(state, UndoWorkshop{}, at_secs(3));
  accept_everything(state, at_secs(4));

  act(state, SaveWorkshop{}, at_secs(5));
  const fs::path facts_file = state.workshop()->facts_file;
  REQUIRE(fs::exists(facts_file));
  CHECK_FALSE(state.workshop()->has_unsaved_changes());

  act(state, OpenWorkshopDeck{}, at_secs(6));
  CHECK(state.screen() == Screen::Home);
  const DeckId moon{facts_file.filename().string().substr(0, facts_file.filename().string().find('.'))};
  REQUIRE(state.library().find(moon) != nullptr);
  const std::size_t items = state.library().find(moon)->deck.items.size();
  CHECK(items == state.workshop()->workshop.check().deck->items.size());

  SECTION("the draft closes for another text once it is saved") {
    act(state, AddSpan{0, "Moon", quizgen::SpanType::Place}, at_secs(7));
    CHECK(state.apply(CloseWorkshop{}, at_secs(8)).error().code == ErrorCode::Conflict);
    act(state, SaveWorkshop{}, at_secs(9));
    REQUIRE(state.apply(CloseWorkshop{}, at_secs(10)));
    CHECK(state.workshop() == nullptr);
    CHECK_FALSE(state.is_following_files());
  }
  SECTION("the deck is studied") {
    act(state, StartStudy{moon, std::nullopt}, at_secs(7));
    CHECK(state.screen() == Screen::Study);
    CHECK(state.study() != nullptr);
  }
  SECTION("an edit on disk reloads the workshop and the deck, at most once a second") {
    write_text(facts_file, read_text(facts_file) + "- [Gene Kranz]{person} led the flight controllers.\n");
    touch_later(facts_file);
    act(state, GoTo{Screen::Home}, at_secs(6));  // within the second after the last look
    CHECK(state.library().find(moon)->deck.items.size() == items);
    act(state, GoTo{Screen::Home}, at_secs(9));
    CHECK(state.workshop()->workshop.facts_text().find("[Gene Kranz]") != std::string::npos);
    CHECK(state.library().find(moon)->deck.items.size() == items + 1);
  }
  SECTION("the draft with errors is not opened as a deck") {
    write_text(facts_file, "# Broken\n\n- [Moon]{nonsense} is bright.\n");
    touch_later(facts_file);
    act(state, GoTo{Screen::Workshop}, at_secs(20));
    REQUIRE(state.workshop()->workshop.check().error_count > 0);
    CHECK(state.apply(OpenWorkshopDeck{}, at_secs(21)).error().code == ErrorCode::Invalid);
  }
}
