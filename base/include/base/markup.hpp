#pragma once
// One escaper for text placed in markup: HTML pages (the printable test, the class report), XML
// (Moodle's question format) and Anki's note fields. The five characters markup reserves are
// escaped the same way everywhere; each flavour adds only what its format requires.
#include <string>
#include <string_view>

namespace factdeck {

enum class Markup {
  Html,       // ' as &#39; (HTML 4 has no &apos;)
  Xml,        // ' as &apos;; C0 control characters other than tab, LF and CR dropped (XML 1.0
              // forbids them)
  AnkiField,  // ' kept (Anki stores fields so); a line feed becomes <br>, Anki's line break
};

/// `text` with each invalid UTF-8 byte replaced by '?' and escaped for `flavour`.
[[nodiscard]] std::string escape_markup(std::string_view text, Markup flavour);

}  // namespace factdeck
