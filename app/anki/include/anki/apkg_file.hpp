#pragma once
// The .apkg file: a zip (Debian's libzip) holding the collection as `collection.anki2` and a
// `media` file (a JSON map of the media files it carries; we carry none). This is the package
// every Anki since 2.1 imports ("legacy 1" in Anki's rslib/src/import_export/package/meta.rs).
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

/// Reads an .apkg (collection.anki21 preferred over collection.anki2, as Anki does). Fails with
/// Io when unreadable, Parse naming the file when it is not a zip, holds no collection, holds only
/// the newer compressed format (collection.anki21b), or the collection is not Anki's.
[[nodiscard]] Result<Package> read_apkg(const std::filesystem::path& path);

}  // namespace factdeck::anki
