// `factdeck simulate (--deck DECK | --items N) --days N [--retention R] [--seed S]
// [--new-per-day K] [--secs-per-review T] [--write-profile NAME] [--params P]`: simulates a learner studying a deck with our scheduler
// and prints the reviews of each day, the retention achieved and the daily workload.
// With --retention-curve it prints instead the daily minutes and the items known at the end for
// each desired retention 0.70-0.99 (optimizer/retention_curve.hpp), the best one marked.
// With --exam DATE|+N [--target R] [--cram-days K] it prints the learner's recall on the exam day
// and the reviews up to it for plain FSRS, exam mode (scheduler/exam.hpp) and cramming.
#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>

#include "cli/commands.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "optimizer/retention_curve.hpp"
#include "report.hpp"
#include "sched_args.hpp"
#include "state/deck_loading.hpp"
#include "state/loaded_deck.hpp"
#include "scheduler/exam.hpp"
#include "scheduler/simulate.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "simulate";

constexpr OptionSpec kOptions[] = {
    text_option("--deck", "FILE", "the deck studied (.facts.md or .json)").one_of("items"),
    integer_option("--items", "N", "a synthetic deck of N items instead", 1, 10'000'000).one_of("items"),
    integer_option("--days", "N", "days of study (default 365)", 1, 36500),
    real_option("--retention", "R", "the desired retention (default 0.9)", 0.7, 0.99),
    integer_option("--seed", "S", "the learner's random seed", 0, kNoMaximum),
    integer_option("--new-per-day", "K", "new items a day", 0, 1'000'000),
    real_option("--secs-per-review", "T", "seconds one review takes, for the workload", 0.001, 3600),
    text_option("--write-profile", "NAME", "also store the simulated days as profile NAME (new), ending now"),
    text_option("--params", "w0,...,w20|FILE", "the learner's FSRS-6 parameters (default: FSRS-6's defaults)"),
    flag_option("--retention-curve", "print daily minutes and items known for desired retention 0.70-0.99"),
    text_option("--exam", "YYYY-MM-DD|+N",
                "an exam on that date (the simulation starts today) or N days after the start: compare recall "
                "on the day and reviews for plain FSRS, exam mode and cramming"),
    real_option("--target", "R", "the recall wanted on the exam day (default 0.95)", 0.7, 0.99),
    integer_option("--cram-days", "K", "cramming answers every item on each of the K days before the exam (default 1)",
                   1, 30),
};

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

