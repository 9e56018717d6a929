#pragma once
// The results file: StudentResults as indented JSON a teacher can open and read, and the checked
// reader that takes a file whole or not at all (format in docs/classroom.md).
#include <filesystem>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "classroom/results.hpp"

namespace factdeck::classroom {

/// Largest results file read (a deck of 10,000 items asked four ways is about 4 MiB).
inline constexpr std::uint64_t kMaxResultsFileBytes = std::uint64_t{64} << 20;

/// The results as JSON, with "factdeck_results" (the format version) first.
[[nodiscard]] std::string results_to_json(const StudentResults& results);

/// Reads results_to_json's output. Fails with Parse (not JSON), Invalid (a field missing, of the
/// wrong type or out of range, or counts that contradict each other; the message names the field
/// as `questions[3].correct`, with its line and column where known) or NewerFormat. `file` names
/// the file in the error. Nothing is returned unless every field is right.
[[nodiscard]] Result<StudentResults> results_from_json(std::string_view text, const std::string& file);

/// Reads and checks the file at `path` (at most kMaxResultsFileBytes). Fails as results_from_json,
/// or with Io when the file cannot be read.
[[nodiscard]] Result<StudentResults> read_results_file(const std::filesystem::path& path);

/// "2026-12-03T16:50:00Z" (UTC, whole seconds).
[[nodiscard]] std::string utc_text(sched::TimePoint time);
/// Reads utc_text's form exactly; empty on anything else (other forms, impossible dates).
[[nodiscard]] std::optional<sched::TimePoint> utc_from_text(std::string_view text);

}  // namespace factdeck::classroom
