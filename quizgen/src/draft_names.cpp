// Draft tags: names and terms in one fact. Runs of capitalised words are cut into chunks (with
// "of", "de", "von"... and initials inside), the sentence's first word is dropped when it is a
// common word, and each chunk is typed by the first cue that fits: the gazetteer, a title before
// it, an event, organisation or place word in it, then its shape. Terms come from "called" /
// "known as", words in another script and "-isms". Chunks no cue types are kept with confidence
// 0 so that the text-wide pass (draft_links.cpp) can still type them as surnames or recurrences.
#include <span>
#include <string>

#include "base/text.hpp"
#include "draft_tokens.hpp"

namespace factdeck::quizgen::detail {

namespace {

using Words = std::initializer_list<std::string_view>;

bool is_in(std::string_view word, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (w == word) return true;
  }
  return false;
}

bool is_in(std::string_view word, Words words) {
  return is_in(word, std::span<const std::string_view>(words.begin(), words.size()));
}

std::string lower_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// Capitalised only because they start a sentence (or a title before a name).
constexpr std::string_view kFunctionWords[] = {
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "Without", "Within", "Under",
    "Over", "After", "Before", "During", "Since", "Until", "Although", "Though", "While", "When",
    "Where", "Whereas", "As", "If", "Unlike", "Like", "Among", "Between", "Through", "Against",
    "Despite", "Following", "According", "Once", "His", "Her", "Its", "Their", "Our", "My",
    "This", "That", "These", "Those", "It", "He", "She", "They", "We", "There", "Here", "Both",
    "Many", "Most", "Some", "Each", "Every", "All", "Only", "Even", "Also", "Later", "Then",
    "Thus", "However", "Yet", "But", "And", "Or", "So", "Another", "Other", "Such", "Few",
    "Several", "One", "No", "Not", "To", "Of", "About", "Around", "Near", "Into", "Toward",
    "Towards", "Upon", "What", "Which", "Who", "Whose", "How", "Why", "Today", "Soon", "Early",
    "Late", "Instead", "Meanwhile", "Eventually", "Finally", "First", "Second", "Third", "Last",
    "Next", "Neither", "Either", "Nor", "Because", "Whether", "Was", "Is", "Are", "Were"};

constexpr std::string_view kConnectors[] = {"of", "for", "de", "da", "del", "der", "van", "von", "la", "le",
                               "du", "y", "on", "upon", "in", "and", "&"};

// Titles that stay in the span when one word follows ("Queen Victoria", "Dr Watson").
constexpr std::string_view kNameTitles[] = {"King", "Queen", "Lord", "Lady", "Sir", "Dame", "Prince",
                               "Princess", "Emperor", "Empress", "Tsar", "Czar", "Pope", "Saint",
                               "St", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sergeant", "Inspector"};
// Office titles: left out of the span ("President Putin" → "Putin").
constexpr std::string_view kOfficeTitles[] = {
    "President", "General", "Chancellor", "Marshal", "Admiral", "Minister", "Commissar",
    "Premier", "Secretary", "Colonel", "Captain", "Professor", "Senator", "Governor",
    "Ambassador", "Prime", "Foreign", "Field", "Chairman", "Comrade", "Bishop", "Archbishop",
    "Cardinal", "Kaiser", "Führer", "Fuhrer", "Duke", "Count", "Baron", "Major", "Lieutenant",
    "Herr", "Frau", "Monsieur", "Madame", "Signor", "Señor"};

struct EventHead {
  std::string_view word;
  std::string_view kind;
};
constexpr EventHead kEventHeads[] = {
    {"Treaty", "treaties"}, {"Pact", "treaties"}, {"Agreement", "treaties"},
    {"Accord", "treaties"}, {"Accords", "treaties"}, {"Armistice", "treaties"},
    {"Convention", "treaties"}, {"Protocol", "treaties"}, {"Peace", "treaties"},
    {"War", "wars and battles"}, {"Battle", "wars and battles"}, {"Siege", "wars and battles"},
    {"Operation", "wars and battles"}, {"Offensive", "wars and battles"},
    {"Campaign", "wars and battles"}, {"Invasion", "wars and battles"},
    {"Blockade", "wars and battles"}, {"Revolution", "uprisings"}, {"Uprising", "uprisings"},
    {"Rising", "uprisings"}, {"Revolt", "uprisings"}, {"Rebellion", "uprisings"},
    {"Coup", "uprisings"}, {"Putsch", "uprisings"}, {"Mutiny", "uprisings"},
    {"Conference", "conferences"}, {"Congress", "conferences"}, {"Summit", "conferences"},
    {"Crisis", "events"}, {"Terror", "events"}, {"Scare", "events"}, {"Purge", "events"},
    {"Massacre", "events"}, {"Famine", "events"}, {"Trial", "events"}, {"Trials", "events"},
    {"Election", "events"}, {"Olympics", "events"}, {"Expedition", "events"},
    {"Mission", "events"}, {"Declaration", "events"}};

constexpr std::string_view kOrgHeads[] = {
    "Party", "Committee", "Company", "University", "Society", "Army", "Navy", "Commission",
    "Commissariat", "Agency", "Council", "League", "Bank", "Ministry", "Office", "Directorate",
    "Association", "Corporation", "Co", "Inc", "Ltd", "Institute", "Academy", "Church", "Front",
    "Guard", "Police", "Service", "Bureau", "Magazine", "Miscellany", "Journal", "Review",
    "Press", "Organisation", "Organization", "Trust", "Foundation", "Museum", "Library",
    "Parliament", "Senate", "Assembly", "Cabinet", "Government", "International", "Politburo",
    "Comintern", "Union", "Federation", "Alliance", "Movement", "Brigade", "Division", "Corps",
    "Legion", "Club", "Group", "Publishers", "Sons", "Brothers", "Times", "Gazette", "Herald"};
// "Union" and "Federation" name states too ("Soviet Union"): the gazetteer is asked first.

constexpr std::string_view kPlaceHeads[] = {
    "Ocean", "Sea", "River", "Lake", "Mountains", "Mount", "Mountain", "Island", "Islands",
    "Desert", "Bay", "Gulf", "Strait", "Straits", "Peninsula", "Falls", "Basin", "Plateau",
    "Valley", "Canal", "Coast", "City", "Province", "Region", "Regio", "Belt", "Observatory",
    "Street", "Square", "Palace", "Forest", "Glacier", "Cape", "Volcano", "Crater", "Mons",
    "Planitia", "Marineris", "Oblast", "County", "Shire", "Land", "Highlands", "Republic",
    "Empire", "Kingdom", "Hall", "Place", "House", "Villa", "Manor"};

// Words for a people or a creed that stand before a noun ("Nazi Germany", "Soviet diplomats"),
// beyond the regular endings -ian, -ish, -ese and -ic (is_demonym).
constexpr std::string_view kDemonyms[] = {
    "Soviet", "Nazi", "Fascist", "Communist", "Bolshevik", "Socialist", "Marxist", "German",
    "French", "Dutch", "Greek", "Swiss", "Czech", "Thai", "Arab", "Roman", "American", "African",
    "European", "Mexican", "Cuban", "Korean", "Chilean", "Peruvian", "Tibetan", "Moroccan",
    "Imperial", "Royal", "Allied", "Western", "Eastern", "Northern", "Southern", "Catholic",
    "Protestant", "Orthodox", "Victorian", "Georgian", "Tsarist", "White", "Red"};

bool is_demonym(std::string_view word) {
  if (is_in(word, kDemonyms)) return true;
  for (std::string_view ending : {"ian", "ish", "ese", "ic"}) {
    if (word.size() > ending.size() + 3 && word.ends_with(ending)) return true;
  }
  return false;
}

constexpr std::string_view kTermHeads[] = {"Policy", "Doctrine", "Plan", "Principle", "Theory", "Effect",
                              "Law", "Economy", "Programme", "Program", "System", "Model"};

// First words that describe rather than name ("New Economic Policy", "Great Red Spot").
constexpr std::string_view kDescriptiveWords[] = {
    "New", "Great", "Old", "First", "Second", "Third", "Red", "White", "Black", "Northern",
    "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Little", "Grand", "National",
    "Royal", "Imperial", "Holy", "High", "Supreme", "Social", "Socialist", "Communist",
    "Democratic", "Popular", "Provisional", "Permanent", "Corporate", "Immortal", "Modern"};

constexpr std::string_view kPlacePrepositions[] = {"in", "at", "near", "from", "into", "across", "throughout",
                                      "outside", "inside", "towards", "toward", "via"};

constexpr std::string_view kPersonVerbs[] = {"said", "wrote", "died", "was", "believed", "argued", "ordered",
                                "decided", "told", "replied", "married", "led", "became", "met",
                                "published", "discovered", "signed", "claimed", "insisted",
                                "returned", "fled", "named", "proposed", "who"};

constexpr std::string_view kTermCues[] = {"called", "named", "termed", "dubbed", "nicknamed"};

constexpr std::string_view kNounPhraseStops[] = {
    "is", "was", "are", "were", "be", "been", "of", "in", "on", "at", "and", "or", "that",
    "which", "who", "whose", "by", "for", "to", "with", "from", "as", "after", "before", "because",
    "but", "it", "its", "their", "his", "her", "had", "has", "have", "when", "while", "than"};

constexpr std::string_view kCollectiveNouns[] = {"People's", "Peoples'", "Workers'", "Women's", "Children's",
                                    "Men's", "Peasants'", "Soldiers'", "People\u2019s"};

// ---- Token helpers ----

struct Chunk {
  std::size_t first = 0;  // token indices, [first, past)
  std::size_t past = 0;
};

class FactScanner {
 public:
  FactScanner(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lexicon,
              std::vector<bool>& used, std::vector<Candidate>& out)
      : text_(text), tokens_(tokens), lexicon_(lexicon), used_(used), out_(out) {}

  void run() {
    for (std::size_t i = 0; i < tokens_.size(); ++i) {
      if (used_[i] || tokens_[i].kind != TokenKind::Word) continue;
      const Token& token = tokens_[i];
      if (token.is_foreign_script) {
        i = foreign_run(i) - 1;
      } else if (token.is_capitalized || token.is_all_caps) {
        i = capitalized_chunk(i) - 1;
      } else {
        lowercase_cues(i);
      }
    }
  }

 private:
  [[nodiscard]] std::string_view word(std::size_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  [[nodiscard]] bool is_word(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::Word && !used_[i];
  }
  [[nodiscard]] bool is_cap_word(std::size_t i) const {
    return is_word(i) && (tokens_[i].is_capitalized || tokens_[i].is_all_caps);
  }
  [[nodiscard]] bool is_possessive(std::size_t i) const {
    const std::string_view w = word(i);
    return w.ends_with("'s") || w.ends_with("\u2019s");
  }

  void emit(std::size_t first, std::size_t past, SpanType type, double confidence,
            ProposalReason reason, std::string_view kind = {}) {
    Candidate candidate;
    candidate.begin = tokens_[first].begin;
    candidate.end = tokens_[past - 1].end;
    if (is_possessive(past - 1)) {
      const std::string_view w = word(past - 1);
      candidate.end -= w.ends_with("'s") ? 2 : 4;  // "'s" or "’s" (three bytes + 's')
    }
    candidate.type = type;
    candidate.confidence = confidence;
    candidate.reason = reason;
    candidate.kind = std::string(kind);
    for (std::size_t i = first; i < past; ++i) used_[i] = true;
    out_.push_back(std::move(candidate));
  }

  // ---- Words in another script ----

  std::size_t foreign_run(std::size_t first) {
    std::size_t past = first + 1;
    while (is_word(past) && tokens_[past].is_foreign_script && tokens_[past].space_before) ++past;
    emit(first, past, SpanType::Term, 0.7, ProposalReason::TermCue);
    return past;
  }

  // ---- Capitalised chunks ----

  // The token index past the chunk that starts at `first`.
  std::size_t chunk_end(std::size_t first) const {
    std::size_t past = first + 1;
    while (past < tokens_.size()) {
      if (is_possessive(past - 1) && !is_in(word(past - 1), kCollectiveNouns)) break;
      if (is_cap_word(past) && tokens_[past].space_before) {
        ++past;
      } else if (const std::size_t joined = joined_by_connector(first, past); joined > past) {
        past = joined;
      } else if (is_initial_dot(past) || is_name_dash(past)) {
        past += 2;
      } else if (is_name_number(past)) {
        return past + 1;
      } else {
        break;
      }
    }
    return past;
  }

  // "of", "of the", "de", "&" between two capitalised words: the index of the word after them.
  std::size_t joined_by_connector(std::size_t first, std::size_t at) const {
    if (at >= tokens_.size() || !tokens_[at].space_before) return at;
    const std::string_view w = word(at);
    if (!is_in(w, kConnectors) || used_[at]) return at;
    // "Commissariat for Foreign Affairs", but not "Treaty of Rapallo for Germany".
    for (std::size_t i = first; i < at; ++i) {
      if (tokens_[i].kind == TokenKind::Word && !tokens_[i].is_capitalized) return at;
    }
    std::size_t next = at + 1;
    if (w == "of" && next < tokens_.size() && word(next) == "the") ++next;
    // "and" joins titles ("Pride and Prejudice") but also lists ("France and Britain"): only
    // when neither side is a known place.
    if (w == "and" || w == "in" || w == "on") return at;
    return is_cap_word(next) && !tokens_[next].starts_sentence ? next : at;
  }

  // "Molotov–Ribbentrop Pact": a dash with no space around it between two capitalised words.
  bool is_name_dash(std::size_t at) const {
    if (at + 1 >= tokens_.size() || tokens_[at].space_before || tokens_[at + 1].space_before) return false;
    const std::string_view w = word(at);
    return (w == "\u2013" || w == "-") && is_cap_word(at + 1);
  }

  // "William L. Shirer": an initial and its dot inside a name.
  bool is_initial_dot(std::size_t at) const {
    if (at + 1 >= tokens_.size() || word(at) != ".") return false;
    const std::string_view before = word(at - 1);
    return before.size() == 1 && tokens_[at - 1].is_capitalized && is_cap_word(at + 1) &&
           tokens_[at + 1].space_before;
  }

  // "Apollo 11", "World War II".
  bool is_name_number(std::size_t at) const {
    if (at >= tokens_.size() || !tokens_[at].space_before || used_[at]) return false;
    const std::string_view w = word(at);
    if (tokens_[at].kind == TokenKind::Number) return w.size() <= 3 && !tokens_[at - 1].starts_sentence;
    return is_in(w, {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}) &&
           tokens_[at - 1].is_capitalized;
  }

  std::size_t capitalized_chunk(std::size_t first) {
    const std::size_t past = chunk_end(first);
    std::size_t start = first;
    // The sentence's first word is capitalised anyway: drop it when it is a common word.
    while (start < past && tokens_[start].starts_sentence && is_common_start(start, past)) ++start;
    if (start == past) {
      // Keep the dropped words out of later chunks only when the whole run was common.
      for (std::size_t i = first; i < past; ++i) used_[i] = true;
      return past;
    }
    classify(start, past);
    for (std::size_t i = first; i < past; ++i) used_[i] = true;
    return past;
  }

  bool is_common_start(std::size_t at, std::size_t past) const {
    const std::string_view w = word(at);
    if (is_in(w, kFunctionWords)) return true;
    if (past - at > 1) return false;
    return lexicon_.lowercase_words.contains(lower_ascii(w)) || w.ends_with("ly");
  }

  [[nodiscard]] std::string chunk_text(std::size_t first, std::size_t past) const {
    std::string_view w = text_.substr(tokens_[first].begin, tokens_[past - 1].end - tokens_[first].begin);
    if (is_possessive(past - 1)) w.remove_suffix(w.ends_with("'s") ? 2 : 4);
    return std::string(w);
  }

  void classify(std::size_t first, std::size_t past) {
    const std::string text = chunk_text(first, past);
    if (const std::string_view kind = gazetteer_kind(text); !kind.empty()) {
      return emit(first, past, SpanType::Place, 0.85, ProposalReason::Gazetteer, kind);
    }
    if (past - first > 1 && is_title(first) && is_titled_name(first, past)) return classify_titled(first, past);
    for (std::size_t i = first; i < past; ++i) {
      for (const EventHead& head : kEventHeads) {
        if (word(i) == head.word) return emit(first, past, SpanType::Event, 0.75, ProposalReason::EventCue, head.kind);
      }
    }
    for (std::size_t i = first; i < past; ++i) {
      if (is_in(word(i), kOrgHeads)) return emit(first, past, SpanType::Organization, 0.7, ProposalReason::OrgCue);
    }
    const std::string_view head = word(past - 1);
    if (is_in(head, kPlaceHeads) || (past - first > 1 && is_in(word(first), kPlaceHeads))) {
      return emit(first, past, SpanType::Place, 0.7, ProposalReason::PlaceCue);
    }
    if (is_in(head, kTermHeads) || head.ends_with("ism")) {
      return emit(first, past, SpanType::Term, 0.55, ProposalReason::TermCue);
    }
    if (past - first == 1) return classify_single(first);
    if (is_demonym(word(first))) return classify_after_demonym(first, past);
    classify_multiword(first, past);
  }

  // "President Vladimir Putin", not "General Secretary" or "Secretary of the Party".
  bool is_titled_name(std::size_t first, std::size_t past) const {
    std::size_t i = first;
    while (i < past && is_title(i)) ++i;
    if (i == past) return false;
    for (; i < past; ++i) {
      if (!tokens_[i].is_capitalized) return false;
    }
    return true;
  }

  bool is_title(std::size_t at) const { return is_in(word(at), kNameTitles) || is_in(word(at), kOfficeTitles); }

  void classify_titled(std::size_t first, std::size_t past) {
    std::size_t start = first;
    while (start + 1 < past && is_in(word(start), kOfficeTitles)) ++start;
    const bool keeps_title = is_in(word(start), kNameTitles) && past - start == 2;
    if (!keeps_title) {
      while (start + 1 < past && is_title(start)) ++start;
    }
    emit(start, past, SpanType::Person, 0.75, ProposalReason::TitleCue);
    for (std::size_t i = first; i < start; ++i) used_[i] = true;
  }

  // Demonyms and adjectives: "German invasion", "Soviet diplomats", "Bolsheviks".
  bool is_adjective_like(std::size_t at) const {
    const std::string_view w = word(at);
    if (is_demonym(w) || (w.ends_with("s") && is_demonym(w.substr(0, w.size() - 1)))) return true;
    const bool before_noun = is_word(at + 1) && !tokens_[at + 1].is_capitalized;
    for (std::string_view suffix : {"an", "ian", "ese", "ish", "ic", "ch", "i", "et", "ist"}) {
      if (w.ends_with(suffix) && before_noun) return true;
    }
    for (std::string_view suffix : {"ans", "ians", "ese", "ists", "ics", "iks", "viks", "ies"}) {
      if (w.ends_with(suffix)) return true;
    }
    return false;
  }

  void classify_single(std::size_t at) {
    if (is_adjective_like(at) && !tokens_[at].is_all_caps) {
      used_[at] = true;
      return;
    }
    if (tokens_[at].is_all_caps && word(at).size() <= 6) {
      return emit(at, at + 1, SpanType::Organization, 0.45, ProposalReason::OrgCue);
    }
    const bool after_place_word = at > 0 && is_in(word(at - 1), kPlacePrepositions) && !is_possessive(at) &&
                                  !lexicon_.lowercase_words.contains(lower_ascii(word(at)));
    if (after_place_word) return emit(at, at + 1, SpanType::Place, 0.45, ProposalReason::PlaceCue);
    // "Hitler wanted", "Hitker invaded": a name before a verb in the past tense is a person's.
    const bool before_person_verb =
        is_word(at + 1) && (is_in(word(at + 1), kPersonVerbs) ||
                            (word(at + 1).ends_with("ed") && !tokens_[at + 1].is_capitalized));
    if (before_person_verb || is_possessive(at)) {
      return emit(at, at + 1, SpanType::Person, 0.4, ProposalReason::NameShape);
    }
    emit(at, at + 1, SpanType::Term, 0.0, ProposalReason::NameShape);  // for the text-wide pass
  }

  // "Nazi Germany": the place after the adjective; "Spanish Republic" was typed by its head.
  void classify_after_demonym(std::size_t first, std::size_t past) {
    used_[first] = true;
    const std::string rest = chunk_text(first + 1, past);
    if (const std::string_view kind = gazetteer_kind(rest); !kind.empty()) {
      return emit(first + 1, past, SpanType::Place, 0.8, ProposalReason::Gazetteer, kind);
    }
    emit(first, past, SpanType::Term, 0.3, ProposalReason::NameShape);
  }

  void classify_multiword(std::size_t first, std::size_t past) {
    bool has_connector = false;
    bool has_number = false;
    for (std::size_t i = first; i < past; ++i) {
      // Name particles ("von", "de") keep a person's name a name; "of", "and", "in" make a title.
      const bool is_particle = is_in(word(i), {"von", "van", "de", "da", "del", "der", "du", "la", "le", "y"});
      has_connector = has_connector ||
                      (!tokens_[i].is_capitalized && tokens_[i].kind == TokenKind::Word && !is_particle);
      has_number = has_number || tokens_[i].kind == TokenKind::Number;
    }
    if (has_number) return emit(first, past, SpanType::Event, 0.35, ProposalReason::NameShape);
    const bool is_descriptive = is_in(word(first), kDescriptiveWords) ||
                                lexicon_.lowercase_words.contains(lower_ascii(word(first)));
    if (has_connector || is_descriptive || past - first > 4) {
      return emit(first, past, SpanType::Term, 0.35, ProposalReason::NameShape);
    }
    emit(first, past, SpanType::Person, 0.6, ProposalReason::NameShape);
  }

  // ---- Lower-case cues ----

  void lowercase_cues(std::size_t at) {
    const std::string_view w = word(at);
    if (w.size() >= 6 && w.ends_with("ism")) {
      return emit(at, at + 1, SpanType::Term, 0.5, ProposalReason::TermCue);
    }
    const bool is_cue = is_in(w, kTermCues) || (w == "as" && at > 0 && word(at - 1) == "known");
    if (!is_cue) return;
    std::size_t first = at + 1;
    if (is_word(first) && is_in(word(first), {"the", "a", "an"})) ++first;
    std::size_t past = first;
    while (past < first + 3 && is_word(past) && !tokens_[past].is_capitalized &&
           !is_in(word(past), kNounPhraseStops)) {
      ++past;
    }
    if (past > first) emit(first, past, SpanType::Term, 0.5, ProposalReason::TermCue);
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const Lexicon& lexicon_;
  std::vector<bool>& used_;
  std::vector<Candidate>& out_;
};

}  // namespace

void find_names(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lexicon,
                std::vector<bool>& used, std::vector<Candidate>& out) {
  FactScanner(text, tokens, lexicon, used, out).run();
}

}  // namespace factdeck::quizgen::detail
