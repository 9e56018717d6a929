#pragma once
// ProfileData: everything one profile holds, and the one function that applies a journal entry
// to it. Replaying the journal over a snapshot and recording a new answer share this code.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "store/records.hpp"
#include "store/review_log.hpp"

namespace factdeck::store {

struct ProfileData {
  std::map<ItemId, ItemRecord> items;  // ordered by id, so output is deterministic
  ReviewLog reviews;
  std::map<std::string, DeckSettings> deck_settings;
  ProfileSettings settings;
  std::vector<SessionRecord> sessions;

  /// True when nothing at all has been stored (a brand-new profile).
  [[nodiscard]] bool is_empty() const;
  friend bool operator==(const ProfileData&, const ProfileData&) = default;
};

/// Checks that `entry` can be applied to `data` (e.g. an undo needs an answer to undo, and the
/// newest answer must be the one it names). Fails with ErrorCode::Conflict or Invalid.
[[nodiscard]] Result<void> check_entry(const ProfileData& data, const JournalEntry& entry);

/// Applies an entry that passed check_entry.
void apply_entry(ProfileData& data, const JournalEntry& entry);

/// The retire record that makes `deck_id`'s items match `live`: items of the deck missing from
/// `live` are retired, retired items present in `live` come back.
[[nodiscard]] RetireRecord plan_retirement(const ProfileData& data, const std::string& deck_id,
                                           const std::set<ItemId>& live);

/// Item states rebuilt from the review log (the state after each item's newest schedule-moving
/// answer), keeping the retired, suspended and flagged marks of `data.items`, which are not
/// answers.
[[nodiscard]] std::map<ItemId, ItemRecord> rebuild_items_from_log(const ProfileData& data);

}  // namespace factdeck::store
