// Draft tags: the text-wide passes. A name found with a good cue in one sentence (or tagged by
// the teacher) tells what the same words are in every other sentence: surnames of full names,
// one type per name, every recurrence, and misspelled recurrences ("Stlain" for "Stalin").
#include <algorithm>
#include <map>
#include <set>

#include "base/text.hpp"
#include "base/utf8.hpp"
#include "draft_tokens.hpp"

namespace factdeck::quizgen::detail {

namespace {

constexpr double kStrong = 0.5;    // confident enough to teach the other sentences
constexpr double kKeepAbove = 0.3;  // weaker candidates are dropped at the end

struct Entity {
  SpanType type = SpanType::Term;
  std::string canonical;
  double confidence = 0.0;
  std::string kind;
};

bool takes_names(SpanType type) { return type != SpanType::Date && type != SpanType::Number; }

std::string_view candidate_text(const DraftFact& fact, const Candidate& c) {
  return std::string_view(fact.text).substr(c.begin, c.end - c.begin);
}

std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool is_word_boundary(std::string_view text, std::size_t pos) {
  if (pos == 0 || pos >= text.size()) return true;
  const auto c = static_cast<unsigned char>(text[pos]);
  return !(is_ascii_alpha(static_cast<char>(c)) || is_digit(static_cast<char>(c)) || c >= 0x80);
}

// "Soviets" and "Soviet", "Hitlers" and "Hitler": a plural or a possessive, not a misspelling.
bool is_inflection(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  return a.starts_with(b) && (a.substr(b.size()) == "s" || a.substr(b.size()) == "es");
}

class EntityLinker {
 public:
  EntityLinker(const std::vector<DraftFact>& facts, const Lexicon& lexicon,
               std::vector<std::vector<Candidate>>& candidates)
      : facts_(facts), lexicon_(lexicon), candidates_(candidates) {}

  void run() {
    learn_entities();
    link_surnames();
    unify_types();
    boost_recurring();
    learn_entities();
    correct_misspellings();
    add_recurrences();
    for (auto& list : candidates_) {
      std::erase_if(list, [](const Candidate& c) { return c.confidence < kKeepAbove; });
    }
  }

 private:
  // ---- What the text already says ----

  void learn(std::string_view surface, const Entity& entity) {
    auto [it, inserted] = entities_.try_emplace(std::string(surface), entity);
    if (!inserted && entity.confidence > it->second.confidence) it->second = entity;
  }

  void learn_entities() {
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      const DraftFact& fact = facts_[f];
      for (const Span& span : fact.kept) {
        if (!takes_names(span.type)) continue;
        learn(span.text, Entity{span.type, span.canonical, 1.0, {}});
        for (std::string_view w : split_words(span.text)) tagged_words_.emplace(w);
      }
      for (const Candidate& c : candidates_[f]) {
        if (!takes_names(c.type) || c.confidence < kStrong) continue;
        const std::string_view text = candidate_text(fact, c);
        learn(text, Entity{c.type, c.canonical.empty() ? std::string(text) : c.canonical, c.confidence, c.kind});
      }
    }
  }

  // ---- Surnames: "Stalin" after "Joseph Stalin" ----

  void link_surnames() {
    std::map<std::string, std::set<std::string>> full_names;  // surname → full names
    for (const auto& [surface, entity] : entities_) {
      const auto words = split_words(surface);
      if (entity.type == SpanType::Person && words.size() >= 2) {
        full_names[std::string(words.back())].insert(entity.canonical);
      }
    }
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (Candidate& c : candidates_[f]) {
        const std::string_view text = candidate_text(facts_[f], c);
        const auto found = full_names.find(std::string(text));
        const bool is_known_place = c.reason == ProposalReason::Gazetteer;
        if (found == full_names.end() || found->second.size() != 1 || is_known_place) continue;
        c.type = SpanType::Person;
        c.reason = ProposalReason::Surname;
        c.confidence = std::max(c.confidence, 0.75);
        c.canonical = *found->second.begin();
        c.note = "surname of " + c.canonical;
        c.kind.clear();
      }
    }
  }

  // ---- One type per name: the strongest evidence wins ----

