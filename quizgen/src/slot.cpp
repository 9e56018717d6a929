#include "slot.hpp"

#include <algorithm>
#include <array>

#include "word_stems.hpp"

namespace factdeck::quizgen {

namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_lower(c) || is_upper(c); }

/// A word in lowercase ASCII, kept on the stack (this runs several times for every item); a
/// word longer than the buffer is cut, which no short word it is compared with can equal.
class Lowered {
 public:
  explicit Lowered(std::string_view word) : size_(std::min(word.size(), sizeof(text_))) {
    for (std::size_t i = 0; i < size_; ++i) text_[i] = is_upper(word[i]) ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
  }
  [[nodiscard]] std::string_view view() const { return {text_, size_}; }
  operator std::string_view() const { return view(); }  // NOLINT: reads like the word itself
  friend bool operator==(const Lowered& a, std::string_view b) { return a.view() == b; }

 private:
  char text_[24] = {};
  std::size_t size_;
};

Lowered lowered(std::string_view word) { return Lowered(word); }

/// The word that ends right before `end` (skipping spaces), and where it starts.
std::string_view word_before(std::string_view text, std::size_t end, std::size_t& begin) {
  while (end > 0 && text[end - 1] == ' ') --end;
  begin = end;
  while (begin > 0 && (is_alpha(text[begin - 1]) || text[begin - 1] == '\'' || text[begin - 1] == '-' ||
                       static_cast<unsigned char>(text[begin - 1]) >= 0x80)) {
    --begin;
  }
  return text.substr(begin, end - begin);
}

/// The word that starts at `begin` (skipping spaces).
std::string_view word_after(std::string_view text, std::size_t begin) {
  while (begin < text.size() && text[begin] == ' ') ++begin;
  std::size_t end = begin;
  while (end < text.size() && (is_alpha(text[end]) || text[end] == '-' || static_cast<unsigned char>(text[end]) >= 0x80)) ++end;
  return text.substr(begin, end - begin);
}

bool is_possessive(std::string_view word) {
  return word.ends_with("'s") || word.ends_with("s'") || word.ends_with("\xE2\x80\x99s");
}

bool is_other_determiner(std::string_view word) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "whose", "every"};
  const Lowered low = lowered(word);
  return is_possessive(word) || std::find(kWords.begin(), kWords.end(), low.view()) != kWords.end();
}

/// A lowercase word that is probably a verb or an adverb, not a noun the span modifies.
bool is_verb_like(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kVerbs = {
      "became", "began", "took", "made", "led", "won", "lost", "ran", "set", "fought", "sent", "gave",
      "came", "went", "held", "saw", "left", "met", "broke", "grew", "stood", "fell", "rose", "lies"};
  return word.ends_with("ed") || word.ends_with("ly") || word.ends_with("s") ||
         std::find(kVerbs.begin(), kVerbs.end(), word) != kVerbs.end();
}

/// A noun that, before "of", names the kind of the value after it: "the county of _____" is a
/// county. Most nouns before "of" name something else ("the capital of _____" is a country).
bool is_kind_before_of(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kKinds = {
      "city", "town", "village", "county", "region", "province", "state", "island", "islands", "port",
      "kingdom", "republic", "district", "duchy", "borough", "parish", "colony", "territory", "department",
      "municipality"};
  const Lowered low = lowered(word);
  return std::find(kKinds.begin(), kKinds.end(), low.view()) != kKinds.end();
}

/// "county" in "the imaginary county of _____", "town" in "Hardy's fictional town of _____".
std::string_view kind_before_of(std::string_view text, std::size_t of_begin) {
  std::size_t begin = 0;
  const std::string_view word = word_before(text, of_begin, begin);
  if (!is_kind_before_of(word)) return {};
  // "the county town of _____" is a county's town: a compound names the kind of the thing before.
  std::size_t previous_begin = 0;
  return is_kind_before_of(word_before(text, begin, previous_begin)) ? std::string_view{} : word;
}

