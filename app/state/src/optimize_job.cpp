#include "state/optimize_job.hpp"

#include <cstdio>

namespace factdeck::state {

std::vector<optim::ReviewLogEntry> review_entries(const store::Profile& profile,
                                                  const std::string& deck_id) {
  std::vector<optim::ReviewLogEntry> entries;
  const store::ReviewLog& log = profile.reviews();
  entries.reserve(log.size());
  for (std::size_t i = 0; i < log.size(); ++i) {
    const store::ReviewRecord record = log.at(i);
    if (record.is_practice || record.deck_id != deck_id) continue;
    optim::ReviewLogEntry entry;
    // fsrs-rs reads card ids as signed 64-bit numbers: keep the low 63 bits, as the CSV export does.
    entry.card_id = static_cast<std::int64_t>(record.item.value & 0x7FFF'FFFF'FFFF'FFFFULL);
    entry.review_time_ms = record.time.time_since_epoch().count() * 1000;
    entry.rating = static_cast<std::uint8_t>(record.grade);
    entry.review_state = static_cast<std::uint8_t>(record.before.phase);
    entry.review_duration_ms = record.answer_ms;
    entries.push_back(entry);
  }
  return entries;
}

std::thread start_optimize(std::shared_ptr<OptimizeJob> job, std::vector<optim::ReviewLogEntry> entries,
                           optim::FitOptions options) {
  job->answers = entries.size();
  return std::thread([job, entries = std::move(entries), options]() {
    Result<optim::FitResult> result = optim::fit_parameters(entries, options, &job->progress);
    job->result = std::move(result);
    job->has_result = true;  // after the result: the UI reads it once it sees the flag
  });
}

bool is_fit_better(const optim::FitResult& result) {
  return result.stage != optim::FitStage::Defaults &&
         result.fitted_metrics.log_loss < result.default_metrics.log_loss;
}

std::string describe_fit(const optim::FitResult& result) {
  if (result.stage == optim::FitStage::Defaults) {
    return "Not enough history yet: a personal fit needs at least " +
           std::to_string(optim::kMinItemsForAnyFit) +
           " reviews made a day or more after an item was first learned (there are " +
           std::to_string(result.train_items + result.test_items) +
           "). Keep studying with the default parameters, which suit most learners.";
  }
  const double before = result.default_metrics.log_loss;
  const double after = result.fitted_metrics.log_loss;
  if (!is_fit_better(result)) {
    char same[256];
    std::snprintf(same, sizeof same,
                  "The default parameters already predict your answers as well as a personal fit "
                  "(log loss %.4f vs %.4f on the %zu answers it was fitted to): keep them.",
                  before, after, result.fitted_metrics.count);
    return same;
  }
  const double gain = before > 0.0 ? (before - after) / before * 100.0 : 0.0;
  char text[320];
  std::snprintf(text, sizeof text,
                "Predictions %.1f%% %s than with the default parameters (log loss %.4f → %.4f on "
                "the %zu answers it was fitted to, all of yours).%s",
                gain, "more accurate", before, after,
                result.fitted_metrics.count,
                result.stage == optim::FitStage::InitialStabilityOnly
                    ? " With this little history only the first-answer stabilities were fitted."
                    : "");
  return text;
}

}  // namespace factdeck::state
