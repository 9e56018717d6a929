// The open profile (state/profiles.hpp), on its own: opened at start, a second window's copy
// read-only, names checked before a switch, closed on request.
#include <catch2/catch.hpp>

#include "state/notices.hpp"
#include "state_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::state;
using namespace factdeck::state::testing;

TEST_CASE("The default profile opens at start, for writing, in the data folder given", "[state]") {
  StateFolder folder;
  const std::string data_dir = (folder.deck_path().parent_path() / "data").string();
  Profiles profiles;
  Notices notices;
  profiles.open_at_start(data_dir, "", at_secs(0), notices);
  REQUIRE(profiles.profile() != nullptr);
  CHECK(profiles.name() == "default");
  CHECK_FALSE(profiles.is_read_only());
  CHECK(profiles.data_dir() == data_dir);

  SECTION("a second copy opens it read-only and says so") {
    Profiles second;
    Notices second_notices;
    second.open_at_start(data_dir, "", at_secs(1), second_notices);
    REQUIRE(second.profile() != nullptr);
    CHECK(second.is_read_only());
    CHECK_FALSE(second_notices.list().empty());
  }
  SECTION("names are checked before a switch") {
    const Result<bool> same = profiles.can_switch_to("default");
    REQUIRE(same.has_value());
    CHECK_FALSE(*same);  // already open
    const Result<bool> other = profiles.can_switch_to("alice");
    REQUIRE(other.has_value());
    CHECK(*other);
    const Result<bool> slash = profiles.can_switch_to("../elsewhere");
    REQUIRE_FALSE(slash.has_value());
    CHECK(slash.error().code == ErrorCode::Invalid);
  }
  SECTION("a switch opens the other profile and lists both") {
    profiles.switch_to("alice", at_secs(2), notices);
    CHECK(profiles.name() == "alice");
    CHECK(profiles.names() == std::vector<std::string>{"alice", "default"});
  }
  SECTION("closing leaves nothing to save into") {
    profiles.close(at_secs(3), notices);
    CHECK(profiles.profile() == nullptr);
    CHECK(profiles.is_read_only());
  }
}