/// "magazine" in "the weekly magazine _____", "President" in "opposed President _____".
std::string_view head_before(std::string_view text, std::size_t span_begin) {
  std::size_t begin = 0;
  const std::string_view word = word_before(text, span_begin, begin);
  if (lowered(word) == "of" && begin > 0) return kind_before_of(text, begin);
  if (word.empty() || begin == 0 || is_function_word(lowered(word)) || is_other_determiner(word)) return {};
  if (is_upper(word.front())) return word;  // a title before a name
  if (!is_lower(word.front()) || is_verb_like(word)) return {};
  // A noun has a determiner at most two words before it: "the trade bloc", "the weekly magazine".
  std::size_t at = begin;
  for (int back = 0; back < 2; ++back) {
    std::size_t previous_begin = 0;
    const std::string_view previous = word_before(text, at, previous_begin);
    const Lowered low = lowered(previous);
    if (low == "the" || low == "a" || low == "an" || is_other_determiner(previous)) return word;
    if (previous.empty() || is_function_word(low)) return {};
    at = previous_begin;
  }
  return {};
}

/// "village" in "_____, a village on the moors", "Arizona" in "_____, Arizona, on ...".
std::string_view head_after(std::string_view text, std::size_t span_end) {
  if (span_end + 2 >= text.size() || text[span_end] != ',' || text[span_end + 1] != ' ') return {};
  std::size_t at = span_end + 2;
  std::string_view word = word_after(text, at);
  const Lowered first = lowered(word);
  if (first != "a" && first != "an" && first != "the") {
    const std::size_t after = at + word.size();
    const bool closes = after >= text.size() || text[after] == ',' || text[after] == '.';
    return !word.empty() && is_upper(word.front()) && closes ? word : std::string_view{};
  }
  std::string_view head;
  at += word.size();
  for (int words = 0; words < 4; ++words) {
    while (at < text.size() && text[at] == ' ') ++at;
    word = word_after(text, at);
    if (word.empty() || is_function_word(lowered(word)) || !is_lower(word.front())) break;
    head = word;
    at += word.size();
    if (at < text.size() && text[at] != ' ') break;
  }
  return head;
}

SlotBound bound_of(std::string_view before_word) {
  const Lowered low = lowered(before_word);
  if (low == "before" || low == "by" || low == "until" || low == "till") return SlotBound::Earlier;
  if (low == "after" || low == "since") return SlotBound::Later;
  return SlotBound::None;
}

/// The index of a span of the same type that starts right after `joiner` following `span`.
std::optional<std::size_t> span_after(const Fact& fact, std::size_t span_index, std::string_view joiner) {
  const Span& span = fact.spans[span_index];
  for (std::size_t i = span_index + 1; i < fact.spans.size(); ++i) {
    const Span& other = fact.spans[i];
    if (other.type != span.type) continue;
    const std::string_view between = std::string_view(fact.text).substr(span.end, other.begin - span.end);
    if (between.size() > 16) return std::nullopt;  // " to about " at most; no allocation here
    const Lowered lowered_between = lowered(between);
    std::string_view low = lowered_between.view();
    while (!low.empty() && low.back() == ' ') low.remove_suffix(1);
    for (std::string_view qualifier : {" about", " around", " some", " nearly", " almost", " roughly"}) {
      if (low.ends_with(qualifier)) low.remove_suffix(qualifier.size());
    }
    if (low.size() == joiner.size() + 1 && low.front() == ' ' && low.substr(1) == joiner) return i;
    return std::nullopt;
  }
  return std::nullopt;
}

/// True when "not" is one of the two words before `begin` ("not _____", "not under _____").
bool is_negated_before(std::string_view text, std::size_t begin) {
  std::size_t at = begin;
  for (int back = 0; back < 2; ++back) {
    std::size_t word_begin = 0;
    const std::string_view word = word_before(text, at, word_begin);
    if (word.empty()) return false;
    if (lowered(word) == "not") return true;
    at = word_begin;
  }
  return false;
}

}  // namespace

