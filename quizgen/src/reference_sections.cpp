#include "reference_sections.hpp"

#include <algorithm>
#include <string>

#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

bool is_reference_title(std::string_view title) {
  const std::string normalized = normalize_text(title);
  for (std::string_view name : {"sources", "source", "bibliography", "references", "further reading",
                                "works cited", "literature", "sources and further reading"}) {
    if (normalized == name) return true;
  }
  return false;
}

namespace {

/// [section]: true when the section or one above it is a reference section.
std::vector<bool> reference_flags(const Article& article) {
  std::vector<bool> flags(article.sections.size(), false);
  for (std::size_t i = 0; i < article.sections.size(); ++i) {
    const Section& section = article.sections[i];
    const bool parent_is_reference = section.parent >= 0 && static_cast<std::size_t>(section.parent) < i &&
                                     flags[static_cast<std::size_t>(section.parent)];
    flags[i] = parent_is_reference || is_reference_title(section.title);
  }
  return flags;
}

bool is_in_reference_section(const std::vector<bool>& flags, const Fact& fact) {
  return fact.section >= 0 && static_cast<std::size_t>(fact.section) < flags.size() &&
         flags[static_cast<std::size_t>(fact.section)];
}

}  // namespace

std::optional<Article> without_reference_sections(const Article& article, std::vector<GenerateNote>& notes) {
  const std::vector<bool> flags = reference_flags(article);
  if (std::none_of(flags.begin(), flags.end(), [](bool f) { return f; })) return std::nullopt;
  Article content;
  content.file = article.file;
  content.meta = article.meta;
  content.sections = article.sections;
  std::vector<std::size_t> dropped(article.sections.size(), 0);
  for (const Fact& fact : article.facts) {
    if (is_in_reference_section(flags, fact)) ++dropped[static_cast<std::size_t>(fact.section)];
    else content.facts.push_back(fact);
  }
  for (std::size_t i = 0; i < dropped.size(); ++i) {
    if (dropped[i] == 0) continue;
    const Section& section = article.sections[i];
    notes.push_back(GenerateNote{NoteLevel::Note, {}, section.title, section.line, 0,
        "section '" + section.title + "' is a list of sources: its " + std::to_string(dropped[i]) +
            " tagged fact(s) are not asked (move a fact worth learning into a content section)"});
  }
  return content;
}

}  // namespace factdeck::quizgen
