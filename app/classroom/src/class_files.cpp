#include "classroom/class_files.hpp"

#include <algorithm>
#include <utility>

#include "classroom/results_file.hpp"

namespace factdeck::classroom {

namespace fs = std::filesystem;

std::vector<fs::path> expand_results_paths(std::span<const fs::path> paths) {
  std::vector<fs::path> files;
  for (const fs::path& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      files.push_back(path);
      continue;
    }
    std::vector<fs::path> in_folder;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, error)) {
      if (entry.path().extension() == ".json") in_folder.push_back(entry.path());
    }
    std::sort(in_folder.begin(), in_folder.end());
    files.insert(files.end(), in_folder.begin(), in_folder.end());
  }
  return files;
}

Result<std::vector<ResultsFile>> read_class(std::span<const fs::path> files, const std::string& deck_id) {
  std::vector<ResultsFile> read;
  for (const fs::path& path : files) {
    Result<StudentResults> results = read_results_file(path);
    if (!results) return Unexpected{results.error()};
    if (Result<void> same = check_same_deck(*results, deck_id, path.string()); !same) return Unexpected{same.error()};
    read.push_back({path.string(), std::move(results).value()});
  }
  if (Result<void> distinct = check_distinct_students(read); !distinct) return Unexpected{distinct.error()};
  return read;
}

}  // namespace factdeck::classroom
