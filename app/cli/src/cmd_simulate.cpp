// `factdeck simulate (--deck DECK | --items N) --days N [--retention R] [--seed S]
// [--new-per-day K] [--secs-per-review T]`: simulates a learner studying a deck with our scheduler
// and prints the reviews of each day, the retention achieved and the daily workload.
#include <cstdio>
#include <string>
#include <unordered_map>

#include "cli/commands.hpp"
#include "quizgen/deck.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"
#include "sched_args.hpp"
#include "scheduler/simulate.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kAllowed[] = {"--deck", "--items", "--days", "--retention", "--seed",
                                         "--new-per-day", "--secs-per-review"};

int usage(const std::string& problem) {
  std::fprintf(stderr,
               "factdeck simulate: %s\nusage: factdeck simulate (--deck DECK.json|FILE.facts.md | --items N) "
               "--days N [--retention R] [--seed S] [--new-per-day K] [--secs-per-review T]\n",
               problem.c_str());
  return kExitUsage;
}

Result<quizgen::Deck> load_deck(const std::string& path) {
  if (!path.ends_with(".facts.md")) return quizgen::load_deck_json(path);
  const quizgen::ParseOutcome parsed = quizgen::parse_article_file(path);
  if (!parsed.article) {
    return fail(ErrorCode::Parse, std::to_string(parsed.error_count()) + " error(s) in the article", path);
  }
  return quizgen::build_deck(*parsed.article).deck;
}

/// Items keyed by fact, with the people, dates and places of their fact as entity keys, so the
/// queue spreads out items that share one.
std::vector<sched::SimulationItem> items_of(const quizgen::Deck& deck) {
  std::unordered_map<std::uint32_t, std::vector<std::uint64_t>> entities_by_fact;
  for (const quizgen::Item& item : deck.items) {
    const bool is_entity = item.type == quizgen::SpanType::Person || item.type == quizgen::SpanType::Date ||
                           item.type == quizgen::SpanType::Place;
    if (!is_entity) continue;
    const std::string key = std::string(quizgen::span_type_name(item.type)) + ":" + item.canonical;
    entities_by_fact[item.fact_index].push_back(quizgen::fnv1a64(key));
  }
  std::vector<sched::SimulationItem> items;
  for (const quizgen::Item& item : deck.items) {
    items.push_back({item.id, quizgen::fnv1a64(item.fact_key), entities_by_fact[item.fact_index]});
  }
  return items;
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
  const auto parsed_days = days ? parse_whole_number(*days) : std::nullopt;
  if (!parsed_days || *parsed_days < 1 || *parsed_days > 36500) return fail(ErrorCode::Invalid, "--days must be 1–36500");
  out.config.days = static_cast<int>(*parsed_days);
  if (const auto text = options.get("--retention")) {
    const auto value = parse_real_number(*text);
    if (!value || *value < 0.7 || *value > 0.99) return fail(ErrorCode::Invalid, "--retention must be 0.70–0.99");
    out.config.scheduler.desired_retention = *value;
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

}  // namespace

int run_simulate(std::span<const std::string_view> args, std::string_view /*data_dir*/) {
  const auto options = parse_options(args, kAllowed);
  if (!options) return usage(options.error().message);
  const auto parsed = read_args(*options);
  if (!parsed) return usage(parsed.error().message);
  std::vector<sched::SimulationItem> items;
  if (!parsed->deck_path.empty()) {
    const auto deck = load_deck(parsed->deck_path);
    if (!deck) {
      std::fprintf(stderr, "factdeck simulate: %s\n", deck.error().to_string().c_str());
      return kExitFailure;
    }
    items = items_of(*deck);
  } else {
    items = sched::synthetic_items(static_cast<std::size_t>(parsed->item_count));
  }
  const sched::SimulationReport report = sched::simulate(items, parsed->config);
  print_report(report, parsed->config, items.size());
  return kExitOk;
}

}  // namespace factdeck::cli
