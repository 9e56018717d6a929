#pragma once
// The learner's progress: the data folder, the profile open in it (one per learner; the app
// reopens the one last switched to), and the names of the others to switch to.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "state/notices.hpp"
#include "store/profile.hpp"

namespace factdeck::state {

class Profiles {
 public:
  /// Finds the data folder (`data_dir`, else the XDG one) and opens profile `name` in it (empty:
  /// the one last switched to). A profile locked by another window opens read-only; problems
  /// become notices and leave no profile open, so nothing is saved.
  void open_at_start(const std::string& data_dir, const std::string& name, sched::TimePoint now,
                     Notices& notices);
  /// True when switching to profile `name` would change anything (false for the open profile or
  /// without a data folder); fails with Invalid for a name that cannot be a profile's.
  [[nodiscard]] Result<bool> can_switch_to(const std::string& name) const;
  /// Closes the open profile (compacting its journal), then opens profile `name` (a new one by
  /// that name when it does not exist) and makes it the one the app reopens (when it opened
  /// for writing); check can_switch_to() first.
  void switch_to(const std::string& name, sched::TimePoint now, Notices& notices);
  /// Closes the open profile, compacting its journal so that the next open is quick.
  void close(sched::TimePoint now, Notices& notices);

  [[nodiscard]] store::Profile* profile() { return profile_ ? &*profile_ : nullptr; }
  [[nodiscard]] const store::Profile* profile() const { return profile_ ? &*profile_ : nullptr; }
  /// True when answers cannot be saved (no profile, or one another window holds).
  [[nodiscard]] bool is_read_only() const { return !profile_ || profile_->is_read_only(); }
  /// The open profile's name (empty when none could be opened) and every profile's name.
  [[nodiscard]] const std::string& name() const { return name_; }
  [[nodiscard]] const std::vector<std::string>& names() const { return names_; }
  /// Where the profiles and the list of added decks live; empty when it could not be found.
  [[nodiscard]] const std::filesystem::path& data_dir() const { return data_dir_; }

 private:
  void open_named(const std::string& name, sched::TimePoint now, Notices& notices);

  std::optional<store::Profile> profile_;
  std::filesystem::path data_dir_;
  std::string name_;
  std::vector<std::string> names_;
};

}  // namespace factdeck::state
