#include "outlier_filter.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace factdeck::optim {

namespace {

struct Group {
  std::uint32_t elapsed_days = 0;
  std::size_t count = 0;
};

// Within one first rating: visit groups from the smallest (ties: shortest interval first) and
// remove them while the removed total stays under max(20, total/20); of the rest, keep groups of
// at least 6 cards whose interval is at most 100 days (365 after Easy), remove the others.
std::set<std::uint32_t> removed_intervals(std::uint8_t rating, std::vector<Group> groups) {
  std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    if (a.count != b.count) return a.count < b.count;
    return a.elapsed_days < b.elapsed_days;
  });
  std::size_t total = 0;
  for (const Group& g : groups) total += g.count;
  const std::size_t threshold = std::max<std::size_t>(20, total / 20);
  const std::uint32_t max_days = rating == 4 ? 365 : 100;
  std::set<std::uint32_t> removed;
  std::size_t removed_count = 0;
  for (const Group& g : groups) {
    if (removed_count + g.count >= threshold) {
      if (g.count < 6 || g.elapsed_days > max_days) removed.insert(g.elapsed_days);
    } else {
      removed_count += g.count;
      removed.insert(g.elapsed_days);
    }
  }
  return removed;
}

}  // namespace

std::vector<bool> find_outlier_cards(std::span<const FirstInterval> cards) {
  std::array<std::map<std::uint32_t, std::size_t>, 5> counts;
  for (const FirstInterval& card : cards) ++counts[card.first_rating][card.elapsed_days];
  std::array<std::set<std::uint32_t>, 5> removed;
  for (std::uint8_t rating = 1; rating <= 4; ++rating) {
    std::vector<Group> groups;
    for (const auto& [days, count] : counts[rating]) groups.push_back({days, count});
    removed[rating] = removed_intervals(rating, std::move(groups));
  }
  std::vector<bool> is_outlier(cards.size());
  for (std::size_t i = 0; i < cards.size(); ++i) {
    is_outlier[i] = removed[cards[i].first_rating].count(cards[i].elapsed_days) > 0;
  }
  return is_outlier;
}

}  // namespace factdeck::optim
