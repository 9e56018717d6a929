#pragma once
// The review log, factdeck's one record of past answers read from outside: the revlog CSV used by
// fsrs-rs and Anki's FSRS tools,
//   card_id,review_time,review_rating,review_state,review_duration
// review_time in milliseconds since the Unix epoch (UTC); review_rating 1 Again … 4 Easy;
// review_state the phase before the answer as Anki numbers it (0 new, 1 learning, 2 review,
// 3 relearning); review_duration in milliseconds. A header row is optional; with one, columns may
// come in any order. Rows fsrs-rs ignores — rating 0 (a manual change) or state 4 and above
// (filtered or manual) — are skipped, as its converter does.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace factdeck::optim {

/// One answer, kept compact: the optimizer holds millions of them.
struct ReviewLogEntry {
  std::int64_t card_id = 0;
  std::int64_t review_time_ms = 0;
  std::uint8_t rating = 0;        // 1 Again … 4 Easy
  std::uint8_t review_state = 0;  // 0..3
  std::uint32_t review_duration_ms = 0;
};

/// The one CSV reader: calls `on_row` with each kept row and its 1-based line, in file order, and
/// stops at the first error, its own (with file, line and column) or one `on_row` returns.
[[nodiscard]] Result<void> for_each_review(
    std::string_view text, const std::string& file_name,
    const std::function<Result<void>(const ReviewLogEntry&, int line)>& on_row);

/// Every kept row of the CSV text, in file order.
[[nodiscard]] Result<std::vector<ReviewLogEntry>> parse_review_log(std::string_view text,
                                                                   const std::string& file_name);

/// The reader for training: also fails on an empty text (line 1) and on a card whose review
/// times go backwards (naming the earlier line).
[[nodiscard]] Result<std::vector<ReviewLogEntry>> review_log_from_csv(std::string_view text,
                                                                      const std::string& file_name);

/// Reads the file at `path` with review_log_from_csv; fails with ErrorCode::Io if unreadable.
[[nodiscard]] Result<std::vector<ReviewLogEntry>> read_revlog_csv(const std::string& path);

}  // namespace factdeck::optim
