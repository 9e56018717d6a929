// `factdeck simulate (--deck DECK | --items N) --days N [--retention R] [--seed S]
// [--new-per-day K] [--secs-per-review T]`: simulates a learner studying a deck with our scheduler
// and prints the reviews of each day, the retention achieved and the daily workload.
// With --retention-curve it prints instead the daily minutes and the items known at the end for
// each desired retention 0.70-0.99 (optimizer/retention_curve.hpp), the best one marked.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "profile_args.hpp"
#include "sched_args.hpp"
#include "state/deck_loading.hpp"
#include "state/loaded_deck.hpp"
#include "optimizer/retention_curve.hpp"
#include "scheduler/simulate.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kAllowed[] = {"--deck", "--items", "--days", "--retention", "--seed",
                                         "--new-per-day", "--secs-per-review", "--write-profile", "--params"};

int usage(const std::string& problem) {
  std::fprintf(stderr,
               "factdeck simulate: %s\nusage: factdeck simulate (--deck DECK.json|FILE.facts.md | --items N) "
               "--days N [--retention R] [--seed S] [--new-per-day K] [--secs-per-review T]\n"
               "       [--write-profile NAME]  also store the simulated year as profile NAME, ending now\n"
               "       factdeck simulate --deck DECK --retention-curve [--days N] [--params P] [--new-per-day K]\n"
               "         daily minutes and items known for desired retention 0.70-0.99, the best marked\n",
               problem.c_str());
  return kExitUsage;
}

/// The deck's items with the same fact and entity keys the app's queue uses.
std::vector<sched::SimulationItem> items_of(const state::LoadedDeck& deck) {
  std::vector<sched::SimulationItem> items;
  for (std::size_t i = 0; i < deck.deck.items.size(); ++i) {
    items.push_back({deck.deck.items[i].id, deck.fact_keys[i], deck.entity_keys[i]});
  }
  return items;
}

/// Writes the simulated history into profile `name` (which must have no answers yet), ending now.
Result<std::size_t> write_profile(std::string_view data_dir, std::string_view name,
                                  const std::string& deck_id,
                                  const std::vector<sched::SimulatedAnswer>& answers,
                                  sched::TimePoint now) {
  Result<store::Profile> profile = open_named_profile(data_dir, name, store::OpenMode::ReadWrite, now);
  if (!profile) return Unexpected{profile.error()};
  if (!profile->reviews().empty()) {
    return fail(ErrorCode::Invalid, "profile '" + std::string(name) + "' already has answers; "
                                    "simulate writes only into a new profile", profile->dir().string());
  }
  store::ProfileData data;
  for (const sched::SimulatedAnswer& answer : answers) {
    store::ReviewRecord record;
    record.item = answer.item;
    record.question_kind = static_cast<std::uint8_t>(quizgen::QuestionKind::MultipleChoice);
    record.time = answer.time;
    record.grade = answer.grade;
    record.answer_ms = 8000;
    record.before = answer.before;
    record.after = answer.after;
    record.deck_id = deck_id;
    if (!data.reviews.append(record)) return fail(ErrorCode::Invalid, "the simulated history is out of order");
    data.items[answer.item] = store::ItemRecord{answer.after, deck_id, false};
  }
  if (Result<void> replaced = profile->replace_all(std::move(data), now); !replaced) {
    return Unexpected{replaced.error()};
  }
  if (Result<void> closed = profile->close(now); !closed) return Unexpected{closed.error()};
  return answers.size();
}

struct SimulateArgs {
  sched::SimulationConfig config;
  std::string deck_path;
  long long item_count = 0;
};

Result<SimulateArgs> read_args(const OptionMap& options) {
  SimulateArgs out;
  out.config.learner = sched::perturbed_learner_parameters(out.config.scheduler.parameters);
  const auto days = options.get("--days");
  const auto parsed_days = days ? parse_whole_number(*days) : std::optional<long long>(365);
  if (!parsed_days || *parsed_days < 1 || *parsed_days > 36500) return fail(ErrorCode::Invalid, "--days must be 1–36500");
  out.config.days = static_cast<int>(*parsed_days);
  if (const auto text = options.get("--retention")) {
    const auto value = parse_real_number(*text);
    if (!value || *value < 0.7 || *value > 0.99) return fail(ErrorCode::Invalid, "--retention must be 0.70–0.99");
    out.config.scheduler.desired_retention = *value;
  }
  if (const auto text = options.get("--params")) {
    auto parameters = parse_parameters(*text);
    if (!parameters) return Unexpected{parameters.error()};
    out.config.scheduler.parameters = *parameters;
  }
  if (const auto text = options.get("--seed")) {
    const auto value = parse_whole_number(*text);
    if (!value || *value < 0) return fail(ErrorCode::Invalid, "--seed must be a whole number");
    out.config.seed = static_cast<std::uint64_t>(*value);
  }
  if (const auto text = options.get("--new-per-day")) {
    const auto value = parse_whole_number(*text);
    if (!value || *value < 0) return fail(ErrorCode::Invalid, "--new-per-day must be a whole number");
    out.config.queue.new_per_day = static_cast<int>(*value);
  }
  if (const auto text = options.get("--secs-per-review")) {
    const auto value = parse_real_number(*text);
    if (!value || *value <= 0) return fail(ErrorCode::Invalid, "--secs-per-review must be positive");
    out.config.secs_per_review = *value;
  }
  out.config.queue.reviews_per_day = 100000;  // the learner does every review that is due
  if (const auto deck = options.get("--deck")) out.deck_path = std::string(*deck);
  if (const auto items = options.get("--items")) {
    const auto value = parse_whole_number(*items);
    if (!value || *value < 1) return fail(ErrorCode::Invalid, "--items must be a positive number");
    out.item_count = *value;
  }
  if (out.deck_path.empty() == (out.item_count == 0)) return fail(ErrorCode::Invalid, "give exactly one of --deck or --items");
  return out;
}

