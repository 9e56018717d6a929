// The class report as text: a students table and a questions table, flagged questions first.
#include <algorithm>
#include <cstdio>
#include <string>

#include "base/utf8.hpp"
#include "classroom/class_report.hpp"

namespace factdeck::classroom {

namespace {

std::string format(const char* pattern, auto... values) {
  char line[256];
  std::snprintf(line, sizeof line, pattern, values...);
  return line;
}

std::string percent(double share) { return format("%3.0f%%", share * 100.0); }

std::string discrimination_text(const std::optional<double>& value) {
  return value ? format("%+.2f", *value) : std::string("  n/a");
}

// The first `limit` code points of `text`, with "..." when cut.
std::string shortened(const std::string& text, std::size_t limit) {
  std::size_t at = 0;
  for (std::size_t count = 0; at < text.size() && count < limit; ++count) {
    at += utf8_sequence_length(text, at);
  }
  return at >= text.size() ? text : text.substr(0, at) + "...";
}

std::string students_table(const ClassAnalysis& analysis) {
  std::string out = "Students, ranked by the share of questions right on first sight\n";
  out += "rank  first right (of answered)  all attempts right  study min  student\n";
  for (const StudentStats& s : analysis.students) {
    const double attempts_right = s.attempts == 0 ? 0.0 : static_cast<double>(s.correct) / static_cast<double>(s.attempts);
    out += format("%4zu  %4s %9zu/%-13zu  %18s  %9.1f  ", s.rank, percent(s.score).c_str(), s.first_right, s.answered,
                  percent(attempts_right).c_str(), s.study_minutes);
    out += s.name + "\n";
  }
  return out;
}

std::string questions_table(const ClassAnalysis& analysis) {
  std::string out = "Questions, the ones to check first\n";
  out += "check  item              kind        n  facility  discrimination  answer: question\n";
  for (const QuestionStats& q : analysis.questions) {
    const bool is_flagged = q.flag != Flag::None;
    out += format("%-5s  %s  %-9s %4zu      %4.2f  %14s  ", is_flagged ? "CHECK" : "", to_hex(q.item).c_str(),
                  std::string(quizgen::question_kind_name(q.kind)).c_str(), q.students, q.facility,
                  discrimination_text(q.discrimination).c_str());
    out += shortened(q.answer, 24) + ": " + shortened(q.prompt, 60) + "\n";
    if (is_flagged) out += "       (" + std::string(flag_text(q.flag)) + ")\n";
  }
  return out;
}

}  // namespace

std::string class_report_text(const ClassAnalysis& analysis) {
  std::size_t flagged = 0;
  for (const QuestionStats& q : analysis.questions) flagged += q.flag != Flag::None ? 1 : 0;
  std::string out = "Class report: " + analysis.deck_title + " (" + analysis.deck_id + "), " +
                    std::to_string(analysis.students.size()) + " students, " +
                    std::to_string(analysis.questions.size()) + " questions answered, " + std::to_string(flagged) +
                    " to check\n";
  for (const std::string& note : analysis.notes) out += "note: " + note + "\n";
  return out + "\n" + students_table(analysis) + "\n" + questions_table(analysis);
}

std::vector<std::size_t> facility_histogram(const ClassAnalysis& analysis) {
  std::vector<std::size_t> bins(10, 0);
  for (const QuestionStats& q : analysis.questions) {
    bins[std::min<std::size_t>(9, static_cast<std::size_t>(q.facility * 10.0))] += 1;
  }
  return bins;
}

}  // namespace factdeck::classroom
