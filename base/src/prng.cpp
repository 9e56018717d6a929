#include "base/prng.hpp"

namespace factdeck {

std::uint64_t mix64(std::uint64_t value) {
  // Constants from Steele, Lea & Flood, "Fast splittable pseudorandom number generators" (2014).
  value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
  value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
  return value ^ (value >> 31);
}

std::uint64_t SplitMix64::next() {
  state_ += kGoldenGamma;
  return mix64(state_);
}

std::size_t SplitMix64::below(std::size_t bound) {
  // Modulo bias is below 2^-40 for the small bounds used here (option lists, candidate pools).
  return static_cast<std::size_t>(next() % bound);
}

}  // namespace factdeck
