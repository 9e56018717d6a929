// `factdeck stats [--json] [--deck D] [--period 30|90|365|all] [--csv DIR]`:
// the statistics screen's figures, headless. The profile is opened read-only, so it runs safely
// next to an open app.
//
// --deck D is either a deck id (only that deck's answers and items are counted) or a deck file
// (.facts.md or .json): then its id filters the figures and its sections give the article map.
// Without --deck every deck counts and no article map is printed (the profile stores item ids,
// not the articles). Study days use the machine's time zone and the deck's day-start hour.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "cli/commands.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "state/answering.hpp"
#include "state/deck_loading.hpp"
#include "state/loaded_deck.hpp"
#include "stats/compute.hpp"
#include "stats/csv.hpp"
#include "stats/text_report.hpp"
#include "store/profile.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "stats";

constexpr std::string_view kPeriods[] = {"30", "90", "365", "all"};

constexpr OptionSpec kOptions[] = {
    flag_option("--json", "print JSON instead of text"),
    text_option("--deck", "ID|FILE", "only this deck: its id, or its file (which adds the article map)"),
    choice_option("--period", kPeriods, "the period of the history figures, in days (default 30)"),
    text_option("--csv", "DIR", "also write each table as a CSV file into DIR"),
};

stats::Period parse_period(std::string_view text) {
  for (const auto period : {stats::Period::Days30, stats::Period::Days90, stats::Period::Days365,
                            stats::Period::All}) {
    if (text == stats::period_name(period)) return period;
  }
  return stats::Period::Days30;
}

/// A deck file named by --deck, loaded; empty when --deck is a plain id.
Result<std::optional<state::LoadedDeck>> load_deck_file(const std::string& deck) {
  std::error_code error;
  if (deck.empty() || !std::filesystem::is_regular_file(deck, error)) {
    return std::optional<state::LoadedDeck>{};
  }
  auto loaded = state::load_deck(deck);
  if (!loaded) return Unexpected{loaded.error()};
  return std::optional<state::LoadedDeck>{state::make_loaded_deck(std::move(*loaded), deck)};
}

int print_report(const stats::StatsReport& report, const ParsedArgs& args) {
  const stats::Period period = parse_period(args.text("--period").value_or("30"));
  if (args.has("--json")) {
    stats::write_json(report, period, std::cout);
  } else {
    stats::write_summary(report, period, std::cout);
  }
  std::cout.flush();
  if (const std::optional<std::string_view> csv_dir = args.text("--csv")) {
    const auto written = stats::write_all_csv(report, period, std::filesystem::path(*csv_dir));
    if (!written) return report_failure(kName, written.error());
    report_warning(kName, "wrote " + std::to_string(written->size()) + " CSV files to " + std::string(*csv_dir));
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

int run_stats(const ParsedArgs& args) {
  const sched::TimePoint now = now_seconds();
  const auto profile = open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadOnly, now);
  if (!profile) return report_failure(kName, profile.error());
  const std::string deck_arg(args.text("--deck").value_or(""));
  const auto deck_file = load_deck_file(deck_arg);
  if (!deck_file) return report_failure(kName, deck_file.error());

  const std::string deck_id = deck_file->has_value() ? (*deck_file)->deck_id.str() : deck_arg;
  const store::DeckSettings settings = profile->deck_settings(deck_id);
  const sched::SchedulerConfig config = state::scheduler_config(settings);
  stats::StatsInput input;
  input.reviews = &profile->reviews();
  input.items = &profile->items();
  if (!deck_id.empty()) input.deck_filter = deck_id;
  if (deck_file->has_value()) input.decks.push_back({deck_id, &(*deck_file)->deck});
  input.clock = state::local_day_clock(settings);
  input.now = now;
  input.parameters = config.parameters;
  input.desired_retention = config.desired_retention;
  return print_report(stats::compute_stats(input), args);
}

}  // namespace

Command stats_command() {
  return {{kName, "progress statistics, as the statistics screen shows them", {}, kOptions,
           "Opens the profile read-only. Study days use this machine's time zone.\n"},
          run_stats};
}

}  // namespace factdeck::cli
