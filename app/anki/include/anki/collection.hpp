#pragma once
// Anki's collection file (SQLite, schema 11 as in Anki's rslib/src/storage/schema11.sql): the
// tables col, notes, cards, revlog and graves. Written and read with SQLite (Debian's
// libsqlite3); the zip around it is apkg_file.hpp's business.
#include <filesystem>
#include <string>

#include "anki/anki_package.hpp"
#include "base/result.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::anki {

/// Midnight UTC of `now`'s day, in epoch seconds: the collection's creation day (col.crt), from
/// which review cards' due days count, when the package does not give one.
[[nodiscard]] std::int64_t collection_day_zero(sched::TimePoint now);

/// Creates a new collection at `file` (which must not exist or be empty) holding `package` in one deck named
/// package.deck_name, with ids counted up from `now` in milliseconds as Anki does. Fails with Io
/// or Invalid (a note whose type is missing or whose field count does not match).
[[nodiscard]] Result<void> write_collection(const std::filesystem::path& file, const Package& package,
                                            sched::TimePoint now);

/// Reads the notes, note types and cards of the collection at `file`. `name` (the package, and
/// the part inside it) is used in messages. Fails with Parse when the file is not an SQLite
/// database or not an Anki collection, naming the table or JSON that is wrong.
[[nodiscard]] Result<Package> read_collection(const std::filesystem::path& file, const std::string& name);

}  // namespace factdeck::anki
