#include "quizgen/card_article.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "base/text.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::string_view kDefaultSection = "Cards";

// "Capitals of Europe" → "capitals-of-europe": the deck's id, kept to letters, digits and '-'.
std::string slug_of(std::string_view title) {
  std::string slug;
  for (char c : title) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0) {
      slug += static_cast<char>(std::tolower(byte));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "imported-cards" : slug;
}

// Front matter values are one line; a heading is one line.
std::string one_line(std::string_view text) {
  std::string out;
  for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return std::string(trim(out));
}

std::string fact_line(const ImportedCard& card) {
  std::string line = "- ";
  for (const CardPart& part : card.parts) {
    const std::string text = escape_fact_text(part.text);
    line += part.is_answer ? "[" + text + "]{term@cards}" : text;
  }
  if (!card.hint.empty()) {
    std::string hint;
    for (char c : one_line(card.hint)) {
      if (c == '"' || c == '\\') hint += '\\';
      hint += c;
    }
    line += " {hint=\"" + hint + "\"}";
  }
  return line + "\n";
}

std::string section_name(const ImportedCard& card) {
  return one_line(card.section).empty() ? std::string(kDefaultSection) : one_line(card.section);
}

}  // namespace

ImportedCard basic_card(std::string_view front, std::string_view back) {
  ImportedCard card;
  std::string question(trim(front));
  // "Capital of France?" reads better as "Capital of France? Paris" than with a colon.
  const bool ends_sentence = !question.empty() && (question.back() == '?' || question.back() == ':' ||
                                                   question.back() == '.' || question.back() == '!');
  card.parts.push_back(CardPart{question + (ends_sentence ? " " : ": "), false});
  card.parts.push_back(CardPart{std::string(trim(back)), true});
  return card;
}

std::string escape_fact_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '[': case ']': case '{': case '}': case '|': case '=': case '@': case '"': case '*': case '\\':
        out += '\\';
        out += c;
        break;
      case '\n': case '\r': case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  for (std::size_t at = out.find("<!--"); at != std::string::npos; at = out.find("<!--", at)) out.insert(at + 1, " ");
  return out;
}

std::vector<std::size_t> cards_in_article_order(const ImportedDeck& deck) {
  // Sections in the order they first appear; each card under its own.
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::size_t>> by_section;
  for (std::size_t i = 0; i < deck.cards.size(); ++i) {
    const std::string section = section_name(deck.cards[i]);
    if (by_section.find(section) == by_section.end()) order.push_back(section);
    by_section[section].push_back(i);
  }
  std::vector<std::size_t> cards;
  for (const std::string& section : order) cards.insert(cards.end(), by_section[section].begin(), by_section[section].end());
  return cards;
}

std::string write_card_article(const ImportedDeck& deck) {
  const std::string title = one_line(deck.title).empty() ? "Imported cards" : one_line(deck.title);
  // "-imported": the deck must not take the id of the deck it may have been exported from.
  std::string out = "---\ntitle: " + title + "\nid: " + slug_of(title) + "-imported\n";
  if (!deck.source.empty()) out += "source: " + one_line(deck.source) + "\n";
  out += "---\n";
  std::optional<std::string> section;  // of the card written last
  for (const std::size_t i : cards_in_article_order(deck)) {
    const ImportedCard& card = deck.cards[i];
    if (section != section_name(card)) {
      section = section_name(card);
      out += "\n# " + *section + "\n\n";
    }
    out += fact_line(card);
  }
  return out;
}

}  // namespace factdeck::quizgen
