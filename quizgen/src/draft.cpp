// Draft tags: the proposer's steps in order (read the document, find values and names in each
// fact, link them across the text, keep the best non-overlapping candidates, propose groups)
// and the writing of the draft as a facts file.
#include "quizgen/draft.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "base/utf8.hpp"
#include "draft_document.hpp"
#include "draft_tokens.hpp"
#include "quizgen/values.hpp"

namespace factdeck::quizgen {

namespace {

using detail::Candidate;

std::vector<Candidate> find_candidates(const DraftFact& fact, const detail::Lexicon& lexicon) {
  const std::vector<detail::Token> tokens = detail::tokenize_fact(fact.text);
  std::vector<bool> used(tokens.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (const Span& span : fact.kept) {
      if (tokens[i].begin < span.end && span.begin < tokens[i].end) used[i] = true;
    }
  }
  std::vector<Candidate> candidates;
  detail::find_values(fact.text, tokens, used, candidates);
  detail::find_names(fact.text, tokens, lexicon, used, candidates);
  return candidates;
}

// The strongest candidates that overlap neither a kept span nor each other, in text order.
std::vector<Candidate> best_non_overlapping(const DraftFact& fact, std::vector<Candidate> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return a.end - a.begin > b.end - b.begin;
  });
  std::vector<Candidate> kept;
  auto overlaps = [](std::uint32_t b1, std::uint32_t e1, std::uint32_t b2, std::uint32_t e2) {
    return b1 < e2 && b2 < e1;
  };
  for (Candidate& c : candidates) {
    if (c.end <= c.begin) continue;
    const bool hits_kept = std::any_of(fact.kept.begin(), fact.kept.end(), [&](const Span& s) {
      return overlaps(c.begin, c.end, s.begin, s.end);
    });
    const bool hits_chosen = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
      return overlaps(c.begin, c.end, k.begin, k.end);
    });
    if (!hits_kept && !hits_chosen) kept.push_back(std::move(c));
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return kept;
}

bool is_accepted(std::span<const bool> accepted, std::size_t index) {
  return accepted.empty() || (index < accepted.size() && accepted[index]);
}

// ---- Writing spans ----

std::string escape_in_braces(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == '|' || c == '=' || c == '@' || c == '{' || c == '}' || c == '[' || c == ']') out += '\\';
    out += c;
  }
  return out;
}

std::string format_number(double value) {
  char buffer[64];
  if (std::abs(value) < 1e15 && value == std::floor(value)) {
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.6f", value);
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
  }
  return buffer;
}

// The "= value" a kept date or number needs when its text alone does not read as its value.
std::string kept_value(const Span& span) {
  if (span.type == SpanType::Date && span.date && parse_date_text(span.text) != span.date) {
    return format_date_value(*span.date);
  }
  if (span.type == SpanType::Number && span.number && parse_number_text(span.text) != span.number) {
    return format_number(span.number->value);  // '=' takes a bare value (parse_number_value)
  }
  return {};
}

std::string render_span(std::string_view text, SpanType type, std::string_view group,
                        std::string_view canonical, const std::vector<std::string>& aliases) {
  std::string out = "[" + detail::escape_plain(text) + "]{" + std::string(span_type_name(type));
  if (!group.empty()) out += "@" + std::string(group);
  if (!canonical.empty()) out += " = " + escape_in_braces(canonical);
  for (const std::string& alias : aliases) out += " | " + escape_in_braces(alias);
  return out + "}";
}

struct Placed {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string markup;
};

std::string group_message(SpanType type, const std::string& group, const std::vector<std::string>& members) {
  std::string names;
  for (const std::string& member : members) names += (names.empty() ? "" : ", ") + member;
  const std::size_t count = members.size();
  return std::string(span_type_name(type)) + " group '" + group + "' has " + std::to_string(count) +
         (count == 1 ? " member (" : " members (") + names +
         "): multiple choice needs 2 other members of the same type and group; add members or "
         "merge it into a larger group of like things";
}

}  // namespace

std::string_view proposal_reason_name(ProposalReason reason) {
  switch (reason) {
    case ProposalReason::DateGrammar: return "date grammar";
    case ProposalReason::NumberGrammar: return "number grammar";
    case ProposalReason::Gazetteer: return "gazetteer";
    case ProposalReason::TitleCue: return "title";
    case ProposalReason::EventCue: return "event word";
    case ProposalReason::OrgCue: return "organisation word";
    case ProposalReason::PlaceCue: return "place word";
    case ProposalReason::TermCue: return "term cue";
    case ProposalReason::NameShape: return "name shape";
    case ProposalReason::Surname: return "surname";
    case ProposalReason::Recurrence: return "recurrence";
    case ProposalReason::Misspelling: return "misspelling";
  }
  return "unknown";
}

