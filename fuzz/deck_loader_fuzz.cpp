// Fuzz target: the deck loader (schema checks, then cereal) on any bytes.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "quizgen/deck.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  (void)factdeck::quizgen::load_deck_json(in, "fuzz.json");
  return 0;
}
