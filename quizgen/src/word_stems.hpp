#pragma once
// Words of a sentence compared by their root: Snowball's English stemmer (Debian's libstemmer),
// behind a cache so that each distinct word is stemmed once per build. A word's identity is a
// 64-bit hash of its stem; "fascists" and "fascism", "Victorian" and "Victoria" share one.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sb_stemmer;

namespace factdeck::quizgen {

/// One word of a sentence: where it is (bytes of the original text), the hash of its stem and
/// of the word itself (normalized): "Japanese" stems to "japanes", which no derived adjective
/// of "Japan" hashes to, but the word does.
struct StemmedWord {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint64_t stem = 0;
  std::uint64_t word = 0;
  bool is_function_word = false;  // "the", "of", "was", "his": never a cue, never a relation
};

/// Stems words; not thread-safe (one per thread, or one used before threads start).
class WordStemmer {
 public:
  WordStemmer();
  ~WordStemmer();
  WordStemmer(const WordStemmer&) = delete;
  WordStemmer& operator=(const WordStemmer&) = delete;

  /// Hash of the stem of one word (any case, accents allowed); digits-only words hash as they are.
  [[nodiscard]] std::uint64_t stem_hash(std::string_view word) { return look_up(word).stem; }
  /// The words of `text` (letters, digits and inner apostrophes; "Franco-Soviet" is two words).
  void split(std::string_view text, std::vector<StemmedWord>& out);

 private:
  struct Known {
    std::uint64_t stem = 0;
    std::uint64_t word = 0;
    bool is_function_word = false;
  };
  /// The word's stem, normalized hash and kind, from the cache, which is keyed by the word's
  /// bytes as written: most words of an article repeat, and a hit then normalizes nothing.
  [[nodiscard]] const Known& look_up(std::string_view word);
  [[nodiscard]] std::uint64_t stem_normalized();

  sb_stemmer* stemmer_ = nullptr;
  std::unordered_map<std::uint64_t, Known> cache_;
  std::string normalized_;
};

/// True for English function words (articles, prepositions, pronouns, auxiliaries).
[[nodiscard]] bool is_function_word(std::string_view normalized_word);

/// The adjectives and demonyms that name a place or person without its name ("Nazi" and
/// "German" for Germany, "Soviet" for the Soviet Union, "Martian" for Mars); normalized name in,
/// empty when the table has none. A small table of common names (docs/question-generation.md).
[[nodiscard]] const std::vector<std::string_view>& adjectives_of(std::string_view normalized_name);

}  // namespace factdeck::quizgen
