#pragma once
// The project's one pseudo-random generator: splitmix64. The generator seeds it from (deck seed,
// item id), the optimizer from its seed, so results are the same on every machine and every run.
#include <cstdint>
#include <utility>
#include <vector>

namespace factdeck {

/// splitmix64's increment (2^64 / golden ratio), also used to spread seeds apart.
inline constexpr std::uint64_t kGoldenGamma = 0x9e3779b97f4a7c15ULL;

/// splitmix64's output function: a strong 64-bit mix, also used to spread hashes.
[[nodiscard]] std::uint64_t mix64(std::uint64_t value);

class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  /// Seeds from two values (e.g. the deck seed and an item id) so streams do not overlap.
  SplitMix64(std::uint64_t seed, std::uint64_t stream) : state_(mix64(seed) ^ stream) {}
  [[nodiscard]] std::uint64_t next();
  /// Uniform in [0, bound); bound must be > 0.
  [[nodiscard]] std::size_t below(std::size_t bound);
  /// Uniform in [0, 1), with 53 random bits.
  [[nodiscard]] double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

/// Fisher–Yates shuffle driven by `rng`.
template <typename T>
void shuffle_with(std::vector<T>& values, SplitMix64& rng) {
  for (std::size_t i = values.size(); i > 1; --i) {
    std::swap(values[i - 1], values[rng.below(i)]);
  }
}

}  // namespace factdeck
