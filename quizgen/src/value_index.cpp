#include "value_index.hpp"

#include <algorithm>
#include <latch>
#include <thread>
#include <unordered_set>

#include "date_text.hpp"
#include "base/prng.hpp"
#include "base/item_id.hpp"
#include "base/utf8.hpp"
#include "quizgen/normalize.hpp"

namespace factdeck::quizgen {

namespace {

const std::vector<std::uint32_t> kNoValues;
const ValueBucket kEmptyBucket;

/// The identity of a span's value before merging: dates and numbers by value, names by form
/// (`normalized_canonical` is normalize_answer(canonical_of(span))).
std::string value_key(const Span& span, std::string_view normalized_canonical) {
  if (span.type == SpanType::Date && span.date) return "d\x1f" + format_date_value(*span.date);
  if (span.type == SpanType::Number && span.number) {
    // "12 km" and "12 years" are two values; "6,400 km" and "about 6,400 km" one.
    const NumberValue number = with_written_unit(*span.number, span.text);
    return "n\x1f" + std::to_string(number.value) + "\x1f" +
           (number.high ? std::to_string(*number.high) : std::string()) + "\x1f" + number.unit;
  }
  const std::string_view type = span_type_name(span.type);
  std::string key;
  key.reserve(type.size() + 1 + normalized_canonical.size());
  key.append(type).append("\x1f").append(normalized_canonical);
  return key;
}

/// Adds `form`, whose normalize_answer is `normalized`, unless a form with that normalization is there.
void add_normalized_form(DeckValue& value, const std::string& form, std::string normalized) {
  if (normalized.empty()) return;
  if (std::find(value.normalized.begin(), value.normalized.end(), normalized) != value.normalized.end()) {
    return;
  }
  value.forms.push_back(form);
  value.normalized.push_back(std::move(normalized));
}

void add_form(DeckValue& value, const std::string& form) { add_normalized_form(value, form, normalize_answer(form)); }

void add_distinct(std::vector<std::string>& list, const std::string& text) {
  if (std::find(list.begin(), list.end(), text) == list.end()) list.push_back(text);
}

/// Remembers whether the span's text (normalized) was written with "the".
void note_article(DeckValue& value, const std::string& normalized_text, bool is_written_with_the) {
  add_distinct(is_written_with_the ? value.seen_with_the : value.seen_bare, normalized_text);
}

void add_section(DeckValue& value, std::int32_t section) {
  auto at = std::lower_bound(value.sections.begin(), value.sections.end(), section);
  if (at != value.sections.end() && *at == section) return;
  if (value.sections.size() < kMaxSections) value.sections.insert(at, section);
}

bool is_name_type(SpanType type) { return type != SpanType::Date && type != SpanType::Number; }

/// Value ids by value key, for add_spans: open addressing over the keys' precomputed hashes,
/// one small slot per distinct key and no node or key copy per entry (std::unordered_map's
/// bucket and node look-ups were three quarters of add_spans on 100,000 facts). Keys with equal
/// hashes are compared as text, so a hash collision never merges two values.
class ValueKeyTable {
 public:
  explicit ValueKeyTable(const std::vector<SpanKey>& keys) : keys_(keys) {
    std::size_t slot_count = 64;
    while (slot_count < keys.size() * 2) slot_count *= 2;  // load factor at most 1/2
    slots_.assign(slot_count, Slot{});
  }

  void prefetch(std::uint64_t hash) const { __builtin_prefetch(&slots_[slot_of(hash)]); }

