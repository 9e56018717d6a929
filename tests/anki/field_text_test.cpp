// Anki field text (anki/field_text.hpp): HTML to plain text, text to HTML, SHA-1 and the note
// checksum.
#include <catch2/catch.hpp>

#include "anki/field_text.hpp"

using namespace factdeck::anki;

TEST_CASE("SHA-1 matches the FIPS 180 test vectors", "[anki]") {
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("The note checksum is the first 8 hex digits of the SHA-1 of the first field's text", "[anki]") {
  // sha1("hello") = aaf4c61d...; Anki's update1.apkg stores csum 2868168221 for its note "hello".
  CHECK(field_checksum("hello") == 0xaaf4c61d);
  CHECK(field_checksum("<b>hello</b>") == 0xaaf4c61d);
}

TEST_CASE("Field HTML becomes the text a learner reads", "[anki]") {
  CHECK(field_plain_text("Capital of <b>France</b>") == "Capital of France");
  CHECK(field_plain_text("Madrid<br>(since 1561)") == "Madrid\n(since 1561)");
  CHECK(field_plain_text("<div>one</div><div>two</div>") == "one\ntwo");
  CHECK(field_plain_text("a&nbsp;&amp;&nbsp;b &lt;c&gt; &#233;t&#xE9;") == "a & b <c> été");
  CHECK(field_plain_text("  spaced   out\t") == "spaced out");
  CHECK(field_plain_text("[sound:hello.mp3]Bonjour") == "Bonjour");
  CHECK(field_plain_text("AT&T & co; x < y") == "AT&T & co; x < y");
  CHECK(field_plain_text("&#0; &#xD800; &bogus;") == "&#0; &#xD800; &bogus;");
}

TEST_CASE("Text becomes field HTML that reads back the same", "[anki]") {
  const std::string text = "x < y & \"z\" > w\nnext line";
  CHECK(field_html(text) == "x &lt; y &amp; &quot;z&quot; &gt; w<br>next line");
  CHECK(field_plain_text(field_html(text)) == text);
}
