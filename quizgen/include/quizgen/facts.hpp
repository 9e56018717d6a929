#pragma once
// The facts model: what a parsed *.facts.md article is. Plain data, no behaviour beyond helpers.
// Vocabulary (docs/facts-format.md): a *fact* is one tagged sentence or list item; a *span* is one
// tagged part of it; every fact belongs to a *section* (a Markdown heading).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quizgen/values.hpp"

namespace factdeck::quizgen {

enum class SpanType { Person, Date, Place, Organization, Event, Number, Term };
inline constexpr SpanType kAllSpanTypes[] = {SpanType::Person, SpanType::Date,   SpanType::Place,
                                             SpanType::Organization, SpanType::Event,
                                             SpanType::Number, SpanType::Term};

/// The tag word used in the file ("person", "date", "place", "org", "event", "number", "term").
[[nodiscard]] std::string_view span_type_name(SpanType type);
/// Parses a tag word (also accepts the long forms "organization"/"organisation", "quantity").
[[nodiscard]] std::optional<SpanType> span_type_from_name(std::string_view name);

/// One tagged span inside a fact.
struct Span {
  SpanType type = SpanType::Term;
  std::string text;                  // as written in the sentence ("Stalin")
  std::string canonical;             // canonical form ("Joseph Stalin"); equals text if not given
  std::vector<std::string> aliases;  // other accepted forms
  std::string group;                 // fair-distractor group ("foreign-commissars"); may be empty
  std::optional<DateValue> date;     // set for SpanType::Date
  std::optional<NumberValue> number; // set for SpanType::Number when the text has a value
  std::uint32_t begin = 0;           // byte offset of `text` in Fact::text
  std::uint32_t end = 0;             // one past the last byte
  int line = 0;                      // where the span's '[' is in the source (1-based)
  int column = 0;                    // column in characters (code points), 1-based
};

/// A teacher's decision about the questions of one fact, written under it in a review comment
/// (docs/facts-format.md, "Review and lock") and applied every time the deck is built.
enum class ReviewAction { Reject, Exclude, Pin, Reword };
/// The questions a reject or reword decision is about.
enum class ReviewKind { Cloze, Choice, Wh, TrueStatement, FalseStatement, All };

struct ReviewDecision {
  ReviewAction action = ReviewAction::Reject;
  ReviewKind kind = ReviewKind::All;  // reject and reword
  std::string span;                   // the span's text or canonical form; empty: every span
  std::string value;                  // exclude, pin: the wrong option; reword: the new wording
  int line = 0;                       // where the decision is written
  int column = 0;                     // in characters (code points), 1-based
};

/// One fact: a sentence or list item with at least one span, markup removed; or a card, one
/// entry of a definition list ("Term" then ": definition"), whose two spans are its term and
/// its definition (docs/facts-format.md, "Plain flashcards").
struct Fact {
  std::string id;                 // explicit id ("rapallo-1922") or empty when not given
  std::string key;                // stable key: id if given, else derived from the fact's content
  std::string text;               // the plain sentence, markup removed ("In 1922 Germany and ...")
  std::vector<Span> spans;
  std::vector<std::string> tags;  // from `.tag` attributes
  std::string hint;               // from `hint="..."`
  int section = -1;               // index into Article::sections
  int line = 0;                   // first source line of the fact
  int card_list = -1;             // cards: which definition list of the file (0, 1…); else -1
  std::vector<ReviewDecision> review;  // from the review comments under the fact
};

/// A card's two spans: the term (front), then the definition (back).
inline constexpr std::size_t kCardTermSpan = 0;
inline constexpr std::size_t kCardDefinitionSpan = 1;
/// What stands between a card's term and its definition in Fact::text.
inline constexpr std::string_view kCardSeparator = " \u2014 ";

/// A Markdown heading; `parent` is -1 for top-level sections.
struct Section {
  std::string title;
  int level = 1;   // number of '#'
  int parent = -1;
  int line = 0;
  std::vector<std::string> prose;  // its paragraphs and list items with no span, markup removed
};

/// Front-matter metadata of an article.
struct ArticleMeta {
  std::string title;
  std::string source;
  std::string author;
  std::string language;
  std::string licence;
  std::string deck_id;  // `id:` in the front matter; stable name of the deck
};

struct Article {
  std::string file;  // path as given to the parser, used in diagnostics
  ArticleMeta meta;
  std::vector<Section> sections;
  std::vector<Fact> facts;
};

}  // namespace factdeck::quizgen
