#pragma once
// Training data as fsrs-rs v6.5 prepares it, stored compactly: each card's history once, with a
// recency weight on every review that is a training target (an fsrs-rs "item"). See
// docs/optimizer.md for each rule and where it comes from.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "optimizer/revlog.hpp"
#include "scheduler/day_clock.hpp"

namespace factdeck::optim {

/// One review in a card's history. `elapsed_days` is whole days since the previous review of the
/// card (0 for the first review and same-day reviews). `weight` > 0 marks a training target:
/// a review after at least one whole day, weighted by its recency; 0 means history only.
struct HistoryReview {
  std::uint32_t elapsed_days = 0;
  std::uint8_t rating = 0;
  float weight = 0.0f;
};

/// A card's history: reviews [first, first + count) of PreparedData::reviews.
struct CardHistory {
  std::int64_t card_id = 0;
  std::uint32_t first = 0;
  std::uint32_t count = 0;
};

/// Every surviving card's history, concatenated. Only cards with at least one target that passed
/// the outlier filter are kept.
struct PreparedData {
  std::vector<HistoryReview> reviews;
  std::vector<CardHistory> cards;
  std::size_t target_count = 0;        // fsrs-rs items after the outlier filter
  std::size_t removed_card_count = 0;  // cards dropped by the outlier filter
  double average_recall = 0.0;         // share of targets answered Hard or better
};

/// fsrs-rs drops training items whose history (including the target) is longer than this.
inline constexpr std::uint32_t kMaxSequenceLength = 256;

/// Builds the training data from a review log (any order) for the cards `include_card` accepts
/// (all cards when it is empty): per card, the entries from the start of its last block of
/// learning-state entries; day gaps; the outlier filter; recency weights in time order.
[[nodiscard]] PreparedData prepare_data(std::span<const ReviewLogEntry> entries,
                                        const sched::DayClock& clock,
                                        const std::function<bool(std::int64_t)>& include_card = {});

/// True when the card belongs to the 20% held out for evaluation under `seed` (a hash of the card
/// id; the same rule is spelled out in docs/optimizer.md so scripts can reproduce it).
[[nodiscard]] bool is_held_out_card(std::int64_t card_id, std::uint64_t seed);

}  // namespace factdeck::optim
