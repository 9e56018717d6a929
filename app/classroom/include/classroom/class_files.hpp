#pragma once
// Reading a class's results files together, all or nothing: what the class report (command line
// and app) is computed from.
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "classroom/class_analysis.hpp"

namespace factdeck::classroom {

/// `paths` with each folder replaced by the *.json files in it (sorted by name).
[[nodiscard]] std::vector<std::filesystem::path> expand_results_paths(std::span<const std::filesystem::path> paths);

/// Every file read and checked: a damaged file (read_results_file), results of another deck than
/// `deck_id` (check_same_deck) or the same student twice (check_distinct_students) fails the
/// whole read with that error, naming the file.
[[nodiscard]] Result<std::vector<ResultsFile>> read_class(std::span<const std::filesystem::path> files,
                                                          const std::string& deck_id);

}  // namespace factdeck::classroom
