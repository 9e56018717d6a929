#pragma once
// The .apkg file: a zip (Debian's libzip) holding the collection as `collection.anki2` and a
// `media` file (a JSON map of the media files it carries; we carry none). This is the package
// every Anki since 2.1 imports ("legacy 1" in Anki's rslib/src/import_export/package/meta.rs).
#include <cstdint>
#include <filesystem>
#include <string>

#include "anki/anki_package.hpp"
#include "base/result.hpp"
#include "scheduler/item_state.hpp"

namespace factdeck::anki {

/// Writes `package` to `path` (replaced only once the whole file is written; the work is done in
/// `path`'s folder). Fails with Io or Invalid; no partial file is left behind.
[[nodiscard]] Result<void> write_apkg(const std::filesystem::path& path, const Package& package,
                                      sched::TimePoint now);

/// The largest collection read out of a package (uncompressed). A zip member can claim, or inflate
/// to, far more than its packed size (a "zip bomb"); text-only collections of 100,000 cards are
/// about 100 MiB.
inline constexpr std::uint64_t kMaxCollectionBytes = std::uint64_t{512} << 20;

/// Reads an .apkg (collection.anki21 preferred over collection.anki2, as Anki does). Fails with
/// Io when unreadable, Parse naming the file when it is not a zip, holds no collection, holds only
/// the newer compressed format (collection.anki21b), or the collection is not Anki's; Invalid when
/// the collection claims or inflates to more than `max_collection_bytes` (nothing is kept).
[[nodiscard]] Result<Package> read_apkg(const std::filesystem::path& path,
                                        std::uint64_t max_collection_bytes = kMaxCollectionBytes);

}  // namespace factdeck::anki
