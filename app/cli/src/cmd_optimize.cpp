// `factdeck optimize --revlog FILE.csv [--json] [--timezone TZ] [--next-day-starts-at H]
// [--seed S] [--threads 1|2] [--hold-out]`: fits FSRS-6 to a review log. As Anki does, the fit uses
// every card and the metrics are measured on those same cards; with --hold-out the fit uses 80% of
// the cards and the metrics come from the other 20% (cards it never saw). The output says which.
#include <chrono>
#include <fstream>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/text.hpp"
#include "cli/commands.hpp"
#include "command_table.hpp"
#include "optimizer/fit.hpp"
#include "report.hpp"
#include "sched_args.hpp"

namespace factdeck::cli {

namespace {

namespace optim = factdeck::optim;

constexpr std::string_view kName = "optimize";

constexpr OptionSpec kOptions[] = {
    text_option("--revlog", "FILE.csv", "the review log, as fsrs-rs revlog CSV").required(),
    flag_option("--json", "print JSON instead of text"),
    text_option("--timezone", "TZ", "the learner's time zone: an IANA name, UTC or +HH:MM (default UTC)"),
    integer_option("--next-day-starts-at", "H", "the hour a new study day starts (default 4)", 0, 23),
    integer_option("--seed", "S", "the seed of the shuffles and of the --hold-out split", 0, kNoMaximum),
    integer_option("--threads", "N", "worker threads", 1, 2),
    flag_option("--hold-out", "fit on 80% of the cards and measure on the other 20%"),
};

struct OptimizeArgs {
  bool is_held_out = false;  // fit on 80% of cards, evaluate on the other 20%
  optim::FitOptions fit;
};

// The fit the options ask for; the parser has checked every range.
Result<OptimizeArgs> read_args(const ParsedArgs& args) {
  OptimizeArgs out;
  out.is_held_out = args.has("--hold-out");
  auto clock = make_day_clock(args.text("--timezone"), args.integer("--next-day-starts-at"));
  if (!clock) return Unexpected{clock.error()};
  out.fit.day = std::move(*clock);
  if (const auto threads = args.integer("--threads")) out.fit.thread_count = static_cast<int>(*threads);
  if (const auto seed = args.integer("--seed")) out.fit.seed = static_cast<std::uint64_t>(*seed);
  return out;
}

const char* stage_name(optim::FitStage stage) {
  switch (stage) {
    case optim::FitStage::Defaults: return "defaults";
    case optim::FitStage::InitialStabilityOnly: return "initial-stability-only";
    case optim::FitStage::Full: return "full";
  }
  return "unknown";
}

/// This process's peak resident memory (VmHWM in /proc/self/status, KiB), 0 when unreadable.
/// Not getrusage: its ru_maxrss survives exec, so a process started by a large parent reports
/// the parent's peak (448-576 MiB measured where /usr/bin/time saw 72 MiB).
double peak_memory_mib() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (!line.starts_with("VmHWM:")) continue;
    const auto kib = parse_int64(trim(line.substr(6, line.find_last_of("0123456789") - 5)));
    return kib ? static_cast<double>(*kib) / 1024.0 : 0.0;
  }
  return 0.0;
}

const char* evaluation_name(bool is_held_out) {
  return is_held_out ? "held-out-cards" : "training-cards";
}

struct Timings {
  double read_secs = 0.0;
  double prepare_secs = 0.0;  // day numbering, grouping, outlier filter, weights (part of fit)
  double fit_secs = 0.0;
  double evaluate_secs = 0.0;
};

void print_metrics_json(const char* name, const optim::Metrics& m, bool is_last) {
  std::printf("  \"%s\": {\"log_loss\": %.6f, \"rmse_bins\": %.6f, \"auc\": %.6f, \"count\": %zu}%s\n",
              name, m.log_loss, m.rmse_bins, m.auc, m.count, is_last ? "" : ",");
}

void print_json(const optim::FitResult& r, const Timings& t, bool is_held_out) {
  std::printf("{\n  \"parameters\": [");
  for (std::size_t i = 0; i < r.parameters.size(); ++i) {
    std::printf("%s%.6f", i == 0 ? "" : ", ", r.parameters[i]);
  }
  std::printf("],\n  \"stage\": \"%s\",\n  \"epochs\": %d,\n", stage_name(r.stage), r.epochs_run);
  std::printf("  \"train_items\": %zu,\n  \"test_items\": %zu,\n", r.train_items, r.test_items);
  std::printf("  \"evaluated_on\": \"%s\",\n", evaluation_name(is_held_out));
  print_metrics_json("default", r.default_metrics, false);
  print_metrics_json("fitted", r.fitted_metrics, false);
  std::printf("  \"read_secs\": %.4f,\n  \"prepare_secs\": %.4f,\n  \"fit_secs\": %.4f,\n"
              "  \"evaluate_secs\": %.4f,\n",
              t.read_secs, t.prepare_secs, t.fit_secs, t.evaluate_secs);
  std::printf("  \"peak_memory_mib\": %.1f\n}\n", peak_memory_mib());
}

