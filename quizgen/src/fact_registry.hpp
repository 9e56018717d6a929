#pragma once
// Whole-file checks on facts as they are added: duplicate ids (error), facts with the same text
// and so the same derived key (warning), and alias conflicts (error).
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "quizgen/facts.hpp"
#include "source_text.hpp"
#include "spans.hpp"

namespace factdeck::quizgen::detail {

class FactRegistry {
 public:
  FactRegistry(DiagnosticSink& sink, std::size_t expected_facts);

  /// Records the key of `fact`, the fact at `index`; `id_at` is where its '#id' is written.
  void add_key(const Fact& fact, std::size_t index, SourcePoint id_at);
  /// Reports every duplicate explicit id (error) and repeated derived key (warning) among the
  /// recorded keys; `facts` are the facts the indexes refer to.
  void report_duplicate_keys(const std::vector<Fact>& facts);
  /// Reports every claim of `source` that gives a form another canonical form than an earlier
  /// claim of the same span type did.
  void check_claims(const InlineFact& source);

 private:
  struct Claimed {
    std::string canonical;             // as written
    std::string normalized_canonical;  // compared
    int line = 0;
  };

  struct KeyEntry {
    std::uint64_t hash = 0;
    std::size_t fact = 0;
    SourcePoint id_at;
  };

  DiagnosticSink& sink_;
  // Sorted by hash at the end rather than kept in hash maps: a node per fact made the hash maps
  // the largest single cost on 100,000-fact files. A hash match is confirmed against the keys.
  std::vector<KeyEntry> keys_;
  std::unordered_map<std::string, Claimed> claims_;  // type digit + normalized form → claim
  std::string form_buffer_;                          // reused to build claims_ keys
};

}  // namespace factdeck::quizgen::detail
