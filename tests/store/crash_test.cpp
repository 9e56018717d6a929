#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <sstream>

#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;
using namespace factdeck::store::testing;

namespace {

constexpr int kRuns = 200;

struct ChildRun {
  std::vector<std::uint64_t> reported;  // answers the child said were recorded
  std::vector<std::uint64_t> flagged;   // items the child said were flagged
  bool was_killed = false;
};

/// Waits up to `timeout_ms` for the child to print something.
bool wait_for_output(int fd, int timeout_ms) {
  pollfd watched{fd, POLLIN, 0};
  return ::poll(&watched, 1, timeout_ms) > 0;
}

/// Starts the child, kills it with SIGKILL after `delay_us` (once it is ready, unless
/// `kill_at_startup`), and collects what it reported.
ChildRun run_and_kill(const fs::path& dir, std::uint64_t first, int delay_us,
                      bool kill_at_startup) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    const std::string first_text = std::to_string(first);
    ::execl(FACTDECK_CRASH_CHILD, FACTDECK_CRASH_CHILD, dir.c_str(), first_text.c_str(),
            static_cast<char*>(nullptr));
    _exit(127);
  }
  ::close(pipe_fds[1]);
  if (!kill_at_startup) wait_for_output(pipe_fds[0], 10000);
  ::usleep(static_cast<useconds_t>(delay_us));
  ::kill(child, SIGKILL);
  std::string output;
  char buffer[4096];
  for (ssize_t got; (got = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) {
    output.append(buffer, static_cast<std::size_t>(got));
  }
  ::close(pipe_fds[0]);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  ChildRun run;
  run.was_killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  std::istringstream lines(output);
  for (std::string word; lines >> word;) {
    if (word == "recorded") {
      std::uint64_t number = 0;
      lines >> number;
      run.reported.push_back(number);
    } else if (word == "flagged") {
      std::uint64_t item = 0;
      lines >> item;
      run.flagged.push_back(item);
    }
  }
  return run;
}

}  // namespace

TEST_CASE("Answers reported as recorded survive SIGKILL at random moments", "[store]") {
  TempDir temp;
  const auto dir = temp.path() / "p";
  std::mt19937 random(20240501);  // fixed seed: the same kill schedule every run
  std::uniform_int_distribution<int> delay_us(0, 8000);
  std::set<std::int64_t> reported_secs;
  std::set<std::uint64_t> flagged_items;
  int kills = 0;
  for (int run = 0; run < kRuns; ++run) {
    const std::uint64_t first = static_cast<std::uint64_t>(run) * 100000 + 1;
    const ChildRun child = run_and_kill(dir, first, delay_us(random), run % 8 == 0);
    if (child.was_killed) ++kills;
    for (std::uint64_t number : child.reported) {
      reported_secs.insert(at_secs(static_cast<std::int64_t>(number)).time_since_epoch().count());
    }
    flagged_items.insert(child.flagged.begin(), child.flagged.end());
    // Reopen as the next start of the app would, and look for every reported answer.
    Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, at_secs(0));
    REQUIRE(profile);
    std::set<std::int64_t> stored_secs;
    for (std::size_t i = 0; i < profile->reviews().size(); ++i) {
      stored_secs.insert(profile->reviews().row(i).time_secs);
    }
    CHECK(stored_secs.size() == profile->reviews().size());  // no answer applied twice
    std::size_t missing = 0;
    for (std::int64_t secs : reported_secs) missing += stored_secs.count(secs) == 0 ? 1 : 0;
    REQUIRE(missing == 0);
    for (std::uint64_t item : flagged_items) REQUIRE(profile->item_state(ItemId{item}).is_flagged);
    CHECK(rebuild_items_from_log(profile->data()) == profile->items());
    if (run % 10 == 9) REQUIRE(profile->close(at_secs(0)));
  }
  CHECK(kills >= kRuns - 1);
  CHECK_FALSE(flagged_items.empty());
  WARN("crash test: " << kills << " SIGKILLs, " << reported_secs.size() << " reported answers and "
                      << flagged_items.size() << " flagged items all found after reopening");
}
