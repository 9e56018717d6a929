#pragma once
// The one option parser of the `factdeck` command line. Each command declares its arguments
// (a CommandSpec: positional names and OptionSpecs with value kinds and ranges); parse_arguments()
// checks a command line against that declaration and returns typed values, and usage_text()
// writes the help from the same declaration, so help, errors and parsing cannot disagree.
//
// Conventions every command gets from here: the global options (--data-dir, --profile) are
// accepted before or after the command name; `--help` anywhere prints the command's usage;
// `--name VALUE` and `--name=VALUE` both work; an unknown option, a missing value, a value out of
// range or an option given twice is an error that names the option and what was expected.
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.hpp"

namespace factdeck::cli {

/// What an option's value must be.
enum class ValueKind {
  Flag,     // no value: present or absent
  Text,     // any text: a file, a name
  Integer,  // a whole decimal number in [min, max]
  Real,     // a decimal number in [min, max]
  Choice,   // one of `choices`
};

/// The `max` of a number option that has no upper bound (besides the 64-bit range).
inline constexpr double kNoMaximum = std::numeric_limits<double>::infinity();

/// One declared option. Build it with flag_option(), text_option(), ... and the modifiers.
struct OptionSpec {
  std::string_view name;        // "--days"
  ValueKind kind = ValueKind::Flag;
  std::string_view value_name;  // "N", "FILE": the placeholder shown in the usage
  std::string_view help;        // one line for the usage
  double min = -std::numeric_limits<double>::infinity();
  double max = std::numeric_limits<double>::infinity();
  std::span<const std::string_view> choices;
  bool is_required = false;
  std::string_view group;  // options sharing a group: exactly one of them must be given

  /// This option must be given.
  [[nodiscard]] constexpr OptionSpec required() const {
    OptionSpec copy = *this;
    copy.is_required = true;
    return copy;
  }
  /// Exactly one option of `group_name` must be given.
  [[nodiscard]] constexpr OptionSpec one_of(std::string_view group_name) const {
    OptionSpec copy = *this;
    copy.group = group_name;
    return copy;
  }
};

/// An option of `kind` with no range, choices or requirement yet.
[[nodiscard]] constexpr OptionSpec make_option(std::string_view name, ValueKind kind,
                                               std::string_view value_name, std::string_view help) {
  OptionSpec option;
  option.name = name;
  option.kind = kind;
  option.value_name = value_name;
  option.help = help;
  return option;
}
[[nodiscard]] constexpr OptionSpec flag_option(std::string_view name, std::string_view help) {
  return make_option(name, ValueKind::Flag, {}, help);
}
[[nodiscard]] constexpr OptionSpec text_option(std::string_view name, std::string_view value_name,
                                               std::string_view help) {
  return make_option(name, ValueKind::Text, value_name, help);
}
/// A whole number in [min, max].
[[nodiscard]] constexpr OptionSpec integer_option(std::string_view name, std::string_view value_name,
                                                  std::string_view help, double min, double max) {
  OptionSpec option = make_option(name, ValueKind::Integer, value_name, help);
  option.min = min;
  option.max = max;
  return option;
}
/// A decimal number in [min, max].
[[nodiscard]] constexpr OptionSpec real_option(std::string_view name, std::string_view value_name,
                                               std::string_view help, double min, double max) {
  OptionSpec option = make_option(name, ValueKind::Real, value_name, help);
  option.min = min;
  option.max = max;
  return option;
}
/// One of `choices` (shown in the usage as a|b|c).
[[nodiscard]] constexpr OptionSpec choice_option(std::string_view name,
                                                 std::span<const std::string_view> choices,
                                                 std::string_view help) {
  OptionSpec option = make_option(name, ValueKind::Choice, {}, help);
  option.choices = choices;
  return option;
}

/// Everything a command accepts. `positionals` are required, in order, anywhere among options; a
/// last one named "NAME..." takes one or more values.
struct CommandSpec {
  std::string_view name;                          // "simulate"
  std::string_view summary;                       // one line for `factdeck --help`
  std::span<const std::string_view> positionals;  // "ITEM_ID", "GRADE"
  std::span<const OptionSpec> options;
  std::string_view details;  // more lines for `factdeck NAME --help`, or empty
};

/// The options every command accepts: --data-dir DIR and --profile NAME.
[[nodiscard]] std::span<const OptionSpec> global_options();

/// The profile used when --profile is not given.
inline constexpr std::string_view kDefaultProfile = "default";

/// The checked arguments of one command line. The views point into the parsed argument list.
class ParsedArgs {
 public:
  using Value = std::variant<bool, std::string_view, std::int64_t, double>;

  /// True when `--help` or `-h` was given: the caller prints the usage and succeeds.
  [[nodiscard]] bool wants_help() const { return wants_help_; }
  /// True when option `name` was given (any kind).
  [[nodiscard]] bool has(std::string_view name) const;
  /// The value of a Text or Choice option, if given.
  [[nodiscard]] std::optional<std::string_view> text(std::string_view name) const;
  /// The value of an Integer option, if given.
  [[nodiscard]] std::optional<std::int64_t> integer(std::string_view name) const;
  /// The value of a Real option, if given.
  [[nodiscard]] std::optional<double> real(std::string_view name) const;
  /// The positional arguments, as many as the spec declares (or more for a last "NAME...").
  [[nodiscard]] std::span<const std::string_view> positionals() const { return positionals_; }
  /// --data-dir, or empty for the XDG default.
  [[nodiscard]] std::string_view data_dir() const { return text("--data-dir").value_or(""); }
  /// --profile, or "default".
  [[nodiscard]] std::string_view profile() const { return text("--profile").value_or(kDefaultProfile); }

 private:
  friend Result<ParsedArgs> parse_arguments(const CommandSpec& spec,
                                            std::span<const std::string_view> args);
  [[nodiscard]] const Value* find(std::string_view name) const;

  bool wants_help_ = false;
  std::vector<std::pair<std::string_view, Value>> values_;
  std::vector<std::string_view> positionals_;
};

/// Checks `args` (the arguments besides the command name) against `spec` plus the global
/// options. Fails (ErrorCode::Invalid) with a message naming the option and what it expects.
[[nodiscard]] Result<ParsedArgs> parse_arguments(const CommandSpec& spec,
                                                 std::span<const std::string_view> args);

/// "simulate (--deck FILE | --items N) --days N [options]": the command and what it requires.
[[nodiscard]] std::string synopsis(const CommandSpec& spec);

/// One line per option: name, value, help and range, aligned (the body of a usage text).
[[nodiscard]] std::string option_lines(std::span<const OptionSpec> options);

/// The full usage of `factdeck NAME`: synopsis, summary, details, then each option with its
/// value, range and help, then the global options.
[[nodiscard]] std::string usage_text(const CommandSpec& spec);

}  // namespace factdeck::cli