  /// The id of the value whose key equals keys[at], or `next_id` (then is_new) when none has it yet.
  std::pair<std::uint32_t, bool> find_or_add(std::size_t at, std::uint32_t next_id) {
    const SpanKey& key = keys_[at];
    for (std::size_t i = slot_of(key.value_hash);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& slot = slots_[i];
      if (slot.key == nullptr) {
        slot = Slot{key.value_hash, key.value.data(), static_cast<std::uint32_t>(key.value.size()), next_id};
        return {next_id, true};
      }
      if (slot.hash == key.value_hash && std::string_view(slot.key, slot.key_size) == key.value) {
        return {slot.id, false};
      }
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    // The text of the first span's value key with this hash, viewed where keys_ holds it (the
    // keys do not move while the table lives): comparing it costs one cache miss, not two.
    const char* key = nullptr;
    std::uint32_t key_size = 0;
    std::uint32_t id = 0;
  };
  [[nodiscard]] std::size_t slot_of(std::uint64_t hash) const {
    return static_cast<std::size_t>(mix64(hash)) & (slots_.size() - 1);
  }

  const std::vector<SpanKey>& keys_;
  std::vector<Slot> slots_;
};

/// How many spans ahead add_spans asks for a table slot (about one cache miss's worth of work).
constexpr std::size_t kKeyLookAhead = 8;
constexpr std::size_t kTogetherSpans = 64;  // spans before a span that count as stated with it

std::string bucket_key(SpanType type, const std::string& group) {
  return std::string(span_type_name(type)) + "\x1f" + group;
}

}  // namespace

bool DeckValue::form_takes_the(std::string_view form) const {
  // Shown forms are mostly the value's own, whose normalized text is kept: no normalizing then.
  const auto own = std::find(forms.begin(), forms.end(), form);
  std::string own_normalized;
  if (own == forms.end()) own_normalized = normalize_answer(form);
  const std::string& text = own != forms.end() ? normalized_at(own - forms.begin()) : own_normalized;
  const bool with = std::find(seen_with_the.begin(), seen_with_the.end(), text) != seen_with_the.end();
  const bool bare = std::find(seen_bare.begin(), seen_bare.end(), text) != seen_bare.end();
  if (with != bare) return with;
  if (with) return takes_the();
  const bool is_acronym = form.size() >= 2 && std::all_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return takes_the() && (is_acronym || form.find(' ') != std::string_view::npos);
}

bool is_after_the(const Fact& fact, const Span& span) {
  if (span.begin < 4 || span.begin > fact.text.size()) return false;
  const std::string_view before = std::string_view(fact.text).substr(span.begin - 4, 4);
  const bool starts_word = span.begin == 4 || fact.text[span.begin - 5] == ' ';
  return starts_word && (before == "the " || before == "The ");
}

const std::string& canonical_of(const Span& span) {
  return span.canonical.empty() ? span.text : span.canonical;
}

bool date_less(const DateValue& a, const DateValue& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.end.has_value() != b.end.has_value()) return !a.end.has_value();
  return a.end.has_value() && *a.end < *b.end;
}

ValueIndex::ValueIndex(const Article& article, bool hashes_frames_aside) {
  index_spans(article);
  make_values(article, hashes_frames_aside);
  build_lookups(article);
  build_dates();
  build_traits();
  for (auto& [key, bucket] : buckets_) {
    bucket.traits.reserve(bucket.values.size());
    for (std::uint32_t id : bucket.values) bucket.traits.push_back(traits_[id]);
  }
}

void ValueIndex::make_values(const Article& article, bool hashes_frames_aside) {
  // Each span's value key is made on both threads (the second half of the facts aside), then
  // the values are merged in fact order on this one; the aside thread hashes the frames and
  // finds the shared ones meanwhile. Both write only their own members, so the index is the
  // same either way. The keys are freed on return, before the lookups are built.
  std::vector<SpanKey> keys(span_values_.size());
  if (!hashes_frames_aside) {
    make_keys(article, 0, article.facts.size(), keys);
    hash_frames(article);
    merge_values(article, keys);
    return;
  }
  const std::size_t middle = article.facts.size() / 2;
  std::latch keys_made(1);
  std::jthread aside([this, &article, &keys, &keys_made, middle] {
    make_keys(article, middle, article.facts.size(), keys);
    keys_made.count_down();
    hash_frames(article);
  });
  make_keys(article, 0, middle, keys);
  keys_made.wait();
  merge_values(article, keys);
}

void ValueIndex::merge_values(const Article& article, std::vector<SpanKey>& keys) {
  add_spans(article, keys);
  merge_shared_forms();
  merge_surnames();
  finish_roots();
}

void ValueIndex::index_spans(const Article& article) {
  first_span_.reserve(article.facts.size() + 1);
  std::size_t span_count = 0;
  for (const Fact& fact : article.facts) {
    first_span_.push_back(static_cast<std::uint32_t>(span_count));
    span_count += fact.spans.size();
  }
  first_span_.push_back(static_cast<std::uint32_t>(span_count));
  span_values_.resize(span_count);
}

void ValueIndex::make_keys(const Article& article, std::size_t begin, std::size_t end,
                           std::vector<SpanKey>& keys) const {
  for (std::size_t f = begin; f < end; ++f) {
    const std::vector<Span>& spans = article.facts[f].spans;
    for (std::size_t s = 0; s < spans.size(); ++s) {
      SpanKey& key = keys[first_span_[f] + s];
      key.normalized = normalize_answer(canonical_of(spans[s]));  // normalized once
      key.value = value_key(spans[s], key.normalized);
      key.value_hash = fnv1a64(key.value);
    }
  }
}

void ValueIndex::build_traits() {
  traits_.resize(values_.size());
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    const DeckValue& v = values_[id];
    ValueTraits& t = traits_[id];
    if (v.type == SpanType::Person && !v.normalized.empty()) t.surname = fnv1a64(last_word(v.normalized.front()));
    t.is_surname_unique = count_says_surname_unique(id);  // once per value, not per item
    for (std::int32_t section : v.sections) {
      if (t.section_count == t.sections.size()) break;
      t.sections[t.section_count++] = section;
    }
    for (const std::string& form : v.forms) {
      if (t.form_count == t.form_words.size()) break;
      std::size_t words = 0;
      bool in_word = false;
      for (char c : form) {
        if (c != ' ' && !in_word) ++words;
        in_word = c != ' ';
      }
      t.form_words[t.form_count] = static_cast<std::uint8_t>(std::min<std::size_t>(words, 255));
      t.form_chars[t.form_count] = static_cast<std::uint16_t>(std::min<std::size_t>(count_code_points(form), 65535));
      ++t.form_count;
    }
  }
}

