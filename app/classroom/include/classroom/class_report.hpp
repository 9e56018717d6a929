#pragma once
// The class report for the teacher: the analysis as a text table (for the terminal) and as one
// self-contained HTML page (tables and inline SVG plots; no scripts, fonts or files beside it).
#include <cstdint>
#include <string>

#include "classroom/class_analysis.hpp"

namespace factdeck::classroom {

/// The students ranked, then the questions flagged first, as aligned text columns.
[[nodiscard]] std::string class_report_text(const ClassAnalysis& analysis);

/// The same as an HTML page with a facility histogram, a facility × discrimination scatter plot
/// and a section × student mastery heatmap (inline SVG).
[[nodiscard]] std::string class_report_html(const ClassAnalysis& analysis);

/// The questions as CSV (RFC 4180, a header row, then one row per question in the report's
/// order), for a spreadsheet: figures, flag, the fact's place, and the responses with counts.
[[nodiscard]] std::string class_report_questions_csv(const ClassAnalysis& analysis);
/// The students as CSV by rank, with one mastery column per section.
[[nodiscard]] std::string class_report_students_csv(const ClassAnalysis& analysis);

/// The colour scale of the mastery heatmap: red at 0, yellow at 0.5, green at 1, as 0xRRGGBB.
[[nodiscard]] std::uint32_t mastery_color(double mastery);

/// Counts of questions by facility in ten bins of 0.1 (the last one holds 1.0 too).
[[nodiscard]] std::vector<std::size_t> facility_histogram(const ClassAnalysis& analysis);

}  // namespace factdeck::classroom
