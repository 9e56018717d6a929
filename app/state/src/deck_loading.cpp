#include "state/deck_loading.hpp"

#include <algorithm>

#include "os/folders.hpp"
#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

namespace factdeck::state {

namespace {
// All diagnostics of a failed parse as one message, one per line, compiler style.
Error parse_failure(const quizgen::ParseOutcome& outcome, const std::filesystem::path& path) {
  std::string message = "cannot open " + path.filename().string() + ":";
  for (const quizgen::Diagnostic& diagnostic : outcome.diagnostics) {
    if (diagnostic.severity != quizgen::Severity::Error) continue;
    message += "\n" + diagnostic.file + ":" + std::to_string(diagnostic.line) + ":" +
               std::to_string(diagnostic.column) + ": " + diagnostic.message;
  }
  return Error{ErrorCode::Parse, message, path.string(), 0, 0};
}
}  // namespace

Result<quizgen::Deck> load_deck(const std::filesystem::path& path,
                                const std::function<void(std::size_t, std::size_t)>& on_progress) {
  if (path.extension() == ".json") return quizgen::load_deck_json(path.string());
  quizgen::ParseOutcome outcome = quizgen::parse_article_file(path);
  if (!outcome.article) return Unexpected{parse_failure(outcome, path)};
  quizgen::GenerateOptions options;
  options.on_progress = on_progress;
  return std::move(quizgen::build_deck(*outcome.article, options).deck);
}

std::vector<std::filesystem::path> shipped_deck_paths() {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(os::shipped_decks_dir(), error)) {
    if (entry.path().string().ends_with(".facts.md")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool is_same_file(const std::filesystem::path& a, const std::filesystem::path& b) {
  std::error_code error;
  return std::filesystem::equivalent(a, b, error);
}

std::filesystem::path default_deck_path() {
  return os::shipped_decks_dir() / "soviet-diplomacy.facts.md";
}

}  // namespace factdeck::state
