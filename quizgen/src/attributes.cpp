#include "attributes.hpp"

#include "text_utils.hpp"

namespace factdeck::quizgen::detail {

namespace {

bool is_id_char(char c) { return is_ascii_alpha(c) || is_digit(c) || c == '-' || c == '_'; }

constexpr const char* kExpected = "expected #id, .tag, hint=\"...\" or group=name";

// Reads the tokens of one attribute block, left to right.
class AttributeReader {
 public:
  AttributeReader(const BlockText& block, std::size_t begin, std::size_t end, DiagnosticSink& sink)
      : raw_(block.raw), block_(block), sink_(sink), pos_(begin), end_(end) {}

  FactAttributes read() {
    while (skip_spaces()) {
      const char c = raw_[pos_];
      if (c == '#') {
        read_id();
      } else if (c == '.') {
        read_tag();
      } else if (is_ascii_alpha(c)) {
        read_key_value();
      } else {
        malformed(pos_, std::string("unexpected '") + c + "'");
        return attributes_;  // the rest of the block cannot be read reliably
      }
    }
    return attributes_;
  }

 private:
  bool skip_spaces() {
    while (pos_ < end_ && is_space(raw_[pos_])) ++pos_;
    return pos_ < end_;
  }

  std::string_view read_word() {
    const std::size_t begin = pos_;
    while (pos_ < end_ && !is_space(raw_[pos_])) ++pos_;
    return std::string_view(raw_).substr(begin, pos_ - begin);
  }

  void malformed(std::size_t at, const std::string& what) {
    sink_.error(block_.locate(at), "malformed attribute block: " + what + " (" + kExpected + ")");
  }

  void set_id(std::string_view id, std::size_t at) {
    bool is_valid = !id.empty();
    for (char c : id) is_valid = is_valid && is_id_char(c);
    if (!is_valid) {
      malformed(at, "a fact id may use only letters, digits, '-' and '_'");
    } else if (!attributes_.id.empty()) {
      malformed(at, "a fact has at most one id");
    } else {
      attributes_.id = std::string(id);
      attributes_.id_at = block_.locate(at);
    }
  }

  void read_id() {
    const std::size_t at = pos_++;
    set_id(read_word(), at);
  }

  void read_tag() {
    const std::size_t at = pos_++;
    const std::string_view tag = read_word();
    if (tag.empty()) return malformed(at, "empty tag after '.'");
    attributes_.tags.emplace_back(tag);
  }

  void read_key_value() {
    const std::size_t at = pos_;
    while (pos_ < end_ && (is_ascii_alpha(raw_[pos_]) || raw_[pos_] == '_')) ++pos_;
    const std::string key = raw_.substr(at, pos_ - at);
    if (pos_ >= end_ || raw_[pos_] != '=') {
      read_word();
      return malformed(at, "'" + key + "' has no '=value'");
    }
    ++pos_;
    std::string value;
    if (!read_value(value)) return malformed(at, "unterminated quote in '" + key + "'");
    store(key, std::move(value), at);
  }

  // A quoted value ("..." with \" for a quote) or a bare word.
  bool read_value(std::string& value) {
    if (pos_ >= end_ || raw_[pos_] != '"') {
      value = std::string(read_word());
      return true;
    }
    for (++pos_; pos_ < end_; ++pos_) {
      if (raw_[pos_] == '\\' && pos_ + 1 < end_) {
        value += raw_[++pos_];
      } else if (raw_[pos_] == '"') {
        ++pos_;
        return true;
      } else {
        value += raw_[pos_];
      }
    }
    return false;
  }

  void store(const std::string& key, std::string value, std::size_t at) {
    if (key == "hint") {
      attributes_.hint = std::move(value);
    } else if (key == "group") {
      attributes_.group = std::move(value);
    } else if (key == "id") {
      set_id(value, at);
    } else {
      sink_.warning(block_.locate(at), "unknown attribute '" + key + "' ignored (" + kExpected + ")");
    }
  }

  const std::string& raw_;
  const BlockText& block_;
  DiagnosticSink& sink_;
  std::size_t pos_;
  std::size_t end_;
  FactAttributes attributes_;
};

}  // namespace

bool is_escaped(std::string_view text, std::size_t pos) {
  std::size_t backslashes = 0;
  while (pos > backslashes && text[pos - 1 - backslashes] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

std::size_t find_attribute_block(std::string_view raw) {
  if (raw.empty() || raw.back() != '}' || is_escaped(raw, raw.size() - 1)) {
    return std::string_view::npos;
  }
  for (std::size_t pos = raw.size() - 1; pos-- > 0;) {
    if (raw[pos] == '}' && !is_escaped(raw, pos)) return std::string_view::npos;
    if (raw[pos] != '{' || is_escaped(raw, pos)) continue;
    const bool closes_span = pos > 0 && raw[pos - 1] == ']';
    return closes_span ? std::string_view::npos : pos;
  }
  return std::string_view::npos;
}

FactAttributes parse_attribute_block(const BlockText& block, std::size_t open, std::size_t close,
                                     DiagnosticSink& sink) {
  return AttributeReader(block, open + 1, close, sink).read();
}

}  // namespace factdeck::quizgen::detail
