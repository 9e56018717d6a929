#pragma once
// Draft tags, private parts: the word tokens of a fact and the candidates each heuristic finds.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "quizgen/draft.hpp"

namespace factdeck::quizgen::detail {

enum class TokenKind { Word, Number, Punct };

/// One token of a fact's text: a word (letters, with inner apostrophes and hyphens), a number
/// (digits, with inner ',' and '.' between digits) or one other character.
struct Token {
  TokenKind kind = TokenKind::Punct;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool is_capitalized = false;     // first letter upper case (Latin, Greek, Cyrillic)
  bool is_all_caps = false;        // two or more letters, all upper case ("NKVD")
  bool is_foreign_script = false;  // Cyrillic, Greek or another non-Latin script
  bool starts_sentence = false;    // first word of the fact or after '.', '!', '?', ':', a quote
  bool space_before = false;       // whitespace right before it
};

[[nodiscard]] std::vector<Token> tokenize_fact(std::string_view text);

/// What the whole text tells about its words: which appear in lower case somewhere, and how often
/// each word is written in a heading.
struct Lexicon {
  std::unordered_set<std::string> lowercase_words;  // words seen starting with a lower-case letter
  std::unordered_map<std::string, int> heading_words;  // word → times written in the headings
};
[[nodiscard]] Lexicon build_lexicon(const std::vector<DraftFact>& facts,
                                    const std::vector<DraftHeading>& headings);

/// A proposal before groups: its place, type and evidence.
struct Candidate {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  SpanType type = SpanType::Term;
  double confidence = 0.0;
  ProposalReason reason = ProposalReason::NameShape;
  std::string canonical;  // empty when the text is its own canonical form
  std::string note;
  std::string kind;       // a finer kind for groups ("countries", "treaties"), or empty
};

/// The place names the proposer knows (draft_gazetteer.cpp): kind plural ("countries",
/// "capitals", "continents", "oceans and seas", "rivers", "planets"...), or empty.
[[nodiscard]] std::string_view gazetteer_kind(std::string_view name);

/// Dates and numbers in `text`, read by the parser's value grammars; marks their tokens used.
void find_values(std::string_view text, const std::vector<Token>& tokens, std::vector<bool>& used,
                 std::vector<Candidate>& out);

/// Names and terms among the tokens not yet used.
void find_names(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lexicon,
                std::vector<bool>& used, std::vector<Candidate>& out);

/// Damerau-Levenshtein distance between two words (code points), capped at `limit + 1`.
[[nodiscard]] int edit_distance(std::string_view a, std::string_view b, int limit);

/// Text-wide passes over all facts' candidates: surnames, one type per name, recurrences and
/// misspellings of names seen elsewhere (tags kept from the input count as names seen).
void link_entities(const std::vector<DraftFact>& facts, const Lexicon& lexicon,
                   std::vector<std::vector<Candidate>>& candidates);

/// Proposes a group for every proposal of a type that takes groups (person, place, org, event,
/// term) from its kind (`kinds`, one per proposal) and the sections it is named in; a name the
/// input tagged with a group keeps that group.
void assign_groups(const DraftResult& draft, const std::vector<std::string>& kinds,
                   std::vector<Proposal>& proposals);

/// A group name made of lower-case ASCII letters, digits and '-' ("oceans and seas" →
/// "oceans-and-seas").
[[nodiscard]] std::string group_slug(std::string_view words);

}  // namespace factdeck::quizgen::detail
