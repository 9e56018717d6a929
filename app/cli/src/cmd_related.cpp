// `factdeck related [--last N] [--deck FILE]`: the profile's newest study answers in the order
// they were given, and each one that came right after a related item (state/related_items.hpp:
// the same fact, a shared answer, or a sentence stating the other's answer). A session should
// list none; the end-to-end test checks a real one with it.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "state/related_items.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "related";

constexpr OptionSpec kOptions[] = {
    integer_option("--last", "N", "look at the newest N study answers (default 40)", 2, 1'000'000),
    text_option("--deck", "FILE", "also read this deck (.facts.md or .json)"),
};

struct AnsweredItem {
  const state::LoadedDeck* deck = nullptr;
  const quizgen::Item* item = nullptr;
};

// The item a study answer was about, in the deck it was answered in; none when that deck or item
// is no longer here.
AnsweredItem find_answered(const std::vector<state::LoadedDeck>& decks, const store::ReviewRecord& record) {
  for (const state::LoadedDeck& deck : decks) {
    if (deck.deck_id.str() != record.deck_id) continue;
    if (const quizgen::Item* item = deck.find_item(record.item)) return {&deck, item};
  }
  return {};
}

// The newest `count` study answers (practice answers left out), oldest first.
std::vector<AnsweredItem> newest_study_answers(const std::vector<state::LoadedDeck>& decks,
                                               const store::ReviewLog& log, std::size_t count) {
  std::vector<AnsweredItem> answers;
  for (std::size_t i = log.size(); i-- > 0 && answers.size() < count;) {
    const store::ReviewRecord record = log.at(i);
    if (!record.is_practice) answers.push_back(find_answered(decks, record));
  }
  std::reverse(answers.begin(), answers.end());
  return answers;
}

int run_related(const ParsedArgs& args) {
  const sched::TimePoint now = now_seconds();
  Result<std::vector<state::LoadedDeck>> decks = load_decks(args.data_dir(), args.text("--deck").value_or(""));
  if (!decks) return report_failure(kName, decks.error());
  Result<store::Profile> profile = open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadOnly, now);
  if (!profile) return report_failure(kName, profile.error());
  const auto last = static_cast<std::size_t>(args.integer("--last").value_or(40));
  const std::vector<AnsweredItem> answers = newest_study_answers(*decks, profile->reviews(), last);
  std::size_t related = 0;
  for (std::size_t i = 1; i < answers.size(); ++i) {
    const AnsweredItem& before = answers[i - 1];
    const AnsweredItem& after = answers[i];
    if (before.item == nullptr || after.item == nullptr || before.deck != after.deck) continue;
    if (!state::are_related(before.deck->deck, *before.item, *after.item)) continue;
    ++related;
    std::printf("answer %zu (%s, %s) came right after the related %s (%s)\n", i + 1, to_hex(after.item->id).c_str(),
                after.item->answer.c_str(), to_hex(before.item->id).c_str(), before.item->answer.c_str());
  }
  std::printf("%zu study answers, %zu right after a related item\n", answers.size(), related);
  return kExitOk;
}

}  // namespace

Command related_command() {
  return {{kName, "which study answers came right after a related item (a given-away answer)", {}, kOptions, {}},
          run_related};
}

}  // namespace factdeck::cli
