#include "state/deck_load_job.hpp"

#include <utility>

#include "state/deck_loading.hpp"

namespace factdeck::state {

Result<LoadedDeck> load_loaded_deck(const std::filesystem::path& path,
                                    const std::function<void(std::size_t, std::size_t)>& on_progress) {
  Result<quizgen::Deck> deck = load_deck(path, on_progress);
  if (!deck) return Unexpected{deck.error()};
  return make_loaded_deck(std::move(deck).value(), path);
}

std::thread start_deck_load(std::shared_ptr<DeckLoadJob> job) {
  return std::thread([job = std::move(job)] {
    job->result = load_loaded_deck(job->path, [&job](std::size_t done, std::size_t total) {
      job->facts_total = total;
      job->facts_done = done;
    });
    job->has_result = true;
  });
}

}  // namespace factdeck::state
