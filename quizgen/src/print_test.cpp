#include "quizgen/print_test.hpp"

#include "base/markup.hpp"

namespace factdeck::quizgen {

namespace {

// Plain and print-friendly: serif text, no colours that cost ink, the key on its own page
// (both the old page-break and the newer break property, for older print engines).
constexpr const char* kStyle = R"(body { font-family: Georgia, "DejaVu Serif", serif; max-width: 44em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #000; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; border-bottom: 1px solid #000; margin-top: 1.6em; }
.meta { margin-top: 0; }
.student span { display: inline-block; min-width: 14em; border-bottom: 1px solid #000; margin-right: 2em; }
.question { break-inside: avoid; page-break-inside: avoid; margin: 0.9em 0; }
.stem { margin: 0.2em 0; }
.number { font-weight: bold; margin-right: 0.4em; }
ol.options { list-style-type: lower-alpha; margin: 0.2em 0 0 1.5em; }
.blank { display: inline-block; min-width: 16em; border-bottom: 1px solid #000; }
.box { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #000; vertical-align: middle; margin: 0 0.3em 0 1em; }
table.matching { border-collapse: collapse; margin: 0.3em 0 0 1.5em; }
table.matching td { padding: 0.15em 0.8em 0.15em 0; vertical-align: top; }
td.gap { min-width: 3em; border-bottom: 1px solid #000; }
.key { break-before: page; page-break-before: always; }
.key li { margin: 0.25em 0; }
.source { color: #333; font-size: 0.9em; }
)";

std::string letter(std::size_t index) {
  return index < 26 ? std::string(1, static_cast<char>('a' + index)) : std::to_string(index + 1);
}

std::string section_title(const std::vector<std::string>& category) {
  std::string title;
  for (std::size_t i = 1; i < category.size(); ++i) {
    if (!title.empty()) title += " \u203a ";
    title += category[i];
  }
  return title.empty() && !category.empty() ? category.front() : title;
}

// The index in `options` (the right column as shown) of the match of `right`.
std::size_t shown_index(const ExportQuestion& question, const std::string& right) {
  for (std::size_t i = 0; i < question.options.size(); ++i) {
    if (question.options[i] == right) return i;
  }
  return 0;
}

void append_matching(std::string& out, const ExportQuestion& question) {
  out += "<table class=\"matching\">\n";
  const std::size_t rows = std::max(question.pairs.size(), question.options.size());
  for (std::size_t i = 0; i < rows; ++i) {
    out += "<tr>";
    out += i < question.pairs.size()
               ? "<td>" + std::to_string(i + 1) + ". " + html_escape(question.pairs[i].first) +
                     "</td><td class=\"gap\"></td>"
               : std::string("<td></td><td></td>");
    out += i < question.options.size()
               ? "<td>" + letter(i) + ". " + html_escape(question.options[i]) + "</td>"
               : std::string("<td></td>");
    out += "</tr>\n";
  }
  out += "</table>\n";
}

void append_question(std::string& out, std::size_t number, const ExportQuestion& question) {
  out += "<div class=\"question\" id=\"q" + std::to_string(number) + "\">\n<p class=\"stem\">" +
         "<span class=\"number\">" + std::to_string(number) + ".</span>" +
         html_escape(question.stem) + "</p>\n";
  switch (question.kind) {
    case ExportKind::MultipleChoice:
      out += "<ol class=\"options\">\n";
      for (const std::string& option : question.options) out += "<li>" + html_escape(option) + "</li>\n";
      out += "</ol>\n";
      break;
    case ExportKind::TrueFalse:
      out += "<p><span class=\"box\"></span>True <span class=\"box\"></span>False</p>\n";
      break;
    case ExportKind::ShortAnswer:
      out += "<p>Answer: <span class=\"blank\"></span></p>\n";
      break;
    case ExportKind::Matching:
      append_matching(out, question);
      break;
  }
  out += "</div>\n";
}

std::string key_answer(const ExportQuestion& question) {
  switch (question.kind) {
    case ExportKind::MultipleChoice: {
      const auto correct = static_cast<std::size_t>(question.correct_option);
      return letter(correct) + ". " + html_escape(question.options[correct]);
    }
    case ExportKind::TrueFalse:
      return question.is_true ? "True" : "False";
    case ExportKind::ShortAnswer: {
      if (question.answers.empty()) return {};
      std::string text = html_escape(question.answers.front());
      for (std::size_t i = 1; i < question.answers.size(); ++i) {
        text += (i == 1 ? " (also accepted: " : "; ") + html_escape(question.answers[i]);
      }
      return question.answers.size() > 1 ? text + ")" : text;
    }
    case ExportKind::Matching: {
      std::string text;
      for (std::size_t i = 0; i < question.pairs.size(); ++i) {
        if (i > 0) text += ", ";
        text += std::to_string(i + 1) + "\u2013" + letter(shown_index(question, question.pairs[i].second));
      }
      return text;
    }
  }
  return {};
}

void append_key(std::string& out, const ExportSet& set) {
  out += "<section class=\"key\">\n<h2>Answer key</h2>\n<ol>\n";
  for (const ExportQuestion& question : set.questions) {
    out += "<li>" + key_answer(question);
    if (!question.source.empty() && question.kind != ExportKind::TrueFalse) {
      out += "<br><span class=\"source\">" + html_escape(question.source) + "</span>";
    }
    out += "</li>\n";
  }
  out += "</ol>\n</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) { return escape_markup(text, Markup::Html); }

std::string write_print_test(const ExportSet& set) {
  const std::string title = html_escape(set.title);
  std::string out = "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
                    " \u2014 practice test</title>\n<style>\n" + kStyle + "</style>\n</head>\n<body>\n";
  out += "<header>\n<h1>" + title + "</h1>\n<p class=\"meta\">Practice test \u00b7 " +
         std::to_string(set.questions.size()) + " questions</p>\n" +
         "<p class=\"student\">Name: <span></span> Date: <span></span></p>\n</header>\n";
  std::vector<std::string> category;
  for (std::size_t i = 0; i < set.questions.size(); ++i) {
    const ExportQuestion& question = set.questions[i];
    if (question.category != category) {
      category = question.category;
      out += "<h2>" + html_escape(section_title(category)) + "</h2>\n";
    }
    append_question(out, i + 1, question);
  }
  append_key(out, set);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace factdeck::quizgen
