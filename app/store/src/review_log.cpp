#include "store/review_log.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace factdeck::store {

static_assert(std::is_trivially_copyable_v<PackedReview> && sizeof(PackedReview) == 112,
              "PackedReview is stored byte for byte; its layout is part of the file format");
static_assert(sizeof(PackedState) == 80 && sizeof(ExplicitBefore) == 88);
static_assert(std::endian::native == std::endian::little,
              "snapshots store rows in little-endian byte order");

namespace {

constexpr std::uint8_t kHasMemory = 1u << 0;
constexpr std::uint8_t kHasLastReview = 1u << 1;
constexpr std::uint8_t kIsSuspended = 1u << 2;
constexpr std::uint8_t kIsFlagged = 1u << 3;

constexpr std::uint8_t kIsPractice = 1u << 0;
constexpr std::uint8_t kHasExplicitBefore = 1u << 1;
constexpr std::uint8_t kHasGiven = 1u << 2;

std::int64_t to_secs(sched::TimePoint time) { return time.time_since_epoch().count(); }
sched::TimePoint from_secs(std::int64_t secs) { return sched::TimePoint{sched::Seconds{secs}}; }

}  // namespace

PackedState pack_state(const sched::ItemState& state) {
  PackedState packed;
  if (state.memory) {
    packed.stability_days = state.memory->stability_days;
    packed.difficulty = state.memory->difficulty;
    packed.flags |= kHasMemory;
  }
  packed.ease = state.sm2.ease;
  packed.sm2_interval_days = state.sm2.interval_days;
  packed.sm2_repetition = state.sm2.repetition;
  packed.scheduled_days = state.scheduled_days;
  packed.due_secs = to_secs(state.due);
  if (state.last_review) {
    packed.last_review_secs = to_secs(*state.last_review);
    packed.flags |= kHasLastReview;
  }
  packed.step = state.step;
  packed.reps = state.reps;
  packed.lapses = state.lapses;
  packed.phase = static_cast<std::uint8_t>(state.phase);
  if (state.is_suspended) packed.flags |= kIsSuspended;
  if (state.is_flagged) packed.flags |= kIsFlagged;
  return packed;
}

sched::ItemState unpack_state(const PackedState& packed) {
  sched::ItemState state;
  state.phase = static_cast<sched::Phase>(packed.phase);
  if (packed.flags & kHasMemory) {
    state.memory = sched::MemoryState{packed.stability_days, packed.difficulty};
  }
  state.sm2 = sched::Sm2State{packed.ease, packed.sm2_interval_days, packed.sm2_repetition};
  state.due = from_secs(packed.due_secs);
  if (packed.flags & kHasLastReview) state.last_review = from_secs(packed.last_review_secs);
  state.step = packed.step;
  state.reps = packed.reps;
  state.lapses = packed.lapses;
  state.scheduled_days = packed.scheduled_days;
  state.is_suspended = (packed.flags & kIsSuspended) != 0;
  state.is_flagged = (packed.flags & kIsFlagged) != 0;
  return state;
}

sched::ItemState ReviewLog::implied_before(const PackedReview& row) const {
  if (row.prev_index == kNoRow) return sched::ItemState{};
  return unpack_state(this->row(row.prev_index).after);
}

ReviewRecord ReviewLog::at(std::size_t index) const {
  const PackedReview& row = this->row(index);
  ReviewRecord record;
  record.item = ItemId{row.item};
  record.question_kind = row.question_kind;
  record.time = from_secs(row.time_secs);
  record.grade = static_cast<sched::Grade>(row.grade);
  record.answer_ms = row.answer_ms;
  record.after = unpack_state(row.after);
  record.deck_id = decks_[row.deck_index];
  record.is_practice = (row.flags & kIsPractice) != 0;
  if (row.flags & kHasExplicitBefore) {
    const auto found = std::lower_bound(
        befores_.begin(), befores_.end(), index,
        [](const ExplicitBefore& entry, std::size_t wanted) { return entry.row < wanted; });
    record.before = unpack_state(found->state);
  } else {
    record.before = implied_before(row);
  }
  if (const GivenAnswer* given = this->given(index)) record.given = *given;
  return record;
}

bool ReviewLog::is_practice(std::size_t index) const { return (row(index).flags & kIsPractice) != 0; }

const GivenAnswer* ReviewLog::given(std::size_t index) const {
  if (!(row(index).flags & kHasGiven)) return nullptr;
  const auto found = std::lower_bound(givens_.begin(), givens_.end(), index,
                                      [](const GivenRow& entry, std::size_t wanted) { return entry.row < wanted; });
  return &found->given;
}

