#include "store/profile_data.hpp"

#include <type_traits>

#include "store/profile_check.hpp"

namespace factdeck::store {

bool ProfileData::is_empty() const {
  return items.empty() && reviews.empty() && deck_settings.empty() && sessions.empty() &&
         settings == ProfileSettings{};
}

namespace {

Result<void> check_review(const ProfileData& data, const ReviewRecord& review) {
  const auto grade = static_cast<int>(review.grade);
  if (grade < 1 || grade > 4) {
    return fail(ErrorCode::Invalid, "grade " + std::to_string(grade) + " is not 1-4");
  }
  if (data.reviews.size() >= kNoRow - 1) {
    return fail(ErrorCode::Invalid, "the review log is full (2^32 answers)");
  }
  return {};
}

Result<void> check_undo(const ProfileData& data, const UndoRecord& undo) {
  if (data.reviews.empty()) return fail(ErrorCode::Conflict, "there is no answer to undo");
  const PackedReview& newest = data.reviews.row(data.reviews.size() - 1);
  if (newest.item != undo.item.value || newest.time_secs != undo.time.time_since_epoch().count()) {
    return fail(ErrorCode::Conflict, "the newest answer is not the one to undo (item " +
                                         to_hex(undo.item) + ")");
  }
  return {};
}

void apply_review(ProfileData& data, const ReviewRecord& review) {
  const bool appended = data.reviews.append(review);
  (void)appended;  // check_review guarantees room in the log
  if (review.is_practice) return;
  ItemRecord& item = data.items[review.item];
  item.state = review.after;
  item.deck_id = review.deck_id;
}

void apply_undo(ProfileData& data) {
  const std::size_t newest_index = data.reviews.size() - 1;
  const ReviewRecord newest = data.reviews.at(newest_index);
  const bool was_first_answer = data.reviews.row(newest_index).prev_index == kNoRow;
  data.reviews.pop_back();
  if (newest.is_practice) return;
  const auto item = data.items.find(newest.item);
  if (item == data.items.end()) return;
  // An item back to never-answered is absent from the map, as if it had never been answered;
  // one that was suspended or flagged before its first answer keeps those marks.
  if (was_first_answer && !item->second.is_retired && newest.before == sched::ItemState{}) {
    data.items.erase(item);
  } else {
    item->second.state = newest.before;
  }
}

void apply_item_flags(ProfileData& data, const ItemFlagsRecord& record) {
  const auto [found, is_new] = data.items.try_emplace(record.item);
  ItemRecord& item = found->second;
  if (is_new) item.deck_id = record.deck_id;
  item.state.is_suspended = record.is_suspended;
  item.state.is_flagged = record.is_flagged;
  // Unmarking a never-answered item leaves no entry behind, as if it had never been touched.
  if (item.state == sched::ItemState{} && !item.is_retired) data.items.erase(found);
}

void apply_recompute(ProfileData& data, const RecomputeRecord& record) {
  data.deck_settings[record.deck_id] = record.settings;
  for (std::size_t i = 0; i < record.items.size(); ++i) {
    const auto [found, is_new] = data.items.try_emplace(record.items[i]);
    if (is_new) found->second.deck_id = record.deck_id;
    found->second.state = record.states[i];
  }
}

void apply_retire(ProfileData& data, const RetireRecord& record) {
  for (ItemId id : record.retired) data.items[id].is_retired = true;
  for (ItemId id : record.restored) data.items[id].is_retired = false;
}

}  // namespace

Result<void> check_entry(const ProfileData& data, const JournalEntry& entry) {
  // Values the app cannot produce never reach the profile, from the journal or from a caller.
  if (auto problem = find_entry_problem(entry)) return fail(ErrorCode::Invalid, "implausible record: " + *problem);
  if (const auto* review = std::get_if<ReviewRecord>(&entry)) return check_review(data, *review);
  if (const auto* undo = std::get_if<UndoRecord>(&entry)) return check_undo(data, *undo);
  return {};
}

void apply_entry(ProfileData& data, const JournalEntry& entry) {
  std::visit(
      [&data](const auto& record) {
        using T = std::decay_t<decltype(record)>;
        if constexpr (std::is_same_v<T, ReviewRecord>) {
          apply_review(data, record);
        } else if constexpr (std::is_same_v<T, UndoRecord>) {
          apply_undo(data);
        } else if constexpr (std::is_same_v<T, SessionRecord>) {
          data.sessions.push_back(record);
        } else if constexpr (std::is_same_v<T, DeckSettingsRecord>) {
          data.deck_settings[record.deck_id] = record.settings;
        } else if constexpr (std::is_same_v<T, ProfileSettings>) {
          data.settings = record;
        } else if constexpr (std::is_same_v<T, ItemFlagsRecord>) {
          apply_item_flags(data, record);
        } else if constexpr (std::is_same_v<T, RecomputeRecord>) {
          apply_recompute(data, record);
        } else {
          apply_retire(data, record);
        }
      },
      entry);
}

RetireRecord plan_retirement(const ProfileData& data, const std::string& deck_id,
                             const std::set<ItemId>& live) {
  RetireRecord record;
  record.deck_id = deck_id;
  for (const auto& [id, item] : data.items) {
    if (item.deck_id != deck_id) continue;
    const bool is_live = live.contains(id);
    if (!is_live && !item.is_retired) record.retired.push_back(id);
    if (is_live && item.is_retired) record.restored.push_back(id);
  }
  return record;
}

std::map<ItemId, ItemRecord> rebuild_items_from_log(const ProfileData& data) {
  std::map<ItemId, ItemRecord> items;
  for (std::size_t i = 0; i < data.reviews.size(); ++i) {
    const PackedReview& row = data.reviews.row(i);
    if (data.reviews.at(i).is_practice) continue;
    ItemRecord& item = items[ItemId{row.item}];
    item.state = unpack_state(row.after);
    item.deck_id = data.reviews.decks()[row.deck_index];
  }
  // Retirement and the learner's suspended/flagged marks are journal records of their own, not
  // answers, so they come from `data.items` (also for marked items never answered).
  for (const auto& [id, cached] : data.items) {
    auto rebuilt = items.find(id);
    if (rebuilt == items.end()) {
      if (!cached.state.is_suspended && !cached.state.is_flagged) continue;
      rebuilt = items.emplace(id, ItemRecord{sched::ItemState{}, cached.deck_id, false}).first;
    }
    rebuilt->second.is_retired = cached.is_retired;
    rebuilt->second.state.is_suspended = cached.state.is_suspended;
    rebuilt->second.state.is_flagged = cached.state.is_flagged;
  }
  return items;
}

}  // namespace factdeck::store
