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

// Mastery with a decimal: a class that studied a few items of a large deck has small shares.
std::string mastery_text(const std::optional<double>& share) {
  return share ? format("%5.1f%%", *share * 100.0) : std::string("   n/a");
}

std::string students_table(const ClassAnalysis& analysis) {
  std::string out = "Students, ranked by the share of questions right on first sight\n";
  out += "rank  first right (of answered)  all attempts right  mastery  study min  streak  student\n";
  for (const StudentStats& s : analysis.students) {
    const double attempts_right = s.attempts == 0 ? 0.0 : static_cast<double>(s.correct) / static_cast<double>(s.attempts);
    out += format("%4zu  %4s %9zu/%-13zu  %18s  %7s  %9.1f  %6u  ", s.rank, percent(s.score).c_str(), s.first_right,
                  s.answered, percent(attempts_right).c_str(), mastery_text(s.mastery).c_str(), s.study_minutes,
                  s.streak_days);
    out += s.name + "\n";
  }
  return out;
}

// Each section's mastery per student (columns by rank), as the heatmap shows it.
std::string sections_table(const ClassAnalysis& analysis) {
  std::string out = "Mastery now (expected share recalled) by section; students by rank\n";
  for (const StudentStats& s : analysis.students) out += format("%8zu", s.rank);
  out += "  section\n";
  for (std::size_t section = 0; section < analysis.sections.size(); ++section) {
    for (const StudentStats& s : analysis.students) {
      out += "  " + mastery_text(section < s.section_mastery.size() ? s.section_mastery[section] : std::nullopt);
    }
    out += "  " + shortened(analysis.sections[section], 60) + "\n";
  }
  return out;
}

// "options: Molotov* 1, Stalin 2": each response with its count, the key starred.
std::string responses_line(const QuestionStats& q) {
  if (q.responses.empty()) return {};
  std::string line = q.kind == quizgen::QuestionKind::MultipleChoice ? "options:" : "answers:";
  for (std::size_t i = 0; i < q.responses.size(); ++i) {
    const ResponseCount& r = q.responses[i];
    line += (i == 0 ? " " : ", ") + shortened(r.text.empty() ? std::string("(empty)") : r.text, 30) +
            (r.is_key ? "*" : "") + " " + std::to_string(r.count);
  }
  return "       " + line + "\n";
}

std::string questions_table(const ClassAnalysis& analysis) {
  std::string out = "Questions, the ones to check first (upper-lower: facility of the top 27% minus the bottom 27%)\n";
  out += "check  item              kind        n  facility  all  discrimination  upper-lower  median s  answer: question\n";
  for (const QuestionStats& q : analysis.questions) {
    const bool is_flagged = q.flag != Flag::None;
    out += format("%-5s  %s  %-9s %4zu      %4.2f  %4.2f  %14s  %11s  %8.1f  ", is_flagged ? "CHECK" : "",
                  to_hex(q.item).c_str(), std::string(quizgen::question_kind_name(q.kind)).c_str(), q.students,
                  q.facility, q.facility_all, discrimination_text(q.discrimination).c_str(),
                  discrimination_text(q.upper_lower).c_str(), q.median_answer_secs);
    out += shortened(q.answer, 24) + ": " + shortened(q.prompt, 60) + "\n";
    if (is_flagged) {
      out += "       (" + std::string(flag_text(q.flag)) + (q.source.empty() ? "" : "; fact at " + q.source) + ")\n";
    }
    out += responses_line(q);
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
  return out + "\n" + students_table(analysis) + "\n" + sections_table(analysis) + "\n" + questions_table(analysis);
}

std::vector<std::size_t> facility_histogram(const ClassAnalysis& analysis) {
  std::vector<std::size_t> bins(10, 0);
  for (const QuestionStats& q : analysis.questions) {
    bins[std::min<std::size_t>(9, static_cast<std::size_t>(q.facility * 10.0))] += 1;
  }
  return bins;
}

}  // namespace factdeck::classroom
