// Scheduler speed: the daily queue over 1,000,000 items and 1,000,000 answers through
// next_states, printed next to ts-fsrs's answers per second on the same answers, measured in the
// same run by bench/ts_fsrs_throughput.js (when node and bench/node_modules are present).
// Usage: scheduler_bench [items=1000000] [answers=1000000]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "scheduler/fsrs.hpp"
#include "scheduler/queue.hpp"

namespace sched = factdeck::sched;
using factdeck::ItemId;

namespace {

constexpr std::int64_t kSecsPerDay = 86400;
const sched::TimePoint kNow{sched::Seconds{1709294400}};  // 2024-03-01 12:00 UTC

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this process: the machine may be shared, so rates are compared on CPU seconds
// (ts-fsrs's script reports the same), with wall time printed beside them.
double cpu_seconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

/// A collection in use for a while: 10% new, 0.2% on a learning step, the rest in review with due
/// dates spread over ±60 days (so 44% are due: a learner back after a long break); three items per fact; a quarter of items mention one of 20,000 entities.
struct Collection {
  std::vector<sched::ItemState> states;
  std::vector<std::uint64_t> entities;
  std::vector<sched::QueueCandidate> candidates;
};

Collection make_collection(std::size_t count, std::mt19937_64& rng) {
  Collection c;
  c.states.resize(count);
  c.entities.resize(count);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (std::size_t i = 0; i < count; ++i) {
    sched::ItemState& s = c.states[i];
    const double kind = unit(rng);
    c.entities[i] = unit(rng) < 0.25 ? 1 + static_cast<std::uint64_t>(unit(rng) * 20000) : 0;
    if (kind < 0.10) continue;  // new
    const double stability = std::exp(unit(rng) * std::log(3000.0));
    const auto elapsed = sched::Seconds{static_cast<std::int64_t>(unit(rng) * stability * 1.5 * kSecsPerDay)};
    s.memory = sched::MemoryState{stability, 1.0 + 9.0 * unit(rng)};
    s.last_review = kNow - elapsed;
    s.due = kNow + sched::Seconds{static_cast<std::int64_t>((unit(rng) * 120.0 - 60.0) * kSecsPerDay)};
    if (kind < 0.102) {  // a learning step due within two hours either side of now
      s.phase = sched::Phase::Learning;
      s.last_review = kNow - sched::Seconds{600};
      s.due = kNow + sched::Seconds{static_cast<std::int64_t>((unit(rng) * 4.0 - 2.0) * 3600.0)};
    } else {
      s.phase = sched::Phase::Review;
    }
    s.reps = 3;
    s.lapses = static_cast<std::uint32_t>(unit(rng) * 10.0);
  }
  c.candidates.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::span<const std::uint64_t> keys =
        c.entities[i] != 0 ? std::span<const std::uint64_t>(&c.entities[i], 1) : std::span<const std::uint64_t>{};
    c.candidates[i] = {ItemId{i + 1}, &c.states[i], i / 3, keys};
  }
  return c;
}

void bench_queue(const Collection& c) {
  const sched::DayClock clock{sched::Seconds{3600}, 4};
  sched::QueueConfig config;
  config.reviews_per_day = 200;
  config.new_per_day = 20;
  std::vector<double> wall_ms;
  std::vector<double> cpu_ms;
  std::size_t shown = 0;
  std::size_t due = 0;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    const sched::DailyQueue queue = sched::build_daily_queue(c.candidates, config, sched::Parameters{}, clock, kNow);
    cpu_ms.push_back((cpu_seconds() - cpu_start) * 1000.0);
    wall_ms.push_back(seconds_since(start) * 1000.0);
    shown = queue.entries.size();
    due = queue.reviews_due;
  }
  std::sort(wall_ms.begin(), wall_ms.end());
  std::sort(cpu_ms.begin(), cpu_ms.end());
  std::printf("queue: %zu items, %zu reviews due, %zu shown; build %.1f ms CPU, %.1f ms wall "
              "(medians of 5; best %.1f ms wall; target < 50 ms)\n",
              c.candidates.size(), due, shown, cpu_ms[2], wall_ms[2], wall_ms[0]);
}

struct Answer {
  sched::ItemState state;
  sched::Grade grade;
  double elapsed_days;
};

std::vector<Answer> make_answers(std::size_t count, std::mt19937_64& rng) {
  std::vector<Answer> answers(count);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (Answer& a : answers) {
    const double g = unit(rng);
    a.grade = g < 0.15 ? sched::Grade::Again : g < 0.3 ? sched::Grade::Hard : g < 0.9 ? sched::Grade::Good : sched::Grade::Easy;
    if (unit(rng) < 0.1) continue;  // a new item
    const double stability = std::exp(unit(rng) * std::log(3000.0));
    a.elapsed_days = unit(rng) < 0.2 ? 0.0 : std::ceil(unit(rng) * stability * 1.5);
    a.state.phase = sched::Phase::Review;
    a.state.memory = sched::MemoryState{stability, 1.0 + 9.0 * unit(rng)};
    a.state.last_review = kNow - sched::Seconds{static_cast<std::int64_t>(a.elapsed_days * kSecsPerDay)};
    a.state.reps = 5;
  }
  return answers;
}

