#include "anki/apkg_file.hpp"

#include <zip.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <unistd.h>

#include "anki/collection.hpp"

namespace factdeck::anki {

namespace {

// A file in a folder that is removed when this goes out of scope (the collection while it is
// zipped or read).
class TempFile {
 public:
  explicit TempFile(const std::filesystem::path& folder) {
    std::string pattern = (folder / ".factdeck-anki-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd >= 0) {
      close(fd);
      path_ = pattern;
    }
  }
  /// Takes charge of `path`, which something else creates.
  static TempFile named(std::filesystem::path path) { return TempFile(std::move(path), 0); }
  TempFile(TempFile&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove(path_, ignored);
  }
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] bool is_created() const { return !path_.empty(); }

 private:
  TempFile(std::filesystem::path path, int) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

std::string zip_error_text(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

Result<void> zip_collection(const std::filesystem::path& zip_path, const std::filesystem::path& collection) {
  int code = 0;
  ZipPtr archive(zip_open(zip_path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code));
  if (!archive) return fail(ErrorCode::Io, "cannot create the zip: " + zip_error_text(code), zip_path.string());
  zip_source_t* db = zip_source_file(archive.get(), collection.c_str(), 0, -1);
  if (!db || zip_file_add(archive.get(), "collection.anki2", db, ZIP_FL_ENC_UTF_8) < 0) {
    if (db) zip_source_free(db);
    return fail(ErrorCode::Io, std::string("cannot add the collection: ") + zip_strerror(archive.get()), zip_path.string());
  }
  static const char kNoMedia[] = "{}";
  zip_source_t* media = zip_source_buffer(archive.get(), kNoMedia, sizeof kNoMedia - 1, 0);
  if (!media || zip_file_add(archive.get(), "media", media, ZIP_FL_ENC_UTF_8) < 0) {
    if (media) zip_source_free(media);
    return fail(ErrorCode::Io, std::string("cannot add the media list: ") + zip_strerror(archive.get()), zip_path.string());
  }
  // zip_close writes the archive; on success it also frees it, so the guard lets go first.
  zip_t* raw = archive.release();
  if (zip_close(raw) != 0) {
    const std::string why = zip_strerror(raw);
    zip_discard(raw);
    return fail(ErrorCode::Io, "cannot write the zip: " + why, zip_path.string());
  }
  return {};
}

// The member holding the collection: Anki 2.1.28+ writes collection.anki21 next to a placeholder
// collection.anki2 that only tells old versions to upgrade, so the newer one wins.
Result<std::string> collection_member(zip_t* archive, const std::string& name) {
  for (const char* member : {"collection.anki21", "collection.anki2"}) {
    if (zip_name_locate(archive, member, 0) >= 0) return std::string(member);
  }
  if (zip_name_locate(archive, "collection.anki21b", 0) >= 0) {
    return fail(ErrorCode::Parse,
                name + ": holds only Anki's newer compressed collection (collection.anki21b); export it "
                       "from Anki again with \"Support older Anki versions\" ticked",
                name);
  }
  return fail(ErrorCode::Parse, name + ": is a zip but holds no Anki collection (collection.anki2)", name);
}

// "3 MiB" from a whole MiB up, else "N bytes".
std::string size_text(std::uint64_t bytes) {
  return bytes >= (std::uint64_t{1} << 20) ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

Unexpected too_large(const std::string& name, const std::string& member, const std::string& what, std::uint64_t limit) {
  return fail(ErrorCode::Invalid,
              name + ": " + member + " " + what + "; factdeck reads collections of up to " + size_text(limit) +
                  " (a zip bomb, or a collection too large to import); nothing was imported",
              name);
}

// Refuses a member whose stated size is over the limit before a byte of it is inflated.
Result<void> check_claimed_size(zip_t* archive, const std::string& member, const std::string& name, std::uint64_t limit) {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive, member.c_str(), 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) return {};
  if (stat.size <= limit) return {};
  return too_large(name, member, "claims " + size_text(stat.size) + " uncompressed", limit);
}

// Copies the member to `to`, stopping past `limit` bytes: the stated size can lie.
Result<void> extract_member(zip_t* archive, const std::string& member, const std::filesystem::path& to,
                            const std::string& name, std::uint64_t limit) {
  zip_file_t* file = zip_fopen(archive, member.c_str(), 0);
  if (!file) return fail(ErrorCode::Parse, name + ": cannot read " + member + ": " + zip_strerror(archive), name);
  std::ofstream out(to, std::ios::binary | std::ios::trunc);
  char buffer[1 << 16];
  zip_int64_t got = 0;
  std::uint64_t total = 0;
  while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
    total += static_cast<std::uint64_t>(got);
    if (total > limit) break;
    out.write(buffer, static_cast<std::streamsize>(got));
  }
  const bool read_ok = got >= 0;
  const std::string why = read_ok ? std::string() : zip_file_strerror(file);
  zip_fclose(file);
  out.flush();
  if (total > limit) return too_large(name, member, "inflates to more than " + size_text(limit), limit);
  if (!read_ok) return fail(ErrorCode::Parse, name + ": " + member + " is damaged: " + why, name);
  if (!out) return fail(ErrorCode::Io, "cannot write a temporary copy of " + member, to.string());
  return {};
}

}  // namespace

Result<void> write_apkg(const std::filesystem::path& path, const Package& package, sched::TimePoint now) {
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  TempFile collection(folder);
  if (!collection.is_created()) {
    return fail(ErrorCode::Io, "cannot create a temporary file next to the package", path.string());
  }
  // The empty file mkstemp made is a valid empty SQLite database for write_collection to fill.
  // libzip creates the zip itself (and gives it the usual permissions), under a name as unique.
  const TempFile zipped = TempFile::named(collection.path().string() + ".apkg");
  if (Result<void> written = write_collection(collection.path(), package, now); !written) return written;
  if (Result<void> done = zip_collection(zipped.path(), collection.path()); !done) return done;
  std::error_code ec;
  std::filesystem::rename(zipped.path(), path, ec);
  if (ec) return fail(ErrorCode::Io, "cannot replace the file: " + ec.message(), path.string());
  return {};
}

Result<Package> read_apkg(const std::filesystem::path& path, std::uint64_t max_collection_bytes) {
  const std::string name = path.string();
  int code = 0;
  ZipPtr archive(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
  if (!archive) {
    const ErrorCode kind = code == ZIP_ER_NOENT || code == ZIP_ER_OPEN || code == ZIP_ER_READ ? ErrorCode::Io
                                                                                              : ErrorCode::Parse;
    const std::string what = kind == ErrorCode::Io ? "cannot read it" : "not an Anki package (not a zip archive)";
    return fail(kind, name + ": " + what + ": " + zip_error_text(code), name);
  }
  Result<std::string> member = collection_member(archive.get(), name);
  if (!member) return Unexpected{member.error()};
  if (Result<void> fits = check_claimed_size(archive.get(), *member, name, max_collection_bytes); !fits) {
    return Unexpected{fits.error()};
  }
  TempFile copy(std::filesystem::temp_directory_path());
  if (!copy.is_created()) return fail(ErrorCode::Io, "cannot create a temporary file to read the collection", name);
  if (Result<void> done = extract_member(archive.get(), *member, copy.path(), name, max_collection_bytes); !done) {
    return Unexpected{done.error()};
  }
  return read_collection(copy.path(), name + " (" + *member + ")");
}

}  // namespace factdeck::anki
