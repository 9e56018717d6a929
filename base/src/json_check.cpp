// check_json: one pass of RapidJSON's iterative SAX reader (no recursion, so no stack to overflow)
// with a handler that keeps the stack of open arrays and objects, bounds its depth and compares
// each value with the schema node expected at that place.
//
// Index: Schema builders · Descriptions · The checking handler · check_json
#include "base/json_check.hpp"

// cereal configures RapidJSON (assertions throw; NaN and Infinity literals are numbers): include
// it first so this reader and cereal's are the same code and accept the same dialect.
#include <cereal/archives/json.hpp>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "base/utf8.hpp"

namespace factdeck::json {

struct Node {
  enum class Kind { Any, Boolean, Integer, Number, Text, Array, Object };
  Kind kind = Kind::Any;
  std::int64_t int_min = 0;  // Integer
  std::uint64_t int_max = 0;
  std::string version_writer;  // Integer: a format version; above int_max is NewerFormat
  double min = 0.0;            // Number
  double max = 0.0;
  std::function<bool(std::string_view)> is_valid;  // Text (empty: any text)
  std::string expected;                            // Text: what is_valid wants
  Schema element;                                  // Array
  std::vector<Field> fields;                       // Object
  bool is_cereal_optional = false;
};

// ---- Schema builders ----

namespace {

Schema make(Node node) { return Schema(std::make_shared<const Node>(std::move(node))); }

Node node_of(Node::Kind kind) {
  Node node;
  node.kind = kind;
  return node;
}

}  // namespace

Schema::Schema() = default;

Field field(std::string name, Schema schema) { return Field{{std::move(name)}, std::move(schema), true}; }

Field optional_field(std::string name, Schema schema) {
  return Field{{std::move(name)}, std::move(schema), false};
}

Field field_named(std::vector<std::string> names, Schema schema) {
  return Field{std::move(names), std::move(schema), true};
}

Schema any_value() { return Schema(); }

Schema boolean() { return make(node_of(Node::Kind::Boolean)); }

Schema integer(std::int64_t min, std::int64_t max) {
  Node node = node_of(Node::Kind::Integer);
  node.int_min = min;
  node.int_max = static_cast<std::uint64_t>(max);
  return make(std::move(node));
}

Schema unsigned_integer(std::uint64_t max) {
  Node node = node_of(Node::Kind::Integer);
  node.int_max = max;
  return make(std::move(node));
}

Schema format_version(std::uint32_t newest, std::string writer) {
  Node node = node_of(Node::Kind::Integer);
  node.int_min = 1;
  node.int_max = newest;
  node.version_writer = std::move(writer);
  return make(std::move(node));
}

Schema number(double min, double max) {
  Node node = node_of(Node::Kind::Number);
  node.min = min;
  node.max = max;
  return make(std::move(node));
}

Schema text() { return make(node_of(Node::Kind::Text)); }

Schema text_where(std::function<bool(std::string_view)> is_valid, std::string expected) {
  Node node = node_of(Node::Kind::Text);
  node.is_valid = std::move(is_valid);
  node.expected = std::move(expected);
  return make(std::move(node));
}

Schema array_of(Schema element) {
  Node node = node_of(Node::Kind::Array);
  node.element = std::move(element);
  return make(std::move(node));
}

Schema object(std::vector<Field> fields) {
  Node node = node_of(Node::Kind::Object);
  node.fields = std::move(fields);
  return make(std::move(node));
}

Schema cereal_optional(Schema data) {
  Node node = node_of(Node::Kind::Object);
  node.fields = {field("nullopt", boolean()), optional_field("data", std::move(data))};
  node.is_cereal_optional = true;
  return make(std::move(node));
}

TextPosition position_of(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  TextPosition at;
  at.line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
  at.column = static_cast<int>(count_code_points(before.substr(line_start))) + 1;
  return at;
}

// ---- Descriptions ----

namespace {

std::string number_text(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

std::string integer_bound_text(std::int64_t value) { return std::to_string(value); }

std::string expected_text(const Node& node) {
  switch (node.kind) {
    case Node::Kind::Any: return "any value";
    case Node::Kind::Boolean: return "true or false";
    case Node::Kind::Integer:
      if (!node.version_writer.empty()) return "a format version from 1 to " + std::to_string(node.int_max);
      if (node.int_max == std::numeric_limits<std::uint64_t>::max() ||
          node.int_max == static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return "a whole number of " + integer_bound_text(node.int_min) + " or more";
      }
      return "a whole number from " + integer_bound_text(node.int_min) + " to " + std::to_string(node.int_max);
    case Node::Kind::Number: return "a number from " + number_text(node.min) + " to " + number_text(node.max);
    case Node::Kind::Text: return node.expected.empty() ? "text" : node.expected;
    case Node::Kind::Array: return "an array";
    case Node::Kind::Object: return "an object";
  }
  return "a value";
}

/// A string as found in the input, short and printable.
std::string quoted(std::string_view text) {
  constexpr std::size_t kShown = 40;
  std::string shown = replace_invalid_utf8(text.substr(0, kShown));
  for (char& c : shown) {
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  }
  return "\"" + shown + (text.size() > kShown ? "...\"" : "\"");
}

/// A whole number as the reader delivered it: negative ones as int64, the rest as uint64.
struct WholeNumber {
  bool is_negative = false;
  std::int64_t negative = 0;
  std::uint64_t value = 0;
  [[nodiscard]] std::string text() const {
    return is_negative ? std::to_string(negative) : std::to_string(value);
  }
  [[nodiscard]] double as_double() const {
    return is_negative ? static_cast<double>(negative) : static_cast<double>(value);
  }
  [[nodiscard]] bool is_within(std::int64_t min, std::uint64_t max) const {
    if (is_negative) return negative >= min;
    return value <= max && (min <= 0 || value >= static_cast<std::uint64_t>(min));
  }
};

/// The number written at `offset` when it is a zero that RapidJSON 1.1.0 cannot convert at full
/// precision (cereal's setting): with every significand digit 0 and a decimal exponent (the
/// exponent less the decimals) outside -22..22, its StrtodDiyFp normalises a zero significand,
/// calling clz(0), which is undefined (found by fuzzing the deck loader, docs/fuzzing.md).
std::optional<std::string> unreadable_zero(std::string_view text, std::size_t offset) {
  std::size_t at = offset;
  bool has_nonzero_digit = false;
  const auto skip_digits = [&]() {
    const std::size_t first = at;
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
      if (text[at] != '0') has_nonzero_digit = true;
    }
    return at - first;
  };
  if (at < text.size() && text[at] == '-') ++at;
  const std::size_t whole_digits = skip_digits();
  std::size_t decimals = 0;
  if (at < text.size() && text[at] == '.') {
    ++at;
    decimals = skip_digits();
  }
  if (whole_digits == 0 || has_nonzero_digit) return std::nullopt;
  std::int64_t exponent = 0;
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    ++at;
    const bool is_negative = at < text.size() && text[at] == '-';
    if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;
    // Capped: any exponent past a billion is as far out of range as the next.
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
      exponent = std::min<std::int64_t>(exponent * 10 + (text[at] - '0'), 1'000'000'000);
    }
    if (is_negative) exponent = -exponent;
  }
  const std::int64_t power = exponent - static_cast<std::int64_t>(decimals);
  if (power >= -22 && power <= 22) return std::nullopt;
  return std::string(text.substr(offset, std::min<std::size_t>(at - offset, 40)));
}

// ---- The checking handler ----

struct Violation {
  ErrorCode code = ErrorCode::Invalid;
  std::string message;
  std::size_t offset = 0;
};

/// One open array or object.
struct Frame {
  const Node* node = nullptr;  // nullptr: not described, anything goes inside
  bool is_object = false;
  std::size_t start = 0;        // offset of its '[' or '{'
  std::size_t index = 0;        // arrays: elements begun so far
  std::string key;              // objects: the member being read
  const Node* value_node = nullptr;
  std::vector<bool> seen;       // objects: which of node->fields were present
  int nullopt = -1;             // cereal optionals: -1 not yet read, else its value
};

class Checker {
 public:
  Checker(std::string_view text, const Node* root, const Limits& limits, const rapidjson::MemoryStream& stream)
      : text_(text), root_(root), limits_(limits), stream_(stream) {}

