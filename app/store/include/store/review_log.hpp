#pragma once
// ReviewLog: every answer ever given, in order, stored compactly. The append-only log is the
// source of truth of a profile; item states are a cache of it.
//
// Layout: one fixed 112-byte row per answer holding the state *after* the answer. The state
// *before* is implicit: it equals the state after the previous schedule-moving answer to the same
// item (row.prev_index), or the default new-item state when there is none. The rare answer whose
// `before` differs from that (e.g. an imported history with gaps) keeps an explicit copy.
// Rows are trivially copyable: a snapshot stores them byte for byte after its cereal part, and an
// opened snapshot's rows are used in place from the memory-mapped file (the "base" rows); new
// answers go to an in-memory tail. This keeps opening a 1,000,000-answer profile fast.
// What the learner was shown and answered (GivenAnswer, variable length) is kept beside the rows,
// for the rows that have one.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/records.hpp"

namespace factdeck::store {

/// sched::ItemState with a fixed layout and no implicit padding (80 bytes).
struct PackedState {
  double stability_days = 0.0;
  double difficulty = 0.0;
  double ease = 0.0;
  double sm2_interval_days = 0.0;
  double scheduled_days = 0.0;
  std::int64_t due_secs = 0;
  std::int64_t last_review_secs = 0;
  std::int32_t sm2_repetition = 0;
  std::uint32_t step = 0;
  std::uint32_t reps = 0;
  std::uint32_t lapses = 0;
  std::uint8_t phase = 0;
  std::uint8_t flags = 0;  // kHasMemory | kHasLastReview | kIsSuspended | kIsFlagged
  std::uint8_t padding[6] = {};
};

/// One answer, as stored (112 bytes).
struct PackedReview {
  PackedState after;
  std::uint64_t item = 0;
  std::int64_t time_secs = 0;
  std::uint32_t answer_ms = 0;
  std::uint32_t prev_index = 0;  // previous schedule-moving row of the same item, or kNoRow
  std::uint16_t deck_index = 0;  // into ReviewLog::decks()
  std::uint8_t question_kind = 0;
  std::uint8_t grade = 0;
  std::uint8_t flags = 0;  // kIsPractice | kHasExplicitBefore | kHasGiven
  std::uint8_t padding[3] = {};
};

/// A `before` state that is not implied by the previous row.
struct ExplicitBefore {
  std::uint32_t row = 0;
  std::uint32_t padding = 0;
  PackedState state;
};

/// The given answer of one row (rows flagged kHasGiven); kept beside the fixed-size rows.
struct GivenRow {
  std::uint32_t row = 0;
  GivenAnswer given;
  friend bool operator==(const GivenRow&, const GivenRow&) = default;
};

inline constexpr std::uint32_t kNoRow = 0xFFFFFFFFu;

[[nodiscard]] PackedState pack_state(const sched::ItemState& state);
[[nodiscard]] sched::ItemState unpack_state(const PackedState& packed);

class ReviewLog {
 public:
  [[nodiscard]] std::size_t size() const { return base_rows_.size() + rows_.size(); }
  [[nodiscard]] bool empty() const { return size() == 0; }

  /// The full record of answer `index` (0 = oldest), with its `before` state rebuilt.
  [[nodiscard]] ReviewRecord at(std::size_t index) const;
  /// The item, time and practice flag of answer `index`, without rebuilding the states.
  [[nodiscard]] const PackedReview& row(std::size_t index) const {
    return index < base_rows_.size() ? base_rows_[index] : rows_[index - base_rows_.size()];
  }
  [[nodiscard]] const std::vector<std::string>& decks() const { return decks_; }

  /// Appends one answer. Fails (returns false) only past 2^32-1 answers or 65535 decks.
  [[nodiscard]] bool append(const ReviewRecord& record);
  /// Removes the newest answer (undo). The log must not be empty.
  void pop_back();

  /// Raw parts, for the snapshot: the rows are base_rows() followed by tail_rows().
  [[nodiscard]] std::span<const PackedReview> base_rows() const { return base_rows_; }
  [[nodiscard]] std::span<const PackedReview> tail_rows() const { return rows_; }
  [[nodiscard]] const std::vector<ExplicitBefore>& explicit_befores() const { return befores_; }
  [[nodiscard]] const std::vector<GivenRow>& given_rows() const { return givens_; }
  /// Whether answer `index` was given in a practice test (logged only).
  [[nodiscard]] bool is_practice(std::size_t index) const;
  /// The given answer of answer `index`, or nullptr when it was recorded without one.
  [[nodiscard]] const GivenAnswer* given(std::size_t index) const;
  /// Replaces the log with `rows` used in place (kept valid by `owner`, e.g. a memory-mapped
  /// file). Checks every index; throws std::runtime_error when the parts are inconsistent.
  void assign(std::span<const PackedReview> rows, std::shared_ptr<const void> owner,
              std::vector<ExplicitBefore> befores, std::vector<std::string> decks,
              std::vector<GivenRow> givens = {});

  friend bool operator==(const ReviewLog& a, const ReviewLog& b);

 private:
  [[nodiscard]] std::uint32_t last_row_of(std::uint64_t item);
  [[nodiscard]] std::optional<std::uint16_t> deck_index_of(const std::string& deck_id);
  [[nodiscard]] sched::ItemState implied_before(const PackedReview& row) const;

  std::shared_ptr<const void> base_owner_;  // keeps base_rows_ valid
  std::span<const PackedReview> base_rows_;
  std::vector<PackedReview> rows_;       // answers after base_rows_
  std::vector<ExplicitBefore> befores_;  // sorted by row
  std::vector<GivenRow> givens_;         // sorted by row
  std::vector<std::string> decks_;
  // Built on the first append after a load, so opening a large profile stays fast.
  std::unordered_map<std::uint64_t, std::uint32_t> last_row_;
  bool is_last_row_built_ = false;
};

}  // namespace factdeck::store