void ValueIndex::hash_frames(const Article& article) {
  std::size_t span_count = 0;
  for (const Fact& fact : article.facts) span_count += fact.spans.size();
  span_frames_.reserve(span_count);
  for (const Fact& fact : article.facts) {
    for (std::size_t s = 0; s < fact.spans.size(); ++s) span_frames_.push_back(frame_of(fact, s));
  }
  find_shared_frames();
}

void ValueIndex::find_shared_frames() {
  // Finding repeats by sorting keeps the big per-span hash tables (a cache miss per insert) out
  // of the build; it reads only the frames, so it runs wherever they were hashed.
  std::vector<std::uint64_t> sorted = span_frames_;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i] == sorted[i - 1]) shared_frames_.insert(sorted[i]);
  }
}

void ValueIndex::add_spans(const Article& article, std::vector<SpanKey>& keys) {
  ValueKeyTable by_key(keys);
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    for (std::size_t s = 0; s < fact.spans.size(); ++s) {
      const Span& span = fact.spans[s];
      const std::size_t at = first_span_[f] + s;
      // The table's look-ups miss the cache; the hashes are known ahead, so ask early.
      if (at + kKeyLookAhead < keys.size()) by_key.prefetch(keys[at + kKeyLookAhead].value_hash);
      SpanKey& key = keys[at];
      const auto [id, is_new] = by_key.find_or_add(at, static_cast<std::uint32_t>(values_.size()));
      if (is_new) {
        std::optional<NumberValue> number;
        if (span.number) number = with_written_unit(*span.number, span.text);
        values_.push_back(DeckValue{span.type, {}, {}, span.date, std::move(number), {}, 0, 0, {}, {}});
        parent_.push_back(id);
      }
      DeckValue& value = values_[id];
      add_section(value, fact.section);
      ++value.mentions;
      // "the IBGE" tagged with its article counts; "The Warden", a title, does not.
      const bool is_written_with_the = is_after_the(fact, span) || std::string_view(span.text).starts_with("the ") ||
                                       (span.begin == 0 && std::string_view(span.text).starts_with("The "));
      if (is_written_with_the) ++value.mentions_after_the;
      note_article(value, span.text == canonical_of(span) ? key.normalized : normalize_answer(span.text),
                   is_written_with_the);
      add_normalized_form(value, canonical_of(span), std::move(key.normalized));
      // Mostly the text is the canonical form, which was just added (normalizing is costly).
      if (span.text != canonical_of(span)) add_form(value, span.text);
      for (const std::string& alias : span.aliases) add_form(value, alias);
      span_values_[at] = id;
    }
  }
}

