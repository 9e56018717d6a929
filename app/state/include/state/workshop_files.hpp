#pragma once
// The workshop's files: the teacher's text is read and never written; the facts file goes next
// to it (moon.txt → moon.facts.md), written atomically, and a version on disk that this
// workshop did not write is copied aside before it is replaced. A pasted text is kept as a file
// first, so it survives a crash. The facts file is followed: edited in the teacher's editor, it
// is read again.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "scheduler/item_state.hpp"
#include "state/workshop.hpp"
#include "store/file_io.hpp"

namespace factdeck::state {

struct WorkshopDocument {
  Workshop workshop;
  std::filesystem::path text_file;    // the teacher's text (or the pasted text kept as a file)
  std::filesystem::path facts_file;   // where the facts file is saved
  std::string disk_text;              // the facts file as last read or written ("" when none)
  std::string written_text;           // what this workshop last wrote there ("" before a save)
  std::optional<std::filesystem::file_time_type> disk_mtime;  // of the facts file then

  /// True when saving would change the facts file.
  [[nodiscard]] bool has_unsaved_changes() const;
};

/// NAME.facts.md next to `text_file` (moon.txt → moon.facts.md, notes.md → notes.facts.md);
/// a .facts.md file is its own facts file.
[[nodiscard]] std::filesystem::path facts_path_for(const std::filesystem::path& text_file);

/// Reads `file` (a plain text, Markdown, or a facts file to go on with) and proposes tags.
/// NotFound or Io when it cannot be read, Invalid when it is empty.
[[nodiscard]] Result<WorkshopDocument> open_workshop_file(const std::filesystem::path& file);

/// Keeps `text` as pasted-YYYYMMDD-HHMMSS.txt in `dir` (created when missing), then opens it.
/// Invalid for an empty text, Io when it cannot be written.
[[nodiscard]] Result<WorkshopDocument> open_pasted_text(std::string_view text, const std::filesystem::path& dir,
                                                        sched::TimePoint now, store::FileWriter& writer);

/// Writes the facts file atomically. A file there that this workshop did not write (the
/// teacher's own, or edited since) is first copied to NAME.facts.md.bak-YYYYMMDD-HHMMSS; returns
/// that backup's path when one was made. On failure the file on disk is untouched.
[[nodiscard]] Result<std::optional<std::filesystem::path>> save_workshop(WorkshopDocument& document,
                                                                        sched::TimePoint now,
                                                                        store::FileWriter& writer);

/// Reads the facts file again when it changed on disk since it was last read or written and
/// holds other text: its tags are kept, new proposals are open, and the decisions and their undo
/// start afresh. Returns true when it was read again; Io when it changed but cannot be read.
[[nodiscard]] Result<bool> follow_workshop_file(WorkshopDocument& document);

}  // namespace factdeck::state
