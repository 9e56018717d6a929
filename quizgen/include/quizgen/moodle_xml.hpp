#pragma once
// Moodle XML: the export set as a <quiz> of multichoice, truefalse, shortanswer and matching
// questions, each section opened by a category pseudo-question (Moodle's "Moodle XML format").
#include <string>
#include <string_view>

#include "quizgen/export_set.hpp"

namespace factdeck::quizgen {

/// `text` safe inside an XML element or a double-quoted attribute: & < > " ' as entities,
/// control characters XML 1.0 forbids dropped, invalid UTF-8 bytes replaced by '?':
/// base/markup.hpp's Xml flavour.
[[nodiscard]] std::string xml_escape(std::string_view text);

/// The questions as a Moodle XML file (UTF-8). Texts are plain_text, so Moodle shows them as
/// written; each question's idnumber is its stable export id, its general feedback the source
/// sentence.
[[nodiscard]] std::string write_moodle_xml(const ExportSet& set);

}  // namespace factdeck::quizgen