std::uint32_t ReviewLog::last_row_of(std::uint64_t item) {
  if (!is_last_row_built_) {
    last_row_.clear();
    for (std::uint32_t i = 0; i < size(); ++i) {
      if (!(row(i).flags & kIsPractice)) last_row_[row(i).item] = i;
    }
    is_last_row_built_ = true;
  }
  const auto found = last_row_.find(item);
  return found == last_row_.end() ? kNoRow : found->second;
}

std::optional<std::uint16_t> ReviewLog::deck_index_of(const std::string& deck_id) {
  const auto found = std::find(decks_.begin(), decks_.end(), deck_id);
  if (found != decks_.end()) return static_cast<std::uint16_t>(found - decks_.begin());
  if (decks_.size() >= 0xFFFFu) return std::nullopt;
  decks_.push_back(deck_id);
  return static_cast<std::uint16_t>(decks_.size() - 1);
}

bool ReviewLog::append(const ReviewRecord& record) {
  if (size() >= kNoRow - 1) return false;
  const auto deck_index = deck_index_of(record.deck_id);
  if (!deck_index) return false;
  PackedReview row;
  row.after = pack_state(record.after);
  row.item = record.item.value;
  row.time_secs = to_secs(record.time);
  row.answer_ms = record.answer_ms;
  row.prev_index = last_row_of(record.item.value);
  row.deck_index = *deck_index;
  row.question_kind = record.question_kind;
  row.grade = static_cast<std::uint8_t>(record.grade);
  if (record.is_practice) row.flags |= kIsPractice;
  const auto index = static_cast<std::uint32_t>(size());
  if (implied_before(row) != record.before) {
    row.flags |= kHasExplicitBefore;
    befores_.push_back(ExplicitBefore{index, 0, pack_state(record.before)});
  }
  if (record.given) {
    row.flags |= kHasGiven;
    givens_.push_back(GivenRow{index, *record.given});
  }
  rows_.push_back(row);
  if (!record.is_practice) last_row_[row.item] = index;
  return true;
}

void ReviewLog::pop_back() {
  const auto index = static_cast<std::uint32_t>(size() - 1);
  const PackedReview row = this->row(index);
  if (!befores_.empty() && befores_.back().row == index) befores_.pop_back();
  if (!givens_.empty() && givens_.back().row == index) givens_.pop_back();
  if (rows_.empty()) {
    base_rows_ = base_rows_.first(base_rows_.size() - 1);
  } else {
    rows_.pop_back();
  }
  if (is_last_row_built_ && !(row.flags & kIsPractice)) {
    if (row.prev_index == kNoRow) {
      last_row_.erase(row.item);
    } else {
      last_row_[row.item] = row.prev_index;
    }
  }
}

void ReviewLog::assign(std::span<const PackedReview> rows, std::shared_ptr<const void> owner,
                       std::vector<ExplicitBefore> befores, std::vector<std::string> decks,
                       std::vector<GivenRow> givens) {
  std::size_t next_before = 0;
  std::size_t next_given = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const PackedReview& row = rows[i];
    const bool bad_prev = row.prev_index != kNoRow && row.prev_index >= i;
    if (bad_prev || row.deck_index >= decks.size() || row.grade < 1 || row.grade > 4 ||
        row.after.phase > 3) {
      throw std::runtime_error("review " + std::to_string(i) + " is inconsistent");
    }
    if (row.flags & kHasExplicitBefore) {
      if (next_before >= befores.size() || befores[next_before].row != i) {
        throw std::runtime_error("review " + std::to_string(i) + " lacks its before state");
      }
      ++next_before;
    }
    if (row.flags & kHasGiven) {
      if (next_given >= givens.size() || givens[next_given].row != i) {
        throw std::runtime_error("review " + std::to_string(i) + " lacks its given answer");
      }
      ++next_given;
    }
  }
  if (next_before != befores.size()) throw std::runtime_error("stray before states");
  if (next_given != givens.size()) throw std::runtime_error("stray given answers");
  base_owner_ = std::move(owner);
  base_rows_ = rows;
  rows_.clear();
  befores_ = std::move(befores);
  givens_ = std::move(givens);
  decks_ = std::move(decks);
  last_row_.clear();
  is_last_row_built_ = false;
}

bool operator==(const ReviewLog& a, const ReviewLog& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!(a.at(i) == b.at(i))) return false;
  }
  return true;
}

}  // namespace factdeck::store