  [[nodiscard]] const std::optional<Violation>& violation() const { return violation_; }

  // RapidJSON's handler interface.
  bool Null() { return scalar(enter_value(), "null"); }
  bool Bool(bool value);
  bool Int(int value) { return whole(value < 0 ? WholeNumber{true, value, 0} : WholeNumber{false, 0, static_cast<std::uint64_t>(value)}); }
  bool Uint(unsigned value) { return whole(WholeNumber{false, 0, value}); }
  bool Int64(std::int64_t value) {
    return whole(value < 0 ? WholeNumber{true, value, 0} : WholeNumber{false, 0, static_cast<std::uint64_t>(value)});
  }
  bool Uint64(std::uint64_t value) { return whole(WholeNumber{false, 0, value}); }
  bool Double(double value);
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return fail(ErrorCode::Parse, "unexpected raw number"); }
  bool String(const char* chars, rapidjson::SizeType length, bool);
  bool StartObject() { return open(true); }
  bool Key(const char* chars, rapidjson::SizeType length, bool);
  bool EndObject(rapidjson::SizeType);
  bool StartArray() { return open(false); }
  bool EndArray(rapidjson::SizeType) { return close(); }

 private:
  const Node* enter_value();
  bool scalar(const Node* node, const std::string& found);
  bool whole(const WholeNumber& number);
  bool open(bool is_object);
  bool close();
  bool mismatch(const Node& node, const std::string& found);
  bool fail(ErrorCode code, std::string message);
  bool fail_at(ErrorCode code, std::string message, std::size_t offset);
  [[nodiscard]] std::size_t value_start() const;
  [[nodiscard]] std::string path(std::size_t frame_count) const;
  [[nodiscard]] std::string here() const { return path(frames_.size()); }
  bool done() {
    last_end_ = stream_.Tell();
    return true;
  }
  /// The same after a bracket: RapidJSON's iterative reader calls the handler before it takes
  /// the '[', '{', ']' or '}' from the stream.
  bool done_with_bracket() {
    last_end_ = stream_.Tell() + 1;
    return true;
  }

