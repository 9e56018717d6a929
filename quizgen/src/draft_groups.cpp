// Draft tags: fair-distractor groups. Multiple choice offers two other members of the same type
// and group as wrong options, so a group must be of like things (countries with countries) and
// have at least three members. A name starts in the group of its kind (the gazetteer's
// "countries", the event word's "treaties"), else in its type's broad group ("people"); a kind
// with fewer than three names joins the broad group; a broad group of more than
// kSplitAbove names is split by the top-level section each name is mentioned in most
// (co-occurrence), and sections with fewer than three names share one remainder group.
#include <algorithm>
#include <map>
#include <set>

#include "base/text.hpp"
#include "draft_tokens.hpp"

namespace factdeck::quizgen::detail {

namespace {

constexpr std::size_t kMinMembers = 3;   // the name itself and two wrong options
constexpr std::size_t kSplitAbove = 12;  // a broad group larger than this is split by section

bool takes_group(SpanType type) { return type != SpanType::Date && type != SpanType::Number; }

std::string_view broad_group(SpanType type) {
  switch (type) {
    case SpanType::Person: return "people";
    case SpanType::Place: return "places";
    case SpanType::Organization: return "organisations";
    case SpanType::Event: return "events";
    default: return "terms";
  }
}

struct Name {
  SpanType type = SpanType::Term;
  std::string key;                       // canonical form, or the text
  std::string kind;                      // finer kind, may be empty
  std::string kept_group;                // the group the input gave it, if any
  std::map<int, int> mentions_by_section;  // top-level heading index → count
};

int top_section(const DraftResult& draft, int section) {
  int top = section;
  for (int i = section; i >= 0; --i) {
    if (draft.headings[static_cast<std::size_t>(i)].level <= draft.headings[static_cast<std::size_t>(top)].level) top = i;
    if (draft.headings[static_cast<std::size_t>(i)].level == 1) break;
  }
  return top;
}

using NameKey = std::pair<SpanType, std::string>;

std::map<NameKey, Name> collect_names(const DraftResult& draft, const std::vector<std::string>& kinds,
                                      const std::vector<Proposal>& proposals) {
  std::map<NameKey, Name> names;
  auto note = [&](SpanType type, std::string key, std::string_view kind, std::string_view group, int section) {
    Name& name = names[{type, key}];
    name.type = type;
    name.key = std::move(key);
    if (name.kind.empty()) name.kind = std::string(kind);
    if (name.kept_group.empty()) name.kept_group = std::string(group);
    if (section >= 0) ++name.mentions_by_section[top_section(draft, section)];
  };
  for (const DraftFact& fact : draft.facts) {
    for (const Span& span : fact.kept) {
      if (takes_group(span.type)) note(span.type, span.canonical, {}, span.group, fact.section);
    }
  }
  for (std::size_t i = 0; i < proposals.size(); ++i) {
    const Proposal& p = proposals[i];
    if (!takes_group(p.type)) continue;
    const DraftFact& fact = draft.facts[p.fact];
    std::string key = p.canonical.empty() ? fact.text.substr(p.begin, p.end - p.begin) : p.canonical;
    note(p.type, std::move(key), kinds[i], {}, fact.section);
  }
  return names;
}

int busiest_section(const Name& name) {
  int best = -1;
  int best_count = 0;
  for (const auto& [section, count] : name.mentions_by_section) {
    if (count > best_count) {
      best = section;
      best_count = count;
    }
  }
  return best;
}

// Splits one broad group by section; returns key → group for its names.
void split_by_section(const DraftResult& draft, const std::vector<Name*>& members, std::string_view base,
                      std::map<NameKey, std::string>& group_of) {
  std::map<int, std::vector<Name*>> by_section;
  for (Name* name : members) by_section[busiest_section(*name)].push_back(name);
  std::vector<Name*> remainder;
  const bool is_one_cluster = by_section.size() == 1;
  for (auto& [section, names] : by_section) {
    if (section < 0 || names.size() < kMinMembers || is_one_cluster) {
      remainder.insert(remainder.end(), names.begin(), names.end());
      continue;
    }
    const std::string group = std::string(base) + "-" + group_slug(draft.headings[static_cast<std::size_t>(section)].title);
    for (Name* name : names) group_of[{name->type, name->key}] = group;
  }
  for (Name* name : remainder) group_of[{name->type, name->key}] = std::string(base);
}

}  // namespace

std::string group_slug(std::string_view words) {
  std::string slug;
  for (char c : words) {
    if (is_ascii_alpha(c) || is_digit(c)) {
      slug += ascii_lower(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= 40) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? std::string("section") : slug;
}

void assign_groups(const DraftResult& draft, const std::vector<std::string>& kinds,
                   std::vector<Proposal>& proposals) {
  std::map<NameKey, Name> names = collect_names(draft, kinds, proposals);
  // First the kinds: a kind with three or more names is a group of its own.
  std::map<std::pair<SpanType, std::string>, std::vector<Name*>> by_group;
  std::map<NameKey, std::string> group_of;
  for (auto& [key, name] : names) {
    if (!name.kept_group.empty()) {
      group_of[key] = name.kept_group;
      continue;
    }
    by_group[{name.type, name.kind.empty() ? std::string(broad_group(name.type)) : name.kind}].push_back(&name);
  }
  std::map<SpanType, std::vector<Name*>> broad;
  for (auto& [group, members] : by_group) {
    const bool is_own_group = group.second != broad_group(group.first) && members.size() >= kMinMembers;
    if (is_own_group) {
      for (Name* name : members) group_of[{name->type, name->key}] = group_slug(group.second);
    } else {
      broad[group.first].insert(broad[group.first].end(), members.begin(), members.end());
    }
  }
  for (auto& [type, members] : broad) {
    if (members.size() > kSplitAbove) {
      split_by_section(draft, members, broad_group(type), group_of);
    } else {
      for (Name* name : members) group_of[{name->type, name->key}] = std::string(broad_group(type));
    }
  }
  for (Proposal& p : proposals) {
    if (!takes_group(p.type)) continue;
    const std::string key = p.canonical.empty() ? draft.facts[p.fact].text.substr(p.begin, p.end - p.begin) : p.canonical;
    p.group = group_of[{p.type, key}];
  }
}

}  // namespace factdeck::quizgen::detail