DraftResult propose_draft(std::string_view text, const DraftOptions& options) {
  DraftResult draft;
  detail::read_draft_document(replace_invalid_utf8(text), options, draft);
  const detail::Lexicon lexicon = detail::build_lexicon(draft.facts, draft.headings);
  std::vector<std::vector<Candidate>> candidates;
  candidates.reserve(draft.facts.size());
  for (const DraftFact& fact : draft.facts) candidates.push_back(find_candidates(fact, lexicon));
  detail::link_entities(draft.facts, lexicon, candidates);
  std::vector<std::string> kinds;
  for (std::size_t f = 0; f < draft.facts.size(); ++f) {
    for (Candidate& c : best_non_overlapping(draft.facts[f], std::move(candidates[f]))) {
      Proposal p;
      p.fact = f;
      p.begin = c.begin;
      p.end = c.end;
      p.type = c.type;
      p.canonical = std::move(c.canonical);
      p.confidence = c.confidence;
      p.reason = c.reason;
      p.note = std::move(c.note);
      if (p.canonical == draft.facts[f].text.substr(p.begin, p.end - p.begin)) p.canonical.clear();
      draft.proposals.push_back(std::move(p));
      kinds.push_back(std::move(c.kind));
    }
  }
  detail::assign_groups(draft, kinds, draft.proposals);
  draft.warnings = group_warnings(draft);
  return draft;
}

std::vector<GroupWarning> group_warnings(const DraftResult& draft, std::span<const bool> accepted) {
  std::map<std::pair<SpanType, std::string>, std::set<std::string>> members;
  for (const DraftFact& fact : draft.facts) {
    for (const Span& span : fact.kept) {
      if (!span.group.empty()) members[{span.type, span.group}].insert(span.canonical);
    }
  }
  for (std::size_t i = 0; i < draft.proposals.size(); ++i) {
    const Proposal& p = draft.proposals[i];
    if (p.group.empty() || !is_accepted(accepted, i)) continue;
    const std::string& text = draft.facts[p.fact].text;
    members[{p.type, p.group}].insert(p.canonical.empty() ? text.substr(p.begin, p.end - p.begin) : p.canonical);
  }
  std::vector<GroupWarning> warnings;
  for (const auto& [key, names] : members) {
    if (names.size() >= 3) continue;
    GroupWarning warning;
    warning.type = key.first;
    warning.group = key.second;
    warning.members.assign(names.begin(), names.end());
    warning.message = group_message(warning.type, warning.group, warning.members);
    warnings.push_back(std::move(warning));
  }
  return warnings;
}

namespace detail {

std::string render_fact(const DraftResult& draft, std::size_t fact_index, std::span<const bool> accepted) {
  const DraftFact& fact = draft.facts[fact_index];
  std::vector<Placed> placed;
  for (const Span& span : fact.kept) {
    const std::string value = kept_value(span);
    const std::string canonical = !value.empty() ? value : (span.canonical != span.text ? span.canonical : std::string());
    placed.push_back({span.begin, span.end, render_span(span.text, span.type, span.group, canonical, span.aliases)});
  }
  for (std::size_t i = 0; i < draft.proposals.size(); ++i) {
    const Proposal& p = draft.proposals[i];
    if (p.fact != fact_index || !is_accepted(accepted, i)) continue;
    const std::string_view text = std::string_view(fact.text).substr(p.begin, p.end - p.begin);
    placed.push_back({p.begin, p.end, render_span(text, p.type, p.group, p.canonical, {})});
  }
  std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.begin < b.begin; });
  std::string out;
  std::uint32_t at = 0;
  for (const Placed& span : placed) {
    if (span.begin < at) continue;  // overlaps the span before it
    out += escape_plain(std::string_view(fact.text).substr(at, span.begin - at));
    out += span.markup;
    at = span.end;
  }
  out += escape_plain(std::string_view(fact.text).substr(at));
  return out;
}

}  // namespace detail

std::string render_draft(const DraftResult& draft, std::span<const bool> accepted) {
  std::string out;
  for (const DraftBlock& block : draft.blocks) {
    if (!block.is_fact) {
      out += block.verbatim + "\n";
      continue;
    }
    out += "- " + detail::render_fact(draft, block.fact, accepted);
    const std::string& attributes = draft.facts[block.fact].attributes;
    if (!attributes.empty()) out += " " + attributes;
    out += "\n";
  }
  return out;
}

}  // namespace factdeck::quizgen
