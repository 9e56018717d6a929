// factdeck related: which study answers came right after a related item.
#include <catch2/catch.hpp>

#include "cli_fixtures.hpp"

using namespace factdeck::cli::testing;

TEST_CASE("related lists each study answer given right after a related item", "[cli]") {
  CliFolder folder;
  const std::vector<std::string> ids = folder.item_ids();  // Paris, France, Berlin, Germany, ...
  REQUIRE(ids.size() == 8);
  // Paris, then Berlin (another fact), then Germany (Berlin's fact: related to the answer before).
  for (const std::size_t index : {0u, 2u, 3u}) {
    REQUIRE(run_cli({"answer", ids[index], "good", "--data-dir", folder.data_dir()}).exit_code == 0);
  }
  const CommandRun run = run_cli({"related", "--data-dir", folder.data_dir()});
  CHECK(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("answer 3 (" + ids[3] + ", Germany) came right after the related " + ids[2] +
                                      " (Berlin)"));
  CHECK_THAT(run.out, Catch::EndsWith("3 study answers, 1 right after a related item\n"));

  const CommandRun last_two = run_cli({"related", "--last", "2", "--data-dir", folder.data_dir()});
  CHECK_THAT(last_two.out, Catch::EndsWith("2 study answers, 1 right after a related item\n"));
  CHECK(run_cli({"related", "--last", "1", "--data-dir", folder.data_dir()}).exit_code == 2);  // at least 2
}
