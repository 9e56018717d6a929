#include "word_stems.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <utility>

#include "base/item_id.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

constexpr std::array<std::string_view, 96> kFunctionWords = {
    "a", "about", "after", "again", "against", "all", "also", "although", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
    "can", "could", "did", "do", "does", "during", "each", "for", "from", "had", "has", "have",
    "having", "he", "her", "here", "hers", "him", "his", "i", "if", "in", "into", "is", "it", "its",
    "may", "might", "more", "most", "must", "no", "nor", "not", "of", "on", "only", "or", "other",
    "our", "out", "over", "own", "s", "shall", "she", "should", "so", "some", "such", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to",
    "under", "until", "up", "very", "was", "we", "were", "what", "when"};
constexpr std::array<std::string_view, 12> kMoreFunctionWords = {
    "where", "which", "while", "who", "whom", "whose", "will", "with", "would", "you", "your", "onto"};

/// Bytes of a separator at text[i] (0 when text[i] starts a word character): ASCII that is not a
/// letter or digit, and the General Punctuation block (dashes, curly quotes, ellipsis, U+2000–203F).
std::size_t separator_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    const bool is_word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return is_word ? 0 : 1;
  }
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) return 3;
  if (c == 0xC2 && i + 1 < text.size()) {  // Latin-1 punctuation: no-break space, «, », ·
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (next < 0xBF && next != 0xAA && next != 0xB5 && next != 0xBA) return 2;
  }
  return 0;
}

bool is_digits(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_function_word(std::string_view word) {
  // Sorted once: this runs for every word the slots and cue roots read.
  static const std::vector<std::string_view> kSorted = [] {
    std::vector<std::string_view> all(kFunctionWords.begin(), kFunctionWords.end());
    all.insert(all.end(), kMoreFunctionWords.begin(), kMoreFunctionWords.end());
    std::sort(all.begin(), all.end());
    return all;
  }();
  return word.size() <= 8 && std::binary_search(kSorted.begin(), kSorted.end(), word);
}

WordStemmer::WordStemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}

WordStemmer::~WordStemmer() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

std::uint64_t WordStemmer::stem_normalized() {
  if (normalized_.empty() || is_digits(normalized_) || stemmer_ == nullptr) return fnv1a64(normalized_);
  const sb_symbol* stem = sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(normalized_.data()),
                                          static_cast<int>(normalized_.size()));
  if (stem == nullptr) return fnv1a64(normalized_);
  return fnv1a64(std::string_view(reinterpret_cast<const char*>(stem), static_cast<std::size_t>(sb_stemmer_length(stemmer_))));
}

const WordStemmer::Known& WordStemmer::look_up(std::string_view word) {
  const std::uint64_t key = fnv1a64(word);
  const auto cached = cache_.find(key);
  if (cached != cache_.end()) return cached->second;
  normalize_text_into(word, normalized_);
  return cache_.emplace(key, Known{stem_normalized(), fnv1a64(normalized_), is_function_word(normalized_)}).first->second;
}

void WordStemmer::split(std::string_view text, std::vector<StemmedWord>& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (const std::size_t skip = separator_length(text, i)) {
      i += skip;
      continue;
    }
    const std::size_t begin = i;
    while (i < text.size() && separator_length(text, i) == 0) ++i;
    const Known& known = look_up(text.substr(begin, i - begin));
    out.push_back(StemmedWord{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i), known.stem, known.word,
                              known.is_function_word});
  }
}

const std::vector<std::string_view>& adjectives_of(std::string_view name) {
  // Irregular adjectives and demonyms only: regular ones ("Russian", "Victorian", "Chilean",
  // "Argentine", "Japanese", "Marxist") are derived from the name by suffixes (value_index.cpp).
  static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kTable = {
      {"germany", {"german", "germans", "nazi", "nazis", "reich"}},
      {"nazi germany", {"german", "germans", "nazi", "nazis", "reich"}},
      {"soviet union", {"soviet", "soviets", "russian", "russians"}},
      {"ussr", {"soviet", "soviets"}},
      {"soviet russia", {"soviet", "soviets", "russian", "russians"}},
      {"russia", {"russian", "russians", "soviet"}},
      {"france", {"french", "franco", "frenchman"}},
      {"spain", {"spanish", "spaniard", "spaniards", "hispanic"}},
      {"britain", {"british", "briton", "britons", "english", "anglo"}},
      {"great britain", {"british", "briton", "britons", "english", "anglo"}},
      {"united kingdom", {"british", "briton", "britons", "uk"}},
      {"england", {"english", "englishman", "anglo"}},
      {"scotland", {"scottish", "scots"}},
      {"wales", {"welsh"}},
      {"ireland", {"irish"}},
      {"netherlands", {"dutch"}},
      {"holland", {"dutch"}},
      {"poland", {"polish", "pole", "poles"}},
      {"finland", {"finnish", "finn", "finns"}},
      {"sweden", {"swedish", "swede", "swedes"}},
      {"denmark", {"danish", "dane", "danes"}},
      {"norway", {"norwegian"}},
      {"switzerland", {"swiss"}},
      {"greece", {"greek", "greeks"}},
      {"turkey", {"turkish", "turk", "turks", "ottoman"}},
      {"portugal", {"portuguese"}},
      {"peru", {"peruvian", "peruvians"}},
      {"iraq", {"iraqi"}},
      {"israel", {"israeli"}},
      {"china", {"chinese", "sino"}},
      {"united states", {"american", "americans", "us", "usa"}},
      {"united states of america", {"american", "americans"}},
      {"mars", {"martian"}},
      {"sun", {"solar"}},
      {"moon", {"lunar"}},
      {"earth", {"terrestrial"}},
      {"jupiter", {"jovian"}},
      {"venus", {"venusian"}},
      {"napoleon", {"napoleonic"}},
      {"napoleon bonaparte", {"napoleonic", "bonapartist"}},
  };
  static const std::vector<std::string_view> kNone;
  for (const auto& [key, adjectives] : kTable) {
    if (key == name) return adjectives;
  }
  return kNone;
}

}  // namespace factdeck::quizgen