std::string_view without_the(std::string_view form) {
  // Only a lowercase article: "The Warden" and "The Moonstone" are titles that keep theirs.
  if (form.starts_with("the ")) return form.substr(4);
  return form;
}

bool takes_an(std::string_view word) {
  if (word.empty()) return false;
  const Lowered lowered_word = lowered(word.substr(0, std::min<std::size_t>(word.size(), 6)));
  const std::string_view low = lowered_word.view();
  for (std::string_view silent : {"hour", "honest", "honour", "honor", "heir"}) {
    if (low.starts_with(silent)) return true;
  }
  for (std::string_view consonant_sound : {"uni", "use", "usu", "uti", "eu", "one", "ure", "uk"}) {
    if (low.starts_with(consonant_sound)) return false;
  }
  if (word.size() >= 2 && is_upper(word[0]) && is_upper(word[1])) {  // an acronym read letter by letter
    return std::string_view("AEFHILMNORSX").find(word[0]) != std::string_view::npos;
  }
  return std::string_view("aeiou").find(low.front()) != std::string_view::npos;
}

bool looks_plural(std::string_view form) {
  form = without_the(form);
  const std::size_t space = form.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? form : form.substr(space + 1);
  if (last.size() < 3 || last.back() != 's') return false;
  if (last.ends_with("ss") || last.ends_with("us") || last.ends_with("is") || last.ends_with("as") ||
      last.ends_with("'s")) {
    return false;  // "class", "Venus", "Paris", "gas", "Dickens's"
  }
  // A one-word name ending in s is mostly singular ("Mars", "Athens"); a lowercase word or the
  // last word of a longer name is mostly a plural ("gas giants", "Galápagos Islands").
  return space != std::string_view::npos || is_lower(last.front());
}

Slot slot_of(const Fact& fact, std::size_t span_index) {
  const Span& span = fact.spans[span_index];
  const std::string_view text = fact.text;
  Slot slot;
  std::size_t before_begin = 0;
  const std::string_view before = word_before(text, span.begin, before_begin);
  const Lowered low = lowered(before);
  std::size_t content_begin = span.begin;
  slot.the_is_in_span = std::string_view(span.text).starts_with("the ") ||
                        (span.begin == 0 && std::string_view(span.text).starts_with("The "));
  if (slot.the_is_in_span) {
    slot.determiner = SlotDeterminer::The;
    slot.determiner_begin = span.begin;
  } else if (!before.empty() && (low == "the" || low == "a" || low == "an")) {
    slot.determiner = low == "the" ? SlotDeterminer::The : SlotDeterminer::Indefinite;
    slot.determiner_begin = static_cast<std::uint32_t>(before_begin);
    content_begin = before_begin;
  } else if (!before.empty() && is_other_determiner(before)) {
    slot.determiner = SlotDeterminer::Other;
  }
  slot.opens_sentence = content_begin == 0;
  if (slot.determiner == SlotDeterminer::The) {
    const std::string_view next = word_after(text, span.end);
    const bool is_next_word = span.end < text.size() && text[span.end] == ' ';
    slot.is_modifier = is_next_word && !next.empty() && is_lower(next.front()) &&
                       !is_function_word(lowered(next)) && !is_verb_like(next);
  }
  slot.head = head_before(text, span.begin);
  if (slot.head.empty()) slot.head = head_after(text, span.end);
  std::size_t ignored = 0;
  const std::string_view word = slot.determiner == SlotDeterminer::None ? before : word_before(text, content_begin, ignored);
  slot.bound = bound_of(word);
  slot.is_open_frame = lowered(word) == "beyond";
  slot.is_location = lowered(word) == "in" || lowered(word) == "at" || lowered(word) == "near";
  slot.is_negated = is_negated_before(text, content_begin);
  if (lowered(word) == "from" || lowered(word) == "between") slot.range_end = span_after(fact, span_index, lowered(word) == "from" ? "to" : "and");
  for (std::size_t i = 0; i < span_index; ++i) {
    if (span_after(fact, i, "to") == span_index) slot.range_start = i;
  }
  return slot;
}

}  // namespace factdeck::quizgen