std::uint32_t ValueIndex::find_root(std::uint32_t id) const {
  while (parent_[id] != id) id = parent_[id];
  return id;
}

void ValueIndex::unite(std::uint32_t a, std::uint32_t b) {
  a = find_root(a);
  b = find_root(b);
  if (a == b) return;
  // The earlier value stays the root, so merging never depends on hash order.
  if (a < b) parent_[b] = a;
  else parent_[a] = b;
}

void ValueIndex::merge_shared_forms() {
  std::unordered_map<std::string, std::uint32_t> owner_of_form;
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    if (!is_name_type(values_[id].type)) continue;
    for (const std::string& form : values_[id].normalized) {
      auto [it, is_new] = owner_of_form.try_emplace(bucket_key(values_[id].type, form), id);
      if (!is_new) unite(it->second, id);
    }
  }
}

void ValueIndex::merge_surnames() {
  // A one-word person ("Stalin") is the multi-word person with that surname ("Joseph Stalin")
  // when exactly one such person exists in the article.
  std::unordered_map<std::string, std::vector<std::uint32_t>> full_names_by_surname;
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    const DeckValue& v = values_[id];
    if (v.type != SpanType::Person || v.normalized.empty()) continue;
    const std::string& name = v.normalized.front();
    if (name.find(' ') == std::string::npos) continue;
    auto& roots = full_names_by_surname[std::string(last_word(name))];
    const std::uint32_t root = find_root(id);
    if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(root);
  }
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    const DeckValue& v = values_[id];
    if (v.type != SpanType::Person || v.normalized.empty()) continue;
    if (v.normalized.front().find(' ') != std::string::npos) continue;
    const auto it = full_names_by_surname.find(v.normalized.front());
    if (it != full_names_by_surname.end() && it->second.size() == 1) unite(it->second.front(), id);
  }
}

void ValueIndex::finish_roots() {
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    const std::uint32_t root = find_root(id);
    parent_[id] = root;
    if (root == id) continue;
    for (const std::string& form : values_[id].forms) add_form(values_[root], form);
    for (std::int32_t section : values_[id].sections) add_section(values_[root], section);
    for (const std::string& text : values_[id].seen_with_the) add_distinct(values_[root].seen_with_the, text);
    for (const std::string& text : values_[id].seen_bare) add_distinct(values_[root].seen_bare, text);
    values_[root].mentions += values_[id].mentions;
    values_[root].mentions_after_the += values_[id].mentions_after_the;
  }
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    if (parent_[id] != id || values_[id].type != SpanType::Person) continue;
    std::unordered_set<std::string> surnames;
    for (const std::string& form : values_[id].normalized) surnames.emplace(last_word(form));
    for (const std::string& surname : surnames) ++surname_counts_[surname];
  }
}

