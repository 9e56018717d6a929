#include "quizgen/note_advice.hpp"

namespace factdeck::quizgen {

namespace {

/// The text between `open` and the next `close` after it, or "".
std::string_view between(std::string_view text, std::string_view open, std::string_view close) {
  const std::size_t begin = text.find(open);
  if (begin == std::string_view::npos) return {};
  const std::size_t from = begin + open.size();
  const std::size_t end = text.find(close, from);
  return end == std::string_view::npos ? std::string_view{} : text.substr(from, end - from);
}

/// How many more values the choice needs: "(need 2)" less "only 1", in words.
std::string_view how_many_more(std::string_view message) {
  const std::string_view have = between(message, "only ", " ");
  const std::string_view need = between(message, "(need ", ")");
  const int more = (need.empty() ? 2 : need.front() - '0') - (have.empty() ? 0 : have.front() - '0');
  return more <= 1 ? "one more" : "two more";
}

/// "multiple choice skipped: only 1 fair wrong option(s) among place values in group 'cities'".
std::string fix_too_few_options(std::string_view message) {
  if (message.find("among dates") != std::string_view::npos) {
    return "state " + std::string(how_many_more(message)) +
           " date(s) of this precision within a few years of it, or give this date to the month or day";
  }
  const std::string_view group = between(message, "group '", "'");
  if (!group.empty()) {
    return "add " + std::string(how_many_more(message)) + " " + std::string(between(message, "among ", " values")) +
           " value(s) to group '" +
           std::string(group) + "', stated in facts of the same period, or merge the group with a related one";
  }
  return "give the span a @group and state " + std::string(how_many_more(message)) +
         " value(s) of that group (numbers: in the same unit)";
}

}  // namespace

std::string note_fix(std::string_view message) {
  if (message.starts_with("multiple choice skipped: only")) return fix_too_few_options(message);
  if (message.ends_with("names the answer's leader")) {
    return "reword the sentence without the leader's name, or untag the place here";
  }
  if (message.ends_with("names the answer")) {
    return "reword the sentence so that no form, root or adjective of the answer is left in it, or untag the span";
  }
  if (message.find("holds for every value on the far side") != std::string_view::npos) {
    return "state a fixed relation instead of 'beyond' (\"the belt begins at the orbit of Neptune\")";
  }
  return {};
}

}  // namespace factdeck::quizgen