// The simulation the options ask for; the parser has checked every range.
Result<SimulateArgs> read_args(const ParsedArgs& args) {
  SimulateArgs out;
  out.config.learner = sched::perturbed_learner_parameters(out.config.scheduler.parameters);
  out.config.days = static_cast<int>(args.integer("--days").value_or(365));
  if (const auto text = args.text("--params")) {
    auto parameters = parse_parameters(*text);
    if (!parameters) return Unexpected{parameters.error()};
    out.config.scheduler.parameters = *parameters;
  }
  if (const auto value = args.real("--retention")) out.config.scheduler.desired_retention = *value;
  if (const auto value = args.integer("--seed")) out.config.seed = static_cast<std::uint64_t>(*value);
  if (const auto value = args.integer("--new-per-day")) out.config.queue.new_per_day = static_cast<int>(*value);
  if (const auto value = args.real("--secs-per-review")) out.config.secs_per_review = *value;
  out.config.queue.reviews_per_day = 100000;  // the learner does every review that is due
  out.deck_path = std::string(args.text("--deck").value_or(""));
  out.item_count = args.integer("--items").value_or(0);
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

/// The exam's day index from --exam: "+N" days after the start, or a date (the run then starts at
/// the beginning of today, UTC, and `config.start` is moved there). Fails on anything else or a
/// day outside the simulated days.
Result<int> exam_day_index(std::string_view text, sched::SimulationConfig& config, sched::TimePoint now) {
  std::int64_t index = -1;
  if (!text.empty() && text.front() == '+') {
    const std::string_view digits = text.substr(1);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (error != std::errc{} || end != digits.data() + digits.size()) index = -1;
  } else if (const auto day = sched::study_day_of_date(text)) {
    const std::int64_t today = now.time_since_epoch().count() / 86400;
    config.start = sched::TimePoint{sched::Seconds{today * 86400}};
    index = *day - today;
  } else {
    return fail(ErrorCode::Invalid, "--exam takes a date YYYY-MM-DD or +N days, not '" + std::string(text) + "'");
  }
  if (index < 2 || index >= config.days) {
    return fail(ErrorCode::Invalid, "the exam must fall between day 2 and the last simulated day (" +
                                        std::to_string(config.days) + "); got day " + std::to_string(index));
  }
  return static_cast<int>(index);
}

/// Recall on the exam day and reviews before it for the three ways of preparing.
int print_exam_comparison(const std::vector<sched::SimulationItem>& items, sched::SimulationConfig config,
                          int exam_day, double target, int cram_days) {
  struct Way {
    const char* name;
    bool is_scheduled;
    int cram_days;
  };
  const Way ways[] = {{"plain FSRS", false, 0}, {"exam mode", true, 0}, {"cramming", false, cram_days}};
  std::printf("way,recall_on_exam_day,items_at_target,reviews_before_exam,extra_reviews,peak_day_reviews\n");
  long plain_reviews = 0;
  std::size_t started = 0;
  for (const Way& way : ways) {
    config.exam = sched::SimulatedExam{exam_day, target, way.is_scheduled, way.cram_days};
    const sched::SimulationReport report = sched::simulate(items, config);
    const sched::ExamOutcome& outcome = *report.exam;
    if (!way.is_scheduled && way.cram_days == 0) plain_reviews = outcome.reviews_before;
    started = outcome.items;
    int peak = 0;
    for (int d = 0; d < exam_day; ++d) peak = std::max(peak, report.days[static_cast<std::size_t>(d)].reviews);
    std::printf("%s,%.4f,%.3f,%ld,%+ld,%d\n", way.name, outcome.mean_recall, outcome.share_at_target,
                outcome.reviews_before, outcome.reviews_before - plain_reviews, peak);
  }
  std::printf("items: %zu, %zu started before the exam (the shares are of those); exam on day %d of %d, "
              "target recall %.2f; cramming answers every started item on the last %d day%s before it\n",
              items.size(), started, exam_day, config.days, target, cram_days, cram_days == 1 ? "" : "s");
  return kExitOk;
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

int run_simulate(const ParsedArgs& args) {
  const Result<SimulateArgs> parsed = read_args(args);
  if (!parsed) return report_failure(kName, parsed.error());
  std::vector<sched::SimulationItem> items;
  std::string deck_id = "synthetic";
  if (!parsed->deck_path.empty()) {
    Result<quizgen::Deck> deck = state::load_deck(parsed->deck_path);
    if (!deck) return report_failure(kName, deck.error());
    const state::LoadedDeck loaded = state::make_loaded_deck(std::move(deck).value(), parsed->deck_path);
    items = items_of(loaded);
    deck_id = loaded.deck_id.str();
  } else {
    items = sched::synthetic_items(static_cast<std::size_t>(parsed->item_count));
  }
  sched::SimulationConfig config = parsed->config;
  std::vector<sched::SimulatedAnswer> answers;
  const std::optional<std::string_view> profile_name = args.text("--write-profile");
  const sched::TimePoint now = now_seconds();
  if (profile_name) {
    // End the simulated year at the start of today, so the profile reads as a year of study.
    config.start = now - sched::Seconds{static_cast<std::int64_t>(config.days) * 86400};
    config.on_answer = [&answers](const sched::SimulatedAnswer& answer) { answers.push_back(answer); };
  }
  if (args.has("--retention-curve")) return print_retention_curve(items, config);
  if (const auto exam = args.text("--exam")) {
    const Result<int> day = exam_day_index(*exam, config, now);
    if (!day) return report_failure(kName, day.error());
    return print_exam_comparison(items, config, *day, args.real("--target").value_or(0.95),
                                 static_cast<int>(args.integer("--cram-days").value_or(1)));
  }
  const sched::SimulationReport report = sched::simulate(items, config);
  print_report(report, config, items.size());
  if (profile_name) {
    Result<std::size_t> written = write_profile(args.data_dir(), *profile_name, deck_id, answers, now);
    if (!written) return report_failure(kName, written.error());
    std::printf("wrote %zu answers to profile '%.*s'\n", *written, static_cast<int>(profile_name->size()),
                profile_name->data());
  }
  return kExitOk;
}

}  // namespace

Command simulate_command() {
  return {{kName, "simulate a learner studying a deck: reviews per day, retention, workload", {}, kOptions,
           "Prints day,reviews,new,due_recalls,recalled for each day, then the totals.\n"},
          run_simulate};
}

}  // namespace factdeck::cli