void ValueIndex::build_lookups(const Article& article) {
  // (list key, value) pairs already added, as 64-bit hashes (a collision would at worst leave
  // one value out of one candidate list).
  FlatU64Set seen;
  auto is_first = [&seen](const std::string& key, std::uint32_t root) {
    return seen.insert(fnv1a64(key) ^ mix64(root + 1));
  };
  auto add_to_bucket = [&](const std::string& key, std::uint32_t root, std::size_t f) {
    ValueBucket& bucket = buckets_[key];
    bucket.values.push_back(root);
    bucket.first_fact.push_back(static_cast<std::uint32_t>(f));
  };
  // A value has one type, so one flag says whether it is filed in its type's bucket and number
  // list; and most values are stated with one group throughout, so remembering the last group
  // each was filed under spares the hash look-up (a cache miss) for nearly every span.
  std::vector<std::uint8_t> is_in_type_lists(values_.size(), 0);
  std::vector<const std::string*> last_group(values_.size(), nullptr);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> together;
  for (std::size_t f = 0; f < article.facts.size(); ++f) {
    const Fact& fact = article.facts[f];
    const std::size_t first = first_span_[f];
    for (std::size_t s = 0; s < fact.spans.size(); ++s) {
      const Span& span = fact.spans[s];
      const std::uint32_t root = parent_[span_values_[first + s]];
      span_values_[first + s] = root;
      const bool is_number = span.type == SpanType::Number && values_[root].number;
      if (is_in_type_lists[root] == 0) {
        is_in_type_lists[root] = 1;
        add_to_bucket(bucket_key(span.type, ""), root, f);
        if (is_number) numbers_[""].push_back(root);
      }
      const bool is_known_group = last_group[root] != nullptr && *last_group[root] == span.group;
      if (!span.group.empty() && !is_known_group) {
        last_group[root] = &span.group;
        if (is_first(bucket_key(span.type, span.group), root)) add_to_bucket(bucket_key(span.type, span.group), root, f);
        if (is_number && is_first("n\x1f" + span.group, root)) numbers_[span.group].push_back(root);
      }
      // Values stated together: each span with the spans before it, at most kTogetherSpans of
      // them (every span of a real sentence; a fact of thousands of spans would be quadratic).
      for (std::size_t t = s - std::min(s, kTogetherSpans); t < s; ++t) {
        const std::uint32_t other = parent_[span_values_[first + t]];
        if (fact.spans[t].type == span.type && other != root) {
          together.emplace_back(root, other);
          together.emplace_back(other, root);
        }
      }
    }
  }
  build_together(std::move(together));
  build_frame_lookups();
  sort_numbers();
}

void ValueIndex::build_together(std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs) {
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  together_begin_.assign(values_.size() + 1, 0);
  for (const auto& [value, other] : pairs) ++together_begin_[value + 1];
  for (std::size_t v = 0; v < values_.size(); ++v) together_begin_[v + 1] += together_begin_[v];
  together_.reserve(pairs.size());
  for (const auto& pair : pairs) together_.push_back(pair.second);  // sorted by value, then other
}

void ValueIndex::build_frame_lookups() {
  // Only frames stated more than once (found by find_shared_frames) are recorded: for any other
  // frame the only value stated is the asked span's own, and the distractor search asks nothing then.
  if (shared_frames_.size() == 0) return;
  for (std::size_t i = 0; i < span_frames_.size(); ++i) {
    if (shared_frames_.contains(span_frames_[i])) add_to_frame(span_frames_[i], span_values_[i]);
  }
}

void ValueIndex::sort_numbers() {
  number_keys_.assign(values_.size(), NumberKey{});
  std::vector<std::string_view> written;
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    if (parent_[id] != id || !values_[id].number) continue;
    number_keys_[id] = quizgen::number_key(*values_[id].number);
    for (const std::string& form : values_[id].forms) written.emplace_back(form);
  }
  number_style_ = number_style_of(written);
  for (auto& [group, ids] : numbers_) {
    std::sort(ids.begin(), ids.end(), [this](std::uint32_t a, std::uint32_t b) {
      return number_keys_[a] < number_keys_[b] || (number_keys_[a] == number_keys_[b] && a < b);
    });
  }
}

