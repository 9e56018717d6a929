#include "quizgen/gift.hpp"

namespace factdeck::quizgen {

namespace {

// GIFT has no escape for "->": Moodle reads an answer block holding "=" and "->" as a matching
// question and splits each pair at its first "->". So an arrow in a choice or short answer, or
// in the left text of a pair, is written as a Unicode arrow; the question still reads the same.
std::string answer_text(std::string_view text) {
  std::string out(text);
  for (std::size_t at = out.find("->"); at != std::string::npos; at = out.find("->", at)) {
    out.replace(at, 2, "\u2192");
  }
  return gift_escape(out);
}

void append_answers(std::string& out, const ExportQuestion& question) {
  switch (question.kind) {
    case ExportKind::TrueFalse:
      out += question.is_true ? "{TRUE}" : "{FALSE}";
      return;
    case ExportKind::ShortAnswer:
      out += "{";
      for (const std::string& answer : question.answers) out += "=" + answer_text(answer) + " ";
      out.back() = '}';
      return;
    case ExportKind::MultipleChoice:
      out += "{\n";
      for (std::size_t i = 0; i < question.options.size(); ++i) {
        const bool is_correct = static_cast<std::int32_t>(i) == question.correct_option;
        out += (is_correct ? "  =" : "  ~") + answer_text(question.options[i]) + "\n";
      }
      out += "}";
      return;
    case ExportKind::Matching:
      out += "{\n";
      for (const auto& [left, right] : question.pairs) {
        out += "  =" + answer_text(left) + " -> " + gift_escape(right) + "\n";
      }
      out += "}";
      return;
  }
}

}  // namespace

std::string gift_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    switch (c) {
      case '\\': case '~': case '=': case '#': case '{': case '}': case ':':
        out += '\\';
        out += c;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;  // CRLF: one line break
        out += "\\n";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string moodle_category_path(const std::vector<std::string>& category) {
  std::string path = "$course$";
  for (const std::string& name : category) {
    path += '/';
    for (char c : name) {
      if (c == '/') path += '/';  // Moodle reads "//" as a slash inside one name
      path += (c == '\n' || c == '\r') ? ' ' : c;
    }
  }
  return path;
}

std::string write_gift(const ExportSet& set) {
  std::string out = "// " + set.title + ": " + std::to_string(set.questions.size()) +
                    " questions exported by factdeck (GIFT format, UTF-8)\n";
  std::vector<std::string> category;
  for (const ExportQuestion& question : set.questions) {
    if (question.category != category) {
      category = question.category;
      out += "\n$CATEGORY: " + moodle_category_path(category) + "\n";
    }
    out += "\n::" + gift_escape(question.name) + "::" + gift_escape(question.stem) + " ";
    append_answers(out, question);
    out += "\n";
  }
  return out;
}

}  // namespace factdeck::quizgen
