#include "xml_reader.hpp"

#include <cstdint>
#include <optional>

#include "base/text.hpp"
#include "base/utf8.hpp"

namespace factdeck::quizgen::test {

namespace {

// "x41" or "65" (after the '#') as a code point; nullopt when malformed or beyond Unicode.
std::optional<char32_t> character_reference(std::string_view digits) {
  const bool is_hex = digits.starts_with("x");
  if (is_hex) digits.remove_prefix(1);
  if (digits.empty()) return std::nullopt;
  std::uint32_t code = 0;
  for (char c : digits) {
    std::uint32_t digit = 0;
    if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0');
    else if (is_hex && c >= 'a' && c <= 'f') digit = static_cast<std::uint32_t>(c - 'a' + 10);
    else if (is_hex && c >= 'A' && c <= 'F') digit = static_cast<std::uint32_t>(c - 'A' + 10);
    else return std::nullopt;
    code = code * (is_hex ? 16u : 10u) + digit;
    if (code > 0x10FFFF) return std::nullopt;
  }
  return static_cast<char32_t>(code);
}

class Reader {
 public:
  explicit Reader(std::string_view doc) : doc_(doc) {}

  Result<XmlNode> document() {
    skip_misc();
    if (!starts("<")) return error("no root element");
    Result<XmlNode> root = element();
    if (!root) return root;
    skip_misc();
    if (at_ < doc_.size()) return error("content after the root element");
    return root;
  }

 private:
  Unexpected error(const std::string& what) const {
    return fail(ErrorCode::Parse, what, "xml", 0, static_cast<int>(at_));
  }
  bool starts(std::string_view s) const { return doc_.substr(at_).starts_with(s); }
  void skip_space() { while (at_ < doc_.size() && is_space(doc_[at_])) ++at_; }

  // Declarations, processing instructions, comments and whitespace around the root.
  void skip_misc() {
    for (;;) {
      skip_space();
      if (starts("<?")) { skip_past("?>"); continue; }
      if (starts("<!--")) { skip_past("-->"); continue; }
      return;
    }
  }
  bool skip_past(std::string_view end) {
    const std::size_t found = doc_.find(end, at_);
    at_ = found == std::string_view::npos ? doc_.size() : found + end.size();
    return found != std::string_view::npos;
  }

  std::string name() {
    const std::size_t start = at_;
    while (at_ < doc_.size() && !is_space(doc_[at_]) && doc_[at_] != '>' && doc_[at_] != '/' &&
           doc_[at_] != '=') {
      ++at_;
    }
    return std::string(doc_.substr(start, at_ - start));
  }

  Result<std::string> decoded(std::string_view raw) const {
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '<') return error("'<' in text");
      if (raw[i] != '&') { out += raw[i]; continue; }
      const std::size_t semi = raw.find(';', i);
      if (semi == std::string_view::npos) return error("bare '&'");
      const std::string_view entity = raw.substr(i + 1, semi - i - 1);
      if (entity == "amp") out += '&';
      else if (entity == "lt") out += '<';
      else if (entity == "gt") out += '>';
      else if (entity == "quot") out += '"';
      else if (entity == "apos") out += '\'';
      else if (entity.starts_with("#")) {
        const std::optional<char32_t> code = character_reference(entity.substr(1));
        if (!code) return error("bad character reference &" + std::string(entity) + ";");
        append_utf8(out, *code);
      }
      else return error("unknown entity &" + std::string(entity) + ";");
      i = semi;
    }
    return out;
  }

  Result<void> attributes(XmlNode& node) {
    for (;;) {
      skip_space();
      if (starts(">") || starts("/>")) return {};
      const std::string key = name();
      skip_space();
      if (key.empty() || !starts("=")) return error("attribute without a value");
      ++at_;
      skip_space();
      if (at_ >= doc_.size() || (doc_[at_] != '"' && doc_[at_] != '\'')) return error("unquoted attribute");
      const char quote = doc_[at_++];
      const std::size_t end = doc_.find(quote, at_);
      if (end == std::string_view::npos) return error("attribute not closed");
      Result<std::string> value = decoded(doc_.substr(at_, end - at_));
      if (!value) return Unexpected{value.error()};
      if (!node.attributes.emplace(key, *value).second) return error("attribute given twice");
      at_ = end + 1;
    }
  }

  Result<XmlNode> element() {
    ++at_;  // '<'
    XmlNode node;
    node.name = name();
    if (node.name.empty()) return error("element without a name");
    if (Result<void> attrs = attributes(node); !attrs) return Unexpected{attrs.error()};
    if (starts("/>")) { at_ += 2; return node; }
    ++at_;  // '>'
    return content(std::move(node));
  }

  Result<XmlNode> content(XmlNode node) {
    for (;;) {
      if (at_ >= doc_.size()) return error("<" + node.name + "> not closed");
      if (starts("</")) {
        at_ += 2;
        const std::string closing = name();
        skip_space();
        if (closing != node.name || !starts(">")) return error("</" + closing + "> closes <" + node.name + ">");
        ++at_;
        return node;
      }
      if (starts("<!--")) {
        if (!skip_past("-->")) return error("comment not closed");
      } else if (starts("<![CDATA[")) {
        const std::size_t end = doc_.find("]]>", at_);
        if (end == std::string_view::npos) return error("CDATA not closed");
        node.text += doc_.substr(at_ + 9, end - at_ - 9);
        at_ = end + 3;
      } else if (starts("<")) {
        Result<XmlNode> child = element();
        if (!child) return child;
        node.children.push_back(std::move(*child));
      } else {
        const std::size_t end = std::min(doc_.find('<', at_), doc_.size());
        Result<std::string> text = decoded(doc_.substr(at_, end - at_));
        if (!text) return Unexpected{text.error()};
        node.text += *text;
        at_ = end;
      }
    }
  }

  std::string_view doc_;
  std::size_t at_ = 0;
};

}  // namespace

std::vector<const XmlNode*> XmlNode::all(std::string_view child) const {
  std::vector<const XmlNode*> found;
  for (const XmlNode& c : children) {
    if (c.name == child) found.push_back(&c);
  }
  return found;
}

const XmlNode* XmlNode::first(std::string_view child) const {
  for (const XmlNode& c : children) {
    if (c.name == child) return &c;
  }
  return nullptr;
}

std::string XmlNode::text_of(std::string_view child) const {
  const XmlNode* node = first(child);
  const XmlNode* text_node = node ? node->first("text") : nullptr;
  return text_node ? text_node->text : std::string();
}

Result<XmlNode> read_xml(std::string_view document) { return Reader(document).document(); }

}  // namespace factdeck::quizgen::test
