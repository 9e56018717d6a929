#include "state/profiles.hpp"

#include "os/folders.hpp"
#include "store/profile_paths.hpp"

namespace factdeck::state {

void Profiles::open_at_start(const std::string& data_dir, const std::string& name, sched::TimePoint now,
                             Notices& notices) {
  const Result<std::filesystem::path> resolved = os::resolve_data_dir(data_dir);
  if (!resolved) {
    notices.add(Notice::Level::Error, "Progress cannot be saved: " + resolved.error().to_string());
    return;
  }
  data_dir_ = *resolved;
  // Without --profile the app reopens the profile the learner last switched to.
  open_named(name.empty() ? store::last_profile_name(data_dir_) : name, now, notices);
}

void Profiles::open_named(const std::string& name, sched::TimePoint now, Notices& notices) {
  Result<std::filesystem::path> dir = store::profile_dir(data_dir_, name);
  if (!dir) {
    notices.add(Notice::Level::Error, "Progress cannot be saved: " + dir.error().to_string());
    return;
  }
  Result<store::Profile> opened = store::Profile::open(*dir, store::OpenMode::ReadWrite, now);
  if (!opened && opened.error().code == ErrorCode::Locked) {
    notices.add(Notice::Level::Warning, opened.error().message + " This window is read-only: answers are not saved.");
    opened = store::Profile::open(*dir, store::OpenMode::ReadOnly, now);
  }
  if (!opened) {
    notices.add(Notice::Level::Error, "Your progress could not be opened, so nothing will be saved "
                                      "and your files were left untouched: " +
                                          opened.error().to_string());
    return;
  }
  profile_ = std::move(opened).value();
  name_ = name;
  names_ = store::list_profiles(data_dir_);
  // Replaying the journal after a crash is routine; a restored backup, skipped records or a
  // damaged backup are not.
  const store::RecoveryReport& report = profile_->recovery_report();
  const bool is_routine =
      !report.restored_backup && report.journal_records_skipped == 0 && report.damaged_backups == 0;
  for (const std::string& message : report.messages) {
    notices.add(is_routine ? Notice::Level::Info : Notice::Level::Warning, message);
  }
}

Result<bool> Profiles::can_switch_to(const std::string& name) const {
  if (data_dir_.empty() || (profile_ && name == name_)) return false;
  if (Result<std::filesystem::path> dir = store::profile_dir(data_dir_, name); !dir) {
    return fail(ErrorCode::Invalid, dir.error().message);
  }
  return true;
}

void Profiles::switch_to(const std::string& name, sched::TimePoint now, Notices& notices) {
  close(now, notices);
  open_named(name, now, notices);  // a failure is a notice that says what was kept
  if (!profile_) return;
  if (!profile_->is_read_only()) {
    if (Result<void> remembered = store::remember_profile_name(data_dir_, name); !remembered) {
      notices.add(Notice::Level::Warning,
                  "The app will open the previous profile next time: " + remembered.error().to_string());
    }
  }
}

void Profiles::close(sched::TimePoint now, Notices& notices) {
  if (profile_ && !profile_->is_read_only()) {
    // Compacting on close keeps the next open from replaying a long journal.
    if (Result<void> closed = profile_->close(now); !closed) {
      notices.add(Notice::Level::Error, "Closing the profile failed (your answers are in the journal): " +
                                            closed.error().to_string());
    }
  }
  profile_.reset();
  name_.clear();
}

}  // namespace factdeck::state
