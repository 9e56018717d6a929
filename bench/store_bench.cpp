// Progress-store benchmark: a profile of 100,000 items and 1,000,000 answers.
// Prints the open time, the latency of one durable answer (p50/p99/max over 10,000), the file
// sizes and the peak memory. Targets: open < 150 ms, p99 answer < 5 ms.
// Usage: store_bench [DIR]   (default: a new directory under the system temp dir, removed after)
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "store/formats.hpp"
#include "store/profile.hpp"

namespace fs = std::filesystem;
using namespace factdeck;
using namespace factdeck::store;
using BenchClock = std::chrono::steady_clock;

namespace {

constexpr std::uint64_t kItems = 100'000;
constexpr std::uint64_t kAnswers = 1'000'000;
constexpr int kTimedAnswers = 10'000;
const sched::TimePoint kStart{sched::Seconds{1'700'000'000}};

double ms_since(BenchClock::time_point start) {
  return std::chrono::duration<double, std::milli>(BenchClock::now() - start).count();
}

ReviewRecord next_answer(std::uint64_t item, const sched::ItemState& before,
                         sched::TimePoint time) {
  ReviewRecord review;
  review.item = ItemId{0x9E3779B97F4A7C15ULL * (item + 1)};
  review.question_kind = static_cast<std::uint8_t>(item % 4);
  review.time = time;
  review.grade = item % 7 == 0 ? sched::Grade::Again : sched::Grade::Good;
  review.answer_ms = static_cast<std::uint32_t>(2000 + item % 5000);
  review.before = before;
  review.deck_id = "deck-" + std::to_string(item % 20);
  review.after = before;
  review.after.phase = sched::Phase::Review;
  const double stability = before.memory ? before.memory->stability_days * 1.8 : 2.0;
  review.after.memory = sched::MemoryState{stability, 4.0 + static_cast<double>(item % 6)};
  review.after.reps += 1;
  review.after.last_review = time;
  review.after.scheduled_days = stability;
  review.after.due = time + sched::Seconds{static_cast<std::int64_t>(stability * 86400)};
  return review;
}

/// The big profile: every item answered 10 times, in rounds.
ProfileData build_data() {
  ProfileData data;
  std::vector<sched::ItemState> states(kItems);
  for (std::uint64_t i = 0; i < kAnswers; ++i) {
    const std::uint64_t item = i % kItems;
    const ReviewRecord review =
        next_answer(item, states[item], kStart + sched::Seconds{static_cast<std::int64_t>(i * 30)});
    if (!data.reviews.append(review)) std::abort();
    states[item] = review.after;
    data.items[review.item] = ItemRecord{review.after, review.deck_id, false};
  }
  return data;
}

/// Writes the profile in a child process, so its memory does not count in ours.
bool write_profile(const fs::path& dir) {
  const pid_t child = fork();
  if (child == 0) {
    const auto start = BenchClock::now();
    ProfileData data = build_data();
    std::printf("built 1,000,000 answers in memory: %.0f ms\n", ms_since(start));
    Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, kStart);
    if (!profile || !profile->replace_all(std::move(data), kStart)) _exit(1);
    const auto compact_start = BenchClock::now();
    if (!profile->compact(kStart)) _exit(1);
    std::printf("compaction (snapshot of 1,000,000 answers, fsync'd): %.0f ms\n",
                ms_since(compact_start));
    std::fflush(stdout);
    _exit(0);
  }
  int status = 0;
  return child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) &&
         WEXITSTATUS(status) == 0;
}

double percentile(std::vector<double> values, double fraction) {
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(fraction * static_cast<double>(values.size() - 1));
  return values[index];
}

std::uint64_t tree_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

void time_opens(const fs::path& dir) {
  std::vector<double> open_ms;
  for (int run = 0; run < 5; ++run) {
    const auto start = BenchClock::now();
    Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, kStart);
    open_ms.push_back(ms_since(start));
    if (!profile || profile->reviews().size() != kAnswers) {
      std::printf("open failed\n");
      std::exit(1);
    }
  }
  std::printf(
      "open (read-write, warm page cache), 5 runs: min %.1f ms, median %.1f ms, max %.1f ms\n",
      *std::min_element(open_ms.begin(), open_ms.end()), percentile(open_ms, 0.5),
      *std::max_element(open_ms.begin(), open_ms.end()));
}

void time_answers(const fs::path& dir) {
  Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, kStart);
  if (!profile) std::exit(1);
  std::vector<double> answer_ms;
  answer_ms.reserve(kTimedAnswers);
  const sched::TimePoint later = kStart + sched::Seconds{static_cast<std::int64_t>(kAnswers * 30)};
  for (int i = 0; i < kTimedAnswers; ++i) {
    const auto item = static_cast<std::uint64_t>(i) * 7 % kItems;
    const ItemId id{0x9E3779B97F4A7C15ULL * (item + 1)};
    const ReviewRecord review =
        next_answer(item, profile->item_state(id), later + sched::Seconds{i});
    const auto start = BenchClock::now();
    if (!profile->record_answer(review)) std::exit(1);
    answer_ms.push_back(ms_since(start));
  }
  std::printf(
      "durable answer (write + fdatasync), %d answers: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
      kTimedAnswers, percentile(answer_ms, 0.5), percentile(answer_ms, 0.99),
      *std::max_element(answer_ms.begin(), answer_ms.end()));
  std::printf("journal after %d answers: %ju bytes\n", kTimedAnswers,
              static_cast<std::uintmax_t>(fs::file_size(dir / kJournalFile)));
}

}  // namespace

int main(int argc, char** argv) {
  fs::path root;
  if (argc > 1) {
    root = argv[1];
  } else {
    std::string pattern = (fs::temp_directory_path() / "factdeck-store-bench-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return 1;
    root = pattern;
  }
  const fs::path dir = root / "profile";
  if (!write_profile(dir)) {
    std::printf("could not write the profile\n");
    return 1;
  }
  std::printf("snapshot: %ju bytes (%.1f bytes per answer)\n",
              static_cast<std::uintmax_t>(fs::file_size(dir / kSnapshotFile)),
              static_cast<double>(fs::file_size(dir / kSnapshotFile)) / kAnswers);
  time_opens(dir);
  time_answers(dir);
  std::printf("profile directory with backups: %ju bytes\n",
              static_cast<std::uintmax_t>(tree_bytes(dir)));
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS (open + answers, this process): %.1f MB\n",
              static_cast<double>(usage.ru_maxrss) / 1024.0);
  if (argc <= 1) fs::remove_all(root);
  return 0;
}
