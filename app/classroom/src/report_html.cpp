// The class report as one self-contained HTML page: a summary, the two plots as inline SVG, the
// students ranked and the questions flagged first. No scripts, no external fonts or files, so
// it can be mailed or printed as it is.
#include <algorithm>
#include <cstdio>
#include <string>

#include "quizgen/print_test.hpp"
#include "classroom/class_report.hpp"

namespace factdeck::classroom {

namespace {

// The printable test's escaper: one set of rules for every HTML page factdeck writes.
std::string escaped(std::string_view text) { return quizgen::html_escape(text); }

std::string number(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

// ---- Plots ----

// Plot area inside each SVG, in SVG units (the page scales them).
constexpr double kLeft = 44, kTop = 12, kWidth = 320, kHeight = 200;

std::string x_axis(const std::string& label) {
  std::string out;
  for (int tick = 0; tick <= 10; tick += 2) {
    const double x = kLeft + kWidth * tick / 10.0;
    out += "<text x=\"" + number(x, 1) + "\" y=\"" + number(kTop + kHeight + 16, 1) + "\" text-anchor=\"middle\">" +
           number(tick / 10.0, 1) + "</text>";
  }
  return out + "<text x=\"" + number(kLeft + kWidth / 2, 1) + "\" y=\"" + number(kTop + kHeight + 34, 1) +
         "\" text-anchor=\"middle\">" + label + "</text>";
}

std::string histogram_svg(const ClassAnalysis& analysis) {
  const std::vector<std::size_t> bins = facility_histogram(analysis);
  std::size_t tallest = 1;
  for (std::size_t count : bins) tallest = std::max(tallest, count);
  std::string out = "<svg viewBox=\"0 0 380 260\" role=\"img\" aria-label=\"facility histogram\">";
  for (std::size_t b = 0; b < bins.size(); ++b) {
    const double height = kHeight * static_cast<double>(bins[b]) / static_cast<double>(tallest);
    const double x = kLeft + kWidth * static_cast<double>(b) / 10.0;
    const char* fill = b < 2 ? "#c0392b" : "#2e86c1";  // below kLowFacility in red
    out += "<rect x=\"" + number(x + 2, 1) + "\" y=\"" + number(kTop + kHeight - height, 1) + "\" width=\"" +
           number(kWidth / 10.0 - 4, 1) + "\" height=\"" + number(height, 1) + "\" fill=\"" + fill + "\"><title>" +
           std::to_string(bins[b]) + " questions</title></rect>";
    if (bins[b] > 0) {
      out += "<text x=\"" + number(x + kWidth / 20.0, 1) + "\" y=\"" + number(kTop + kHeight - height - 3, 1) +
             "\" text-anchor=\"middle\">" + std::to_string(bins[b]) + "</text>";
    }
  }
  out += "<line x1=\"" + number(kLeft, 1) + "\" y1=\"" + number(kTop + kHeight, 1) + "\" x2=\"" +
         number(kLeft + kWidth, 1) + "\" y2=\"" + number(kTop + kHeight, 1) + "\" stroke=\"#333\"/>";
  return out + x_axis("facility (share right on first sight)") + "</svg>";
}

double scatter_y(double discrimination) { return kTop + kHeight * (1.0 - discrimination) / 2.0; }

std::string horizontal_line(double discrimination, const char* style) {
  const std::string y = number(scatter_y(discrimination), 1);
  return "<line x1=\"" + number(kLeft, 1) + "\" y1=\"" + y + "\" x2=\"" + number(kLeft + kWidth, 1) + "\" y2=\"" + y +
         "\" " + style + "/><text x=\"" + number(kLeft - 4, 1) + "\" y=\"" + y + "\" text-anchor=\"end\">" +
         number(discrimination, 1) + "</text>";
}

std::string scatter_svg(const ClassAnalysis& analysis) {
  std::string out = "<svg viewBox=\"0 0 380 260\" role=\"img\" aria-label=\"facility and discrimination\">";
  out += "<rect x=\"" + number(kLeft, 1) + "\" y=\"" + number(kTop, 1) + "\" width=\"" + number(kWidth, 1) +
         "\" height=\"" + number(kHeight, 1) + "\" fill=\"none\" stroke=\"#333\"/>";
  out += horizontal_line(1.0, "stroke=\"none\"") + horizontal_line(-1.0, "stroke=\"none\"");
  out += horizontal_line(0.0, "stroke=\"#999\"");
  out += horizontal_line(kLowDiscrimination, "stroke=\"#c0392b\" stroke-dasharray=\"4 3\"");
  const std::string low_x = number(kLeft + kWidth * kLowFacility, 1);
  out += "<line x1=\"" + low_x + "\" y1=\"" + number(kTop, 1) + "\" x2=\"" + low_x + "\" y2=\"" +
         number(kTop + kHeight, 1) + "\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\"/>";
  for (const QuestionStats& q : analysis.questions) {
    if (!q.discrimination) continue;
    const char* fill = q.flag != Flag::None ? "#c0392b" : "#2e86c1";
    out += "<circle cx=\"" + number(kLeft + kWidth * q.facility, 1) + "\" cy=\"" +
           number(scatter_y(*q.discrimination), 1) + "\" r=\"4\" fill=\"" + fill + "\" fill-opacity=\"0.7\"><title>" +
           to_hex(q.item) + " " + escaped(q.answer) + "</title></circle>";
  }
  out += "<text x=\"12\" y=\"" + number(kTop + kHeight / 2, 1) + "\" transform=\"rotate(-90 12 " +
         number(kTop + kHeight / 2, 1) + ")\" text-anchor=\"middle\">discrimination</text>";
  return out + x_axis("facility") + "</svg>";
}

// One cell per section (rows) and student (columns, by rank), coloured by mastery.
std::string heatmap_svg(const ClassAnalysis& analysis) {
  constexpr double kLabelWidth = 180, kCell = 28, kHeader = 24;
  const double width = kLabelWidth + kCell * static_cast<double>(std::max<std::size_t>(1, analysis.students.size())) + 8;
  const double height = kHeader + kCell * static_cast<double>(analysis.sections.size()) + 8;
  std::string out = "<svg class=\"heatmap\" viewBox=\"0 0 " + number(width, 0) + " " + number(height, 0) +
                    "\" style=\"width:" + number(width, 0) + "px;height:" + number(height, 0) +
                    "px\" role=\"img\" aria-label=\"mastery by section and student\">";
  for (std::size_t st = 0; st < analysis.students.size(); ++st) {
    out += "<text x=\"" + number(kLabelWidth + kCell * (static_cast<double>(st) + 0.5), 1) + "\" y=\"16\" text-anchor=\"middle\">" +
           std::to_string(analysis.students[st].rank) + "<title>" + escaped(analysis.students[st].name) + "</title></text>";
  }
  for (std::size_t se = 0; se < analysis.sections.size(); ++se) {
    const double y = kHeader + kCell * static_cast<double>(se);
    out += "<text x=\"" + number(kLabelWidth - 6, 1) + "\" y=\"" + number(y + kCell * 0.65, 1) + "\" text-anchor=\"end\">" +
           escaped(analysis.sections[se].substr(0, 40)) + "</text>";
    for (std::size_t st = 0; st < analysis.students.size(); ++st) {
      const StudentStats& student = analysis.students[st];
      const std::optional<double> mastery = se < student.section_mastery.size() ? student.section_mastery[se] : std::nullopt;
      char fill[8];
      std::snprintf(fill, sizeof fill, "#%06x", mastery ? mastery_color(*mastery) : 0xddddddu);
      out += "<rect x=\"" + number(kLabelWidth + kCell * static_cast<double>(st) + 1, 1) + "\" y=\"" + number(y + 1, 1) +
             "\" width=\"" + number(kCell - 2, 1) + "\" height=\"" + number(kCell - 2, 1) + "\" fill=\"" + fill + "\"><title>" +
             escaped(student.name) + ", " + escaped(analysis.sections[se]) + ": " +
             (mastery ? number(*mastery * 100, 0) + "%" : std::string("n/a")) + "</title></rect>";
    }
  }
  return out + "</svg>";
}

// ---- Tables ----

std::string students_table(const ClassAnalysis& analysis) {
  std::string out = "<table><thead><tr><th>rank</th><th>student</th><th>first right</th><th>answered</th>"
                    "<th>all attempts right</th><th>mastery now</th><th>study min</th><th>streak (days)</th>"
                    "</tr></thead><tbody>";
  for (const StudentStats& s : analysis.students) {
    const double attempts_right = s.attempts == 0 ? 0.0 : static_cast<double>(s.correct) / static_cast<double>(s.attempts);
    out += "<tr><td>" + std::to_string(s.rank) + "</td><td>" + escaped(s.name) + "</td><td>" + number(s.score * 100, 0) +
           "%</td><td>" + std::to_string(s.answered) + "</td><td>" + number(attempts_right * 100, 0) + "%</td><td>" +
           (s.mastery ? number(*s.mastery * 100, 0) + "%" : std::string("n/a")) + "</td><td>" +
           number(s.study_minutes, 1) + "</td><td>" + std::to_string(s.streak_days) + "</td></tr>";
  }
  return out + "</tbody></table>";
}

// Each response with its count, the key in bold.
std::string responses_html(const QuestionStats& q) {
  std::string out;
  for (const ResponseCount& r : q.responses) {
    const std::string text = escaped(r.text.empty() ? std::string("(empty)") : r.text);
    out += (out.empty() ? "" : "<br>") + (r.is_key ? "<strong>" + text + "</strong>" : text) + " " + std::to_string(r.count);
  }
  return out;
}

std::string optional_figure(const std::optional<double>& value) { return value ? number(*value, 2) : std::string("n/a"); }

std::string questions_table(const ClassAnalysis& analysis) {
  std::string out = "<table><thead><tr><th>check</th><th>item</th><th>kind</th><th>students</th><th>facility first</th>"
                    "<th>facility all</th><th>discrimination</th><th>upper−lower 27%</th><th>median s</th>"
                    "<th>answer</th><th>question</th><th>responses (key in bold)</th><th>fact</th></tr></thead><tbody>";
  for (const QuestionStats& q : analysis.questions) {
    const bool is_flagged = q.flag != Flag::None;
    out += std::string(is_flagged ? "<tr class=\"flag\">" : "<tr>") + "<td>" + std::string(flag_text(q.flag)) +
           "</td><td><code>" + to_hex(q.item) + "</code></td><td>" + std::string(quizgen::question_kind_name(q.kind)) +
           "</td><td>" + std::to_string(q.students) + "</td><td>" + number(q.facility, 2) + "</td><td>" +
           number(q.facility_all, 2) + "</td><td>" + optional_figure(q.discrimination) + "</td><td>" +
           optional_figure(q.upper_lower) + "</td><td>" + number(q.median_answer_secs, 1) + "</td><td>" +
           escaped(q.answer) + "</td><td>" + escaped(q.prompt) + "</td><td>" + responses_html(q) + "</td><td><code>" +
           escaped(q.source) + "</code></td></tr>";
  }
  return out + "</tbody></table>";
}

constexpr const char* kStyle =
    "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
    "td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
    "tr.flag td{background:#fdecea}.plots{display:flex;flex-wrap:wrap;gap:2em}"
    "svg{width:380px;height:260px;font-size:10px}.note{color:#8a5a00}";

// Red (0) through yellow (0.5) to green (1), the way teachers read a mark sheet.
std::uint32_t blend(std::uint32_t from, std::uint32_t to, double t) {
  std::uint32_t out = 0;
  for (int shift : {16, 8, 0}) {
    const double a = static_cast<double>((from >> shift) & 0xFFu), b = static_cast<double>((to >> shift) & 0xFFu);
    out |= static_cast<std::uint32_t>(a + (b - a) * t + 0.5) << shift;
  }
  return out;
}

}  // namespace

std::uint32_t mastery_color(double mastery) {
  constexpr std::uint32_t kRed = 0xd73027, kYellow = 0xfee08b, kGreen = 0x1a9850;
  const double m = std::clamp(mastery, 0.0, 1.0);
  return m < 0.5 ? blend(kRed, kYellow, m * 2.0) : blend(kYellow, kGreen, (m - 0.5) * 2.0);
}

std::string class_report_html(const ClassAnalysis& analysis) {
  std::size_t flagged = 0;
  for (const QuestionStats& q : analysis.questions) flagged += q.flag != Flag::None ? 1 : 0;
  const std::string title = "Class report: " + escaped(analysis.deck_title);
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
                    "</title><style>" + kStyle + "</style></head><body>\n<h1>" + title + "</h1>\n<p>Deck <code>" +
                    escaped(analysis.deck_id) + "</code>: " + std::to_string(analysis.students.size()) + " students, " +
                    std::to_string(analysis.questions.size()) + " questions answered, <strong>" +
                    std::to_string(flagged) + " to check</strong>.</p>\n";
  for (const std::string& note : analysis.notes) out += "<p class=\"note\">" + escaped(note) + "</p>\n";
  out += "<div class=\"plots\"><figure>" + histogram_svg(analysis) +
         "<figcaption>Questions by facility</figcaption></figure><figure>" + scatter_svg(analysis) +
         "<figcaption>Facility and discrimination; dashed: the flag thresholds</figcaption></figure></div>\n";
  out += "<h2>Mastery now, by section</h2>\n<p>The expected share of each section's items a student recalls now "
         "(FSRS recall probability; items not studied count 0). Columns: students by rank.</p>\n<figure>" +
         heatmap_svg(analysis) + "</figure>\n";
  out += "<h2>Students</h2>\n" + students_table(analysis) + "\n<h2>Questions, the ones to check first</h2>\n" +
         questions_table(analysis) + "\n</body></html>\n";
  return out;
}

}  // namespace factdeck::classroom
