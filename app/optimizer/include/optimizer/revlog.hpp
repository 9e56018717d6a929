#pragma once
// The review log as the optimizer takes it: one entry per answer (times in ms since the epoch).
// The revlog CSV `card_id,review_time,review_rating,review_state,review_duration` is read by the
// scheduler's reader (scheduler/revlog.hpp); this adds the checks training needs.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

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

/// Reads revlog CSV text with the scheduler's reader (sched::for_each_revlog_row: header
/// optional, columns in any order when there is one, errors with file, line and column) and
/// checks what training needs, failing with the row's line on a rating outside 1..4, a state
/// outside 0..3, or a card whose review times go backwards; an empty text fails on line 1.
[[nodiscard]] Result<std::vector<ReviewLogEntry>> review_log_from_csv(std::string_view text,
                                                                      const std::string& file_name);

/// Reads the file at `path` with review_log_from_csv; fails with ErrorCode::Io if unreadable.
[[nodiscard]] Result<std::vector<ReviewLogEntry>> read_revlog_csv(const std::string& path);

}  // namespace factdeck::optim
