// Crash-test child: records answers in a loop into the profile in argv[1], numbering them from
// argv[2], and prints "recorded N" after each answer is durable. Every seventh answer is
// followed by flagging a never-answered item of its own ("flagged ITEM" once durable); flags are
// only ever set, so each reported one must still be set after any crash. crash_test.cpp kills it with
// SIGKILL at random moments and checks that every reported answer survived.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "store_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::store;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: %s PROFILE_DIR FIRST_NUMBER\n", argv[0]);
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const std::uint64_t first = std::strtoull(argv[2], nullptr, 10);
  const sched::TimePoint now = testing::at_secs(0);
  Result<Profile> profile = Profile::open(dir, OpenMode::ReadWrite, now);
  if (!profile) {
    std::fprintf(stderr, "crash_child: %s\n", profile.error().message.c_str());
    return 1;
  }
  std::printf("ready\n");
  std::fflush(stdout);
  for (std::uint64_t number = first; number < first + 100000; ++number) {
    // Items repeat (number % 50) so states chain; the time identifies the answer.
    const std::uint64_t item = number % 50;
    const ReviewRecord review =
        testing::make_answer(item, profile->item_state(ItemId{item}),
                             testing::at_secs(static_cast<std::int64_t>(number)));
    const Result<void> recorded = profile->record_answer(review);
    if (!recorded) {
      std::fprintf(stderr, "crash_child: %s\n", recorded.error().message.c_str());
      return 1;
    }
    std::printf("recorded %llu\n", static_cast<unsigned long long>(number));
    std::fflush(stdout);
    if (number % 7 == 0) {
      const std::uint64_t marked = 1'000'000 + number / 7;
      const ItemFlagsRecord flagged{"capitals", ItemId{marked}, testing::at_secs(0), false, true};
      if (!profile->set_item_flags(flagged)) return 1;
      std::printf("flagged %llu\n", static_cast<unsigned long long>(marked));
      std::fflush(stdout);
    }
    // Compact now and then, so some kills land in the middle of a compaction.
    if (number % 25 == 0 && !profile->compact(now)) return 1;
  }
  return 0;
}
