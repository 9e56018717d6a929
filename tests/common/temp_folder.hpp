#pragma once
// Fixtures every test layer uses: a fresh temporary folder removed at the end of the scope, and
// the small deck the command and state tests study.
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace factdeck::testing {

/// A fresh folder `<parent>/factdeck-<tag>-XXXXXX`, removed with everything in it afterwards.
class TempFolder {
 public:
  explicit TempFolder(const std::string& tag,
                      const std::filesystem::path& parent = std::filesystem::temp_directory_path()) {
    std::string pattern = (parent / ("factdeck-" + tag + "-XXXXXX")).string();
    path_ = ::mkdtemp(pattern.data());
  }
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Four facts of two spans each (eight items); the Berlin fact is on line 9.
inline constexpr const char* kCapitalsDeck =
    "---\n"
    "title: Capitals\n"
    "id: capitals\n"
    "---\n"
    "\n"
    "# Europe\n"
    "\n"
    "- [Paris]{place@capitals} is the capital of [France]{place@countries}. {#paris}\n"
    "- [Berlin]{place@capitals} is the capital of [Germany]{place@countries}. {#berlin}\n"
    "- [Rome]{place@capitals} is the capital of [Italy]{place@countries}. {#rome}\n"
    "- [Madrid]{place@capitals} is the capital of [Spain]{place@countries}. {#madrid}\n";

}  // namespace factdeck::testing
