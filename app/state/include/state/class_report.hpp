#pragma once
// The class report opened in the app: the teacher's view over students' results files for one
// deck (docs/classroom.md), read all or nothing.
#include <filesystem>
#include <optional>

#include "base/result.hpp"
#include "classroom/class_analysis.hpp"
#include "state/loaded_deck.hpp"

namespace factdeck::state {

class ClassReport {
 public:
  /// Reads the results files at `results` (a file, or a folder of *.json) as answers to `deck` and
  /// keeps their analysis (recall probabilities at `now`). Fails as classroom::read_class does, or
  /// with Invalid when a folder holds no results file; the report shown before stays.
  [[nodiscard]] Result<void> open(const std::filesystem::path& results, const LoadedDeck& deck, sched::TimePoint now);

  /// The report last opened, or none yet.
  [[nodiscard]] const std::optional<classroom::ClassAnalysis>& analysis() const { return analysis_; }
  /// Where it was read from.
  [[nodiscard]] const std::filesystem::path& source() const { return source_; }

 private:
  std::optional<classroom::ClassAnalysis> analysis_;
  std::filesystem::path source_;
};

}  // namespace factdeck::state
