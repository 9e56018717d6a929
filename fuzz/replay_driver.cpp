// The fuzz smoke driver for builds without libFuzzer (GCC: the Release and the ASan+UBSan builds
// of the test command). Linked with one target's LLVMFuzzerTestOneInput, it
//   1. replays every file of the given corpus folders (the seeds and the past crash inputs),
//   2. then feeds a fixed number of mutants of them (bit flips, byte inserts and deletes, integer
//      and token overwrites, truncations, splices of two corpus files) drawn from a fixed seed,
// so each run tries the same inputs and a failure can be repeated. A crash, a sanitizer report or
// a leak ends the run; for a crash or a sanitizer report the input is written to
// fuzz_replay_TARGET.crash-input in the working folder and its place in the run is printed, ready
// for the libFuzzer build (docs/fuzzing.md).
//
// usage: fuzz_replay_TARGET [--mutations N] [--seed S] [--max-bytes B] CORPUS_DIR_OR_FILE...
//
// Index: ---- Crash record ---- ---- Mutations ---- ---- Corpus ---- ---- Run ----
#include <algorithm>
#include <array>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "base/prng.hpp"

#if defined(__SANITIZE_ADDRESS__) && __has_include(<sanitizer/common_interface_defs.h>)
#include <sanitizer/common_interface_defs.h>
#define FACTDECK_HAS_DEATH_CALLBACK 1
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

using Bytes = std::vector<std::uint8_t>;

// ---- Crash record ----
// What is being tried right now, kept where a signal handler can reach it without allocating.
struct CurrentInput {
  const std::uint8_t* data = nullptr;
  std::size_t size = 0;
  std::array<char, 512> label{};
  std::array<char, 256> crash_path{};
  volatile std::sig_atomic_t recorded = 0;
};
CurrentInput g_current;

void write_all(int fd, const void* data, std::size_t size) {
  const char* bytes = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t written = ::write(fd, bytes, size);
    if (written <= 0) return;
    bytes += written;
    size -= static_cast<std::size_t>(written);
  }
}

void write_text(int fd, const char* text) { write_all(fd, text, std::strlen(text)); }

// Only async-signal-safe calls: it runs from a signal handler or the sanitizer's death callback.
void record_crash() {
  if (g_current.recorded || g_current.data == nullptr) return;
  g_current.recorded = 1;
  write_text(2, "\n== fuzz replay: the failing input was ");
  write_text(2, g_current.label.data());
  const int fd = ::open(g_current.crash_path.data(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd >= 0) {
    write_all(fd, g_current.data, g_current.size);
    ::close(fd);
    write_text(2, "; written to ");
    write_text(2, g_current.crash_path.data());
  }
  write_text(2, "\n");
}

extern "C" void on_fatal_signal(int signal_number) {
  record_crash();
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

void install_crash_record(const std::string& program_name) {
  const std::string path = program_name + ".crash-input";
  std::snprintf(g_current.crash_path.data(), g_current.crash_path.size(), "%s", path.c_str());
  for (const int signal_number : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) {
    std::signal(signal_number, on_fatal_signal);
  }
#ifdef FACTDECK_HAS_DEATH_CALLBACK
  // ASan and UBSan end the process without a signal unless abort_on_error is set.
  __sanitizer_set_death_callback(record_crash);
#endif
}

// ---- Mutations ----
// Values that make readers take their edge paths: JSON and Markdown tokens, numbers past every
// range, a zero with a far exponent (RapidJSON's clz(0)), broken UTF-8, comment and span marks.
constexpr std::array<std::string_view, 26> kTokens = {
    "-1", "0", "1e309", "-1e309", "0e-222", "NaN", "null", "true", "\"\"", "[]", "{}",
    "18446744073709551616", "-9223372036854775809", "4294967296", "\xc3\x28", "\xff\xfe",
    "[", "{", "]", "}", ",", ":", "<!--", "]{", "{person}", "\r"};

// Little-endian integers at the edges of each width, for the binary formats' counts and sizes.
constexpr std::array<std::uint64_t, 8> kIntegers = {
    0, 1, 0x7f, 0xff, 0x7fffffff, 0x80000000, 0x7fffffffffffffff, 0xffffffffffffffff};

std::size_t position_in(const Bytes& bytes, factdeck::SplitMix64& rng) {
  return bytes.empty() ? 0 : rng.below(bytes.size());
}

void flip_bit(Bytes& bytes, factdeck::SplitMix64& rng) {
  if (bytes.empty()) return;
  bytes[position_in(bytes, rng)] ^= static_cast<std::uint8_t>(1U << rng.below(8));
}

void insert_random_bytes(Bytes& bytes, factdeck::SplitMix64& rng) {
  const std::size_t at = bytes.empty() ? 0 : rng.below(bytes.size() + 1);
  Bytes inserted(1 + rng.below(8));
  for (std::uint8_t& byte : inserted) byte = static_cast<std::uint8_t>(rng.next());
  bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), inserted.begin(), inserted.end());
}