  std::string_view text_;
  const Node* root_;
  Limits limits_;
  const rapidjson::MemoryStream& stream_;
  std::vector<Frame> frames_;
  std::size_t last_end_ = 0;
  std::optional<Violation> violation_;
};

/// Where the value just read begins: past the separators after the previous token.
std::size_t Checker::value_start() const {
  std::size_t at = last_end_;
  while (at < text_.size() && std::string_view(" \t\r\n,:").find(text_[at]) != std::string_view::npos) ++at;
  return at;
}

std::string Checker::path(std::size_t frame_count) const {
  std::string out;
  for (std::size_t i = 0; i < frame_count; ++i) {
    const Frame& frame = frames_[i];
    if (frame.is_object) {
      if (!out.empty()) out += '.';
      out += replace_invalid_utf8(frame.key);
    } else {
      out += "[" + std::to_string(frame.index == 0 ? 0 : frame.index - 1) + "]";
    }
  }
  return out.empty() ? "the top level" : out;
}

bool Checker::fail_at(ErrorCode code, std::string message, std::size_t offset) {
  violation_ = Violation{code, std::move(message), offset};
  return false;
}

bool Checker::fail(ErrorCode code, std::string message) { return fail_at(code, std::move(message), value_start()); }

bool Checker::mismatch(const Node& node, const std::string& found) {
  return fail(ErrorCode::Invalid, here() + ": expected " + expected_text(node) + ", found " + found);
}

/// The schema node of the value about to be read (nullptr: not described).
const Node* Checker::enter_value() {
  if (frames_.empty()) return root_;
  Frame& top = frames_.back();
  if (top.is_object) return top.value_node;
  ++top.index;
  return top.node != nullptr ? top.node->element.node() : nullptr;
}

bool Checker::scalar(const Node* node, const std::string& found) {
  if (node != nullptr && node->kind != Node::Kind::Any) return mismatch(*node, found);
  return done();
}

bool Checker::Bool(bool value) {
  const Node* node = enter_value();
  if (node != nullptr && node->kind != Node::Kind::Boolean && node->kind != Node::Kind::Any) {
    return mismatch(*node, value ? "true" : "false");
  }
  Frame* top = frames_.empty() ? nullptr : &frames_.back();
  if (top != nullptr && top->node != nullptr && top->node->is_cereal_optional && top->key == "nullopt") {
    top->nullopt = value ? 1 : 0;
  }
  return done();
}

bool Checker::whole(const WholeNumber& number) {
  const Node* node = enter_value();
  if (node == nullptr || node->kind == Node::Kind::Any) return done();
  if (node->kind == Node::Kind::Number) {
    const double value = number.as_double();
    if (value < node->min || value > node->max) return mismatch(*node, number.text());
    return done();
  }
  if (node->kind != Node::Kind::Integer) return mismatch(*node, "the number " + number.text());
  if (number.is_within(node->int_min, node->int_max)) return done();
  if (!node->version_writer.empty() && !number.is_negative && number.value > node->int_max) {
    return fail(ErrorCode::NewerFormat, here() + ": " + number.text() + " is newer than this " + node->version_writer +
                                            " understands (up to " + std::to_string(node->int_max) + ")");
  }
  return mismatch(*node, number.text());
}

bool Checker::Double(double value) {
  const Node* node = enter_value();
  // Checked wherever it stands, described or not: cereal reads the whole document afterwards.
  if (const std::optional<std::string> zero = unreadable_zero(text_, value_start())) {
    return fail(ErrorCode::Invalid, here() + ": " + *zero +
                                        " is a zero the JSON reader cannot convert (its exponent, less its "
                                        "decimals, is beyond -22..22); write 0");
  }
  if (node == nullptr || node->kind == Node::Kind::Any) return done();
  if (node->kind == Node::Kind::Number) {
    // Written as !(in range) so that NaN, which compares false with everything, is refused.
    if (!(value >= node->min && value <= node->max)) return mismatch(*node, number_text(value));
    return done();
  }
  return mismatch(*node, node->kind == Node::Kind::Integer ? number_text(value) : "the number " + number_text(value));
}

