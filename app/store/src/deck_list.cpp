#include "store/deck_list.hpp"

#include <sstream>
#include <string>

#include "store/file_io.hpp"

namespace factdeck::store {

namespace fs = std::filesystem;

namespace {
constexpr const char* kDeckListFile = "decks.list";
}  // namespace

std::vector<fs::path> read_deck_list(const fs::path& data_dir) {
  std::vector<fs::path> decks;
  Result<std::string> text = read_file(data_dir / kDeckListFile);
  if (!text) return decks;
  std::istringstream lines(*text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) decks.emplace_back(line);
  }
  return decks;
}

Result<void> write_deck_list(const fs::path& data_dir, const std::vector<fs::path>& decks) {
  std::string text;
  for (const fs::path& deck : decks) text += deck.string() + "\n";
  return write_file_atomically(data_dir / kDeckListFile, text, *posix_file_writer());
}

}  // namespace factdeck::store
