#pragma once
// What the commands that read progress share: opening a profile and the decks, and the clock.
#include <chrono>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "os/clock.hpp"
#include "state/loaded_deck.hpp"
#include "store/profile.hpp"

namespace factdeck::cli {

/// How long a command that writes waits for another writer (a script's previous command, a
/// copy of the app) to let go of the profile before it refuses.
inline constexpr std::chrono::milliseconds kCliLockWait{3000};

/// Open options of the commands: a ReadWrite open waits up to kCliLockWait for the lock.
[[nodiscard]] store::OpenOptions cli_open_options();

/// Opens profile `name` under --data-dir (or the XDG default) in `mode`, waiting up to
/// kCliLockWait for another writer.
[[nodiscard]] Result<store::Profile> open_named_profile(std::string_view data_dir,
                                                        std::string_view name,
                                                        store::OpenMode mode,
                                                        sched::TimePoint now);

/// `extra_deck` when given (a .facts.md or .json file), the shipped decks, then the decks the
/// learner added in the app (remembered under --data-dir or the XDG default).
[[nodiscard]] Result<std::vector<state::LoadedDeck>> load_decks(std::string_view data_dir,
                                                               std::string_view extra_deck);

/// The deck `deck` names: a file (.facts.md or .json), else the id of a shipped or added deck;
/// without it, the first shipped deck. Fails with NotFound, or as loading the deck fails.
[[nodiscard]] Result<state::LoadedDeck> resolve_deck(std::string_view data_dir,
                                                     std::optional<std::string_view> deck);

/// Prints each recovery message of an opened profile to stderr, as "factdeck COMMAND: message".
void print_recovery_messages(std::string_view command, std::span<const std::string> messages);

/// The clock's current time in whole seconds (commands read the clock; the core never does).
using os::now_seconds;

}  // namespace factdeck::cli