/// The two settings compared with ts-fsrs: our defaults, and the FSRS model alone.
struct Mode {
  const char* name;
  bool is_pure;
};

sched::SchedulerConfig config_for(const Mode& mode) {
  sched::SchedulerConfig config;  // defaults: steps 1 m, 10 m; relearning 10 m; fuzz on
  if (mode.is_pure) {
    config.learning_steps_mins.clear();
    config.relearning_steps_mins.clear();
    config.is_fuzz_enabled = false;
  }
  return config;
}

double bench_answers(const std::vector<Answer>& answers, const Mode& mode) {
  const sched::SchedulerConfig config = config_for(mode);
  const sched::DayClock clock{sched::Seconds{0}, 4};
  double checksum = 0.0;
  const auto start = std::chrono::steady_clock::now();
  const double cpu_start = cpu_seconds();
  for (std::size_t i = 0; i < answers.size(); ++i) {
    const sched::NextStates next = sched::next_states(answers[i].state, config, clock, kNow, ItemId{i});
    checksum += next.for_grade(answers[i].grade).state.memory->stability_days;
  }
  const double cpu_secs = cpu_seconds() - cpu_start;
  const double wall_secs = seconds_since(start);
  const double rate = static_cast<double>(answers.size()) / cpu_secs;
  std::printf("answers (%s): %zu next_states calls (all four grades each): %.3f s CPU, %.3f s wall = "
              "%.0f answers/s per CPU second, %.0f per wall second (checksum %.1f)\n",
              mode.name, answers.size(), cpu_secs, wall_secs, rate,
              static_cast<double>(answers.size()) / wall_secs, checksum);
  return rate;
}

std::filesystem::path write_answers(const std::vector<Answer>& answers) {
  const auto path = std::filesystem::temp_directory_path() / "factdeck_scheduler_bench_answers.bin";
  std::ofstream out(path, std::ios::binary);
  for (const Answer& a : answers) {
    const bool is_new = !a.state.memory.has_value();
    const double record[5] = {is_new ? 0.0 : a.state.memory->stability_days, is_new ? 0.0 : a.state.memory->difficulty,
                              a.elapsed_days, static_cast<double>(static_cast<int>(a.grade)), is_new ? 1.0 : 0.0};
    out.write(reinterpret_cast<const char*>(record), sizeof record);
  }
  return path;
}

/// Runs the ts-fsrs script on the same answers; returns its answers/s, or 0 when it cannot run.
double ts_fsrs_rate(const std::filesystem::path& data, const Mode& mode) {
  const std::filesystem::path bench_dir = std::filesystem::path(FACTDECK_SOURCE_DIR) / "bench";
  // ts-fsrs runs the first 200,000 of the same answers (about 1 s of its CPU time): a rate.
  const std::string command = "cd '" + bench_dir.string() + "' && node ts_fsrs_throughput.js '" + data.string() +
                              "' 200000 " + (mode.is_pure ? "pure" : "full") + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    std::printf("ts-fsrs: not measured (could not start node)\n");
    return 0.0;
  }
  double rate = 0.0;
  char line[512];
  while (std::fgets(line, sizeof line, pipe) != nullptr) {
    std::printf("  node: %s", line);
    std::sscanf(line, "ts_fsrs_answers_per_sec %lf", &rate);
  }
  const int status = pclose(pipe);
  if (status != 0 || rate <= 0.0) std::printf("ts-fsrs: not measured (node failed, status %d)\n", status);
  return rate;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t items = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  const std::size_t answer_count = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000000;
  std::mt19937_64 rng(20240301);
  const Collection collection = make_collection(items, rng);
  bench_queue(collection);
  const std::vector<Answer> answers = make_answers(answer_count, rng);
  if (answers.empty()) return 0;
  const bool has_node_modules =
      std::filesystem::exists(std::filesystem::path(FACTDECK_SOURCE_DIR) / "bench" / "node_modules" / "ts-fsrs");
  if (!has_node_modules) std::printf("ts-fsrs: not measured (bench/node_modules is absent; run `npm ci` in bench/)\n");
  const std::filesystem::path data = has_node_modules ? write_answers(answers) : std::filesystem::path{};
  for (const Mode mode : {Mode{"defaults: steps + fuzz", false}, Mode{"pure model: no steps, no fuzz", true}}) {
    const double ours = bench_answers(answers, mode);
    const double theirs = has_node_modules ? ts_fsrs_rate(data, mode) : 0.0;
    if (theirs > 0.0) {
      std::printf("ts-fsrs (%s): %.0f answers/s per CPU second; ours is %.1fx ts-fsrs (target >= 20x)\n", mode.name,
                  theirs, ours / theirs);
    }
  }
  if (has_node_modules) std::filesystem::remove(data);
  return 0;
}
