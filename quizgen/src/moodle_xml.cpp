#include "quizgen/moodle_xml.hpp"

#include "base/markup.hpp"
#include "quizgen/gift.hpp"

namespace factdeck::quizgen {

namespace {

// A wrong multiple-choice answer costs a third of the mark on a retry, as Moodle's own default;
// a true/false question cannot be retried usefully, so its penalty is the whole mark.
constexpr const char* kChoicePenalty = "0.3333333";
constexpr const char* kTrueFalsePenalty = "1.0000000";

std::string text_element(std::string_view text) { return "<text>" + xml_escape(text) + "</text>"; }

void append_category(std::string& out, const std::vector<std::string>& category) {
  out += "  <question type=\"category\">\n    <category>\n      " +
         text_element(moodle_category_path(category)) + "\n    </category>\n  </question>\n\n";
}

void append_answer(std::string& out, int fraction, std::string_view text) {
  out += "    <answer fraction=\"" + std::to_string(fraction) + "\" format=\"plain_text\">\n      " +
         text_element(text) + "\n      <feedback format=\"plain_text\"><text></text></feedback>\n" +
         "    </answer>\n";
}

void append_common(std::string& out, const ExportQuestion& question) {
  out += "  <question type=\"" + std::string(export_kind_name(question.kind)) + "\">\n";
  out += "    <name>\n      " + text_element(question.name) + "\n    </name>\n";
  out += "    <questiontext format=\"plain_text\">\n      " + text_element(question.stem) +
         "\n    </questiontext>\n";
  out += "    <generalfeedback format=\"plain_text\">\n      " + text_element(question.source) +
         "\n    </generalfeedback>\n";
  out += "    <defaultgrade>1.0000000</defaultgrade>\n";
  out += std::string("    <penalty>") +
         (question.kind == ExportKind::TrueFalse ? kTrueFalsePenalty : kChoicePenalty) +
         "</penalty>\n";
  out += "    <hidden>0</hidden>\n";
  out += "    <idnumber>" + xml_escape(question.id) + "</idnumber>\n";
}

void append_body(std::string& out, const ExportQuestion& question) {
  switch (question.kind) {
    case ExportKind::MultipleChoice:
      out += "    <single>true</single>\n    <shuffleanswers>true</shuffleanswers>\n"
             "    <answernumbering>abc</answernumbering>\n";
      for (std::size_t i = 0; i < question.options.size(); ++i) {
        const bool is_correct = static_cast<std::int32_t>(i) == question.correct_option;
        append_answer(out, is_correct ? 100 : 0, question.options[i]);
      }
      return;
    case ExportKind::TrueFalse:
      append_answer(out, question.is_true ? 100 : 0, "true");
      append_answer(out, question.is_true ? 0 : 100, "false");
      return;
    case ExportKind::ShortAnswer:
      out += "    <usecase>0</usecase>\n";
      for (const std::string& answer : question.answers) append_answer(out, 100, answer);
      return;
    case ExportKind::Matching:
      out += "    <shuffleanswers>true</shuffleanswers>\n";
      for (const auto& [left, right] : question.pairs) {
        out += "    <subquestion format=\"plain_text\">\n      " + text_element(left) +
               "\n      <answer>\n        " + text_element(right) + "\n      </answer>\n" +
               "    </subquestion>\n";
      }
      return;
  }
}

}  // namespace

std::string xml_escape(std::string_view text) { return escape_markup(text, Markup::Xml); }

std::string write_moodle_xml(const ExportSet& set) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n";
  std::string title = xml_escape(set.title);
  // "--" may not appear inside an XML comment.
  for (std::size_t at = title.find("--"); at != std::string::npos; at = title.find("--", at)) {
    title.replace(at, 2, "- -");
  }
  out += "<!-- " + title + ": " + std::to_string(set.questions.size()) +
         " questions exported by factdeck -->\n\n";
  std::vector<std::string> category;
  for (const ExportQuestion& question : set.questions) {
    if (question.category != category) {
      category = question.category;
      append_category(out, category);
    }
    append_common(out, question);
    append_body(out, question);
    out += "  </question>\n\n";
  }
  out += "</quiz>\n";
  return out;
}

}  // namespace factdeck::quizgen
