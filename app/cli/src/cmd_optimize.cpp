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

#include "cli/commands.hpp"
#include "optimizer/fit.hpp"

namespace factdeck::cli {

namespace {

namespace optim = factdeck::optim;

struct OptimizeArgs {
  std::string revlog_path;
  bool is_json = false;
  bool is_held_out = false;  // fit on 80% of cards, evaluate on the other 20%
  optim::FitOptions fit;
};

std::optional<long long> parse_integer(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::size_t used = 0;
  try {
    const long long value = std::stoll(std::string(text), &used);
    if (used != text.size()) return std::nullopt;
    return value;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

// "UTC", "Z", or a fixed offset "+HH", "+HH:MM", "UTC+HH:MM" (minutes east of UTC).
std::optional<int> parse_timezone(std::string_view text) {
  if (text.starts_with("UTC") || text.starts_with("GMT")) text.remove_prefix(3);
  if (text.empty() || text == "Z") return 0;
  if (text.front() != '+' && text.front() != '-') return std::nullopt;
  const int sign = text.front() == '-' ? -1 : 1;
  text.remove_prefix(1);
  const std::size_t colon = text.find(':');
  const auto hours = parse_integer(text.substr(0, colon));
  const auto minutes =
      colon == std::string_view::npos ? std::optional<long long>(0) : parse_integer(text.substr(colon + 1));
  if (!hours || !minutes || *hours > 14 || *minutes >= 60 || *hours < 0 || *minutes < 0) {
    return std::nullopt;
  }
  return sign * static_cast<int>(*hours * 60 + *minutes);
}

int usage(const char* problem) {
  std::fprintf(stderr,
               "factdeck optimize: %s\nusage: factdeck optimize --revlog FILE.csv [--json] "
               "[--timezone UTC|+HH:MM] [--next-day-starts-at H] [--seed S] [--threads 1|2] "
               "[--hold-out]\n"
               "  fits on every card and reports the metrics on those cards; --hold-out fits on 80%% "
               "of the cards\n  and reports the metrics on the other 20%% (chosen by --seed)\n",
               problem);
  return kExitUsage;
}

// Fills `out`; returns an exit code on a usage error.
std::optional<int> parse_args(std::span<const std::string_view> args, OptimizeArgs& out) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--json") {
      out.is_json = true;
    } else if (arg == "--hold-out") {
      out.is_held_out = true;
    } else if (arg == "--revlog" && has_value) {
      out.revlog_path = std::string(args[++i]);
    } else if (arg == "--timezone" && has_value) {
      const auto offset = parse_timezone(args[++i]);
      if (!offset) return usage("--timezone takes UTC or a fixed offset such as +02:00");
      out.fit.day.utc_offset_minutes = *offset;
    } else if (arg == "--next-day-starts-at" && has_value) {
      const auto hour = parse_integer(args[++i]);
      if (!hour || *hour < 0 || *hour > 23) return usage("--next-day-starts-at takes 0 to 23");
      out.fit.day.next_day_starts_at_hour = static_cast<int>(*hour);
    } else if (arg == "--threads" && has_value) {
      const auto threads = parse_integer(args[++i]);
      if (!threads || *threads < 1 || *threads > 2) return usage("--threads takes 1 or 2");
      out.fit.thread_count = static_cast<int>(*threads);
    } else if (arg == "--seed" && has_value) {
      const auto seed = parse_integer(args[++i]);
      if (!seed || *seed < 0) return usage("--seed takes a non-negative integer");
      out.fit.seed = static_cast<std::uint64_t>(*seed);
    } else {
      return usage(("unknown or incomplete option '" + std::string(arg) + "'").c_str());
    }
  }
  if (out.revlog_path.empty()) return usage("--revlog FILE.csv is required");
  return std::nullopt;
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
    const auto kib = parse_integer(line.substr(6, line.find_last_of("0123456789") - 5));
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

}  // namespace

int run_optimize(std::span<const std::string_view> args, std::string_view /*data_dir*/) {
  OptimizeArgs parsed;
  if (const auto code = parse_args(args, parsed)) return *code;
  Timings timings;
  auto clock = std::chrono::steady_clock::now();
  const auto entries = optim::read_revlog_csv(parsed.revlog_path);
  if (!entries) {
    std::fprintf(stderr, "factdeck optimize: %s\n", entries.error().to_string().c_str());
    return kExitFailure;
  }
  timings.read_secs = seconds_since(clock);

  clock = std::chrono::steady_clock::now();
  const std::uint64_t seed = parsed.fit.seed;
  const bool is_held_out = parsed.is_held_out;
  const optim::PreparedData train = optim::prepare_data(*entries, parsed.fit.day, [seed, is_held_out](std::int64_t id) {
    return !is_held_out || !optim::is_held_out_card(id, seed);
  });
  timings.prepare_secs = seconds_since(clock);
  auto result = optim::fit_prepared(train, parsed.fit, nullptr);
  if (!result) {
    std::fprintf(stderr, "factdeck optimize: %s\n", result.error().to_string().c_str());
    return kExitFailure;
  }
  timings.fit_secs = seconds_since(clock);

  clock = std::chrono::steady_clock::now();
  evaluate_fit(*entries, parsed, train, *result);
  timings.evaluate_secs = seconds_since(clock);

  if (parsed.is_json) {
    print_json(*result, timings, is_held_out);
  } else {
    print_text(*result, timings, is_held_out);
  }
  return kExitOk;
}

}  // namespace factdeck::cli
