// parse_bench: parses generated facts articles of 10,000 and 100,000 facts and prints the speed,
// the peak memory and how the time grows (linear growth means 10x facts in about 10x time).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "quizgen/parse.hpp"

namespace {

using factdeck::quizgen::ParseOutcome;

// Small deterministic generator so every run parses the same text.
struct Lcg {
  std::uint64_t state = 0x9E3779B97F4A7C15ULL;
  unsigned next(unsigned bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>((state >> 33) % bound);
  }
};

constexpr const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};

// One tagged span of a rotating type; entity names depend only on their number, so aliases
// never conflict.
std::string make_span(Lcg& rng) {
  const unsigned entity = rng.next(500);
  const std::string n = std::to_string(entity);
  const int year = 1900 + static_cast<int>(rng.next(45));
  switch (rng.next(7)) {
    case 0: return "[Minister " + n + "]{person@ministers = Vasily Minister " + n + " | V. M. " + n + "}";
    case 1: return "[" + std::string(kMonths[rng.next(12)]) + " " + std::to_string(year) + "]{date}";
    case 2: return "[" + std::to_string(1 + rng.next(28)) + " March " + std::to_string(year) + "]{date}";
    case 3: {
      char range[32];  // "1935–38"
      std::snprintf(range, sizeof range, "%d\u2013%02d", year, (year + 3) % 100);
      return "[" + std::string(range) + "]{date}";
    }
    case 4: return "[Городок " + n + "]{place@towns}";
    case 5: return "[the Treaty]{event = Treaty of Town " + n + " | Pact " + n + "}";
    default: return "[" + std::to_string(1 + rng.next(90)) + ",000]{number} soldiers";
  }
}

std::string generate_article(int fact_count) {
  Lcg rng;
  std::string text = "---\ntitle: Generated\nlanguage: en\nid: bench\n---\n\n";
  text.reserve(static_cast<std::size_t>(fact_count) * 130);
  for (int fact = 0; fact < fact_count; ++fact) {
    if (fact % 25 == 0) {
      text += (fact % 250 == 0 ? "# Part " : "## Chapter ") + std::to_string(fact / 25) + "\n\n";
      text += "Some context for this chapter, kept as prose.\n\n";
    }
    text += "- In this fact number " + std::to_string(fact) + ", " + make_span(rng) +
            " met\n  " + make_span(rng) + " again.";
    if (fact % 10 == 0) text += " {#fact-" + std::to_string(fact) + " .generated}";
    text += "\n";
  }
  return text;
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

// Best of `repeats` parses, in seconds.
double time_parse(const std::string& text, int repeats, std::size_t& facts) {
  double best = 1e9;
  for (int run = 0; run < repeats; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const ParseOutcome outcome = factdeck::quizgen::parse_article(text, "bench.facts.md");
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    if (outcome.has_errors() || !outcome.article) {
      std::fprintf(stderr, "generated article has errors: %s",
                   format_diagnostic(outcome.diagnostics.front()).c_str());
      return -1;
    }
    facts = outcome.article->facts.size();
    best = std::min(best, elapsed.count());
  }
  return best;
}

double run_size(int fact_count, int repeats) {
  const std::string text = generate_article(fact_count);
  std::size_t facts = 0;
  const double secs = time_parse(text, repeats, facts);
  if (secs < 0) return secs;
  std::printf("%7zu facts  %6.1f MB  best of %d: %8.1f ms  %10.0f facts/s  peak RSS %6.1f MB\n",
              facts, static_cast<double>(text.size()) / 1e6, repeats, secs * 1e3,
              static_cast<double>(facts) / secs, static_cast<double>(peak_rss_kib()) / 1024.0);
  return secs;
}

}  // namespace

int main() {
  const double small_secs = run_size(10'000, 5);
  const double large_secs = run_size(100'000, 3);
  if (small_secs <= 0 || large_secs <= 0) return 1;
  std::printf("time ratio 100k/10k: %.2f (linear growth would be 10)\n", large_secs / small_secs);
  return 0;
}
