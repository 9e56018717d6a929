#pragma once
// A small XML reader for the tests: elements, attributes, text, CDATA, comments, the XML
// declaration and the five named entities plus numeric character references. Enough to check
// the structure of the Moodle XML we write; it rejects what is not well-formed (unclosed or
// mismatched tags, a bare '&' or '<', text outside the root).
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace factdeck::quizgen::test {

struct XmlNode {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::string text;  // the element's own text, entities decoded, CDATA included
  std::vector<XmlNode> children;

  /// The children named `child`, in order.
  [[nodiscard]] std::vector<const XmlNode*> all(std::string_view child) const;
  /// The first child named `child`, or nullptr.
  [[nodiscard]] const XmlNode* first(std::string_view child) const;
  /// The text of `<child><text>...</text></child>`, or empty.
  [[nodiscard]] std::string text_of(std::string_view child) const;
};

/// Parses a whole document; Parse errors carry the byte offset in `column`.
[[nodiscard]] Result<XmlNode> read_xml(std::string_view document);

}  // namespace factdeck::quizgen::test
