// generate_bench: builds question decks from generated articles of 10,000 and 100,000 facts and
// prints items/s, the time, the peak memory and how the time grows (near-linear growth means
// 10x facts in about 10x time). The article is built in memory, so the first figures time
// generation alone; a last line times what `quizgen build` does with the same article written
// as a facts file: parse it, build the deck, write the deck JSON file.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/generate.hpp"
#include "quizgen/parse.hpp"

namespace {

using namespace factdeck;
using namespace factdeck::quizgen;

// Small deterministic generator so every run builds the same article.
struct Lcg {
  std::uint64_t state = 0x2545F4914F6CDD1DULL;
  std::uint32_t next(std::uint32_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>((state >> 33) % bound);
  }
};

constexpr const char* kSyllables[] = {"ka", "ro", "vel", "mi", "to", "sha", "len", "dor",
                                      "ba", "ni", "gor", "zo", "pe", "tru", "sky", "an"};
constexpr const char* kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                   "August", "September", "October", "November", "December"};

std::string made_up_word(std::uint32_t n) {
  std::string out;
  for (int i = 0; i < 3; ++i, n /= 16) out += kSyllables[n % 16];
  out[0] = static_cast<char>(out[0] - 32);
  return out;
}

/// Appends text and tagged spans to one fact, keeping the byte offsets right.
struct FactBuilder {
  Fact fact;
  void text(std::string_view words) { fact.text += words; }
  void span(SpanType type, const std::string& words, std::string group = {}) {
    Span s;
    s.type = type;
    s.text = words;
    s.canonical = words;
    s.group = std::move(group);
    s.begin = static_cast<std::uint32_t>(fact.text.size());
    fact.text += words;
    s.end = static_cast<std::uint32_t>(fact.text.size());
    fact.spans.push_back(std::move(s));
  }
  void date(int year, int month) {
    span(SpanType::Date, month > 0 ? std::string(kMonths[month - 1]) + " " + std::to_string(year)
                                    : std::to_string(year));
    fact.spans.back().date = DateValue{month > 0 ? DatePrecision::Month : DatePrecision::Year,
                                       SimpleDate{year, month, 0}, std::nullopt};
  }
};

std::string person(Lcg& rng, std::size_t pool) {
  const std::uint32_t n = rng.next(static_cast<std::uint32_t>(pool));
  return made_up_word(n % 256) + " " + made_up_word(n / 256 + 300);
}

/// One fact from one of five sentence shapes; many facts share a shape, as in real articles.
Fact make_fact(Lcg& rng, std::size_t index, std::size_t people) {
  FactBuilder b;
  const std::string group = "g" + std::to_string(rng.next(20));
  const int year = 1900 + static_cast<int>(rng.next(50));
  switch (index % 5) {
    case 0: b.span(SpanType::Person, person(rng, people), group); b.text(" met ");
            b.span(SpanType::Person, person(rng, people), group); b.text(" in ");
            b.span(SpanType::Place, made_up_word(rng.next(2000)), "cities"); b.text(" in ");
            b.date(year, 1 + static_cast<int>(rng.next(12))); b.text("."); break;
    case 1: b.text("In "); b.date(year, 0); b.text(", "); b.span(SpanType::Person, person(rng, people), group);
            b.text(" signed the "); b.span(SpanType::Event, "Treaty of " + made_up_word(rng.next(4000)), "treaties");
            b.text("."); break;
    case 2: b.span(SpanType::Person, person(rng, people), group); b.text(" led the ");
            b.span(SpanType::Organization, made_up_word(rng.next(300)) + " Party"); b.text(" from ");
            b.date(year, 0); b.text("."); break;
    case 3: b.text("The "); b.span(SpanType::Event, "Battle of " + made_up_word(rng.next(4000)), "battles");
            b.text(" cost "); b.span(SpanType::Number, std::to_string(1000 + rng.next(90000)) + " lives");
            b.fact.spans.back().number = plain_number(1000.0 + static_cast<double>(rng.next(90000))); b.text("."); break;
    default: b.span(SpanType::Place, made_up_word(rng.next(2000)), "cities"); b.text(", ");
             b.span(SpanType::Place, made_up_word(rng.next(2000)), "cities"); b.text(" and ");
             b.span(SpanType::Place, made_up_word(rng.next(2000)), "cities"); b.text(" were taken in ");
             b.date(year, 0); b.text("."); break;
  }
  b.fact.key = "fact-" + std::to_string(index);
  b.fact.id = b.fact.key;
  b.fact.text += " (" + std::to_string(index) + ")";  // most real sentences are unique
  return b.fact;
}

Article make_article(std::size_t facts) {
  Lcg rng;
  Article article;
  article.file = "generated.facts.md";
  const std::size_t people = std::max<std::size_t>(64, facts / 4);
  for (std::size_t i = 0; i < facts; ++i) {
    if (i % 100 == 0) {
      Section section;
      section.title = "Chapter " + std::to_string(i / 100 + 1);
      article.sections.push_back(std::move(section));
    }
    Fact fact = make_fact(rng, i, people);
    fact.section = static_cast<int>(article.sections.size()) - 1;
    fact.line = static_cast<int>(i) + 1;
    article.facts.push_back(std::move(fact));
  }
  return article;
}

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

