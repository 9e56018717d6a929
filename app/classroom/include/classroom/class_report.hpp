#pragma once
// The class report for the teacher: the analysis as a text table (for the terminal) and as one
// self-contained HTML page (tables and inline SVG plots; no scripts, fonts or files beside it).
#include <string>

#include "classroom/class_analysis.hpp"

namespace factdeck::classroom {

/// The students ranked, then the questions flagged first, as aligned text columns.
[[nodiscard]] std::string class_report_text(const ClassAnalysis& analysis);

/// The same as an HTML page with a facility histogram and a facility × discrimination scatter
/// plot (inline SVG).
[[nodiscard]] std::string class_report_html(const ClassAnalysis& analysis);

/// Counts of questions by facility in ten bins of 0.1 (the last one holds 1.0 too).
[[nodiscard]] std::vector<std::size_t> facility_histogram(const ClassAnalysis& analysis);

}  // namespace factdeck::classroom