bool Checker::String(const char* chars, rapidjson::SizeType length, bool) {
  const Node* node = enter_value();
  const std::string_view value(chars, length);
  if (node == nullptr || node->kind == Node::Kind::Any) return done();
  if (node->kind != Node::Kind::Text) return mismatch(*node, "the text " + quoted(value));
  if (node->is_valid && !node->is_valid(value)) return mismatch(*node, quoted(value));
  return done();
}

bool Checker::open(bool is_object) {
  const std::size_t start = value_start();
  const Node* node = enter_value();
  if (node != nullptr && node->kind == Node::Kind::Any) node = nullptr;
  const Node::Kind wanted = is_object ? Node::Kind::Object : Node::Kind::Array;
  if (node != nullptr && node->kind != wanted) return mismatch(*node, is_object ? "an object" : "an array");
  if (frames_.size() >= limits_.max_depth) {
    return fail_at(ErrorCode::Parse,
                   here() + ": arrays and objects are nested more than " + std::to_string(limits_.max_depth) +
                       " levels deep",
                   start);
  }
  Frame frame;
  frame.node = node;
  frame.is_object = is_object;
  frame.start = start;
  if (is_object && node != nullptr) frame.seen.assign(node->fields.size(), false);
  frames_.push_back(std::move(frame));
  return done_with_bracket();
}

bool Checker::Key(const char* chars, rapidjson::SizeType length, bool) {
  Frame& top = frames_.back();
  top.key.assign(chars, length);
  top.value_node = nullptr;
  if (top.node == nullptr) return done();
  const std::vector<Field>& fields = top.node->fields;
  for (std::size_t f = 0; f < fields.size(); ++f) {
    const auto& names = fields[f].names;
    if (std::find(names.begin(), names.end(), top.key) == names.end()) continue;
    if (top.seen[f]) return fail(ErrorCode::Invalid, here() + " appears twice");
    top.seen[f] = true;
    top.value_node = fields[f].schema.node();
    break;
  }
  return done();
}

bool Checker::EndObject(rapidjson::SizeType) {
  const Frame& top = frames_.back();
  if (top.node != nullptr) {
    const std::vector<Field>& fields = top.node->fields;
    const std::string where = path(frames_.size() - 1);
    for (std::size_t f = 0; f < fields.size(); ++f) {
      if (top.seen[f] || !fields[f].is_required) continue;
      return fail_at(ErrorCode::Invalid,
                     where + ": the field \"" + fields[f].names.front() + "\" (" + expected_text(*fields[f].schema.node()) +
                         ") is missing",
                     top.start);
    }
    const bool is_data_missing = top.node->is_cereal_optional && top.nullopt == 0 && !top.seen[1];
    if (is_data_missing) {
      return fail_at(ErrorCode::Invalid, where + ": \"nullopt\" is false but the field \"data\" is missing", top.start);
    }
  }
  return close();
}

bool Checker::close() {
  frames_.pop_back();
  return done_with_bracket();
}

}  // namespace

// ---- check_json ----

Result<void> check_json(std::string_view text, const Schema& schema, const std::string& file, const Limits& limits) {
  if (text.size() > limits.max_bytes) {
    return fail(ErrorCode::Parse,
                "the file holds " + std::to_string(text.size()) + " bytes, more than the " +
                    std::to_string(limits.max_bytes) + " read from one JSON file",
                file);
  }
  rapidjson::MemoryStream stream(text.data(), text.size());
  Checker checker(text, schema.node(), limits, stream);
  rapidjson::Reader reader;
  // Numbers at normal precision here: the full-precision conversion (cereal's) is what cannot
  // take the zeros refused above, and the range checks do not depend on the last bit.
  constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag |
                              rapidjson::kParseNanAndInfFlag;
  const rapidjson::ParseResult parsed = reader.Parse<kFlags>(stream, checker);
  if (const std::optional<Violation>& violation = checker.violation()) {
    const TextPosition at = position_of(text, violation->offset);
    return fail(violation->code, violation->message, file, at.line, at.column);
  }
  if (parsed.IsError()) {
    const TextPosition at = position_of(text, parsed.Offset());
    return fail(ErrorCode::Parse, std::string("malformed JSON: ") + rapidjson::GetParseError_En(parsed.Code()), file,
                at.line, at.column);
  }
  return {};
}

}  // namespace factdeck::json
