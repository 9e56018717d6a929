#include "anki/card_import.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "anki/field_text.hpp"
#include "base/text.hpp"

namespace factdeck::anki {

namespace {

// ---- Anki notes ----

bool has_answer(const std::vector<quizgen::CardPart>& parts) {
  return std::any_of(parts.begin(), parts.end(),
                     [](const quizgen::CardPart& part) { return part.is_answer && !trim(part.text).empty(); });
}

// "europe::west" → "europe / west"; Anki tags use "_" for spaces.
std::string section_of_tag(const std::string& tag) {
  std::string section;
  for (std::size_t i = 0; i < tag.size(); ++i) {
    if (tag.compare(i, 2, "::") == 0) {
      section += " / ";
      ++i;
    } else {
      section += tag[i] == '_' ? ' ' : tag[i];
    }
  }
  return section;
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The text of one piece of a cloze field: like field_plain_text, but a space at either end stays,
// so "the {{c1::Tiber}}" does not become "the[Tiber]".
std::string plain_piece(const std::string& html) {
  std::string text = field_plain_text(html);
  if (text.empty()) return html.empty() ? text : " ";
  const bool is_spaced_before = is_space_byte(html.front()) || html.starts_with("&nbsp;");
  const bool is_spaced_after = is_space_byte(html.back()) || html.ends_with("&nbsp;");
  return (is_spaced_before ? " " : "") + text + (is_spaced_after ? " " : "");
}

void plain_pieces(std::vector<quizgen::CardPart>& parts) {
  for (quizgen::CardPart& part : parts) part.text = part.is_answer ? field_plain_text(part.text) : plain_piece(part.text);
}

std::optional<quizgen::ImportedCard> card_of_note(const Note& note, const NoteType& type, std::string& why) {
  if (type.kind == NoteKind::Cloze) {
    ClozeText cloze = split_cloze(note.fields.front());
    plain_pieces(cloze.parts);
    if (!has_answer(cloze.parts)) {
      why = "its Text has no {{c1::...}} cloze";
      return std::nullopt;
    }
    quizgen::ImportedCard card;
    card.parts = std::move(cloze.parts);
    card.hint = field_plain_text(cloze.hint);
    return card;
  }
  if (note.fields.size() < 2) {
    why = "note type '" + type.name + "' has one field, no back";
    return std::nullopt;
  }
  const std::string front = field_plain_text(note.fields[0]);
  const std::string back = field_plain_text(note.fields[1]);
  if (front.empty() || back.empty()) {
    why = front.empty() ? "the front is empty (or only media)" : "the back is empty (or only media)";
    return std::nullopt;
  }
  return quizgen::basic_card(front, back);
}

// ---- Text exports ----

struct TextHeaders {
  std::optional<char> separator;
  bool is_html = false;
  int tags_column = 0;                 // 1-based; 0: none
  std::vector<int> skipped_columns;    // deck, notetype, guid columns
  std::string tags;                    // "#tags:" for every card
};

Result<char> separator_named(std::string_view name, const std::string& file, int line) {
  const std::string lower = [&] {
    std::string out(name);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }();
  if (lower == "tab" || name == "\t") return '\t';
  if (lower == "comma" || name == ",") return ',';
  if (lower == "semicolon" || name == ";") return ';';
  if (lower == "pipe" || name == "|") return '|';
  if (lower == "colon" || name == ":") return ':';
  if (lower == "space" || name == " ") return ' ';
  return fail(ErrorCode::Parse, "unknown #separator '" + std::string(name) + "' (Tab, Comma, Semicolon, Pipe, Colon or Space)",
              file, line, 12);
}

// One "#key:value" header line; false when the line is not a header Anki defines.
Result<bool> read_header(std::string_view line, TextHeaders& headers, const std::string& file, int line_number) {
  const std::size_t colon = line.find(':');
  if (!line.starts_with("#") || colon == std::string_view::npos) return false;
  const std::string_view key = line.substr(1, colon - 1);
  const std::string_view value = line.substr(colon + 1);
  const auto column_number = [&] { return std::max(0, std::atoi(std::string(trim(value)).c_str())); };
  if (key == "separator") {
    Result<char> separator = separator_named(value == "\t" || value == " " ? value : trim(value), file, line_number);
    if (!separator) return Unexpected{separator.error()};
    headers.separator = *separator;
  } else if (key == "html") {
    headers.is_html = trim(value) == "true";
  } else if (key == "tags column") {
    headers.tags_column = column_number();
  } else if (key == "deck column" || key == "notetype column" || key == "guid column") {
    headers.skipped_columns.push_back(column_number());
  } else if (key == "tags") {
    headers.tags = std::string(trim(value));
  } else if (key != "columns" && key != "notetype" && key != "deck" && key != "if matches") {
    return false;
  }
  return true;
}

struct Field {
  std::string text;
  int column = 1;  // 1-based character column where it starts
};

// Splits one line at `separator`, honouring "quoted" fields with "" for a quote inside.
Result<std::vector<Field>> split_line(std::string_view line, char separator, const std::string& file, int line_number) {
  std::vector<Field> fields;
  std::size_t i = 0;
  for (;;) {
    Field field;
    field.column = static_cast<int>(i) + 1;
    if (i < line.size() && line[i] == '"') {
      std::size_t at = i + 1;
      for (;; ++at) {
        if (at >= line.size()) {
          return fail(ErrorCode::Parse, "a quoted field is not closed on its line", file, line_number, field.column);
        }
        if (line[at] == '"' && at + 1 < line.size() && line[at + 1] == '"') {
          field.text += '"';
          ++at;
        } else if (line[at] == '"') {
          break;
        } else {
          field.text += line[at];
        }
      }
      i = at + 1;
      while (i < line.size() && line[i] != separator) ++i;  // text after the closing quote is dropped
    } else {
      const std::size_t end = std::min(line.find(separator, i), line.size());
      field.text = std::string(line.substr(i, end - i));
      i = end;
    }
    fields.push_back(std::move(field));
    if (i >= line.size()) break;
    ++i;  // the separator
  }
  return fields;
}

// Without a #separator header: a tab if the first card line has one, else a semicolon, else a
// comma (Quizlet writes tabs by default; Anki writes tabs; spreadsheets write commas).
char guess_separator(std::string_view first_line) {
  for (char candidate : {'\t', ';', ','}) {
    if (first_line.find(candidate) != std::string_view::npos) return candidate;
  }
  return '\t';
}

std::string separator_word(char separator) {
  switch (separator) {
    case '\t': return "tab";
    case ',': return "comma";
    case ';': return "semicolon";
    case ' ': return "space";
    default: return std::string("'") + separator + "'";
  }
}

// A line without the file's separator: a mixed file when it holds another common separator.
Error line_error(std::string_view line, char separator, const std::string& file, int line_number, int first_card_line) {
  for (char other : {'\t', ';', ','}) {
    const std::size_t at = line.find(other);
    if (other == separator || at == std::string_view::npos) continue;
    return Error{ErrorCode::Parse,
                 "mixed separators: this line has a " + separator_word(other) + " but no " + separator_word(separator) +
                     " (the separator of line " + std::to_string(first_card_line) + ")",
                 file, line_number, static_cast<int>(at) + 1};
  }
  return Error{ErrorCode::Parse, "this line has one field; a card needs a front and a back, separated by a " +
                                     separator_word(separator),
               file, line_number, 1};
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  if (!lines.empty() && lines.front().starts_with("\xEF\xBB\xBF")) lines.front().erase(0, 3);  // UTF-8 BOM
  return lines;
}

std::optional<quizgen::ImportedCard> card_of_fields(const std::vector<Field>& all, const TextHeaders& headers) {
  std::vector<std::string> texts;
  std::string section = section_of_tag(headers.tags.substr(0, headers.tags.find(' ')));
  for (std::size_t c = 0; c < all.size(); ++c) {
    const int column = static_cast<int>(c) + 1;
    const std::string text = headers.is_html ? field_plain_text(all[c].text) : std::string(trim(all[c].text));
    if (column == headers.tags_column) {
      const std::string first_tag = text.substr(0, text.find(' '));
      if (!first_tag.empty()) section = section_of_tag(first_tag);
    } else if (std::find(headers.skipped_columns.begin(), headers.skipped_columns.end(), column) ==
               headers.skipped_columns.end()) {
      texts.push_back(headers.is_html ? all[c].text : text);
    }
  }
  if (texts.empty()) return std::nullopt;
  quizgen::ImportedCard card;
  const ClozeText cloze = split_cloze(texts.front());
  if (has_answer(cloze.parts)) {
    card.parts = cloze.parts;
    if (headers.is_html) plain_pieces(card.parts);
    card.hint = cloze.hint;
  } else {
    const auto plain = [&](const std::string& t) { return headers.is_html ? field_plain_text(t) : t; };
    if (texts.size() < 2 || plain(texts[0]).empty() || plain(texts[1]).empty()) return std::nullopt;
    card = quizgen::basic_card(plain(texts[0]), plain(texts[1]));
  }
  card.section = section;
  return card;
}

}  // namespace

ClozeText split_cloze(std::string_view text) {
  ClozeText out;
  std::size_t at = 0;
  std::string plain;
  while (at < text.size()) {
    const std::size_t open = text.find("{{c", at);
    std::size_t digits = open == std::string_view::npos ? open : open + 3;
    while (digits != std::string_view::npos && digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) {
      ++digits;
    }
    const bool is_cloze = open != std::string_view::npos && digits > open + 3 && text.compare(digits, 2, "::") == 0;
    const std::size_t close = is_cloze ? text.find("}}", digits + 2) : std::string_view::npos;
    if (!is_cloze || close == std::string_view::npos) {
      plain += text.substr(at, open == std::string_view::npos ? std::string_view::npos : open + 3 - at);
      at = open == std::string_view::npos ? text.size() : open + 3;
      continue;
    }
    plain += text.substr(at, open - at);
    if (!plain.empty()) out.parts.push_back(quizgen::CardPart{std::move(plain), false});
    plain.clear();
    std::string_view inside = text.substr(digits + 2, close - digits - 2);
    const std::size_t hint = inside.find("::");
    if (hint != std::string_view::npos) {
      if (out.hint.empty()) out.hint = std::string(inside.substr(hint + 2));
      inside = inside.substr(0, hint);
    }
    out.parts.push_back(quizgen::CardPart{std::string(inside), true});
    out.numbers.push_back(std::atoi(std::string(text.substr(open + 3, digits - open - 3)).c_str()));
    at = close + 2;
  }
  if (!plain.empty()) out.parts.push_back(quizgen::CardPart{std::move(plain), false});
  return out;
}

namespace {

// "capitals.txt" → "capitals": the title of a deck that has no name of its own.
std::string file_title(const std::string& file) {
  const std::string stem = std::filesystem::path(file).stem().string();
  return stem.empty() ? "Imported cards" : stem;
}

}  // namespace

Result<quizgen::ImportedDeck> cards_from_package(const Package& package, const std::string& file) {
  quizgen::ImportedDeck deck;
  deck.title = package.deck_name == "Default" || package.deck_name.empty() ? file_title(file) : package.deck_name;
  deck.source = file;
  for (std::size_t i = 0; i < package.notes.size(); ++i) {
    const Note& note = package.notes[i];
    const NoteType* type = find_note_type(package, note.type_id);
    std::string why = "its note type is missing";
    std::optional<quizgen::ImportedCard> card = type ? card_of_note(note, *type, why) : std::nullopt;
    const std::string origin = "note " + std::to_string(i + 1) + " (guid " + note.guid + ")";
    if (!card) {
      deck.skipped.push_back(origin + ": " + why);
      continue;
    }
    card->origin = origin;
    card->section = note.tags.empty() ? deck.title : section_of_tag(note.tags.front());
    deck.cards.push_back(std::move(*card));
  }
  if (deck.cards.empty()) {
    return fail(ErrorCode::Invalid, file + ": no Basic or Cloze note to import (" +
                                        std::to_string(package.notes.size()) + " notes)", file);
  }
  return deck;
}

namespace {

const Card* card_with_ord(const Note& note, int ord) {
  const auto found = std::find_if(note.cards.begin(), note.cards.end(), [&](const Card& c) { return c.ord == ord; });
  return found == note.cards.end() ? nullptr : &*found;
}

std::vector<PastReview> oldest_first(const Card* card) {
  if (card == nullptr) return {};
  std::vector<PastReview> reviews = card->reviews;
  std::stable_sort(reviews.begin(), reviews.end(), [](const PastReview& a, const PastReview& b) { return a.time_ms < b.time_ms; });
  return reviews;
}

// The history of each answer of the card made from `note`: the answers are the clozes that
// card_of_note kept (non-empty ones), each asked by the card of its number (ord = number - 1).
CardHistory history_of_note(const Note& note, const NoteType& type) {
  CardHistory history;
  if (type.kind != NoteKind::Cloze) {
    history.per_answer.push_back(oldest_first(card_with_ord(note, 0)));
    return history;
  }
  const ClozeText cloze = split_cloze(note.fields.front());
  std::size_t answer = 0;
  for (const quizgen::CardPart& part : cloze.parts) {
    if (!part.is_answer) continue;
    const int number = cloze.numbers[answer++];
    if (trim(field_plain_text(part.text)).empty()) continue;
    history.per_answer.push_back(oldest_first(card_with_ord(note, number - 1)));
  }
  return history;
}

}  // namespace

std::vector<CardHistory> card_histories(const Package& package) {
  std::vector<CardHistory> histories;
  for (const Note& note : package.notes) {
    const NoteType* type = find_note_type(package, note.type_id);
    std::string why;
    if (type == nullptr || !card_of_note(note, *type, why)) continue;  // skipped as cards_from_package skips it
    histories.push_back(history_of_note(note, *type));
  }
  return histories;
}

Result<quizgen::ImportedDeck> read_card_text(std::string_view text, const std::string& file) {
  const std::vector<std::string> lines = split_lines(text);
  TextHeaders headers;
  quizgen::ImportedDeck deck;
  deck.title = file_title(file);
  deck.source = file;
  std::size_t first = 0;
  // Header lines come first; a '#' line there without "key:" is a comment; any other '#' line is
  // a card that starts with '#'.
  for (; first < lines.size() && lines[first].starts_with("#"); ++first) {
    if (lines[first].find(':') == std::string::npos) continue;
    Result<bool> header = read_header(lines[first], headers, file, static_cast<int>(first) + 1);
    if (!header) return Unexpected{header.error()};
    if (!*header) break;
  }
  int first_card_line = 0;
  for (std::size_t i = first; i < lines.size(); ++i) {
    const int line_number = static_cast<int>(i) + 1;
    if (trim(lines[i]).empty()) continue;
    if (!headers.separator) headers.separator = guess_separator(lines[i]);
    if (first_card_line == 0) first_card_line = line_number;
    Result<std::vector<Field>> fields = split_line(lines[i], *headers.separator, file, line_number);
    if (!fields) return Unexpected{fields.error()};
    const bool is_cloze_line = fields->size() == 1 && split_cloze(fields->front().text).parts.size() > 1;
    if (fields->size() < 2 && !is_cloze_line) {
      return Unexpected{line_error(lines[i], *headers.separator, file, line_number, first_card_line)};
    }
    std::optional<quizgen::ImportedCard> card = card_of_fields(*fields, headers);
    if (!card) {
      deck.skipped.push_back("line " + std::to_string(line_number) + ": an empty front or back");
      continue;
    }
    card->origin = "line " + std::to_string(line_number);
    deck.cards.push_back(std::move(*card));
  }
  if (deck.cards.empty()) return fail(ErrorCode::Invalid, "no card to import", file);
  return deck;
}

}  // namespace factdeck::anki
