// The deck library. Loads asked for while one runs (the remembered decks at start-up, a deck the
// learner opens meanwhile) wait in `pending_`; the next one starts as soon as the previous one is
// installed, so at most one worker runs and the decks keep their order.
#include "state/deck_library.hpp"

#include <algorithm>

#include "state/deck_loading.hpp"
#include "store/deck_list.hpp"

namespace factdeck::state {

namespace fs = std::filesystem;

namespace {

fs::path absolute_path(const fs::path& file) {
  std::error_code error;
  fs::path absolute = fs::weakly_canonical(file, error);
  return error ? file : absolute;
}

bool is_shipped(const fs::path& file) {
  const std::vector<fs::path> shipped = shipped_deck_paths();
  return std::any_of(shipped.begin(), shipped.end(), [&](const fs::path& s) { return is_same_file(s, file); });
}

bool lists_file(const std::vector<fs::path>& files, const fs::path& file) {
  return std::any_of(files.begin(), files.end(), [&](const fs::path& listed) { return is_same_file(listed, file); });
}

}  // namespace

DeckLibrary::~DeckLibrary() { stop(); }

// ---- Reading ----

const LoadedDeck* DeckLibrary::find(const DeckId& id) const {
  const auto found = std::find_if(decks_.begin(), decks_.end(), [&](const LoadedDeck& deck) { return deck.deck_id == id; });
  return found == decks_.end() ? nullptr : &*found;
}

bool DeckLibrary::is_added(const DeckId& id) const {
  const LoadedDeck* deck = find(id);
  return deck != nullptr && lists_file(remembered_, deck->source_path);
}

bool DeckLibrary::is_open(const fs::path& file) const {
  return std::any_of(decks_.begin(), decks_.end(),
                     [&](const LoadedDeck& deck) { return is_same_file(deck.source_path, file); });
}

const DeckLoadJob* DeckLibrary::load_job() const { return thread_.joinable() ? job_.get() : nullptr; }

bool DeckLibrary::is_reload_pending(const DeckId& id) const {
  const bool is_running = thread_.joinable() && job_->reload_of == id;
  return is_running || std::any_of(pending_.begin(), pending_.end(),
                                   [&](const PendingDeckLoad& load) { return load.reload_of == id; });
}

// ---- Opening ----

Result<DeckId> DeckLibrary::open_now(const fs::path& path) { return install(path, load_loaded_deck(path)); }

// Reopening a deck replaces it where it is listed: the file may have changed. A remembered deck
// that fails to open stays remembered and is listed with its reason, so a damaged file never
// keeps the app from starting and the learner can retry it or drop it from the list.
Result<DeckId> DeckLibrary::install(const fs::path& path, Result<LoadedDeck> opened) {
  if (!opened) {
    if (lists_file(remembered_, path)) note_unopened(path, opened.error());
    return Unexpected{opened.error()};
  }
  std::erase_if(unopened_, [&](const UnopenedDeck& unopened) { return is_same_file(unopened.path, path); });
  LoadedDeck loaded = std::move(opened).value();
  const DeckId id = loaded.deck_id;
  const auto same_id = std::find_if(decks_.begin(), decks_.end(), [&](const LoadedDeck& open) { return open.deck_id == id; });
  if (same_id != decks_.end()) {
    *same_id = std::move(loaded);
  } else {
    decks_.push_back(std::move(loaded));
  }
  return id;
}

void DeckLibrary::note_unopened(const fs::path& path, const Error& error) {
  const auto same = std::find_if(unopened_.begin(), unopened_.end(),
                                 [&](const UnopenedDeck& unopened) { return is_same_file(unopened.path, path); });
  if (same != unopened_.end()) {
    same->error = error;
  } else {
    unopened_.push_back({path, error});
  }
}

void DeckLibrary::read_remembered(const fs::path& data_dir, Notices& notices) {
  data_dir_ = data_dir;
  if (data_dir_.empty()) return;
  const std::vector<fs::path> remembered = store::read_deck_list(data_dir_);
  for (const fs::path& file : remembered) {
    std::error_code error;
    if (fs::exists(file, error)) {
      remembered_.push_back(file);
      continue;
    }
    notices.add(Notice::Level::Warning,
                file.string() + " was not found (moved or deleted?), so it is no longer listed. Its "
                                "progress is kept in your profile: open the deck from its new place to go on.");
  }
  if (remembered_.size() != remembered.size()) (void)store::write_deck_list(data_dir_, remembered_);
}

// Building a large article takes seconds, so the remembered decks open on the worker thread, in
// the remembered order, while the window already shows the others. A build error becomes a
// notice when the load is installed; the deck stays remembered.
void DeckLibrary::queue_remembered() {
  for (const fs::path& file : remembered_) {
    if (!is_open(file)) request_open(file);
  }
}

void DeckLibrary::remember(const fs::path& file, Notices& notices) {
  if (data_dir_.empty() || is_shipped(file)) return;
  const fs::path absolute = absolute_path(file);
  if (lists_file(remembered_, absolute)) return;
  remembered_.push_back(absolute);
  if (Result<void> written = store::write_deck_list(data_dir_, remembered_); !written) {
    notices.add(Notice::Level::Warning, absolute.filename().string() + " will not be listed at the next start: " +
                                            written.error().to_string());
  }
}

void DeckLibrary::request_open(const fs::path& path) { enqueue({path, std::nullopt}); }

void DeckLibrary::request_reload(const DeckId& id) {
  if (const LoadedDeck* deck = find(id)) enqueue({deck->source_path, id});
}

void DeckLibrary::enqueue(PendingDeckLoad load) {
  // The same request already waiting would only build the same file twice.
  if (std::find(pending_.begin(), pending_.end(), load) != pending_.end()) return;
  pending_.push_back(std::move(load));
  start_next();
}

void DeckLibrary::start_next() {
  if (thread_.joinable() || pending_.empty()) return;
  job_ = std::make_shared<DeckLoadJob>();
  job_->path = std::move(pending_.front().path);
  job_->reload_of = std::move(pending_.front().reload_of);
  pending_.pop_front();
  thread_ = start_deck_load(job_);
}

// The worker was joined, so its writes to the job are visible here.
FinishedLoad DeckLibrary::finish_running() {
  const std::shared_ptr<DeckLoadJob> job = std::move(job_);
  return {job->path, job->reload_of, install(job->path, std::move(*job->result))};
}

std::optional<FinishedLoad> DeckLibrary::poll() {
  if (!thread_.joinable() || !job_->has_result) return std::nullopt;
  thread_.join();
  FinishedLoad finished = finish_running();
  start_next();
  return finished;
}

std::vector<FinishedLoad> DeckLibrary::wait() {
  std::vector<FinishedLoad> finished;
  while (thread_.joinable()) {
    thread_.join();
    finished.push_back(finish_running());
    start_next();
  }
  return finished;
}

void DeckLibrary::stop() {
  pending_.clear();
  // The generator cannot be interrupted; building even a large deck takes seconds at most.
  if (thread_.joinable()) thread_.join();
  job_.reset();
}

// ---- Removing ----

Result<void> DeckLibrary::forget(const DeckId& id) {
  if (!is_added(id)) return fail(ErrorCode::NotFound, id.str() + " is not a deck you added, so it stays listed.");
  if (Result<void> written = write_remembered_without(find(id)->source_path); !written) return written;
  std::erase_if(decks_, [&](const LoadedDeck& deck) { return deck.deck_id == id; });
  return {};
}

Result<void> DeckLibrary::forget_unopened(const fs::path& file) {
  const auto listed = std::find_if(unopened_.begin(), unopened_.end(),
                                   [&](const UnopenedDeck& unopened) { return is_same_file(unopened.path, file); });
  if (listed == unopened_.end()) return fail(ErrorCode::NotFound, file.string() + " is not a deck that failed to open.");
  if (Result<void> written = write_remembered_without(listed->path); !written) return written;
  unopened_.erase(listed);
  return {};
}

Result<void> DeckLibrary::write_remembered_without(const fs::path& file) {
  std::vector<fs::path> remembered = remembered_;
  std::erase_if(remembered, [&](const fs::path& listed) { return is_same_file(listed, file); });
  if (Result<void> written = store::write_deck_list(data_dir_, remembered); !written) {
    return fail(ErrorCode::Io, "The deck list could not be saved: " + written.error().to_string());
  }
  remembered_ = std::move(remembered);
  return {};
}

}  // namespace factdeck::state
