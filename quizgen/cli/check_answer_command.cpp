#include "check_answer_command.hpp"

#include <cstdio>
#include <string>

#include "base/item_id.hpp"
#include "quizgen/answer_check.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::quizgen::cli {

namespace {

constexpr const char* kCheckAnswerUsage =
    "usage: quizgen check-answer DECK.json ITEM_ID \"typed text\"\n"
    "\n"
    "Judges a typed answer to one item of a deck built by `quizgen build`, as the study screen\n"
    "and practice tests do, and prints the verdict with its reason. ITEM_ID is the item's id\n"
    "(16 hex digits, as in the deck's \"id\" fields).\n"
    "\n"
    "exit status: 0 accepted, 1 not accepted, 2 usage error (arguments, deck or item id)\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "quizgen check-answer: %s\n\n%s", message.c_str(), kCheckAnswerUsage);
  return 2;
}

const Item* find_item(const Deck& deck, ItemId id) {
  for (const Item& item : deck.items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

}  // namespace

int run_check_answer(std::span<const std::string_view> args) {
  if (args.size() == 1 && (args[0] == "-h" || args[0] == "--help")) {
    std::fputs(kCheckAnswerUsage, stdout);
    return 0;
  }
  if (args.size() != 3) return usage_error("expected DECK.json, ITEM_ID and the typed text");
  const Result<Deck> deck = load_deck_json(std::string(args[0]));
  if (!deck) return usage_error("cannot read the deck: " + deck.error().message);
  const std::optional<ItemId> id = item_id_from_hex(args[1]);
  if (!id) return usage_error("'" + std::string(args[1]) + "' is not an item id (16 hex digits)");
  const Item* item = find_item(*deck, *id);
  if (item == nullptr) return usage_error("the deck has no item " + std::string(args[1]));
  const AnswerVerdict verdict = check_typed_answer(args[2], *item, *deck);
  std::printf("%s\n", verdict.reason.c_str());
  return verdict.accepted ? 0 : 1;
}

}  // namespace factdeck::quizgen::cli
