// Draft tags against hand-made tags (docs/draft-tags.md): each tagged article (the shipped deck
// and the quality corpus) is stripped to plain text, drafted by `propose_draft`, and scored per
// type for exact spans and for overlap. When bench/node_modules holds compromise, the same plain
// texts go through bench/draft_compromise.js and the same scorer (it needs `npm ci` in bench/
// first; without it the compromise columns are left out and the bench says so).
// usage: draft_bench [SOURCE_DIR]   (default: the source tree this was built from)
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "quizgen/draft.hpp"
#include "quizgen/draft_eval.hpp"
#include "quizgen/parse.hpp"

namespace fs = std::filesystem;
using namespace factdeck::quizgen;

namespace {

struct ArticleRun {
  std::string name;
  bool is_held_out = false;  // never looked at while the heuristics were written
  DraftScore ours;
  std::optional<DraftScore> theirs;
};

// The held-out article: kept out of development (docs/draft-tags.md, "How it was measured").
constexpr const char* kHeldOut = "south-america";

std::optional<std::vector<ScoredSpan>> run_compromise(const fs::path& bench_dir, const Article& article) {
  if (!fs::exists(bench_dir / "node_modules" / "compromise")) return std::nullopt;
  const fs::path dir = fs::temp_directory_path() / "factdeck_draft_bench";
  fs::create_directories(dir);
  const fs::path in = dir / "facts.txt";
  const fs::path out = dir / "spans.tsv";
  {
    std::ofstream facts(in, std::ios::binary);
    for (const Fact& fact : article.facts) facts << fact.text << "\n";
  }
  const std::string command = "cd '" + bench_dir.string() + "' && node draft_compromise.js '" +
                              in.string() + "' '" + out.string() + "'";
  if (std::system(command.c_str()) != 0) return std::nullopt;
  std::vector<ScoredSpan> spans;
  std::ifstream rows(out);
  std::size_t fact = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string type;
  while (rows >> fact >> begin >> end >> type) {
    if (const auto parsed = span_type_from_name(type)) spans.push_back({fact, begin, end, *parsed});
  }
  return spans;
}

std::optional<ArticleRun> run_article(const fs::path& path, const fs::path& bench_dir) {
  const ParseOutcome parsed = parse_article_file(path);
  if (!parsed.article) {
    std::fprintf(stderr, "%s does not parse\n", path.string().c_str());
    return std::nullopt;
  }
  const Article& article = *parsed.article;
  const DraftResult draft = propose_draft(strip_tags(article));
  if (draft.facts.size() != article.facts.size()) {
    std::fprintf(stderr, "%s: the draft has %zu facts, the article %zu\n", path.string().c_str(),
                 draft.facts.size(), article.facts.size());
    return std::nullopt;
  }
  for (std::size_t i = 0; i < draft.facts.size(); ++i) {
    if (draft.facts[i].text != article.facts[i].text) {
      std::fprintf(stderr, "%s: fact %zu differs after stripping\n", path.string().c_str(), i);
      return std::nullopt;
    }
  }
  const ParseOutcome reread = parse_article(render_draft(draft), "draft");
  if (reread.has_errors()) {
    std::fprintf(stderr, "%s: the draft has %d errors\n", path.string().c_str(), reread.error_count());
  }
  ArticleRun run;
  run.name = path.stem().stem().string();
  run.is_held_out = run.name == kHeldOut;
  const std::vector<ScoredSpan> reference = reference_spans(article);
  run.ours = score_spans(reference, proposed_spans(draft));
  if (auto theirs = run_compromise(bench_dir, article)) run.theirs = score_spans(reference, *theirs);
  return run;
}

void print_row(const char* label, const MatchCounts& c, const MatchCounts* theirs) {
  std::printf("  %-7s %5zu %5zu | %4.2f %4.2f %4.2f | %4.2f %4.2f %4.2f", label, c.reference, c.proposed,
              c.exact_precision(), c.exact_recall(), c.exact_f1(), c.overlap_precision(),
              c.overlap_recall(), c.overlap_f1());
  if (theirs) {
    std::printf(" || %5zu | %4.2f %4.2f %4.2f | %4.2f %4.2f %4.2f", theirs->proposed,
                theirs->exact_precision(), theirs->exact_recall(), theirs->exact_f1(),
                theirs->overlap_precision(), theirs->overlap_recall(), theirs->overlap_f1());
  }
  std::printf("\n");
}

void print_table(const std::string& title, const DraftScore& ours, const std::optional<DraftScore>& theirs) {
  std::printf("\n%s\n", title.c_str());
  std::printf("  %-7s %5s %5s | %-14s | %-14s%s\n", "type", "ref", "ours", "exact P R F1",
              "overlap P R F1", theirs ? " || compromise: spans | exact P R F1 | overlap P R F1" : "");
  for (SpanType type : kAllSpanTypes) {
    const auto index = static_cast<std::size_t>(type);
    const std::string name(span_type_name(type));
    print_row(name.c_str(), ours.by_type[index], theirs ? &theirs->by_type[index] : nullptr);
  }
  print_row("all", ours.all, theirs ? &theirs->all : nullptr);
  // compromise tags no events and no terms: the five types both tag, compared alone.
  auto five_types = [](const DraftScore& score) {
    MatchCounts sum;
    for (SpanType type : {SpanType::Person, SpanType::Date, SpanType::Place, SpanType::Organization, SpanType::Number}) {
      sum += score.by_type[static_cast<std::size_t>(type)];
    }
    return sum;
  };
  const MatchCounts theirs_five = theirs ? five_types(*theirs) : MatchCounts{};
  print_row("5 types", five_types(ours), theirs ? &theirs_five : nullptr);
}

void add_score(DraftScore& total, const DraftScore& part) {
  for (std::size_t i = 0; i < total.by_type.size(); ++i) total.by_type[i] += part.by_type[i];
  total.all += part.all;
}

}  // namespace

int main(int argc, char** argv) {
  const fs::path source = argc > 1 ? fs::path(argv[1]) : fs::path(FACTDECK_SOURCE_DIR);
  const fs::path bench_dir = source / "bench";
  std::vector<fs::path> articles = {source / "decks" / "soviet-diplomacy.facts.md"};
  for (const char* name : {"solar-system", "english-novel", "south-america"}) {
    articles.push_back(source / "tests" / "data" / "quality" / (std::string(name) + ".facts.md"));
  }
  std::vector<ArticleRun> runs;
  for (const fs::path& path : articles) {
    auto run = run_article(path, bench_dir);
    if (!run) return 1;
    runs.push_back(std::move(*run));
  }
  const bool has_theirs = runs.front().theirs.has_value();
  if (!has_theirs) std::printf("compromise: not measured (run `npm ci` in bench/)\n");
  DraftScore development;
  DraftScore development_theirs;
  for (const ArticleRun& run : runs) {
    print_table(run.name + (run.is_held_out ? " (held out)" : ""), run.ours, run.theirs);
    if (run.is_held_out) continue;
    add_score(development, run.ours);
    if (run.theirs) add_score(development_theirs, *run.theirs);
  }
  print_table("development articles together", development,
              has_theirs ? std::optional<DraftScore>(development_theirs) : std::nullopt);
  return 0;
}
