#include <catch2/catch.hpp>

#include "ui/fonts.hpp"

TEST_CASE("The UI font is found on a machine set up by scripts/setup", "[ui]") {
  const std::string path = factdeck::ui::find_ui_font();
  REQUIRE_FALSE(path.empty());
  CHECK(path.find("DejaVuSans") != std::string::npos);
}
