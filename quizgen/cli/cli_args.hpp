#pragma once
// Small helpers shared by the quizgen commands: option values and progress on stderr.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

namespace factdeck::quizgen::cli {

/// Parses a non-negative decimal integer; empty on anything else.
[[nodiscard]] std::optional<std::uint64_t> parse_count(std::string_view text);

/// A progress bar on stderr that shows itself only once the work has run for over a second.
class ProgressBar {
 public:
  explicit ProgressBar(std::string_view label);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  /// Reports `done` of `total`; draws only after the first second.
  void update(std::size_t done, std::size_t total);
  /// When the bar is shown, ends its line and says what the long work goes on with.
  void announce(std::string_view next_step);

 private:
  std::string_view label_;
  std::chrono::steady_clock::time_point start_;
  bool is_shown_ = false;
};

}  // namespace factdeck::quizgen::cli
