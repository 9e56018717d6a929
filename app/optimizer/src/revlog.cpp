#include "optimizer/revlog.hpp"

#include <array>
#include <charconv>
#include <fstream>
#include <string_view>
#include <unordered_map>

namespace factdeck::optim {

namespace {

constexpr std::array<std::string_view, 5> kColumns = {"card_id", "review_time", "review_rating",
                                                       "review_state", "review_duration"};

// Up to kMaxFields comma-separated fields of `line`; returns how many there are (more are ignored).
constexpr std::size_t kMaxFields = 16;
using Fields = std::array<std::string_view, kMaxFields>;

std::size_t split_fields(std::string_view line, Fields& fields) {
  std::size_t count = 0;
  std::size_t start = 0;
  while (count < kMaxFields) {
    const std::size_t comma = line.find(',', start);
    fields[count++] = line.substr(start, comma - start);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return count;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '"')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '"' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

template <typename Int>
bool parse_int(std::string_view text, Int& out) {
  text = trim(text);
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

// Column index of each expected name in the header, or an error naming the missing column.
Result<std::array<std::size_t, 5>> map_header(std::string_view header, const std::string& file) {
  Fields names;
  const std::size_t name_count = split_fields(header, names);
  std::array<std::size_t, 5> index{};
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    std::size_t found = name_count;
    for (std::size_t i = 0; i < name_count; ++i) {
      if (trim(names[i]) == kColumns[c]) found = i;
    }
    if (found == name_count) {
      return fail(ErrorCode::Parse,
                  "missing column '" + std::string(kColumns[c]) +
                      "' in the header (expected card_id,review_time,review_rating,"
                      "review_state,review_duration)",
                  file, 1);
    }
    index[c] = found;
  }
  return index;
}

Result<ReviewLogEntry> parse_row(std::string_view line, const std::array<std::size_t, 5>& index,
                                 const std::string& file, int line_number) {
  Fields fields;
  const std::size_t field_count = split_fields(line, fields);
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    if (index[c] >= field_count) {
      return fail(ErrorCode::Parse, "missing value for column '" + std::string(kColumns[c]) + "'",
                  file, line_number);
    }
  }
  ReviewLogEntry entry;
  unsigned rating = 0;
  unsigned state = 0;
  if (!parse_int(fields[index[0]], entry.card_id) ||
      !parse_int(fields[index[1]], entry.review_time_ms) ||
      !parse_int(fields[index[2]], rating) || !parse_int(fields[index[3]], state) ||
      !parse_int(fields[index[4]], entry.review_duration_ms)) {
    return fail(ErrorCode::Parse, "expected whole numbers in every column", file, line_number);
  }
  if (rating < 1 || rating > 4) {
    return fail(ErrorCode::Invalid,
                "review_rating " + std::to_string(rating) + " is out of range (1 to 4)", file,
                line_number);
  }
  if (state > 3) {
    return fail(ErrorCode::Invalid,
                "review_state " + std::to_string(state) + " is out of range (0 to 3)", file,
                line_number);
  }
  entry.rating = static_cast<std::uint8_t>(rating);
  entry.review_state = static_cast<std::uint8_t>(state);
  return entry;
}

}  // namespace

Result<std::vector<ReviewLogEntry>> parse_revlog_csv(std::istream& in, const std::string& file) {
  std::string line;
  if (!std::getline(in, line) || trim(line).empty()) {
    return fail(ErrorCode::Parse, "the file is empty (a header line is required)", file, 1);
  }
  Result<std::array<std::size_t, 5>> index = map_header(line, file);
  if (!index) return Unexpected{index.error()};

  std::vector<ReviewLogEntry> entries;
  std::unordered_map<std::int64_t, std::pair<std::int64_t, int>> last_time_by_card;
  int line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    if (trim(line).empty()) continue;
    Result<ReviewLogEntry> entry = parse_row(line, *index, file, line_number);
    if (!entry) return Unexpected{entry.error()};
    auto [it, is_new] =
        last_time_by_card.try_emplace(entry->card_id, entry->review_time_ms, line_number);
    if (!is_new) {
      if (entry->review_time_ms < it->second.first) {
        return fail(ErrorCode::Invalid,
                    "review_time goes backwards for card " + std::to_string(entry->card_id) +
                        " (earlier than its review on line " + std::to_string(it->second.second) +
                        ")",
                    file, line_number);
      }
      it->second = {entry->review_time_ms, line_number};
    }
    entries.push_back(*entry);
  }
  return entries;
}

Result<std::vector<ReviewLogEntry>> read_revlog_csv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return fail(ErrorCode::Io, "cannot open the review log for reading", path);
  return parse_revlog_csv(in, path);
}

}  // namespace factdeck::optim
