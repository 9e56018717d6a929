// `factdeck answer` killed with SIGKILL at random moments (issue 18): every answer whose command
// exited with success must be in the profile afterwards, and no command may fail otherwise. Each
// answer runs the real command in a forked child (run_command, as main does), which the test
// kills after a random delay below a bound that tracks one command's length, so kills land in the
// deck loading, the lock, the journal appends, the compaction and the exit. A killed process
// leaves what it wrote in the page cache, so syncs play no part in surviving a kill (power cuts
// are the store's crash tests): the profile lives in RAM-backed /dev/shm when there is one, where
// a command takes a few ms instead of ~30 ms of fsync. 300 commands, under 1 s in Release.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "base/prng.hpp"
#include "cli_fixtures.hpp"
#include "os/clock.hpp"
#include "store/profile.hpp"
#include "store/profile_paths.hpp"

namespace factdeck::cli {

using testing::CliFolder;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kRuns = 300;
// Each answer is dated this much earlier than the one after it (--days-ago falls by 0.001 day
// per run), so every answer has its own time, 86 s from its neighbours, whatever the clock does.
constexpr double kDaysApart = 0.001;

/// One `factdeck answer` and what the test knows of it.
struct AnswerRun {
  std::string item;
  double days_ago = 0;
  std::int64_t earliest_secs = 0;  // the answer's time lies in [earliest, latest]
  std::int64_t latest_secs = 0;
  bool is_acknowledged = false;  // exited 0: the command said the answer was recorded
  bool was_killed = false;
  bool has_failed = false;  // exited with an error, not killed: never expected
};

std::int64_t wall_secs() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::filesystem::path fast_temp_folder() {
  std::error_code error;
  return std::filesystem::is_directory("/dev/shm", error) && ::access("/dev/shm", W_OK) == 0
             ? std::filesystem::path("/dev/shm")
             : std::filesystem::temp_directory_path();
}

/// Runs `factdeck answer` in a child and kills it after `kill_after_us` (never, when negative).
AnswerRun answer_in_child(const CliFolder& folder, const std::string& item, double days_ago, long kill_after_us) {
  AnswerRun run{item, days_ago, 0, 0, false, false, false};
  const std::int64_t shift_secs = static_cast<std::int64_t>(days_ago * 86400.0);
  run.earliest_secs = wall_secs() - shift_secs - 1;
  testing::detail::flush_all();
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::freopen(folder.file("errors.txt").c_str(), "a", stderr);
    char days_text[32];
    std::snprintf(days_text, sizeof days_text, "%.3f", days_ago);
    const std::vector<std::string> args = {"answer", item, "good", "--days-ago", days_text,
                                           "--data-dir", folder.data_dir()};
    const std::vector<std::string_view> views(args.begin(), args.end());
    const int code = run_command(views);
    std::fflush(stdout);
    std::fflush(stderr);
    ::_exit(code);
  }
  if (kill_after_us >= 0) {
    ::usleep(static_cast<useconds_t>(kill_after_us));
    ::kill(child, SIGKILL);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  run.latest_secs = wall_secs() - shift_secs + 1;
  run.is_acknowledged = WIFEXITED(status) && WEXITSTATUS(status) == kExitOk;
  run.was_killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  run.has_failed = !run.is_acknowledged && !run.was_killed;
  return run;
}

/// True when the profile holds an answer to `run.item` dated within the run.
bool holds_answer(const store::Profile& profile, const AnswerRun& run) {
  const std::optional<ItemId> id = item_id_from_hex(run.item);
  for (std::size_t i = 0; i < profile.reviews().size(); ++i) {
    const store::ReviewRecord review = profile.reviews().at(i);
    const std::int64_t secs = review.time.time_since_epoch().count();
    if (review.item == *id && secs >= run.earliest_secs && secs <= run.latest_secs) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("Every answer `factdeck answer` acknowledged survives SIGKILL at any moment", "[cli]") {
  CliFolder folder(fast_temp_folder());
  const std::vector<std::string> items = folder.item_ids();
  REQUIRE(items.size() == 8);
  const auto days_ago = [](int run) { return (kRuns + 10 - run) * kDaysApart; };

  // The first answer creates the profile (and its first backup); the next three, unhindered,
  // time one ordinary command. The kills then come at a random moment before a bound that
  // follows the machine's speed: it grows a little after each kill and shrinks after each
  // answer that finished first, which settles with about 70% of the commands killed, at every
  // stage of the command (a staircase, as in psychophysics).
  std::vector<AnswerRun> runs{answer_in_child(folder, items[0], days_ago(0), -1)};
  const Clock::time_point started = Clock::now();
  for (int run = 1; run < 4; ++run) runs.push_back(answer_in_child(folder, items[1], days_ago(run), -1));
  for (const AnswerRun& run : runs) REQUIRE(run.is_acknowledged);
  double kill_bound_us =
      static_cast<double>(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count()) /
      3.0;
  SplitMix64 rng(18);
  for (int run = 4; run < kRuns; ++run) {
    const long kill_after_us = static_cast<long>(rng.uniform() * kill_bound_us);
    runs.push_back(answer_in_child(folder, items[static_cast<std::size_t>(run) % items.size()], days_ago(run),
                                   kill_after_us));
    kill_bound_us *= runs.back().was_killed ? 1.03 : 0.93;
  }

  const Result<std::filesystem::path> dir =
      store::profile_dir(std::filesystem::path(folder.data_dir()), store::kDefaultProfileName);
  REQUIRE(dir);
  const Result<store::Profile> profile =
      store::Profile::open(*dir, store::OpenMode::ReadWrite, os::now_seconds());
  REQUIRE(profile);
  std::size_t acknowledged = 0;
  std::size_t killed = 0;
  for (const AnswerRun& run : runs) {
    killed += run.was_killed ? 1 : 0;
    INFO("the commands said: " << testing::read_text(folder.file("errors.txt")));
    CHECK_FALSE(run.has_failed);
    if (!run.is_acknowledged) continue;
    ++acknowledged;
    INFO("answer " << run.item << " given " << run.days_ago << " days ago");
    CHECK(holds_answer(*profile, run));
  }
  INFO(acknowledged << " acknowledged, " << killed << " killed; kills within " << kill_bound_us << " us at the end");
  // The kills must have hit both sides of the acknowledgement for the test to mean anything.
  CHECK(acknowledged >= kRuns / 10);
  CHECK(killed >= kRuns / 2);
  CHECK(profile->reviews().size() <= runs.size());
}

}  // namespace factdeck::cli
