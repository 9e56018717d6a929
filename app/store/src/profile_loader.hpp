#pragma once
// Loading a profile directory: snapshot + journal, with fallback to backups. Private to store/.
#include <cstdint>
#include <filesystem>

#include "base/result.hpp"
#include "store/file_io.hpp"
#include "store/profile.hpp"

namespace factdeck::store {

struct LoadedProfile {
  ProfileData data;
  RecoveryReport report;
  std::uint64_t generation = 0;           // the newest generation seen
  std::uint64_t journal_valid_bytes = 0;  // where appends continue, when !must_compact
  bool must_compact = false;              // the files must be rewritten before the next append
  bool is_new = false;                    // nothing existed: a brand-new profile
};

/// Loads the profile in `dir`. With `may_repair` (a ReadWrite open, lock held) damaged files are
/// moved aside and a backup is taken before a migration; otherwise nothing on disk changes.
[[nodiscard]] Result<LoadedProfile> load_profile(const std::filesystem::path& dir, bool may_repair,
                                                 sched::TimePoint now, FileWriter& writer);

}  // namespace factdeck::store
