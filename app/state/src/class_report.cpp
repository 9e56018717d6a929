#include "state/class_report.hpp"

#include <vector>

#include "classroom/class_files.hpp"

namespace factdeck::state {

Result<void> ClassReport::open(const std::filesystem::path& results, const LoadedDeck& deck, sched::TimePoint now) {
  const std::vector<std::filesystem::path> named{results};
  const std::vector<std::filesystem::path> files = classroom::expand_results_paths(named);
  if (files.empty()) return fail(ErrorCode::Invalid, "holds no results file (*.json)", results.string());
  Result<std::vector<classroom::ResultsFile>> read = classroom::read_class(files, deck.deck_id.str());
  if (!read) return Unexpected{read.error()};
  analysis_ = classroom::analyse_class(deck.deck, deck.deck_id.str(), *read, now);
  source_ = results;
  return {};
}

}  // namespace factdeck::state
