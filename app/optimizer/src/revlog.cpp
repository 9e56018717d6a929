#include "optimizer/revlog.hpp"

#include <fstream>
#include <limits>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "scheduler/revlog.hpp"

namespace factdeck::optim {

namespace {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// The checks training needs beyond the CSV itself; the row's line is in every error.
Result<ReviewLogEntry> to_training_entry(const sched::RevlogEntry& row, const std::string& file) {
  if (row.rating < 1 || row.rating > 4) {
    return fail(ErrorCode::Invalid,
                "review_rating " + std::to_string(row.rating) + " is out of range (1 to 4)", file,
                row.line);
  }
  if (row.state > 3) {
    return fail(ErrorCode::Invalid,
                "review_state " + std::to_string(row.state) + " is out of range (0 to 3)", file,
                row.line);
  }
  if (row.duration_ms < 0 || row.duration_ms > std::numeric_limits<std::uint32_t>::max()) {
    return fail(ErrorCode::Invalid,
                "review_duration " + std::to_string(row.duration_ms) + " is out of range", file,
                row.line);
  }
  ReviewLogEntry entry;
  entry.card_id = row.card_id;
  entry.review_time_ms = row.review_time_ms;
  entry.rating = static_cast<std::uint8_t>(row.rating);
  entry.review_state = static_cast<std::uint8_t>(row.state);
  entry.review_duration_ms = static_cast<std::uint32_t>(row.duration_ms);
  return entry;
}

}  // namespace

Result<std::vector<ReviewLogEntry>> review_log_from_csv(std::string_view text,
                                                        const std::string& file) {
  if (is_blank(text)) {
    return fail(ErrorCode::Parse, "the file is empty", file, 1);
  }
  std::vector<ReviewLogEntry> entries;
  // Per card: the time and line of its latest review so far.
  std::unordered_map<std::int64_t, std::pair<std::int64_t, int>> last_time_by_card;
  const Result<void> read = sched::for_each_revlog_row(
      text, file, [&](const sched::RevlogEntry& row) -> Result<void> {
        Result<ReviewLogEntry> entry = to_training_entry(row, file);
        if (!entry) return Unexpected{entry.error()};
        auto [it, is_new] = last_time_by_card.try_emplace(row.card_id, row.review_time_ms, row.line);
        if (!is_new) {
          if (row.review_time_ms < it->second.first) {
            return fail(ErrorCode::Invalid,
                        "review_time goes backwards for card " + std::to_string(row.card_id) +
                            " (earlier than its review on line " +
                            std::to_string(it->second.second) + ")",
                        file, row.line);
          }
          it->second = {row.review_time_ms, row.line};
        }
        entries.push_back(*entry);
        return {};
      });
  if (!read) return Unexpected{read.error()};
  return entries;
}

Result<std::vector<ReviewLogEntry>> read_revlog_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorCode::Io, "cannot open the review log for reading", path);
  std::ostringstream content;
  content << in.rdbuf();
  return review_log_from_csv(content.view(), path);
}

}  // namespace factdeck::optim
