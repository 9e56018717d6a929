#pragma once
// The review log as the optimizer reads it: one entry per answer, in the revlog CSV layout
// `card_id,review_time,review_rating,review_state,review_duration` (times in ms since the epoch).
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "quizgen/result.hpp"

namespace factdeck::optim {

/// One answer. `review_state` numbers the phase before the answer as Anki does:
/// 0 new, 1 learning, 2 review, 3 relearning.
struct ReviewLogEntry {
  std::int64_t card_id = 0;
  std::int64_t review_time_ms = 0;
  std::uint8_t rating = 0;        // 1 Again … 4 Easy
  std::uint8_t review_state = 0;  // 0..3
  std::uint32_t review_duration_ms = 0;
};

/// Parses a revlog CSV (header line required, columns in any order). Fails with the 1-based line
/// on an empty input, a missing column, a malformed number, a rating outside 1..4, a state
/// outside 0..3, or a card whose review times go backwards.
[[nodiscard]] Result<std::vector<ReviewLogEntry>> parse_revlog_csv(std::istream& in,
                                                                   const std::string& file_name);

/// Opens `path` and parses it with parse_revlog_csv; fails with ErrorCode::Io if unreadable.
[[nodiscard]] Result<std::vector<ReviewLogEntry>> read_revlog_csv(const std::string& path);

}  // namespace factdeck::optim