void print_report(const sched::SimulationReport& report, const sched::SimulationConfig& config, std::size_t items) {
  std::printf("day,reviews,new,due_recalls,recalled\n");
  for (const sched::SimulatedDay& day : report.days) {
    std::printf("%d,%d,%d,%d,%d\n", day.day + 1, day.reviews, day.new_items, day.recalls_due, day.recalls_ok);
  }
  std::printf("items: %zu, days: %d, desired retention: %.2f\n", items, config.days,
              config.scheduler.desired_retention);
  std::printf("measured retention: %.4f (review answers at 1+ days)\n", report.measured_retention);
  std::printf("workload: %.1f reviews/day on average, %d at most; %.1f minutes/day at %.0f s per review\n",
              report.mean_reviews_per_day, report.max_reviews_per_day, report.mean_minutes_per_day,
              config.secs_per_review);
  std::printf("leeches (8+ lapses): %zu\n", report.leeches);
}

/// The retention curve from the learner's parameters (--params, else the defaults) on `items`.
int print_retention_curve(const std::vector<sched::SimulationItem>& items, const sched::SimulationConfig& config) {
  optim::RetentionCurveConfig curve_config;
  curve_config.scheduler = config.scheduler;
  curve_config.days = config.days;
  curve_config.new_per_day = config.queue.new_per_day;
  curve_config.secs_per_review = config.secs_per_review;
  curve_config.seed = config.seed;
  std::vector<ItemId> ids;
  for (const sched::SimulationItem& item : items) ids.push_back(item.id);
  const auto started = std::chrono::steady_clock::now();
  const optim::RetentionCurve curve = optim::retention_curve(ids, curve_config);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("desired_retention,reviews_per_day,minutes_per_day,items_known,known_per_minute,best\n");
  for (std::size_t i = 0; i < curve.points.size(); ++i) {
    const optim::RetentionPoint& p = curve.points[i];
    std::printf("%.2f,%.1f,%.2f,%.1f,%.1f,%s\n", p.desired_retention, p.reviews_per_day, p.minutes_per_day,
                p.items_known, p.known_per_minute, i == curve.best ? "*" : "");
  }
  if (curve.points.empty()) return kExitOk;
  const optim::RetentionPoint& best = curve.points[curve.best];
  std::printf("items: %zu, days: %d, %d new a day, %.0f s per answer\n", items.size(), config.days,
              config.queue.new_per_day, config.secs_per_review);
  std::printf("most items known per daily minute: desired retention %.2f (%.2f min/day, %.0f items known)\n",
              best.desired_retention, best.minutes_per_day, best.items_known);
  std::printf("computed in %.3f s\n", secs);
  return kExitOk;
}

}  // namespace

int run_simulate(std::span<const std::string_view> args, std::string_view data_dir) {
  std::vector<std::string_view> rest(args.begin(), args.end());
  const auto flag = std::find(rest.begin(), rest.end(), std::string_view("--retention-curve"));
  const bool is_curve = flag != rest.end();
  if (is_curve) rest.erase(flag);
  const auto options = parse_options(rest, kAllowed);
  if (!options) return usage(options.error().message);
  const auto parsed = read_args(*options);
  if (!parsed) return usage(parsed.error().message);
  std::vector<sched::SimulationItem> items;
  std::string deck_id = "synthetic";
  if (!parsed->deck_path.empty()) {
    Result<quizgen::Deck> deck = state::load_deck(parsed->deck_path);
    if (!deck) {
      std::fprintf(stderr, "factdeck simulate: %s\n", deck.error().to_string().c_str());
      return kExitFailure;
    }
    const state::LoadedDeck loaded = state::make_loaded_deck(std::move(deck).value(), parsed->deck_path);
    items = items_of(loaded);
    deck_id = loaded.deck_id.str();
  } else {
    items = sched::synthetic_items(static_cast<std::size_t>(parsed->item_count));
  }
  sched::SimulationConfig config = parsed->config;
  if (is_curve) return print_retention_curve(items, config);
  std::vector<sched::SimulatedAnswer> answers;
  const std::optional<std::string_view> profile_name = options->get("--write-profile");
  const sched::TimePoint now = now_seconds();
  if (profile_name) {
    // End the simulated year at the start of today, so the profile reads as a year of study.
    config.start = now - sched::Seconds{static_cast<std::int64_t>(config.days) * 86400};
    config.on_answer = [&answers](const sched::SimulatedAnswer& answer) { answers.push_back(answer); };
  }
  const sched::SimulationReport report = sched::simulate(items, config);
  print_report(report, config, items.size());
  if (profile_name) {
    Result<std::size_t> written = write_profile(data_dir, *profile_name, deck_id, answers, now);
    if (!written) {
      std::fprintf(stderr, "factdeck simulate: %s\n", written.error().to_string().c_str());
      return kExitFailure;
    }
    std::printf("wrote %zu answers to profile '%.*s'\n", *written, static_cast<int>(profile_name->size()),
                profile_name->data());
  }
  return kExitOk;
}

}  // namespace factdeck::cli
