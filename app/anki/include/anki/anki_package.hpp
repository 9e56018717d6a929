#pragma once
// An Anki package as plain data: note types, notes, their cards and, optionally, each card's
// scheduling and review history. The .apkg reader and writer (apkg_file.hpp) translate it to and
// from Anki's SQLite collection (schema 11, the "legacy" layout every Anki since 2.1 imports);
// deck_notes.hpp builds one from a factdeck deck. Column meanings: docs/anki.md.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "scheduler/item_state.hpp"

namespace factdeck::anki {

/// Anki's two kinds of note type: one card per template, or one card per cloze number.
enum class NoteKind { Standard = 0, Cloze = 1 };

/// A note type ("model"): its fields and its one card template (Cloze types have exactly one;
/// the standard types we write and read have one too).
struct NoteType {
  std::int64_t id = 0;
  std::string name;
  NoteKind kind = NoteKind::Standard;
  std::vector<std::string> fields;
  std::string question_format;  // e.g. "{{Front}}" or "{{cloze:Text}}"
  std::string answer_format;
  std::string css;
  friend bool operator==(const NoteType&, const NoteType&) = default;
};

/// A card's scheduling in Anki's own terms (the `cards` table).
struct CardSchedule {
  std::int32_t type = 0;   // 0 new, 1 learning, 2 review, 3 relearning
  std::int32_t queue = 0;  // type, or -1 when suspended
  std::int64_t due = 0;    // new: position; review: day number from col.crt; (re)learning: epoch secs
  std::int32_t interval_days = 0;
  std::int32_t factor_permille = 0;  // SM-2 ease × 1000 (2500 = 250%); 0 for a new card
  std::int32_t reps = 0;
  std::int32_t lapses = 0;
  std::int32_t flags = 0;  // 1 red flag
  std::optional<sched::MemoryState> memory;  // FSRS stability and difficulty, in cards.data
  friend bool operator==(const CardSchedule&, const CardSchedule&) = default;
};

/// One answer in Anki's review log (the `revlog` table).
struct PastReview {
  std::int64_t time_ms = 0;          // when (also the row id in Anki)
  std::int32_t ease = 3;             // 1 Again .. 4 Easy
  std::int32_t interval = 0;         // days when positive, seconds when negative (learning)
  std::int32_t last_interval = 0;
  std::int32_t factor_permille = 0;
  std::int32_t taken_ms = 0;         // answer time
  std::int32_t type = 0;             // 0 learning, 1 review, 2 relearning
  friend bool operator==(const PastReview&, const PastReview&) = default;
};

/// One card of a note: which template or cloze number (0-based), and its scheduling.
struct Card {
  std::int32_t ord = 0;
  std::optional<CardSchedule> schedule;  // empty: a new card
  std::vector<PastReview> reviews;
  friend bool operator==(const Card&, const Card&) = default;
};

struct Note {
  std::string guid;         // stable across exports: Anki updates a note with the same guid
  std::int64_t type_id = 0;  // NoteType::id
  std::vector<std::string> fields;  // one per field of its type, HTML as Anki stores it
  std::vector<std::string> tags;    // without spaces ("::" separates levels)
  std::vector<Card> cards;
  friend bool operator==(const Note&, const Note&) = default;
};

struct Package {
  std::string deck_name;  // "::" separates levels
  std::int64_t day_zero_secs = 0;  // col.crt: review cards are due `due` days after it; 0: today
  std::vector<NoteType> note_types;
  std::vector<Note> notes;
  friend bool operator==(const Package&, const Package&) = default;
};

/// The note type a note uses, or nullptr when the package has none with that id.
[[nodiscard]] const NoteType* find_note_type(const Package& package, std::int64_t id);

}  // namespace factdeck::anki
