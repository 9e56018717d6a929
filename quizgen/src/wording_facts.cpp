#include "wording_facts.hpp"

#include <algorithm>
#include <string>

#include "base/utf8.hpp"

namespace factdeck::quizgen {

namespace {

/// Letters of the scripts after Latin: Greek (U+0370) up to the end of the scripts of India and
/// South-East Asia and Georgian/Hangul Jamo (U+11FF); kana, CJK and Hangul syllables. Latin
/// Extended Additional (U+1E00) and the punctuation and symbol blocks (U+2000...) are not letters
/// of another script, nor is a micro sign or a degree sign (below U+0370).
bool is_non_latin_letter(char32_t c) {
  return (c >= 0x0370 && c < 0x1200) || (c >= 0x3040 && c < 0xA000) || (c >= 0xAC00 && c < 0xD7B0);
}

bool is_name_type(SpanType type) { return type != SpanType::Date && type != SpanType::Number; }

/// The first name span written in another script, or none.
const Span* wording_span(const Fact& fact) {
  if (fact.card_list >= 0) return nullptr;  // a flashcard list asks what it lists, as written
  const auto it = std::find_if(fact.spans.begin(), fact.spans.end(), [](const Span& span) {
    return is_name_type(span.type) && has_non_latin_letter(span.text);
  });
  return it == fact.spans.end() ? nullptr : &*it;
}

}  // namespace

bool has_non_latin_letter(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; })) {
    return false;
  }
  const std::u32string code_points = decode_utf8(text);
  return std::any_of(code_points.begin(), code_points.end(), is_non_latin_letter);
}

std::optional<Article> without_wording_facts(const Article& article, std::vector<GenerateNote>& notes) {
  const auto wording = static_cast<std::size_t>(std::count_if(
      article.facts.begin(), article.facts.end(), [](const Fact& fact) { return wording_span(fact) != nullptr; }));
  constexpr std::size_t kLanguageArticleShare = 5;  // a fifth of the facts or more: about wording
  if (wording == 0 || wording * kLanguageArticleShare >= article.facts.size()) return std::nullopt;
  Article content;
  content.file = article.file;
  content.meta = article.meta;
  content.sections = article.sections;
  content.facts.reserve(article.facts.size() - wording);
  for (const Fact& fact : article.facts) {
    const Span* span = wording_span(fact);
    if (span == nullptr) {
      content.facts.push_back(fact);
      continue;
    }
    notes.push_back(GenerateNote{NoteLevel::Note, fact.key, span->text, span->line > 0 ? span->line : fact.line,
        span->column,
        "fact not asked: it gives a name in another script, which tests wording, not knowledge "
        "(give that form as an alias of the name instead)"});
  }
  return content;
}

}  // namespace factdeck::quizgen