void insert_token(Bytes& bytes, factdeck::SplitMix64& rng) {
  const std::string_view token = kTokens[rng.below(kTokens.size())];
  const std::size_t at = bytes.empty() ? 0 : rng.below(bytes.size() + 1);
  bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), token.begin(), token.end());
}

// Replaces the number (or the byte) at a random place with a token: a value out of range where a
// reader expected a plain number.
void overwrite_with_token(Bytes& bytes, factdeck::SplitMix64& rng) {
  if (bytes.empty()) return insert_token(bytes, rng);
  std::size_t begin = position_in(bytes, rng);
  std::size_t end = begin + 1;
  const auto is_number_byte = [](std::uint8_t byte) {
    return (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == 'e';
  };
  while (begin > 0 && is_number_byte(bytes[begin - 1])) --begin;
  while (end < bytes.size() && is_number_byte(bytes[end])) ++end;
  const std::string_view token = kTokens[rng.below(kTokens.size())];
  bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(begin),
              bytes.begin() + static_cast<std::ptrdiff_t>(end));
  bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(begin), token.begin(), token.end());
}

void overwrite_integer(Bytes& bytes, factdeck::SplitMix64& rng) {
  const std::size_t width = std::size_t{1} << rng.below(4);  // 1, 2, 4 or 8 bytes
  if (bytes.size() < width) return flip_bit(bytes, rng);
  const std::size_t at = rng.below(bytes.size() - width + 1);
  const std::uint64_t value = kIntegers[rng.below(kIntegers.size())];
  for (std::size_t i = 0; i < width; ++i) {
    bytes[at + i] = static_cast<std::uint8_t>(value >> (8 * i));
  }
}

void delete_range(Bytes& bytes, factdeck::SplitMix64& rng) {
  if (bytes.empty()) return;
  const std::size_t at = position_in(bytes, rng);
  const std::size_t count = 1 + rng.below(std::min<std::size_t>(16, bytes.size() - at));
  bytes.erase(bytes.begin() + static_cast<std::ptrdiff_t>(at),
              bytes.begin() + static_cast<std::ptrdiff_t>(at + count));
}

// Copies a run of the input somewhere else in it: repeats brackets, records, list items.
void duplicate_range(Bytes& bytes, factdeck::SplitMix64& rng) {
  if (bytes.empty()) return;
  const std::size_t from = position_in(bytes, rng);
  const std::size_t count = 1 + rng.below(std::min<std::size_t>(64, bytes.size() - from));
  const Bytes run(bytes.begin() + static_cast<std::ptrdiff_t>(from),
                  bytes.begin() + static_cast<std::ptrdiff_t>(from + count));
  const std::size_t at = rng.below(bytes.size() + 1);
  bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), run.begin(), run.end());
}

void truncate(Bytes& bytes, factdeck::SplitMix64& rng) {
  if (!bytes.empty()) bytes.resize(rng.below(bytes.size()));
}

