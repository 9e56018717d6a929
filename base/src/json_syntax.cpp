#include "json_syntax.hpp"

#include <cstdio>

namespace factdeck::json {

namespace {

/// What stands at `offset`: a printable character in quotes, a byte in hex, or the end.
std::string found_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return text.empty() ? "an empty file" : "the end of the file";
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte >= 0x20 && byte < 0x7f) return std::string("'") + static_cast<char>(byte) + "'";
  char hex[16];
  std::snprintf(hex, sizeof hex, "the byte 0x%02X", byte);
  return hex;
}

/// What the reader needed where it stopped, one phrase per RapidJSON error code.
const char* expected_for(rapidjson::ParseErrorCode code) {
  switch (code) {
    case rapidjson::kParseErrorDocumentEmpty: return "a JSON value";
    case rapidjson::kParseErrorDocumentRootNotSingular: return "the end of the file after the top-level value";
    case rapidjson::kParseErrorValueInvalid:
      return "a value (an object, a list, a text in quotes, a number, true, false or null)";
    case rapidjson::kParseErrorObjectMissName: return "a field name in quotes";
    case rapidjson::kParseErrorObjectMissColon: return "':' after the field name";
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket: return "',' or '}' after a field";
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket: return "',' or ']' after a list element";
    case rapidjson::kParseErrorStringUnicodeEscapeInvalidHex: return "four hex digits after \\u";
    case rapidjson::kParseErrorStringUnicodeSurrogateInvalid: return "a whole UTF-16 surrogate pair after \\u";
    case rapidjson::kParseErrorStringEscapeInvalid:
      return "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u) after a backslash";
    case rapidjson::kParseErrorStringMissQuotationMark: return "the closing quotation mark of a text";
    case rapidjson::kParseErrorStringInvalidEncoding: return "UTF-8 text";
    case rapidjson::kParseErrorNumberTooBig: return "a number no larger than 1.8e308";
    case rapidjson::kParseErrorNumberMissFraction: return "digits after the decimal point";
    case rapidjson::kParseErrorNumberMissExponent: return "digits in the exponent";
    default: return "well-formed JSON";
  }
}

}  // namespace

std::string describe_syntax_error(rapidjson::ParseErrorCode code, std::string_view text, std::size_t offset) {
  return std::string("malformed JSON: expected ") + expected_for(code) + ", found " + found_at(text, offset);
}

}  // namespace factdeck::json
