#include "store/profile_paths.hpp"

#include <algorithm>
#include <string>

#include "store/file_io.hpp"

namespace factdeck::store {

namespace fs = std::filesystem;

Result<fs::path> profile_dir(const fs::path& data_dir, std::string_view profile_name) {
  const bool is_bad = profile_name.empty() || profile_name == "." || profile_name == ".." ||
                      profile_name.find_first_of("/\\") != std::string_view::npos;
  if (is_bad) {
    return fail(ErrorCode::Invalid, "'" + std::string(profile_name) +
                                        "' is not a profile name (no slashes, not . or ..)");
  }
  return data_dir / "profiles" / std::string(profile_name);
}

std::vector<std::string> list_profiles(const fs::path& data_dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(data_dir / "profiles", error)) {
    if (entry.is_directory(error)) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

namespace {
constexpr std::string_view kLastProfileFile = "last-profile";
}  // namespace

std::string last_profile_name(const fs::path& data_dir) {
  Result<std::string> text = read_file(data_dir / kLastProfileFile);
  if (!text) return std::string(kDefaultProfileName);
  std::string name = *text;
  while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
  return profile_dir(data_dir, name) ? name : std::string(kDefaultProfileName);
}

Result<void> remember_profile_name(const fs::path& data_dir, std::string_view profile_name) {
  return write_file_atomically(data_dir / kLastProfileFile, std::string(profile_name) + "\n",
                               *posix_file_writer());
}

}  // namespace factdeck::store
