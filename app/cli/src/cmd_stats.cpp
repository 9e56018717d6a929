// `factdeck stats [--json] [--deck D] [--period 30|90|365|all] [--profile NAME] [--csv DIR]`:
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
#include "state/answering.hpp"
#include "state/deck_loading.hpp"
#include "state/loaded_deck.hpp"
#include "stats/compute.hpp"
#include "stats/csv.hpp"
#include "stats/text_report.hpp"
#include "store/profile_paths.hpp"
#include "store/profile.hpp"
#include "os/folders.hpp"

namespace factdeck::cli {

namespace {

struct StatsArgs {
  bool is_json = false;
  std::string deck;
  stats::Period period = stats::Period::Days30;
  std::string profile = std::string(store::kDefaultProfileName);
  std::string csv_dir;
};

int usage(const std::string& problem) {
  std::fprintf(stderr,
               "factdeck stats: %s\nusage: factdeck stats [--json] [--deck ID|FILE] "
               "[--period 30|90|365|all] [--profile NAME] [--csv DIR]\n",
               problem.c_str());
  return kExitUsage;
}

std::optional<stats::Period> parse_period(std::string_view text) {
  for (const auto period : {stats::Period::Days30, stats::Period::Days90, stats::Period::Days365,
                            stats::Period::All}) {
    if (text == stats::period_name(period)) return period;
  }
  return std::nullopt;
}

// Fills `out`; returns an exit code on a usage error.
std::optional<int> parse_args(std::span<const std::string_view> args, StatsArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--json") {
      out.is_json = true;
    } else if (arg == "--deck" && has_value) {
      out.deck = std::string(args[++i]);
    } else if (arg == "--profile" && has_value) {
      out.profile = std::string(args[++i]);
    } else if (arg == "--csv" && has_value) {
      out.csv_dir = std::string(args[++i]);
    } else if (arg == "--period" && has_value) {
      const auto period = parse_period(args[++i]);
      if (!period) return usage("--period takes 30, 90, 365 or all");
      out.period = *period;
    } else {
      return usage("unknown or incomplete option '" + std::string(arg) + "'");
    }
  }
  return std::nullopt;
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

int fail_with(const Error& error) {
  std::fprintf(stderr, "factdeck stats: %s\n", error.to_string().c_str());
  return kExitFailure;
}

/// The profile named by --profile under the data directory, opened read-only.
Result<store::Profile> open_profile(const StatsArgs& args, std::string_view data_dir,
                                    sched::TimePoint now) {
  const auto root = os::resolve_data_dir(data_dir);
  if (!root) return Unexpected{root.error()};
  const auto dir = store::profile_dir(*root, args.profile);
  if (!dir) return Unexpected{dir.error()};
  if (!std::filesystem::exists(*dir)) {
    return fail(ErrorCode::NotFound, "no profile '" + args.profile + "' in " + root->string());
  }
  return store::Profile::open(*dir, store::OpenMode::ReadOnly, now);
}

int print_report(const stats::StatsReport& report, const StatsArgs& args) {
  if (args.is_json) {
    stats::write_json(report, args.period, std::cout);
  } else {
    stats::write_summary(report, args.period, std::cout);
  }
  if (!args.csv_dir.empty()) {
    const auto written = stats::write_all_csv(report, args.period, args.csv_dir);
    if (!written) return fail_with(written.error());
    std::fprintf(stderr, "factdeck stats: wrote %zu CSV files to %s\n", written->size(),
                 args.csv_dir.c_str());
  }
  return std::cout.good() ? kExitOk : kExitFailure;
}

}  // namespace

int run_stats(std::span<const std::string_view> args, std::string_view data_dir) {
  StatsArgs parsed;
  if (const auto code = parse_args(args, parsed)) return *code;
  const auto now = std::chrono::time_point_cast<sched::Seconds>(sched::Clock::now());
  const auto profile = open_profile(parsed, data_dir, now);
  if (!profile) return fail_with(profile.error());
  const auto deck_file = load_deck_file(parsed.deck);
  if (!deck_file) return fail_with(deck_file.error());

  const std::string deck_id = deck_file->has_value() ? (*deck_file)->deck_id.str() : parsed.deck;
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
  return print_report(stats::compute_stats(input), parsed);
}

}  // namespace factdeck::cli
