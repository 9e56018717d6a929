#include "base/markup.hpp"

#include "base/utf8.hpp"

namespace factdeck {

namespace {

/// The flavour's text for `c`, or empty when `c` is kept as it is.
std::string_view flavour_specific(char c, Markup flavour) {
  switch (c) {
    case '\'':
      if (flavour == Markup::Html) return "&#39;";
      if (flavour == Markup::Xml) return "&apos;";
      return {};
    case '\n':
      return flavour == Markup::AnkiField ? "<br>" : std::string_view{};
    default:
      return {};
  }
}

bool is_dropped(char c, Markup flavour) {
  const bool is_c0_control = static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
  return flavour == Markup::Xml && is_c0_control;
}

}  // namespace

std::string escape_markup(std::string_view raw, Markup flavour) {
  const std::string text = replace_invalid_utf8(raw);
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default:
        if (is_dropped(c, flavour)) break;
        if (const std::string_view replaced = flavour_specific(c, flavour); !replaced.empty()) {
          out += replaced;
        } else {
          out += c;
        }
    }
  }
  return out;
}

}  // namespace factdeck
