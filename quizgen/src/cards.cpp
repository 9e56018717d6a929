// Plain flashcards: reading a definition list entry as a card, and asking its two items.
#include "cards.hpp"

#include <algorithm>
#include <utility>

#include "base/prng.hpp"
#include "base/text.hpp"
#include "quizgen/normalize.hpp"
#include "spans.hpp"
#include "variants.hpp"

namespace factdeck::quizgen::detail {

namespace {

// ---- Reading a card ----

// Groups no tag can name (a group in a tag has no spaces): a card's sides are never offered as
// wrong options for a tagged term, nor tagged terms for them.
constexpr std::string_view kTermGroup = "card terms";
constexpr std::string_view kDefinitionGroup = "card definitions";

Span card_span(std::string text, std::size_t begin, std::string_view group, SourcePoint at,
               const DiagnosticSink& sink) {
  Span span;
  span.type = SpanType::Term;
  span.group = group;
  span.canonical = text;
  span.begin = static_cast<std::uint32_t>(begin);
  span.end = static_cast<std::uint32_t>(begin + text.size());
  span.text = std::move(text);
  span.line = at.line;
  span.column = sink.column_of(at);
  return span;
}

// A card's answers are its term and its definition: a tag inside either would be a third.
bool has_no_tags(const InlineFact& part, DiagnosticSink& sink) {
  if (part.spans.empty()) return true;
  sink.error(part.first_span_at, "tagged span in a definition list: a card's answers are its term and "
                                 "its definition (remove the tag, or write the fact as a sentence)");
  return false;
}

// ---- Asking a card ----

/// The facts [first, end) of the definition list `fact_index` belongs to: its cards are
/// consecutive, since anything else between two cards ends the list.
std::pair<std::size_t, std::size_t> list_range(const Article& article, std::size_t fact_index) {
  const int list = article.facts[fact_index].card_list;
  std::size_t first = fact_index;
  while (first > 0 && article.facts[first - 1].card_list == list) --first;
  std::size_t end = fact_index + 1;
  while (end < article.facts.size() && article.facts[end].card_list == list) ++end;
  return {first, end};
}

// Up to this many cards, every other card of the list is a candidate; a longer list is sampled
// (a glossary of thousands of cards would otherwise cost a pass over it per item).
constexpr std::size_t kListScannedWhole = 32;

/// Up to `wanted` other cards' sides of the same definition list, as written, in a random order:
/// no repeats, none that reads like the answer.
std::vector<std::string> list_mates(const Article& article, std::size_t fact_index, std::size_t span_index,
                                    std::size_t wanted, SplitMix64& rng) {
  const auto [first, end] = list_range(article, fact_index);
  std::vector<std::size_t> order;
  if (end - first <= kListScannedWhole) {
    for (std::size_t f = first; f < end; ++f) order.push_back(f);
    shuffle_with(order, rng);
  } else {
    for (std::size_t draw = 0; draw < 4 * wanted; ++draw) order.push_back(first + rng.below(end - first));
  }
  std::vector<std::string> seen{normalize_answer(article.facts[fact_index].spans[span_index].text)};
  std::vector<std::string> mates;
  for (std::size_t f : order) {
    if (mates.size() == wanted) break;
    const std::string& text = article.facts[f].spans[span_index].text;
    std::string normalized = normalize_answer(text);
    if (f == fact_index || std::find(seen.begin(), seen.end(), normalized) != seen.end()) continue;
    seen.push_back(std::move(normalized));
    mates.push_back(text);
  }
  return mates;
}

GenerateNote card_note(NoteLevel level, const Fact& card, const Span& span, std::string message) {
  return GenerateNote{level, card.key, span.text, span.line, span.column, std::move(message)};
}

std::optional<Question> make_card_choice(const Article& article, std::size_t fact_index, std::size_t span_index,
                                         const GenerateOptions& options, SplitMix64& rng,
                                         std::vector<GenerateNote>& notes) {
  const Fact& card = article.facts[fact_index];
  const Span& span = card.spans[span_index];
  const std::string_view sides = span_index == kCardTermSpan ? "terms" : "definitions";
  const std::size_t wanted = options.max_options > 0 ? options.max_options - 1 : 0;
  std::vector<std::string> wrong = list_mates(article, fact_index, span_index, wanted, rng);
  if (wrong.size() + 1 < options.min_options) {
    notes.push_back(card_note(NoteLevel::Warning, card, span,
        "multiple choice skipped: only " + std::to_string(wrong.size()) + " other " + std::string(sides) +
            " in this definition list (need " + std::to_string(options.min_options - 1) + ")"));
    return std::nullopt;
  }
  Question question{QuestionKind::MultipleChoice, blank_out(card, span), std::move(wrong), -1, true, {}};
  question.options.push_back(span.text);
  shuffle_with(question.options, rng);
  const auto correct = std::find(question.options.begin(), question.options.end(), span.text);
  question.correct_option = static_cast<std::int32_t>(correct - question.options.begin());
  return question;
}

}  // namespace

std::optional<std::size_t> definition_start(std::string_view line) {
  const std::size_t indent = leading_space(line);
  if (indent > 3 || line.size() < indent + 3 || line[indent] != ':') return std::nullopt;
  if (line[indent + 1] != ' ' && line[indent + 1] != '\t') return std::nullopt;
  const std::size_t start = indent + 1 + leading_space(line.substr(indent + 1));
  if (start >= line.size()) return std::nullopt;
  return start;
}

std::optional<Fact> read_card(const BlockText& term, const BlockText& definition, DiagnosticSink& sink) {
  InlineFact front = parse_inline(term, sink);
  InlineFact back = parse_inline(definition, sink);
  const bool term_ok = has_no_tags(front, sink);
  if (!has_no_tags(back, sink) || !term_ok || front.text.empty() || back.text.empty()) return std::nullopt;
  if (front.attributes) {
    sink.warning(front.attributes_at, "attribute block after a card's term is ignored; put it at the end "
                                      "of the definition");
  }
  Fact card;
  card.line = term.first_line();
  if (back.attributes) {
    card.id = back.attributes->id;
    card.tags = std::move(back.attributes->tags);
    card.hint = std::move(back.attributes->hint);
  }
  card.text = front.text + std::string(kCardSeparator) + back.text;
  const std::size_t definition_begin = front.text.size() + kCardSeparator.size();
  card.spans.push_back(card_span(std::move(front.text), 0, kTermGroup, term.segments.front().source, sink));
  card.spans.push_back(
      card_span(std::move(back.text), definition_begin, kDefinitionGroup, definition.segments.front().source, sink));
  return card;
}

void add_card_questions(const Article& article, std::size_t fact_index, std::size_t span_index,
                        const GenerateOptions& options, Item& item, std::vector<GenerateNote>& notes) {
  const Fact& card = article.facts[fact_index];
  SplitMix64 rng(options.seed, item.id.value);
  item.hint.type_word = span_index == kCardTermSpan ? "a term" : "a definition";
  item.questions.push_back(Question{QuestionKind::Cloze, blank_out(card, card.spans[span_index]), {}, -1, true, {}});
  if (auto choice = make_card_choice(article, fact_index, span_index, options, rng, notes)) {
    item.questions.push_back(std::move(*choice));
  }
}

}  // namespace factdeck::quizgen::detail