struct Seconds {
  double wall = 0;
  double cpu = 0;
  double median_wall = 0;
};

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// Best of `runs` builds (on a shared virtual machine the minimum is the figure least disturbed
/// by other work; the median is printed beside it); prints the figures.
Seconds bench(std::size_t facts, int runs) {
  const Article article = make_article(facts);
  std::vector<double> walls;
  double best_cpu = 1e30;
  GenerateOutcome outcome;
  for (int r = 0; r < runs; ++r) {
    // CPU time too: on a shared machine the wall time also counts other processes' turns.
    outcome = GenerateOutcome{};  // so the previous deck does not count in the peak memory
    const std::clock_t cpu_start = std::clock();
    const auto start = std::chrono::steady_clock::now();
    outcome = build_deck(article, GenerateOptions{});
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    walls.push_back(took.count());
    best_cpu = std::min(best_cpu, static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
  }
  const double best = *std::min_element(walls.begin(), walls.end());
  const long build_peak_kib = peak_rss_kib();  // before the JSON text adds its own copies
  std::ostringstream json;
  const auto start = std::chrono::steady_clock::now();
  (void)save_deck_json(outcome.deck, json);
  const std::chrono::duration<double> json_secs = std::chrono::steady_clock::now() - start;
  const auto& s = outcome.stats;
  std::printf("%7zu facts: %7zu items, %8zu questions (%zu choice, %zu short), %5zu exercises, "
              "%zu notes\n", facts, s.items, s.questions, s.choice_questions,
              s.short_choice_questions, s.exercises, outcome.notes.size());
  // A digest of the deck, to check that a faster generator still builds the same deck.
  const std::string text = json.str();
  std::printf("               deck JSON digest %016llx\n",
              static_cast<unsigned long long>(fnv1a64(text)));
  std::printf("               build %.3f s wall (median %.3f), %.3f s CPU (best of %d), %.0f items/s; JSON %.3f s, "
              "%.1f MB; peak RSS %.1f MB after building, %.1f MB after JSON\n", best, median(walls), best_cpu, runs,
              static_cast<double>(s.items) / best, json_secs.count(), static_cast<double>(text.size()) / 1e6,
              static_cast<double>(build_peak_kib) / 1024.0, static_cast<double>(peak_rss_kib()) / 1024.0);
  return Seconds{best, best_cpu, median(walls)};
}

// ---- End to end ----

/// The article as a facts file: one heading per section, one list item per fact, each span
/// tagged with its type and group (numbers with their value), each fact with its key.
std::string facts_markdown(const Article& article) {
  std::string out = "---\ntitle: Generated\nid: generated\n---\n";
  int section = -1;
  for (const Fact& fact : article.facts) {
    for (; section < fact.section; ++section) {
      out += "\n# " + article.sections[static_cast<std::size_t>(section + 1)].title + "\n\n";
    }
    out += "- ";
    std::size_t at = 0;
    for (const Span& span : fact.spans) {
      out.append(fact.text, at, span.begin - at);
      out += "[" + span.text + "]{" + std::string(span_type_name(span.type));
      if (!span.group.empty()) out += "@" + span.group;
      if (span.number) out += " = " + std::to_string(static_cast<long>(span.number->value));
      out += "}";
      at = span.end;
    }
    out.append(fact.text, at, std::string::npos);
    out += " {#" + fact.key + "}\n";
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// What `quizgen build` does, timed step by step: parse the text, build, write the JSON file.
void bench_end_to_end(std::size_t facts) {
  const std::string text = facts_markdown(make_article(facts));
  const std::filesystem::path deck_path = std::filesystem::temp_directory_path() / "generate_bench_deck.json";
  const auto start = std::chrono::steady_clock::now();
  const ParseOutcome parsed = parse_article(text, "generated.facts.md");
  const double parse_secs = seconds_since(start);
  if (!parsed.article) {
    std::printf("end to end: the generated facts file did not parse (%d errors)\n", parsed.error_count());
    return;
  }
  const GenerateOutcome outcome = build_deck(*parsed.article, GenerateOptions{});
  const double build_secs = seconds_since(start) - parse_secs;
  {
    std::ofstream out(deck_path, std::ios::binary | std::ios::trunc);
    (void)save_deck_json(outcome.deck, out);
  }
  const double total_secs = seconds_since(start);
  const auto bytes = std::filesystem::file_size(deck_path);
  std::filesystem::remove(deck_path);
  std::printf("end to end, %zu facts (%.1f MB facts file, %d warnings): parse %.3f s + build %.3f s + "
              "write JSON %.3f s (%.1f MB) = %.3f s wall\n", facts, static_cast<double>(text.size()) / 1e6,
              parsed.warning_count(), parse_secs, build_secs, total_secs - parse_secs - build_secs,
              static_cast<double>(bytes) / 1e6, total_secs);
}

}  // namespace

int main(int argc, char** argv) {
  // `generate_bench --write-facts FILE [FACTS]` only writes the generated article, so that
  // `quizgen build` itself can be timed on it.
  if (argc >= 3 && std::string_view(argv[1]) == "--write-facts") {
    const std::size_t facts = argc >= 4 ? std::stoul(argv[3]) : 100'000;
    std::ofstream(argv[2], std::ios::binary) << facts_markdown(make_article(facts));
    return 0;
  }
  const Seconds small = bench(10'000, 7);
  const Seconds large = bench(100'000, 7);
  std::printf("time ratio 100k/10k: %.2f wall, %.2f CPU, %.2f of the medians (10x facts; linear is 10, "
              "the target is under 12)\n",
              large.wall / small.wall, large.cpu / small.cpu, large.median_wall / small.median_wall);
  bench_end_to_end(100'000);
  return 0;
}
