// Opening a fact for editing (state/fact_editor.hpp), on its own: the learner's editor at the
// fact's line, or the fact shown in the app when no editor can start.
#include <catch2/catch.hpp>

#include <stdlib.h>

#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

namespace {

const quizgen::Item& berlin(const LoadedDeck& deck) {
  for (const quizgen::Item& item : deck.deck.items) {
    if (item.canonical == "Berlin") return item;
  }
  throw std::runtime_error("no Berlin item");
}

// Sets VISUAL to `editor` (and clears EDITOR) for one test.
class EditorVariable {
 public:
  explicit EditorVariable(const char* editor) {
    ::setenv("VISUAL", editor, 1);
    ::unsetenv("EDITOR");
  }
  ~EditorVariable() { ::unsetenv("VISUAL"); }
  EditorVariable(const EditorVariable&) = delete;
  EditorVariable& operator=(const EditorVariable&) = delete;
};

}  // namespace

TEST_CASE("A fact opens in the learner's editor at its line", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  const EditorVariable visual("my-editor --wait");
  std::vector<std::vector<std::string>> launched;
  FactEditor editor([&](const std::vector<std::string>& argv) -> Result<int> {
    launched.push_back(argv);
    return 0;
  });
  const std::optional<std::string> message = editor.edit(deck, berlin(deck));
  REQUIRE(message.has_value());
  CHECK_THAT(*message, Catch::Contains("capitals.facts.md:9") && Catch::Contains("Ctrl+R"));
  REQUIRE(launched.size() == 1);
  CHECK(launched[0] == std::vector<std::string>{"my-editor", "--wait", "+9", folder.deck_path().string()});
  CHECK_FALSE(editor.view().has_value());
}

TEST_CASE("When the editor cannot start, the fact is shown in the app with the reason", "[state]") {
  StateFolder folder;
  const LoadedDeck deck = load_test_deck(folder);
  const EditorVariable visual("missing-editor");
  FactEditor editor([](const std::vector<std::string>&) -> Result<int> {
    return fail(ErrorCode::Io, "cannot start missing-editor");
  });
  CHECK_FALSE(editor.edit(deck, berlin(deck)).has_value());
  REQUIRE(editor.view().has_value());
  CHECK(editor.view()->item == berlin(deck).id);
  CHECK_THAT(editor.view()->reason, Catch::Contains("cannot start missing-editor") && Catch::Contains("VISUAL"));

  editor.close_view_of(DeckId{"another-deck"});
  CHECK(editor.view().has_value());  // only its own deck's change closes it
  editor.close_view_of(kCapitals);
  CHECK_FALSE(editor.view().has_value());
}