  void unify_types() {
    std::map<std::string, std::map<SpanType, double>> votes;
    for (const auto& [surface, entity] : entities_) votes[surface][entity.type] += entity.confidence;
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (const Candidate& c : candidates_[f]) {
        if (takes_names(c.type)) votes[std::string(candidate_text(facts_[f], c))][c.type] += c.confidence;
      }
    }
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (Candidate& c : candidates_[f]) {
        if (!takes_names(c.type)) continue;
        const std::string text(candidate_text(facts_[f], c));
        if (const auto known = entities_.find(text); known != entities_.end() && known->second.confidence >= 1.0) {
          take_tagged(c, known->second);  // the teacher's own tag decides
          continue;
        }
        const auto& tally = votes[text];
        const auto best = std::max_element(tally.begin(), tally.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        if (best->first == c.type || best->second < kStrong) continue;
        c.type = best->first;
        c.reason = ProposalReason::Recurrence;
        c.confidence = std::max(c.confidence, 0.6);
        c.kind.clear();
      }
    }
  }

  static void take_tagged(Candidate& c, const Entity& tagged) {
    const bool is_same = c.type == tagged.type && c.canonical == tagged.canonical;
    c.type = tagged.type;
    c.canonical = tagged.canonical;
    c.kind.clear();
    if (is_same) return;
    c.reason = ProposalReason::Recurrence;
    c.confidence = std::max(c.confidence, 0.75);
  }

  // A name typed weakly but the same way in several sentences ("Hitler wanted", "Hitler
  // ordered") is as good as one strong cue: it may teach the others.
  void boost_recurring() {
    std::map<std::pair<std::string, SpanType>, double> total;
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (const Candidate& c : candidates_[f]) {
        if (takes_names(c.type)) total[{std::string(candidate_text(facts_[f], c)), c.type}] += c.confidence;
      }
    }
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (Candidate& c : candidates_[f]) {
        if (!takes_names(c.type) || c.confidence <= 0.0 || c.confidence >= kStrong) continue;
        if (total[{std::string(candidate_text(facts_[f], c)), c.type}] >= 2 * kStrong) c.confidence = kStrong;
      }
    }
  }

  // ---- Misspellings: one edit from a more frequent name word ----

  [[nodiscard]] std::map<std::string, int> name_word_counts() const {
    std::map<std::string, int> counts;
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (const Candidate& c : candidates_[f]) {
        if (!takes_names(c.type)) continue;
        for (std::string_view w : split_words(candidate_text(facts_[f], c))) ++counts[std::string(w)];
      }
      for (const Span& span : facts_[f].kept) {
        for (std::string_view w : split_words(span.text)) ++counts[std::string(w)];
      }
    }
    return counts;
  }

  [[nodiscard]] std::set<std::string> strong_words() const {
    std::set<std::string> words;
    for (const auto& [surface, entity] : entities_) {
      for (std::string_view w : split_words(surface)) words.emplace(w);
    }
    return words;
  }

  // The one strong name word `word` is a misspelling of, or empty. Guards against merging two
  // real names: five letters or more, the same first letter, one edit (two from nine letters),
  // the other name more frequent in the text and seen at least twice (or a gazetteer name seen
  // as often), not a word the text uses
  // in lower case, not a gazetteer name, not a word of the teacher's own tags, and only one
  // name that close.
  [[nodiscard]] std::string correction(std::string_view word, const std::map<std::string, int>& counts,
                                       const std::set<std::string>& strong) const {
    const std::size_t length = count_code_points(word);
    if (length < 5 || tagged_words_.contains(std::string(word)) || !gazetteer_kind(word).empty()) return {};
    std::string lower(word);
    for (char& ch : lower) ch = ascii_lower(ch);
    if (lexicon_.lowercase_words.contains(lower)) return {};
    const int limit = length >= 9 ? 2 : 1;
    const int own_count = written_count(word, counts);
    std::string found;
    for (const std::string& known : strong) {
      if (known.empty() || known[0] != word[0] || known == word || is_inflection(word, known)) continue;
      if (!counts.contains(known)) continue;
      const int known_count = written_count(known, counts);
      // A gazetteer name is a real name even when the text spells it right only once.
      const bool is_more_frequent = known_count > own_count && known_count >= 2;
      const bool is_known_place = !gazetteer_kind(known).empty() && known_count >= own_count;
      if (!is_more_frequent && !is_known_place) continue;
      if (edit_distance(word, known, limit) > limit) continue;
      if (!found.empty()) return {};  // two names fit: too close to call
      found = known;
    }
    return found;
  }

  // Times `word` is written in a name or a heading. Headings count because they are written
  // with care: the shipped article's source has "Rapallo" and "Rapollo" four times each in its
  // sentences, and "Rapallo" once more in a heading.
  [[nodiscard]] int written_count(std::string_view word, const std::map<std::string, int>& counts) const {
    const auto in_names = counts.find(std::string(word));
    const auto in_headings = lexicon_.heading_words.find(std::string(word));
    return (in_names == counts.end() ? 0 : in_names->second) +
           (in_headings == lexicon_.heading_words.end() ? 0 : in_headings->second);
  }

  void correct_misspellings() {
    const auto counts = name_word_counts();
    const auto strong = strong_words();
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (Candidate& c : candidates_[f]) {
        if (!takes_names(c.type) || c.reason == ProposalReason::Gazetteer) continue;
        correct_one(facts_[f], c, counts, strong);
      }
    }
  }

  void correct_one(const DraftFact& fact, Candidate& c, const std::map<std::string, int>& counts,
                   const std::set<std::string>& strong) {
    const std::string_view text = candidate_text(fact, c);
    std::string corrected;
    std::string note;
    for (std::string_view w : split_words(text)) {
      const std::string fix = correction(w, counts, strong);
      if (!corrected.empty()) corrected += ' ';
      corrected += fix.empty() ? std::string(w) : fix;
      if (!fix.empty()) note = "'" + std::string(w) + "' looks like a misspelling of '" + fix + "'";
    }
    if (note.empty()) return;
    const auto known = entities_.find(corrected);
    if (known != entities_.end()) {
      c.type = known->second.type;
      c.canonical = known->second.canonical;
      c.kind = known->second.kind;
    } else if (c.confidence < kKeepAbove) {
      const Entity* holder = entity_with_word(corrected);
      if (holder == nullptr) return;
      c.type = holder->type;
      c.canonical = corrected;
    } else {
      c.canonical = corrected;
    }
    c.reason = ProposalReason::Misspelling;
    c.confidence = std::max(c.confidence, 0.6);
    c.note = note;
  }

  [[nodiscard]] const Entity* entity_with_word(std::string_view word) const {
    for (const auto& [surface, entity] : entities_) {
      for (std::string_view w : split_words(surface)) {
        if (w == word) return &entity;
      }
    }
    return nullptr;
  }

  // ---- Recurrences: the same words anywhere else ----

  void add_recurrences() {
    for (std::size_t f = 0; f < facts_.size(); ++f) {
      for (const auto& [surface, entity] : entities_) add_occurrences(f, surface, entity);
    }
  }

  [[nodiscard]] bool is_taken(std::size_t f, std::size_t begin, std::size_t end) const {
    for (const Span& span : facts_[f].kept) {
      if (span.begin < end && begin < span.end) return true;
    }
    for (const Candidate& c : candidates_[f]) {
      if (c.confidence >= kKeepAbove && c.begin < end && begin < c.end) return true;
    }
    return false;
  }

  void add_occurrences(std::size_t f, const std::string& surface, const Entity& entity) {
    const std::string_view text = facts_[f].text;
    for (std::size_t at = text.find(surface); at != std::string_view::npos;
         at = text.find(surface, at + 1)) {
      const std::size_t end = at + surface.size();
      if (!is_word_boundary(text, at) || !is_word_boundary(text, end) || is_taken(f, at, end)) continue;
      // A weak candidate overlapping the recurrence gives way to it.
      std::erase_if(candidates_[f], [&](const Candidate& c) { return c.begin < end && at < c.end; });
      Candidate c;
      c.begin = static_cast<std::uint32_t>(at);
      c.end = static_cast<std::uint32_t>(end);
      c.type = entity.type;
      c.confidence = 0.75;
      c.reason = ProposalReason::Recurrence;
      if (entity.canonical != surface) c.canonical = entity.canonical;
      c.kind = entity.kind;
      candidates_[f].push_back(std::move(c));
    }
  }

  const std::vector<DraftFact>& facts_;
  const Lexicon& lexicon_;
  std::vector<std::vector<Candidate>>& candidates_;
  std::map<std::string, Entity> entities_;  // surface text → what it names
  std::set<std::string> tagged_words_;       // words of the input's own tags: never "misspelt"
};

}  // namespace

int edit_distance(std::string_view a, std::string_view b, int limit) {
  const std::u32string x = decode_utf8(a);
  const std::u32string y = decode_utf8(b);
  const std::size_t n = x.size();
  const std::size_t m = y.size();
  if (static_cast<int>(n > m ? n - m : m - n) > limit) return limit + 1;
  // Optimal string alignment (Damerau-Levenshtein without repeated edits of one substring):
  // a swap of two neighbouring letters ("Stlain") counts as one edit.
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return std::min(d[n][m], limit + 1);
}

void link_entities(const std::vector<DraftFact>& facts, const Lexicon& lexicon,
                   std::vector<std::vector<Candidate>>& candidates) {
  EntityLinker(facts, lexicon, candidates).run();
}

}  // namespace factdeck::quizgen::detail
