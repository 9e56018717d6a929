#pragma once
// Opening or reloading a deck on a worker thread, so that building a large article never freezes
// the window: the view shows the job's progress until the deck library installs the result. The
// job is shared between the library (which starts, polls and reads it) and the worker. Loads
// asked for while one runs wait in a queue (PendingDeckLoad) and run one after the other.
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

#include "base/result.hpp"
#include "state/deck_id.hpp"
#include "state/loaded_deck.hpp"

namespace factdeck::state {

/// A deck waiting for its turn to be opened or reloaded.
struct PendingDeckLoad {
  std::filesystem::path path;
  std::optional<DeckId> reload_of;  // the open deck being reloaded (Ctrl+R), if any
  friend bool operator==(const PendingDeckLoad&, const PendingDeckLoad&) = default;
};

struct DeckLoadJob {
  std::filesystem::path path;
  std::optional<DeckId> reload_of;           // the open deck being reloaded (Ctrl+R), if any
  std::atomic<std::size_t> facts_done{0};    // written by the worker, read by the view
  std::atomic<std::size_t> facts_total{0};   // 0 until the article is parsed
  std::optional<Result<LoadedDeck>> result;  // written by the worker before `has_result`
  std::atomic<bool> has_result{false};
};

/// Parses and builds the deck at `path` (a .facts.md source or a built .json deck) with its
/// lookups; `on_progress(facts done, facts total)` is called now and then on the calling thread.
[[nodiscard]] Result<LoadedDeck> load_loaded_deck(
    const std::filesystem::path& path,
    const std::function<void(std::size_t, std::size_t)>& on_progress = {});

/// Starts loading `job->path` on a worker thread; the thread only touches `job`.
[[nodiscard]] std::thread start_deck_load(std::shared_ptr<DeckLoadJob> job);

}  // namespace factdeck::state
