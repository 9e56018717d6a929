#include "optimizer/training_data.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <numeric>
#include <string_view>

#include "outlier_filter.hpp"
#include "base/prng.hpp"

namespace factdeck::optim {

namespace {


bool is_learning_state(const ReviewLogEntry& entry) { return entry.review_state <= 1; }

// A training target before weighting: when it happened and where it sits.
struct Target {
  std::int64_t review_time_ms = 0;
  std::int64_t card_id = 0;
  std::uint32_t review_index = 0;  // into PreparedData::reviews
};

// The revlog converter sorts card ids as text; ties in review time keep that order.
bool card_id_text_less(std::int64_t a, std::int64_t b) {
  char text_a[24];
  char text_b[24];
  const auto end_a = std::to_chars(text_a, text_a + sizeof text_a, a).ptr;
  const auto end_b = std::to_chars(text_b, text_b + sizeof text_b, b).ptr;
  return std::string_view(text_a, static_cast<std::size_t>(end_a - text_a)) <
         std::string_view(text_b, static_cast<std::size_t>(end_b - text_b));
}

// Stable sort of `items` by an integer key (LSD radix, one pass per byte of the key range), so
// that equal keys keep their order. The review log is large and its keys (card ids, times) span
// few bytes once the smallest is subtracted, so this beats a comparison sort.
template <typename T, typename Key>
void stable_radix_sort(std::vector<T>& items, Key&& key) {
  if (items.size() < 2) return;
  std::int64_t low = key(items[0]);
  std::int64_t high = low;
  for (const T& item : items) {
    low = std::min(low, key(item));
    high = std::max(high, key(item));
  }
  const auto offset = [&](const T& item) {
    return static_cast<std::uint64_t>(key(item)) - static_cast<std::uint64_t>(low);
  };
  const std::uint64_t range = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low);
  std::vector<T> buffer(items.size());
  for (int shift = 0; shift < 64 && (range >> shift) != 0; shift += 8) {
    std::array<std::size_t, 257> start{};
    for (const T& item : items) ++start[((offset(item) >> shift) & 0xFF) + 1];
    for (std::size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
    for (const T& item : items) buffer[start[(offset(item) >> shift) & 0xFF]++] = item;
    items.swap(buffer);
  }
}

// Entries of the wanted cards, ordered by (card, time); ties keep the input order.
std::vector<std::uint32_t> order_by_card(std::span<const ReviewLogEntry> entries,
                                         const std::function<bool(std::int64_t)>& include_card) {
  struct Key {
    std::int64_t card_id;
    std::int64_t review_time_ms;
    std::uint32_t index;
  };
  std::vector<Key> keys;
  keys.reserve(entries.size());
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const ReviewLogEntry& e = entries[i];
    if (!include_card || include_card(e.card_id)) keys.push_back({e.card_id, e.review_time_ms, i});
  }
  // By card keeping the input order; then each card's run by time, where it is not already in
  // time order (a stable sort, so equal times keep the input order).
  stable_radix_sort(keys, [](const Key& k) { return k.card_id; });
  const auto earlier = [](const Key& a, const Key& b) { return a.review_time_ms < b.review_time_ms; };
  for (auto run = keys.begin(); run != keys.end();) {
    const auto run_end = std::find_if(run, keys.end(),
                                      [&](const Key& k) { return k.card_id != run->card_id; });
    if (!std::is_sorted(run, run_end, earlier)) std::stable_sort(run, run_end, earlier);
    run = run_end;
  }
  std::vector<std::uint32_t> order(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
  return order;
}

// Start of the card's last contiguous block of learning-state (new or learning) entries, or
// `end` when it has none (the card is then skipped, as the fsrs-rs revlog converter does).
std::size_t last_learning_block_start(std::span<const ReviewLogEntry> entries,
                                      const std::vector<std::uint32_t>& order, std::size_t begin,
                                      std::size_t end) {
  std::size_t start = end;
  for (std::size_t i = end; i-- > begin;) {
    if (is_learning_state(entries[order[i]])) {
      start = i;
    } else if (start != end) {
      break;
    }
  }
  return start;
}

// Appends one card's history; returns false (and appends nothing) if it has no target.
bool append_card(std::span<const ReviewLogEntry> entries, const std::vector<std::uint32_t>& order,
                 std::size_t begin, std::size_t end, const sched::DayClock& clock,
                 PreparedData& data, std::vector<Target>& targets) {
  const auto first = static_cast<std::uint32_t>(data.reviews.size());
  const std::size_t targets_before = targets.size();
  std::int64_t previous_day = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const ReviewLogEntry& entry = entries[order[i]];
    // Whole seconds, truncated as fsrs-rs's converter does, then the study day of the clock.
    const std::int64_t day = clock.day_number(sched::TimePoint{sched::Seconds{entry.review_time_ms / 1000}});
    HistoryReview review;
    review.rating = entry.rating;
    if (i > begin) review.elapsed_days = static_cast<std::uint32_t>(std::max<std::int64_t>(0, day - previous_day));
    previous_day = day;
    if (review.elapsed_days > 0) {
      targets.push_back({entry.review_time_ms, entry.card_id,
                         static_cast<std::uint32_t>(data.reviews.size())});
    }
    data.reviews.push_back(review);
  }
  if (targets.size() == targets_before) {
    data.reviews.resize(first);
    return false;
  }
  data.cards.push_back({entries[order[begin]].card_id, first,
                        static_cast<std::uint32_t>(data.reviews.size() - first)});
  return true;
}

FirstInterval first_interval(const PreparedData& data, const CardHistory& card) {
  const HistoryReview* reviews = &data.reviews[card.first];
  for (std::uint32_t k = 1; k < card.count; ++k) {
    if (reviews[k].elapsed_days > 0) return {reviews[0].rating, reviews[k].elapsed_days};
  }
  return {reviews[0].rating, 0};
}

// Drops outlier cards, compacting reviews and cards and remapping the targets.
void remove_outliers(PreparedData& data, std::vector<Target>& targets) {
  std::vector<FirstInterval> firsts;
  firsts.reserve(data.cards.size());
  for (const CardHistory& card : data.cards) firsts.push_back(first_interval(data, card));
  const std::vector<bool> is_outlier = find_outlier_cards(firsts);

  // New position of every kept review; removed ones map to UINT32_MAX.
  std::vector<std::uint32_t> new_index(data.reviews.size(), UINT32_MAX);
  std::size_t kept_cards = 0;
  std::uint32_t next_review = 0;
  for (std::size_t c = 0; c < data.cards.size(); ++c) {
    if (is_outlier[c]) continue;
    CardHistory card = data.cards[c];
    for (std::uint32_t k = 0; k < card.count; ++k) {
      new_index[card.first + k] = next_review;
      data.reviews[next_review++] = data.reviews[card.first + k];
    }
    card.first = next_review - card.count;
    data.cards[kept_cards++] = card;
  }
  data.removed_card_count = data.cards.size() - kept_cards;
  data.cards.resize(kept_cards);
  data.reviews.resize(next_review);
  std::erase_if(targets, [&](const Target& t) { return new_index[t.review_index] == UINT32_MAX; });
  for (Target& t : targets) t.review_index = new_index[t.review_index];
}

// fsrs-rs recency weights (dataset.rs): 0.25 + 0.75·(i/(n−1))³ over the items in time order,
// computed in single precision as fsrs-rs does.
void assign_recency_weights(PreparedData& data, std::vector<Target>& targets) {
  const auto before = [](const Target& a, const Target& b) {
    if (a.review_time_ms != b.review_time_ms) return a.review_time_ms < b.review_time_ms;
    if (a.card_id != b.card_id) return card_id_text_less(a.card_id, b.card_id);
    return a.review_index < b.review_index;
  };
  // By time with a radix sort; the rare runs of equal times are then put in full order.
  stable_radix_sort(targets, [](const Target& t) { return t.review_time_ms; });
  for (std::size_t i = 0; i < targets.size();) {
    std::size_t j = i + 1;
    while (j < targets.size() && targets[j].review_time_ms == targets[i].review_time_ms) ++j;
    if (j - i > 1) std::sort(targets.begin() + static_cast<std::ptrdiff_t>(i),
                             targets.begin() + static_cast<std::ptrdiff_t>(j), before);
    i = j;
  }
  const float length = std::max(static_cast<float>(targets.size()) - 1.0f, 1.0f);
  std::size_t recalled = 0;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const float ratio = static_cast<float>(i) / length;
    HistoryReview& review = data.reviews[targets[i].review_index];
    review.weight = 0.25f + 0.75f * ratio * ratio * ratio;
    if (review.rating > 1) ++recalled;
  }
  data.target_count = targets.size();
  data.average_recall =
      targets.empty() ? 0.0 : static_cast<double>(recalled) / static_cast<double>(targets.size());
}

}  // namespace

PreparedData prepare_data(std::span<const ReviewLogEntry> entries, const sched::DayClock& clock,
                          const std::function<bool(std::int64_t)>& include_card) {
  const std::vector<std::uint32_t> order = order_by_card(entries, include_card);
  PreparedData data;
  data.reviews.reserve(order.size());
  std::vector<Target> targets;
  for (std::size_t begin = 0; begin < order.size();) {
    std::size_t end = begin;
    while (end < order.size() && entries[order[end]].card_id == entries[order[begin]].card_id) {
      ++end;
    }
    const std::size_t start = last_learning_block_start(entries, order, begin, end);
    if (start < end) append_card(entries, order, start, end, clock, data, targets);
    begin = end;
  }
  remove_outliers(data, targets);
  assign_recency_weights(data, targets);
  data.reviews.shrink_to_fit();
  return data;
}

bool is_held_out_card(std::int64_t card_id, std::uint64_t seed) {
  // splitmix64 of (card id + (seed + 1)·golden ratio); one card in five is held out.
  return mix64(static_cast<std::uint64_t>(card_id) + (seed + 1) * kGoldenGamma) % 5 == 0;
}

}  // namespace factdeck::optim
