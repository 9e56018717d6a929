// `factdeck due [--deck FILE] [--json]`: what is due now in each deck, in the
// order the study screen would show it, and which items are suspended or flagged. Opens the
// profile read-only.
#include <algorithm>
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "cli/commands.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "state/item_marks.hpp"
#include "state/study_queue.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "due";

constexpr OptionSpec kOptions[] = {
    text_option("--deck", "FILE", "also list this deck (.facts.md or .json)"),
    flag_option("--json", "print JSON instead of text"),
};

const char* section_name(sched::QueueSection section) {
  switch (section) {
    case sched::QueueSection::Learning: return "learning";
    case sched::QueueSection::Review: return "review";
    case sched::QueueSection::New: return "new";
  }
  return "";
}

/// The ids of the marked items with the given mark, as a JSON array.
std::string marked_json(const std::vector<state::MarkedItem>& marked, bool wants_suspended) {
  std::string out = "[";
  for (const state::MarkedItem& item : marked) {
    if (!(wants_suspended ? item.is_suspended : item.is_flagged)) continue;
    out += (out.size() > 1 ? ", \"" : "\"") + to_hex(item.item) + "\"";
  }
  return out + "]";
}

std::size_t count_marked(const std::vector<state::MarkedItem>& marked, bool wants_suspended) {
  return static_cast<std::size_t>(std::count_if(marked.begin(), marked.end(), [&](const state::MarkedItem& item) {
    return wants_suspended ? item.is_suspended : item.is_flagged;
  }));
}

void print_deck(const state::LoadedDeck& deck, const store::Profile& profile, sched::TimePoint now,
                bool is_json, bool is_last) {
  const sched::DailyQueue queue = state::build_study_queue(deck, profile, std::nullopt, {}, now);
  const std::vector<state::MarkedItem> marked = state::marked_items(deck, profile);
  std::size_t answered = 0;
  for (const quizgen::Item& item : deck.deck.items) answered += profile.item_state(item.id).reps > 0;
  if (is_json) {
    std::printf("  {\"deck\": \"%s\", \"items\": %zu, \"answered_items\": %zu, \"suspended\": %s, "
                "\"flagged\": %s, \"due\": [",
                deck.deck_id.str().c_str(), deck.deck.items.size(), answered, marked_json(marked, true).c_str(),
                marked_json(marked, false).c_str());
    for (std::size_t i = 0; i < queue.entries.size(); ++i) {
      const sched::QueueEntry& entry = queue.entries[i];
      std::printf("%s{\"item\": \"%s\", \"queue\": \"%s\"}", i == 0 ? "" : ", ",
                  to_hex(entry.id).c_str(), section_name(entry.section));
    }
    std::printf("]}%s\n", is_last ? "" : ",");
    return;
  }
  std::printf("%s: %zu items, %zu answered, %zu due now, %zu suspended, %zu flagged\n", deck.deck_id.str().c_str(),
              deck.deck.items.size(), answered, queue.entries.size(), count_marked(marked, true),
              count_marked(marked, false));
  for (const sched::QueueEntry& entry : queue.entries) {
    const quizgen::Item& item = *deck.find_item(entry.id);
    std::printf("  %s  %-8s  %s\n", to_hex(entry.id).c_str(), section_name(entry.section),
                item.canonical.c_str());
  }
}

int run_due(const ParsedArgs& args) {
  const bool is_json = args.has("--json");
  const sched::TimePoint now = now_seconds();
  Result<store::Profile> profile = open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadOnly, now);
  Result<std::vector<state::LoadedDeck>> decks = load_decks(args.data_dir(), args.text("--deck").value_or(""));
  if (!profile && profile.error().code == ErrorCode::NotFound && decks) {
    // A profile that was never opened has no progress: everything is new.
    std::printf("no answers recorded yet (%s); every item is new\n", profile.error().file.c_str());
    for (const state::LoadedDeck& deck : *decks) {
      std::printf("%s: %zu items, 0 answered\n", deck.deck_id.str().c_str(), deck.deck.items.size());
    }
    return kExitOk;
  }
  if (!profile || !decks) return report_failure(kName, !profile ? profile.error() : decks.error());
  if (is_json) std::printf("[\n");
  for (std::size_t i = 0; i < decks->size(); ++i) {
    print_deck((*decks)[i], *profile, now, is_json, i + 1 == decks->size());
  }
  if (is_json) std::printf("]\n");
  return kExitOk;
}

}  // namespace

Command due_command() {
  return {{kName, "what is due now in each deck, in study order; suspended and flagged items", {}, kOptions,
           "Lists the shipped decks, the decks added in the app, and --deck. Opens the profile read-only.\n"},
          run_due};
}

}  // namespace factdeck::cli