void ValueIndex::build_dates() {
  for (std::uint32_t id = 0; id < values_.size(); ++id) {
    const DeckValue& v = values_[id];
    if (parent_[id] != id || !v.date) continue;
    const auto own = static_cast<std::size_t>(v.date->precision);
    if (v.date->end) {
      ranges_[own].push_back(*v.date);
      continue;
    }
    for (std::size_t p = 0; p <= own; ++p) {
      dates_[p].push_back(reduce_date(*v.date, static_cast<DatePrecision>(p)));
    }
  }
  for (auto* lists : {&dates_, &ranges_}) {
    for (auto& list : *lists) {
      std::sort(list.begin(), list.end(), date_less);
      list.erase(std::unique(list.begin(), list.end()), list.end());
    }
  }
}

std::uint32_t ValueIndex::value_of(std::size_t fact, std::size_t span) const {
  return span_values_[first_span_[fact] + span];
}

std::uint64_t ValueIndex::frame_at(std::size_t fact, std::size_t span) const {
  return span_frames_[first_span_[fact] + span];
}

const ValueBucket& ValueIndex::bucket(SpanType type, const std::string& group) const {
  const auto it = buckets_.find(bucket_key(type, group));
  return it == buckets_.end() ? kEmptyBucket : it->second;
}

namespace {

std::uint64_t frame_date_key(std::uint64_t frame, const DateValue& date) {
  return fnv1a64(format_date_value(date), frame);
}

}  // namespace

void ValueIndex::add_to_frame(std::uint64_t frame, std::uint32_t root) {
  frame_values_.insert(frame ^ mix64(root + 1));
  const auto& date = values_[root].date;
  if (!date) return;
  for (std::size_t p = 0; p <= static_cast<std::size_t>(date->precision); ++p) {
    frame_dates_.insert(frame_date_key(frame, reduce_date(*date, static_cast<DatePrecision>(p))));
  }
}

bool ValueIndex::is_stated_in_frame(std::uint64_t frame, std::uint32_t value) const {
  return frame_values_.contains(frame ^ mix64(value + 1));
}

bool ValueIndex::is_date_stated_in_frame(std::uint64_t frame, const DateValue& date) const {
  return frame_dates_.contains(frame_date_key(frame, date));
}

bool ValueIndex::is_surname_unique(std::uint32_t id) const { return traits_[id].is_surname_unique; }

bool ValueIndex::count_says_surname_unique(std::uint32_t id) const {
  const DeckValue& v = values_[id];
  if (v.type != SpanType::Person || v.normalized.empty()) return false;
  const auto it = surname_counts_.find(std::string(last_word(v.normalized.front())));
  return it != surname_counts_.end() && it->second == 1;
}

const std::vector<DateValue>& ValueIndex::dates(DatePrecision precision) const {
  return dates_[static_cast<std::size_t>(precision)];
}

const std::vector<DateValue>& ValueIndex::ranges(DatePrecision precision) const {
  return ranges_[static_cast<std::size_t>(precision)];
}

const std::vector<std::uint32_t>& ValueIndex::numbers(const std::string& group) const {
  const auto it = numbers_.find(group);
  return it == numbers_.end() ? kNoValues : it->second;
}

bool ValueIndex::are_stated_together(std::uint32_t a, std::uint32_t b) const {
  const auto begin = together_.begin() + together_begin_[a];
  const auto end = together_.begin() + together_begin_[a + 1];
  return std::binary_search(begin, end, b);
}

std::uint64_t ValueIndex::frame_of(const Fact& fact, std::size_t span) {
  const Span& cut = fact.spans[span];
  const std::string_view text = fact.text;
  const std::string_view before = text.substr(0, cut.begin);
  const std::string_view after = text.substr(std::min<std::size_t>(cut.end, text.size()));
  // FNV-1a runs byte by byte from its seed, so hashing the pieces in turn equals hashing
  // normalize_text(before) + "\x1f" + normalize_text(after), without building those strings.
  const std::uint64_t through_before = fnv1a64_normalized(before, fnv1a64(span_type_name(cut.type)));
  return fnv1a64_normalized(after, fnv1a64("\x1f", through_before));
}

}  // namespace factdeck::quizgen
