// The workshop's files: reading the teacher's text, keeping a pasted one, saving the facts file
// with a backup of a version this workshop did not write, and following it on disk.
#include "state/workshop_files.hpp"

#include <system_error>

namespace factdeck::state {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFactsExtension = ".facts.md";

bool ends_with(std::string_view text, std::string_view tail) {
  return text.size() >= tail.size() && text.substr(text.size() - tail.size()) == tail;
}

std::optional<fs::file_time_type> modified_time(const fs::path& file) {
  std::error_code error;
  const fs::file_time_type time = fs::last_write_time(file, error);
  if (error) return std::nullopt;
  return time;
}

/// The facts file as it is on disk now ("" when there is none yet).
Result<std::string> read_if_present(const fs::path& file) {
  Result<std::string> read = store::read_file(file);
  if (!read && read.error().code == ErrorCode::NotFound) return std::string();
  return read;
}

WorkshopDocument make_document(std::string_view text, fs::path text_file, fs::path facts_file, std::string disk_text) {
  WorkshopDocument document{
      .workshop = Workshop::from_text(text, facts_file.filename().string()),
      .text_file = std::move(text_file),
      .facts_file = std::move(facts_file),
      .disk_text = std::move(disk_text),
      .written_text = {},
      .disk_mtime = std::nullopt,
  };
  document.disk_mtime = modified_time(document.facts_file);
  return document;
}

}  // namespace

bool WorkshopDocument::has_unsaved_changes() const { return workshop.facts_text() != disk_text; }

fs::path facts_path_for(const fs::path& text_file) {
  const std::string name = text_file.filename().string();
  if (ends_with(name, kFactsExtension)) return text_file;
  return text_file.parent_path() / (text_file.stem().string() + std::string(kFactsExtension));
}

Result<WorkshopDocument> open_workshop_file(const fs::path& file) {
  Result<std::string> text = store::read_file(file);
  if (!text) return Unexpected{text.error()};
  if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
    return fail(ErrorCode::Invalid, file.filename().string() + " is empty: there is nothing to tag.");
  }
  const fs::path facts_file = facts_path_for(file);
  Result<std::string> on_disk = read_if_present(facts_file);
  if (!on_disk) return Unexpected{on_disk.error()};
  // A text whose facts file exists goes on from that file, where the earlier decisions are.
  const std::string start = on_disk->empty() ? *text : *on_disk;
  return make_document(start, file, facts_file, std::move(on_disk).value());
}

Result<WorkshopDocument> open_pasted_text(std::string_view text, const fs::path& dir, sched::TimePoint now,
                                          store::FileWriter& writer) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return fail(ErrorCode::Invalid, "The pasted text is empty: there is nothing to tag.");
  }
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return fail(ErrorCode::Io, "cannot create " + dir.string() + ": " + error.message());
  const fs::path file = dir / ("pasted-" + store::compact_timestamp(now) + ".txt");
  if (Result<void> kept = store::write_file_atomically(file, text, writer); !kept) return Unexpected{kept.error()};
  return open_workshop_file(file);
}

Result<std::optional<fs::path>> save_workshop(WorkshopDocument& document, sched::TimePoint now,
                                              store::FileWriter& writer) {
  const std::string text = document.workshop.facts_text();
  Result<std::string> on_disk = read_if_present(document.facts_file);
  if (!on_disk) return Unexpected{on_disk.error()};
  std::optional<fs::path> backup;
  if (!on_disk->empty() && *on_disk != document.written_text && *on_disk != text) {
    backup = fs::path(document.facts_file.string() + ".bak-" + store::compact_timestamp(now));
    if (Result<void> copied = store::write_file_atomically(*backup, *on_disk, writer); !copied) {
      return Unexpected{copied.error()};
    }
  }
  if (Result<void> written = store::write_file_atomically(document.facts_file, text, writer); !written) {
    return Unexpected{written.error()};
  }
  document.disk_text = text;
  document.written_text = text;
  document.disk_mtime = modified_time(document.facts_file);
  return backup;
}

Result<bool> follow_workshop_file(WorkshopDocument& document) {
  const std::optional<fs::file_time_type> mtime = modified_time(document.facts_file);
  if (!mtime || mtime == document.disk_mtime) return false;
  Result<std::string> text = store::read_file(document.facts_file);
  if (!text) return Unexpected{text.error()};
  document.disk_mtime = mtime;
  if (*text == document.disk_text) return false;
  document.workshop = Workshop::from_text(*text, document.facts_file.filename().string());
  document.disk_text = std::move(text).value();
  return true;
}

}  // namespace factdeck::state