void print_text(const optim::FitResult& r, const Timings& t, bool is_held_out) {
  std::printf("FSRS-6 parameters (%s fit on %zu items of %s):\n ", stage_name(r.stage), r.train_items,
              is_held_out ? "80% of the cards" : "all cards");
  for (std::size_t i = 0; i < r.parameters.size(); ++i) std::printf(" %.4f", r.parameters[i]);
  if (is_held_out) {
    std::printf("\n\nevaluated on the held-out cards (20%%, not used by the fit): %zu items\n",
                r.test_items);
  } else {
    std::printf("\n\nevaluated on the cards the fit used (in-sample; --hold-out evaluates on "
                "unseen cards): %zu items\n", r.train_items);
  }
  std::printf("              log loss   RMSE(bins)   AUC\n");
  std::printf("  defaults    %.4f     %.4f       %.4f\n", r.default_metrics.log_loss,
              r.default_metrics.rmse_bins, r.default_metrics.auc);
  std::printf("  fitted      %.4f     %.4f       %.4f\n", r.fitted_metrics.log_loss,
              r.fitted_metrics.rmse_bins, r.fitted_metrics.auc);
  std::printf("\ntime: read %.3f s, fit %.3f s, evaluate %.3f s; peak memory %.1f MiB\n",
              t.read_secs, t.fit_secs, t.evaluate_secs, peak_memory_mib());
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Default and fitted metrics on the held-out cards, or on the training cards themselves.
void evaluate_fit(std::span<const optim::ReviewLogEntry> entries, const OptimizeArgs& parsed,
                  const optim::PreparedData& train, optim::FitResult& result) {
  if (!parsed.is_held_out) {
    result.test_items = 0;
    result.default_metrics = optim::evaluate(optim::kDefaultParameters, train);
    result.fitted_metrics = optim::evaluate(result.parameters, train);
    return;
  }
  const std::uint64_t seed = parsed.fit.seed;
  const optim::PreparedData test = optim::prepare_data(
      entries, parsed.fit.day, [seed](std::int64_t id) { return optim::is_held_out_card(id, seed); });
  result.test_items = test.target_count;
  result.default_metrics = optim::evaluate(optim::kDefaultParameters, test);
  result.fitted_metrics = optim::evaluate(result.parameters, test);
}

int run_optimize(const ParsedArgs& args) {
  const Result<OptimizeArgs> parsed = read_args(args);
  if (!parsed) return report_usage_error(kName, parsed.error().message);
  Timings timings;
  auto clock = std::chrono::steady_clock::now();
  const auto entries = optim::read_revlog_csv(std::string(*args.text("--revlog")));
  if (!entries) return report_failure(kName, entries.error());
  timings.read_secs = seconds_since(clock);

  clock = std::chrono::steady_clock::now();
  const std::uint64_t seed = parsed->fit.seed;
  const bool is_held_out = parsed->is_held_out;
  const optim::PreparedData train = optim::prepare_data(*entries, parsed->fit.day, [seed, is_held_out](std::int64_t id) {
    return !is_held_out || !optim::is_held_out_card(id, seed);
  });
  timings.prepare_secs = seconds_since(clock);
  auto result = optim::fit_prepared(train, parsed->fit, nullptr);
  if (!result) return report_failure(kName, result.error());
  timings.fit_secs = seconds_since(clock);

  clock = std::chrono::steady_clock::now();
  evaluate_fit(*entries, *parsed, train, *result);
  timings.evaluate_secs = seconds_since(clock);

  if (args.has("--json")) {
    print_json(*result, timings, is_held_out);
  } else {
    print_text(*result, timings, is_held_out);
  }
  return kExitOk;
}

}  // namespace

Command optimize_command() {
  return {{kName, "fit FSRS-6 parameters to a review log and measure the fit", {}, kOptions,
           "Fits on every card and reports the metrics on those cards, as Anki does; --hold-out fits on\n"
           "80% of the cards and reports the metrics on the other 20% (chosen by --seed).\n"},
          run_optimize};
}

}  // namespace factdeck::cli
