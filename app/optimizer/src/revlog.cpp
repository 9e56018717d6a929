#include "optimizer/revlog.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <limits>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <utility>

namespace factdeck::optim {

namespace {

constexpr std::array<std::string_view, 5> kColumns = {"card_id", "review_time", "review_rating",
                                                      "review_state", "review_duration"};
enum Column : std::size_t { kCardId, kTime, kRating, kState, kDuration };
using Positions = std::array<std::size_t, kColumns.size()>;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

struct Field {
  std::string_view text;
  int column;  // 1-based character column where the field starts
};

// Fills `fields` (reused between lines, so that reading allocates once).
void split_fields(std::string_view line, std::vector<Field>& fields) {
  fields.clear();
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = line.find(',', start);
    const std::size_t end = comma == std::string_view::npos ? line.size() : comma;
    fields.push_back({trim(line.substr(start, end - start)), static_cast<int>(start) + 1});
    if (comma == std::string_view::npos) return;
    start = comma + 1;
  }
}

std::optional<std::int64_t> parse_int(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

/// Column positions from a header row, or empty if the row is not a header.
Result<std::optional<Positions>> header_positions(const std::vector<Field>& fields,
                                                  const std::string& file) {
  if (fields.empty() || parse_int(fields[0].text).has_value()) return std::optional<Positions>{};
  Positions positions{};
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    const auto found = std::find_if(fields.begin(), fields.end(),
                                    [&](const Field& f) { return f.text == kColumns[c]; });
    if (found == fields.end()) {
      return fail(ErrorCode::Parse, "header has no '" + std::string(kColumns[c]) + "' column", file, 1, 1);
    }
    positions[c] = static_cast<std::size_t>(found - fields.begin());
  }
  return std::optional{positions};
}

/// The row's five integers, or the first field that is missing or not an integer.
Result<std::array<std::int64_t, 5>> row_values(const std::vector<Field>& fields, const Positions& positions,
                                               const std::string& file, int line) {
  std::array<std::int64_t, 5> values{};
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    if (positions[c] >= fields.size()) {
      return fail(ErrorCode::Parse, "missing field '" + std::string(kColumns[c]) + "'", file, line);
    }
    const Field& field = fields[positions[c]];
    const auto value = parse_int(field.text);
    if (!value) {
      return fail(ErrorCode::Parse, std::string(kColumns[c]) + " is not an integer: '" +
                                        std::string(field.text) + "'", file, line, field.column);
    }
    values[c] = *value;
  }
  return values;
}

/// A row's entry; empty for a row fsrs-rs ignores; an error for a value no review log holds.
Result<std::optional<ReviewLogEntry>> parse_row(const std::vector<Field>& fields, const Positions& positions,
                                                const std::string& file, int line) {
  const auto values = row_values(fields, positions, file, line);
  if (!values) return Unexpected{values.error()};
  const auto [card_id, time_ms, rating, state, duration_ms] = *values;
  const auto column_of = [&](Column c) { return fields[positions[c]].column; };
  if (rating < 0 || rating > 4) {
    return fail(ErrorCode::Parse, "review_rating must be 0–4, got " + std::to_string(rating), file,
                line, column_of(kRating));
  }
  if (state < 0) {
    return fail(ErrorCode::Parse, "review_state must not be negative", file, line, column_of(kState));
  }
  if (duration_ms < 0 || duration_ms > std::numeric_limits<std::uint32_t>::max()) {
    return fail(ErrorCode::Parse, "review_duration " + std::to_string(duration_ms) + " is out of range",
                file, line, column_of(kDuration));
  }
  if (rating == 0 || state > 3) return std::optional<ReviewLogEntry>{};
  return std::optional{ReviewLogEntry{card_id, time_ms, static_cast<std::uint8_t>(rating),
                                      static_cast<std::uint8_t>(state),
                                      static_cast<std::uint32_t>(duration_ms)}};
}

}  // namespace

Result<void> for_each_review(std::string_view text, const std::string& file_name,
                             const std::function<Result<void>(const ReviewLogEntry&, int)>& on_row) {
  Positions positions = {kCardId, kTime, kRating, kState, kDuration};
  std::vector<Field> fields;
  int line_number = 0;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++line_number;
    if (trim(line).empty()) continue;
    split_fields(line, fields);
    if (line_number == 1) {
      auto header = header_positions(fields, file_name);
      if (!header) return Unexpected{header.error()};
      if (header->has_value()) {
        positions = **header;
        continue;
      }
    }
    auto entry = parse_row(fields, positions, file_name, line_number);
    if (!entry) return Unexpected{entry.error()};
    if (!entry->has_value()) continue;
    if (Result<void> accepted = on_row(**entry, line_number); !accepted) return accepted;
  }
  return {};
}

Result<std::vector<ReviewLogEntry>> parse_review_log(std::string_view text, const std::string& file_name) {
  std::vector<ReviewLogEntry> entries;
  const Result<void> read = for_each_review(text, file_name, [&](const ReviewLogEntry& entry, int) {
    entries.push_back(entry);
    return Result<void>{};
  });
  if (!read) return Unexpected{read.error()};
  return entries;
}

Result<std::vector<ReviewLogEntry>> review_log_from_csv(std::string_view text,
                                                        const std::string& file) {
  if (is_blank(text)) {
    return fail(ErrorCode::Parse, "the file is empty", file, 1);
  }
  std::vector<ReviewLogEntry> entries;
  // Per card: the time and line of its latest review so far.
  std::unordered_map<std::int64_t, std::pair<std::int64_t, int>> last_time_by_card;
  const Result<void> read = for_each_review(
      text, file, [&](const ReviewLogEntry& entry, int line) -> Result<void> {
        auto [it, is_new] = last_time_by_card.try_emplace(entry.card_id, entry.review_time_ms, line);
        if (!is_new) {
          if (entry.review_time_ms < it->second.first) {
            return fail(ErrorCode::Invalid,
                        "review_time goes backwards for card " + std::to_string(entry.card_id) +
                            " (earlier than its review on line " +
                            std::to_string(it->second.second) + ")",
                        file, line);
          }
          it->second = {entry.review_time_ms, line};
        }
        entries.push_back(entry);
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
