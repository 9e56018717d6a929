#include "anki/field_text.hpp"

#include <array>
#include <cctype>
#include <cstdio>

#include "base/text.hpp"
#include "base/markup.hpp"
#include "base/utf8.hpp"

namespace factdeck::anki {

namespace {

// ---- HTML to text ----

// The tag name of "<div class=x>" or "</div>", lowercased.
std::string tag_name(std::string_view tag) {
  std::size_t at = tag.starts_with("</") ? 2 : 1;
  std::string name;
  while (at < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[at])) != 0)) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[at])));
    ++at;
  }
  return name;
}

bool is_line_break_tag(std::string_view name) {
  return name == "br" || name == "div" || name == "p" || name == "li" || name == "tr";
}

std::string decode_entity(std::string_view entity) {
  if (entity == "nbsp") return " ";
  if (entity == "amp") return "&";
  if (entity == "lt") return "<";
  if (entity == "gt") return ">";
  if (entity == "quot") return "\"";
  if (entity == "apos") return "'";
  if (entity.size() >= 2 && entity[0] == '#') {
    const bool is_hex = entity[1] == 'x' || entity[1] == 'X';
    std::uint32_t code = 0;
    const std::string_view digits = entity.substr(is_hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return {};
    for (char c : digits) {
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : is_hex && std::isxdigit(static_cast<unsigned char>(c))
                            ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                            : -1;
      if (digit < 0) return {};
      code = code * (is_hex ? 16u : 10u) + static_cast<std::uint32_t>(digit);
    }
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return {};
    std::string out;
    append_utf8(out, static_cast<char32_t>(code == 0xA0 ? ' ' : code));
    return out;
  }
  return {};
}

// Removes "[sound:x.mp3]" media references, which play audio and have no text.
std::string without_sound_refs(std::string text) {
  for (std::size_t at = text.find("[sound:"); at != std::string::npos; at = text.find("[sound:", at)) {
    const std::size_t end = text.find(']', at);
    if (end == std::string::npos) break;
    text.erase(at, end - at + 1);
  }
  return text;
}

// Runs of spaces and tabs made one; spaces around line breaks and at the ends dropped.
std::string tidy_spaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\r') {
      pending_space = !out.empty() && out.back() != '\n';
      continue;
    }
    if (c == '\n') {
      if (!out.empty() && out.back() != '\n') out += '\n';
      pending_space = false;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

// ---- SHA-1 (FIPS 180-4, section 6.1) ----

std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

void sha1_block(std::array<std::uint32_t, 5>& h, const unsigned char* block) {
  std::array<std::uint32_t, 80> w{};
  for (int t = 0; t < 16; ++t) {
    w[t] = static_cast<std::uint32_t>(block[4 * t]) << 24 | static_cast<std::uint32_t>(block[4 * t + 1]) << 16 |
           static_cast<std::uint32_t>(block[4 * t + 2]) << 8 | static_cast<std::uint32_t>(block[4 * t + 3]);
  }
  for (int t = 16; t < 80; ++t) w[t] = rotl(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  for (int t = 0; t < 80; ++t) {
    std::uint32_t f = 0, k = 0;
    if (t < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
    else if (t < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
    else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
    else { f = b ^ c ^ d; k = 0xCA62C1D6; }
    const std::uint32_t temp = rotl(a, 5) + f + e + k + w[t];
    e = d; d = c; c = rotl(b, 30); b = a; a = temp;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

}  // namespace

std::string field_plain_text(std::string_view html) {
  std::string text;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<') {
      const std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) { text += html.substr(i); break; }
      if (is_line_break_tag(tag_name(html.substr(i, end - i)))) text += '\n';
      i = end;
    } else if (c == '&') {
      const std::size_t semi = html.find(';', i);
      const std::string decoded =
          semi == std::string_view::npos || semi - i > 10 ? std::string() : decode_entity(html.substr(i + 1, semi - i - 1));
      if (decoded.empty()) { text += c; continue; }
      text += decoded;
      i = semi;
    } else {
      text += c;
    }
  }
  return tidy_spaces(without_sound_refs(std::move(text)));
}

std::string field_html(std::string_view text) { return escape_markup(text, Markup::AnkiField); }

std::string sha1_hex(std::string_view bytes) {
  std::array<std::uint32_t, 5> h{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string message(bytes);
  const std::uint64_t bit_length = static_cast<std::uint64_t>(bytes.size()) * 8;
  message += static_cast<char>(0x80);
  while (message.size() % 64 != 56) message += '\0';
  for (int shift = 56; shift >= 0; shift -= 8) message += static_cast<char>((bit_length >> shift) & 0xFF);
  for (std::size_t at = 0; at < message.size(); at += 64) {
    sha1_block(h, reinterpret_cast<const unsigned char*>(message.data() + at));
  }
  std::string hex;
  char digits[9];
  for (std::uint32_t word : h) {
    std::snprintf(digits, sizeof digits, "%08x", word);
    hex += digits;
  }
  return hex;
}

std::int64_t field_checksum(std::string_view first_field_html) {
  const std::string digest = sha1_hex(field_plain_text(first_field_html));
  return static_cast<std::int64_t>(std::stoul(digest.substr(0, 8), nullptr, 16));
}

}  // namespace factdeck::anki
