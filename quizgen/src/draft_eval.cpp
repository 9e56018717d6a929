// Measuring draft tags: the stripper uses the parser's own reading of the article (Fact::text
// and its spans), so the plain text and the reference spans agree by construction.
#include "quizgen/draft_eval.hpp"

#include "draft_document.hpp"

namespace factdeck::quizgen {

namespace {

double ratio(std::size_t part, std::size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

double f1(double precision, double recall) {
  return precision + recall == 0.0 ? 0.0 : 2.0 * precision * recall / (precision + recall);
}

bool overlaps(const ScoredSpan& a, const ScoredSpan& b) {
  return a.fact == b.fact && a.type == b.type && a.begin < b.end && b.begin < a.end;
}

}  // namespace

std::string strip_tags(const Article& article) {
  std::string out;
  int section = -1;
  auto write_heading = [&](int index) {
    const Section& heading = article.sections[static_cast<std::size_t>(index)];
    if (!out.empty()) out += "\n";
    out += std::string(static_cast<std::size_t>(heading.level), '#') + " " + heading.title + "\n\n";
  };
  for (const Fact& fact : article.facts) {
    while (section < fact.section) write_heading(++section);
    out += "- " + detail::escape_plain(fact.text) + "\n";
  }
  while (section + 1 < static_cast<int>(article.sections.size())) write_heading(++section);
  return out;
}

std::vector<ScoredSpan> reference_spans(const Article& article) {
  std::vector<ScoredSpan> spans;
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    for (const Span& span : article.facts[f].spans) spans.push_back({f, span.begin, span.end, span.type});
  }
  return spans;
}

std::vector<ScoredSpan> proposed_spans(const DraftResult& draft) {
  std::vector<ScoredSpan> spans;
  for (const Proposal& p : draft.proposals) spans.push_back({p.fact, p.begin, p.end, p.type});
  return spans;
}

double MatchCounts::exact_precision() const { return ratio(exact, proposed); }
double MatchCounts::exact_recall() const { return ratio(exact, reference); }
double MatchCounts::exact_f1() const { return f1(exact_precision(), exact_recall()); }
double MatchCounts::overlap_precision() const { return ratio(overlap_proposed, proposed); }
double MatchCounts::overlap_recall() const { return ratio(overlap_reference, reference); }
double MatchCounts::overlap_f1() const { return f1(overlap_precision(), overlap_recall()); }

MatchCounts& MatchCounts::operator+=(const MatchCounts& other) {
  reference += other.reference;
  proposed += other.proposed;
  exact += other.exact;
  overlap_proposed += other.overlap_proposed;
  overlap_reference += other.overlap_reference;
  return *this;
}

DraftScore score_spans(const std::vector<ScoredSpan>& reference, const std::vector<ScoredSpan>& proposed) {
  DraftScore score;
  auto counts = [&score](SpanType type) -> MatchCounts& { return score.by_type[static_cast<std::size_t>(type)]; };
  // Articles have at most a few thousand spans: the quadratic pairing is instant.
  for (const ScoredSpan& ref : reference) {
    MatchCounts& c = counts(ref.type);
    ++c.reference;
    bool is_overlapped = false;
    bool is_exact = false;
    for (const ScoredSpan& p : proposed) {
      if (!overlaps(ref, p)) continue;
      is_overlapped = true;
      is_exact = is_exact || (p.begin == ref.begin && p.end == ref.end);
    }
    if (is_overlapped) ++c.overlap_reference;
    if (is_exact) ++c.exact;
  }
  for (const ScoredSpan& p : proposed) {
    MatchCounts& c = counts(p.type);
    ++c.proposed;
    for (const ScoredSpan& ref : reference) {
      if (overlaps(ref, p)) {
        ++c.overlap_proposed;
        break;
      }
    }
  }
  for (const MatchCounts& c : score.by_type) score.all += c;
  return score;
}

}  // namespace factdeck::quizgen
