#pragma once
// Anki field text: notes store HTML. Import needs the plain text a learner reads; export needs
// HTML-safe text, and Anki's sort field and duplicate checksum.
#include <cstdint>
#include <string>
#include <string_view>

namespace factdeck::anki {

/// The text a field shows: tags removed (<br>, <div> and <p> become line breaks; [sound:...] and
/// images dropped), the named entities Anki writes (&nbsp; &amp; &lt; &gt; &quot; &apos;) and
/// numeric references decoded, runs of spaces made one, trimmed.
[[nodiscard]] std::string field_plain_text(std::string_view html);

/// `text` as HTML for a field: & < > " escaped, line breaks as <br> (base/markup.hpp's
/// AnkiField flavour).
[[nodiscard]] std::string field_html(std::string_view text);

/// The 40 lowercase hex digits of the SHA-1 digest of `bytes` (FIPS 180-4).
[[nodiscard]] std::string sha1_hex(std::string_view bytes);

/// Anki's duplicate checksum of a note (notes.csum): the first 8 hex digits of the SHA-1 of the
/// first field's plain text, as an integer.
[[nodiscard]] std::int64_t field_checksum(std::string_view first_field_html);

}  // namespace factdeck::anki