// The head of this input followed by the tail of another corpus file.
void splice(Bytes& bytes, const std::vector<Bytes>& corpus, factdeck::SplitMix64& rng) {
  const Bytes& other = corpus[rng.below(corpus.size())];
  const std::size_t keep = bytes.empty() ? 0 : rng.below(bytes.size() + 1);
  const std::size_t from = other.empty() ? 0 : rng.below(other.size() + 1);
  bytes.resize(keep);
  bytes.insert(bytes.end(), other.begin() + static_cast<std::ptrdiff_t>(from), other.end());
}

void mutate_once(Bytes& bytes, const std::vector<Bytes>& corpus, factdeck::SplitMix64& rng) {
  switch (rng.below(10)) {
    case 0:
    case 1: return flip_bit(bytes, rng);
    case 2: return insert_random_bytes(bytes, rng);
    case 3: return insert_token(bytes, rng);
    case 4: return overwrite_with_token(bytes, rng);
    case 5: return overwrite_integer(bytes, rng);
    case 6: return delete_range(bytes, rng);
    case 7: return duplicate_range(bytes, rng);
    case 8: return truncate(bytes, rng);
    default: return splice(bytes, corpus, rng);
  }
}

// ---- Corpus ----
Bytes read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Every regular file of the folders (sorted by name, so the run is the same everywhere) and the
// files named directly.
std::vector<std::filesystem::path> corpus_files(const std::vector<std::string>& roots) {
  std::vector<std::filesystem::path> files;
  for (const std::string& root : roots) {
    if (!std::filesystem::is_directory(root)) {
      files.emplace_back(root);
      continue;
    }
    std::vector<std::filesystem::path> in_folder;
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
      if (entry.is_regular_file()) in_folder.push_back(entry.path());
    }
    std::sort(in_folder.begin(), in_folder.end());
    files.insert(files.end(), in_folder.begin(), in_folder.end());
  }
  return files;
}

// ---- Run ----
struct Options {
  std::size_t mutations = 2000;
  std::uint64_t seed = 18;
  std::size_t max_bytes = 1 << 20;
  std::vector<std::string> roots;
};

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--mutations" && has_value) {
      options.mutations = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--seed" && has_value) {
      options.seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--max-bytes" && has_value) {
      options.max_bytes = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg.starts_with("--")) {
      return false;
    } else {
      options.roots.emplace_back(arg);
    }
  }
  return !options.roots.empty();
}

void run_one(const Bytes& bytes, const std::string& label) {
  std::snprintf(g_current.label.data(), g_current.label.size(), "%s", label.c_str());
  g_current.data = bytes.data();
  g_current.size = bytes.size();
  (void)LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
  g_current.data = nullptr;  // a leak found at exit belongs to no single input
}

// One to four mutations stacked on a corpus file; the label says how to get the same input again.
void run_mutants(const std::vector<Bytes>& corpus, const Options& options) {
  factdeck::SplitMix64 rng(options.seed);
  for (std::size_t i = 0; i < options.mutations; ++i) {
    Bytes bytes = corpus[rng.below(corpus.size())];
    const std::size_t rounds = 1 + rng.below(4);
    for (std::size_t round = 0; round < rounds; ++round) mutate_once(bytes, corpus, rng);
    if (bytes.size() > options.max_bytes) bytes.resize(options.max_bytes);
    run_one(bytes, "mutant " + std::to_string(i) + " of --seed " + std::to_string(options.seed));
  }
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) {
    std::fprintf(stderr,
                 "usage: %s [--mutations N] [--seed S] [--max-bytes B] CORPUS_DIR_OR_FILE...\n",
                 argv[0]);
    return 2;
  }
  install_crash_record(std::filesystem::path(argv[0]).filename().string());
  std::vector<Bytes> corpus;
  std::size_t corpus_bytes = 0;
  for (const std::filesystem::path& file : corpus_files(options.roots)) {
    corpus.push_back(read_file(file));
    corpus_bytes += corpus.back().size();
    run_one(corpus.back(), "corpus file " + file.string());
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "no corpus files in the given folders\n");
    return 2;
  }
  run_mutants(corpus, options);
  std::printf("replayed %zu corpus files (%zu bytes) and %zu mutants (seed %llu): no failure\n",
              corpus.size(), corpus_bytes, options.mutations,
              static_cast<unsigned long long>(options.seed));
  return 0;
}
