#pragma once
// Our own words for RapidJSON's syntax errors: what was expected at the place, and what was found
// there, instead of the library's English ("Invalid value.").
#include <rapidjson/error/error.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace factdeck::json {

/// "malformed JSON: expected …, found …" for a syntax error at byte `offset` of `text`.
[[nodiscard]] std::string describe_syntax_error(rapidjson::ParseErrorCode code, std::string_view text,
                                                std::size_t offset);

}  // namespace factdeck::json
