#pragma once
// Whole-file checks on facts as they are added: duplicate ids (error), facts with the same text
// and so the same derived key (warning), and alias conflicts (error).
#include <string>
#include <unordered_map>
#include <vector>

#include "quizgen/facts.hpp"
#include "source_text.hpp"
#include "spans.hpp"

namespace factdeck::quizgen::detail {

class FactRegistry {
 public:
  explicit FactRegistry(DiagnosticSink& sink) : sink_(sink) {}

  /// Reports a duplicate explicit id or a repeated derived key of `fact`.
  void check_key(const Fact& fact, const InlineFact& source);
  /// Reports every claim that gives a form another canonical form than an earlier claim did.
  void check_claims(const std::vector<AliasClaim>& claims);

 private:
  struct Claimed {
    std::string canonical;             // as written
    std::string normalized_canonical;  // compared
    int line = 0;
  };

  DiagnosticSink& sink_;
  std::unordered_map<std::string, int> ids_;   // explicit id → line
  std::unordered_map<std::string, int> keys_;  // derived key → line
  std::unordered_map<std::string, Claimed> claims_;  // type + normalized form → claim
};

}  // namespace factdeck::quizgen::detail
