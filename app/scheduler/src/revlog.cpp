#include "scheduler/revlog.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace factdeck::sched {

namespace {

constexpr std::array<std::string_view, 5> kColumns = {"card_id", "review_time", "review_rating",
                                                      "review_state", "review_duration"};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
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
Result<std::optional<std::array<std::size_t, 5>>> header_positions(const std::vector<Field>& fields,
                                                                    const std::string& file) {
  if (fields.empty() || parse_int(fields[0].text).has_value()) return std::optional<std::array<std::size_t, 5>>{};
  std::array<std::size_t, 5> positions{};
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

Result<RevlogEntry> parse_row(const std::vector<Field>& fields, const std::array<std::size_t, 5>& positions,
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
  if (values[2] < 0 || values[2] > 4) {
    return fail(ErrorCode::Parse, "review_rating must be 0–4, got " + std::to_string(values[2]), file,
                line, fields[positions[2]].column);
  }
  if (values[3] < 0) {
    return fail(ErrorCode::Parse, "review_state must not be negative", file, line, fields[positions[3]].column);
  }
  const auto secs = std::chrono::duration_cast<Seconds>(std::chrono::milliseconds{values[1]});
  return RevlogEntry{values[0], TimePoint{secs}, values[1], static_cast<int>(values[2]),
                     static_cast<int>(values[3]), values[4], line};
}

bool is_learning_state(int state) { return state == 0 || state == 1; }

}  // namespace

Result<void> for_each_revlog_row(std::string_view text, const std::string& file_name,
                                 const std::function<Result<void>(const RevlogEntry&)>& on_row) {
  std::array<std::size_t, 5> positions = {0, 1, 2, 3, 4};
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
    if (Result<void> accepted = on_row(*entry); !accepted) return accepted;
  }
  return {};
}

Result<std::vector<RevlogEntry>> parse_revlog_csv(std::string_view text, const std::string& file_name) {
  std::vector<RevlogEntry> entries;
  const Result<void> read = for_each_revlog_row(text, file_name, [&](const RevlogEntry& entry) {
    entries.push_back(entry);
    return Result<void>{};
  });
  if (!read) return Unexpected{read.error()};
  return entries;
}

std::vector<CardMemory> memory_states_from_revlog(std::span<const RevlogEntry> entries,
                                                  const Parameters& parameters, const DayClock& clock) {
  std::vector<RevlogEntry> sorted;
  for (const RevlogEntry& entry : entries) {
    if (entry.rating >= 1 && entry.state <= 3) sorted.push_back(entry);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const RevlogEntry& a, const RevlogEntry& b) {
    return a.card_id != b.card_id ? a.card_id < b.card_id : a.review_time < b.review_time;
  });
  std::vector<CardMemory> cards;
  for (std::size_t begin = 0; begin < sorted.size();) {
    std::size_t end = begin;
    while (end < sorted.size() && sorted[end].card_id == sorted[begin].card_id) ++end;
    // Start at the last learning block: a card that was reset and learned again starts afresh.
    std::size_t start = begin;
    for (std::size_t i = begin + 1; i < end; ++i) {
      if (is_learning_state(sorted[i].state) && !is_learning_state(sorted[i - 1].state)) start = i;
    }
    CardMemory card{sorted[begin].card_id, 0, {}, sorted[start].review_time};
    std::optional<MemoryState> memory;
    for (std::size_t i = start; i < end; ++i) {
      const double elapsed = memory ? static_cast<double>(clock.elapsed_days(card.last_review, sorted[i].review_time)) : 0.0;
      memory = next_memory_state(parameters, memory, elapsed, static_cast<Grade>(sorted[i].rating));
      card.last_review = sorted[i].review_time;
      ++card.review_count;
    }
    card.memory = *memory;
    cards.push_back(card);
    begin = end;
  }
  return cards;
}

}  // namespace factdeck::sched
