#include "cli_args.hpp"

#include <charconv>
#include <cstdio>

namespace factdeck::quizgen::cli {

std::optional<std::uint64_t> parse_count(std::string_view text) {
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

ProgressBar::ProgressBar(std::string_view label)
    : label_(label), start_(std::chrono::steady_clock::now()) {}

ProgressBar::~ProgressBar() {
  if (is_shown_) std::fputc('\n', stderr);
}

void ProgressBar::announce(std::string_view next_step) {
  if (!is_shown_) return;
  std::fprintf(stderr, "\n%.*s", static_cast<int>(next_step.size()), next_step.data());
  std::fflush(stderr);
}

void ProgressBar::update(std::size_t done, std::size_t total) {
  constexpr int kWidth = 30;
  if (!is_shown_ && std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
  is_shown_ = true;
  const double fraction = total == 0 ? 1.0 : static_cast<double>(done) / static_cast<double>(total);
  const int filled = static_cast<int>(fraction * kWidth);
  std::fprintf(stderr, "\r%.*s [%.*s%*s] %3d%%", static_cast<int>(label_.size()), label_.data(),
               filled, "##############################", kWidth - filled, "",
               static_cast<int>(fraction * 100.0));
  std::fflush(stderr);
}

}  // namespace factdeck::quizgen::cli
