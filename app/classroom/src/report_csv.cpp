// The class report as CSV for a spreadsheet: the questions table and the students table, each a
// header row and one row per entry. Fields are quoted when they hold a comma, a quote or a line
// end (RFC 4180); numbers are written with a point and no thousands separator.
#include <cstdio>
#include <string>

#include "classroom/class_report.hpp"

namespace factdeck::classroom {

namespace {

std::string field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string number(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string optional_number(const std::optional<double>& value, int decimals) {
  return value ? number(*value, decimals) : std::string();
}

std::string row(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) out += (i == 0 ? "" : ",") + field(fields[i]);
  return out + "\r\n";
}

// "Molotov*=1; Stalin=2": each response, the key starred, with its count.
std::string responses_text(const QuestionStats& q) {
  std::string out;
  for (const ResponseCount& r : q.responses) {
    out += (out.empty() ? "" : "; ") + r.text + (r.is_key ? "*" : "") + "=" + std::to_string(r.count);
  }
  return out;
}

}  // namespace

std::string class_report_questions_csv(const ClassAnalysis& analysis) {
  std::string out = row({"item", "kind", "students", "facility_first", "facility_all", "discrimination_pb",
                         "upper_lower_27", "median_secs", "mean_secs", "flag", "fact", "answer", "question",
                         "responses_counted", "responses"});
  for (const QuestionStats& q : analysis.questions) {
    out += row({to_hex(q.item), std::string(quizgen::question_kind_name(q.kind)), std::to_string(q.students),
                number(q.facility, 3), number(q.facility_all, 3), optional_number(q.discrimination, 3),
                optional_number(q.upper_lower, 3), number(q.median_answer_secs, 1), number(q.mean_answer_secs, 1),
                std::string(flag_text(q.flag)), q.source, q.answer, q.prompt, std::to_string(q.responses_counted),
                responses_text(q)});
  }
  return out;
}

std::string class_report_students_csv(const ClassAnalysis& analysis) {
  std::vector<std::string> header{"rank", "student", "profile", "score_first", "answered", "attempts", "correct",
                                  "study_minutes", "streak_days", "mastery"};
  for (const std::string& section : analysis.sections) header.push_back("mastery: " + section);
  std::string out = row(header);
  for (const StudentStats& s : analysis.students) {
    std::vector<std::string> fields{std::to_string(s.rank), s.name, s.profile, number(s.score, 3),
                                    std::to_string(s.answered), std::to_string(s.attempts), std::to_string(s.correct),
                                    number(s.study_minutes, 1), std::to_string(s.streak_days),
                                    optional_number(s.mastery, 3)};
    for (std::size_t i = 0; i < analysis.sections.size(); ++i) {
      fields.push_back(optional_number(i < s.section_mastery.size() ? s.section_mastery[i] : std::nullopt, 3));
    }
    out += row(fields);
  }
  return out;
}

}  // namespace factdeck::classroom
