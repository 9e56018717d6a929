#pragma once
// Checking JSON from outside (decks, profile exports) before any recursive parser sees it.
//
// cereal reads JSON through RapidJSON's recursive DOM parser: a file of 200,000 nested brackets
// overflows the stack, and a wrong field surfaces as library text ("rapidjson internal assertion
// failure: data_.f.flags & kUintFlag", "provided NVP (precision) not found"). check_json reads the
// text once with RapidJSON's iterative SAX reader and compares it with a Schema: nesting depth and
// size are bounded, every field the schema names is type- and range-checked, and an error names
// the field path (`items[12].due`), the line and column, what was expected and what was found.
// Once a text passes, cereal can read it without overflowing or asserting on the fields checked.
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace factdeck::json {

/// Bounds on a whole document.
struct Limits {
  std::size_t max_depth = 64;                            // arrays and objects inside each other
  std::uint64_t max_bytes = std::uint64_t{1} << 30;      // 1 GiB: a 100,000-fact deck is 0.56 GiB
};

struct Node;  // one described value; defined in json_check.cpp

/// What one JSON value must be. Build schemas with the functions below; copies share the node.
class Schema {
 public:
  Schema();  // any value at all (still depth-checked)
  explicit Schema(std::shared_ptr<const Node> node) : node_(std::move(node)) {}
  [[nodiscard]] const Node* node() const { return node_.get(); }

 private:
  std::shared_ptr<const Node> node_;
};

/// One member of an object: its name (with the other names accepted for it, e.g. cereal writes
/// the first key of a map as "value0" when it carries a class version) and its value's schema.
struct Field {
  std::vector<std::string> names;
  Schema schema;
  bool is_required = true;
};

[[nodiscard]] Field field(std::string name, Schema schema);
[[nodiscard]] Field optional_field(std::string name, Schema schema);
/// A field that may appear under any of `names` (one of them is required).
[[nodiscard]] Field field_named(std::vector<std::string> names, Schema schema);

[[nodiscard]] Schema any_value();
[[nodiscard]] Schema boolean();
/// A whole number in [min, max] (a JSON number without fraction or exponent that fits).
[[nodiscard]] Schema integer(std::int64_t min, std::int64_t max);
[[nodiscard]] Schema unsigned_integer(std::uint64_t max = std::numeric_limits<std::uint64_t>::max());
/// A format version 1..newest; a larger one fails with ErrorCode::NewerFormat, not Invalid.
[[nodiscard]] Schema format_version(std::uint32_t newest, std::string writer);
/// A finite number in [min, max] (NaN and infinities, which cereal's dialect admits, are refused).
[[nodiscard]] Schema number(double min, double max);
[[nodiscard]] Schema text();
/// A string for which `is_valid` holds; `expected` says what it must be ("a span type: person,
/// date, ...").
[[nodiscard]] Schema text_where(std::function<bool(std::string_view)> is_valid, std::string expected);
[[nodiscard]] Schema array_of(Schema element);
/// An object with these fields; members it does not name are accepted as they are.
[[nodiscard]] Schema object(std::vector<Field> fields);
/// cereal's std::optional: {"nullopt": true} or {"nullopt": false, "data": value}.
[[nodiscard]] Schema cereal_optional(Schema data);

/// Checks `text` against `schema` and `limits`. Fails with Parse (malformed JSON, too deep, too
/// large), Invalid (a field of the wrong type or out of range, a required field missing) or
/// NewerFormat (see format_version). The error's file is `file`, its line and column (1-based,
/// columns in code points) where the offending value starts, and its message
/// "PATH: expected WHAT, found WHAT", PATH as in `items[12].due`.
[[nodiscard]] Result<void> check_json(std::string_view text, const Schema& schema,
                                      const std::string& file, const Limits& limits = {});

/// 1-based line and column (in code points) of byte `offset` of `text`.
struct TextPosition {
  int line = 1;
  int column = 1;
};
[[nodiscard]] TextPosition position_of(std::string_view text, std::size_t offset);

}  // namespace factdeck::json
