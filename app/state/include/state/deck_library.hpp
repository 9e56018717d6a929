#pragma once
// The deck library: the open decks, named by DeckId and listed in the order they were opened;
// the loads waiting to open or reload a deck on a worker thread (one at a time, in order); and
// the remembered list of decks the learner added (decks.list in the data folder), reopened at
// the next start. Shipped decks are always listed and never remembered.
#include <deque>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "base/result.hpp"
#include "state/deck_id.hpp"
#include "state/deck_load_job.hpp"
#include "state/loaded_deck.hpp"
#include "state/notices.hpp"

namespace factdeck::state {

/// A load the worker finished, and what became of it.
struct FinishedLoad {
  std::filesystem::path path;
  std::optional<DeckId> reload_of;  // set for a reload (Ctrl+R)
  Result<DeckId> installed;         // the deck now open under this id, or why it is not
};

/// A remembered deck whose last load failed: listed with the reason until it opens or is forgotten.
struct UnopenedDeck {
  std::filesystem::path path;
  Error error;
};

class DeckLibrary {
 public:
  DeckLibrary() = default;
  DeckLibrary(DeckLibrary&&) noexcept = default;
  DeckLibrary& operator=(DeckLibrary&&) = delete;  // the worker would need stopping first
  ~DeckLibrary();

  // ---- Reading ----
  [[nodiscard]] const std::vector<LoadedDeck>& decks() const { return decks_; }
  /// The open deck named `id`, or nullptr.
  [[nodiscard]] const LoadedDeck* find(const DeckId& id) const;
  /// True for a deck the learner added (it can be removed from the list); false for shipped ones.
  [[nodiscard]] bool is_added(const DeckId& id) const;
  /// True when an open deck was read from `file`.
  [[nodiscard]] bool is_open(const std::filesystem::path& file) const;
  /// The load running on the worker thread, if any (for its progress bar).
  [[nodiscard]] const DeckLoadJob* load_job() const;
  /// The loads waiting after load_job(), in the order they will run.
  [[nodiscard]] const std::deque<PendingDeckLoad>& pending_loads() const { return pending_; }
  [[nodiscard]] bool is_loading() const { return thread_.joinable(); }
  /// The remembered decks that did not open (damaged, unreadable), in the remembered order.
  [[nodiscard]] const std::vector<UnopenedDeck>& unopened() const { return unopened_; }
  /// True when a running or waiting load reloads deck `id`.
  [[nodiscard]] bool is_reload_pending(const DeckId& id) const;

  // ---- Opening ----
  /// Opens `path` on this thread (start-up), replacing an open deck with the same id.
  [[nodiscard]] Result<DeckId> open_now(const std::filesystem::path& path);
  /// Reads decks.list in `data_dir`, which keeps the list from now on (nowhere when empty); a
  /// remembered file that is gone is dropped from the list, with a warning.
  void read_remembered(const std::filesystem::path& data_dir, Notices& notices);
  /// Queues every remembered deck that is not open yet, in the remembered order.
  void queue_remembered();
  /// Adds `file` to decks.list (a warning when it cannot be written); shipped decks are skipped.
  void remember(const std::filesystem::path& file, Notices& notices);
  /// Opens `path` on the worker thread, after the loads already queued.
  void request_open(const std::filesystem::path& path);
  /// Re-reads deck `id`'s file on the worker thread; its progress is kept.
  void request_reload(const DeckId& id);
  /// Installs the load the worker finished, if any, and starts the next one.
  [[nodiscard]] std::optional<FinishedLoad> poll();
  /// Waits for every queued load, installing each (tests, scripts, start-up in tests).
  [[nodiscard]] std::vector<FinishedLoad> wait();
  /// Drops the queued loads and waits for the running one, which is not installed.
  void stop();

  // ---- Removing ----
  /// Forgets added deck `id`: it leaves decks.list and the open decks (its progress stays).
  /// Fails with NotFound for a deck that is not an added one, Io when decks.list is not written.
  [[nodiscard]] Result<void> forget(const DeckId& id);
  /// Forgets remembered `file` that did not open. Fails with NotFound when it is not one of
  /// unopened(), Io when decks.list is not written.
  [[nodiscard]] Result<void> forget_unopened(const std::filesystem::path& file);

 private:
  Result<DeckId> install(const std::filesystem::path& path, Result<LoadedDeck> loaded);
  void note_unopened(const std::filesystem::path& path, const Error& error);
  Result<void> write_remembered_without(const std::filesystem::path& file);
  void enqueue(PendingDeckLoad load);
  void start_next();
  FinishedLoad finish_running();

  std::filesystem::path data_dir_;
  std::vector<LoadedDeck> decks_;
  std::vector<std::filesystem::path> remembered_;
  std::vector<UnopenedDeck> unopened_;
  std::shared_ptr<DeckLoadJob> job_;
  std::thread thread_;
  std::deque<PendingDeckLoad> pending_;  // not empty only while thread_ runs
};

}  // namespace factdeck::state
