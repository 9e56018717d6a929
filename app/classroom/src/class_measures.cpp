#include "class_measures.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace factdeck::classroom {

namespace {

// Responses are compared as given; a typed answer's case and spaces are the student's, so the
// teacher sees the misspellings, not a folded form.
void count_one(std::vector<ResponseCount>& counts, const std::string& text, bool is_key) {
  const auto found = std::find_if(counts.begin(), counts.end(), [&](const ResponseCount& c) { return c.text == text; });
  if (found != counts.end()) {
    found->count += 1;
    return;
  }
  counts.push_back({text, 1, is_key});
}

const quizgen::Question* question_of(const quizgen::Item& item, quizgen::QuestionKind kind) {
  for (const quizgen::Question& question : item.questions) {
    if (question.kind == kind) return &question;
  }
  return nullptr;
}

// The options as the deck shows them, each counted 0 so far.
std::vector<ResponseCount> option_rows(const quizgen::Question& choice) {
  std::vector<ResponseCount> rows;
  for (std::size_t i = 0; i < choice.options.size(); ++i) {
    rows.push_back({choice.options[i], 0, static_cast<std::int32_t>(i) == choice.correct_option});
  }
  return rows;
}

}  // namespace

std::vector<ResponseCount> count_responses(const quizgen::Item& item, quizgen::QuestionKind kind,
                                           std::span<const QuestionResult* const> results, std::size_t& counted) {
  const quizgen::Question* choice = kind == quizgen::QuestionKind::MultipleChoice ? question_of(item, kind) : nullptr;
  std::vector<ResponseCount> counts = choice != nullptr ? option_rows(*choice) : std::vector<ResponseCount>{};
  const std::size_t option_count = counts.size();
  counted = 0;
  for (const QuestionResult* result : results) {
    for (const AnswerResult& answer : result->answers) {
      if (!answer.response) continue;
      count_one(counts, *answer.response, answer.is_correct);
      ++counted;
    }
  }
  // Options keep the order shown; anything else (typed answers, options of an older version of
  // the deck) goes most frequent first, ties by text.
  std::stable_sort(counts.begin() + static_cast<std::ptrdiff_t>(option_count), counts.end(),
                   [](const ResponseCount& a, const ResponseCount& b) {
                     return a.count != b.count ? a.count > b.count : a.text < b.text;
                   });
  if (choice == nullptr && counts.size() > kMaxTypedResponses) counts.resize(kMaxTypedResponses);
  return counts;
}

bool has_distractor_over_key(std::span<const ResponseCount> responses) {
  std::size_t key = 0, most_wrong = 0;
  for (const ResponseCount& response : responses) {
    if (response.is_key) key = std::max(key, response.count);
    else most_wrong = std::max(most_wrong, response.count);
  }
  return most_wrong > key;
}

DeckSections deck_sections(const quizgen::Deck& deck) {
  DeckSections sections;
  std::map<std::int32_t, std::size_t> top_index;  // deck section -> index into titles
  const auto top_of = [&](std::int32_t section) {
    // Climb to the top-level heading; a chain longer than the list is damage, stop there.
    for (std::size_t steps = 0; section >= 0 && steps < deck.sections.size(); ++steps) {
      const std::int32_t parent = deck.sections[static_cast<std::size_t>(section)].parent;
      if (parent < 0) break;
      section = parent;
    }
    return section;
  };
  for (const quizgen::Item& item : deck.items) {
    const std::int32_t fact_section = item.fact_index < deck.facts.size() ? deck.facts[item.fact_index].section : -1;
    const std::int32_t top = fact_section >= 0 && static_cast<std::size_t>(fact_section) < deck.sections.size()
                                 ? top_of(fact_section)
                                 : -1;
    auto [at, is_new] = top_index.emplace(top, sections.titles.size());
    if (is_new) {
      sections.titles.push_back(top >= 0 ? deck.sections[static_cast<std::size_t>(top)].title
                                         : std::string("(before the first heading)"));
    }
    sections.of_item.push_back(at->second);
  }
  return sections;
}

void fill_mastery(const quizgen::Deck& deck, const DeckSections& sections, const StudentResults& results,
                  sched::TimePoint now, StudentStats& student) {
  student.section_mastery.assign(sections.titles.size(), std::nullopt);
  student.mastery.reset();
  if (!results.has_answers || deck.items.empty()) return;
  std::unordered_map<std::uint64_t, const ItemMemory*> memory;
  for (const ItemMemory& m : results.memory) memory[m.item.value] = &m;
  std::vector<double> recall_sum(sections.titles.size(), 0.0);
  std::vector<std::size_t> items(sections.titles.size(), 0);
  double total = 0.0;
  for (std::size_t i = 0; i < deck.items.size(); ++i) {
    const auto found = memory.find(deck.items[i].id.value);
    const double recall = found == memory.end() ? 0.0 : recall_probability(*found->second, results.fsrs_decay, now);
    recall_sum[sections.of_item[i]] += recall;
    items[sections.of_item[i]] += 1;
    total += recall;
  }
  for (std::size_t s = 0; s < items.size(); ++s) {
    if (items[s] > 0) student.section_mastery[s] = recall_sum[s] / static_cast<double>(items[s]);
  }
  student.mastery = total / static_cast<double>(deck.items.size());
}

std::optional<double> upper_lower_index(std::span<const double> overall_scores, std::span<const std::optional<double>> right) {
  const std::size_t n = std::min(overall_scores.size(), right.size());
  if (n < 2) return std::nullopt;
  // Kelley's 27%, at least one student a group, and never so many that the groups overlap.
  const auto group = std::clamp<std::size_t>(static_cast<std::size_t>(std::lround(kExtremeGroupShare * static_cast<double>(n))),
                                             1, n / 2);
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return overall_scores[a] > overall_scores[b]; });
  const auto facility_of = [&](std::size_t from, std::size_t to) -> std::optional<double> {
    double sum = 0.0;
    std::size_t answered = 0;
    for (std::size_t k = from; k < to; ++k) {
      if (!right[order[k]]) continue;
      sum += *right[order[k]];
      ++answered;
    }
    if (answered == 0) return std::nullopt;
    return sum / static_cast<double>(answered);
  };
  const std::optional<double> upper = facility_of(0, group);
  const std::optional<double> lower = facility_of(n - group, n);
  if (!upper || !lower) return std::nullopt;
  return *upper - *lower;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

}  // namespace factdeck::classroom
