#include "cli/options.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>

#include "base/text.hpp"

namespace factdeck::cli {

namespace {

constexpr OptionSpec kGlobalOptions[] = {
    text_option("--data-dir", "DIR", "keep profiles and settings in DIR instead of the XDG folders"),
    text_option("--profile", "NAME", "the learner's profile (default: default)"),
};

bool is_help(std::string_view arg) { return arg == "--help" || arg == "-h"; }

const OptionSpec* find_spec(const CommandSpec& spec, std::string_view name) {
  for (const std::span<const OptionSpec> list : {spec.options, global_options()}) {
    const auto found = std::find_if(list.begin(), list.end(),
                                    [&](const OptionSpec& option) { return option.name == name; });
    if (found != list.end()) return &*found;
  }
  return nullptr;
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// "12", "0.7", "1000000": bounds as the user would type them.
std::string format_bound(double bound) {
  char text[32];
  const bool is_whole = bound == std::floor(bound) && std::fabs(bound) < 1e15;
  std::snprintf(text, sizeof text, is_whole ? "%.0f" : "%g", bound);
  return text;
}

std::string join_choices(std::span<const std::string_view> choices, std::string_view separator) {
  std::string out;
  for (const std::string_view choice : choices) {
    if (!out.empty()) out += separator;
    out += choice;
  }
  return out;
}

// " from 1 to 36500", " >= 0", or nothing for an unbounded number.
std::string range_text(const OptionSpec& option) {
  const bool has_min = std::isfinite(option.min);
  const bool has_max = std::isfinite(option.max);
  if (has_min && has_max) return " from " + format_bound(option.min) + " to " + format_bound(option.max);
  if (has_min) return " >= " + format_bound(option.min);
  if (has_max) return " <= " + format_bound(option.max);
  return {};
}

// What a value of `option` must be, for error messages: "a whole number from 1 to 23".
std::string expected_text(const OptionSpec& option) {
  switch (option.kind) {
    case ValueKind::Integer: return "a whole number" + range_text(option);
    case ValueKind::Real: return "a number" + range_text(option);
    case ValueKind::Choice: return "one of " + join_choices(option.choices, ", ");
    case ValueKind::Text: return std::string(option.value_name);
    case ValueKind::Flag: return "no value";
  }
  return {};
}

bool is_in_range(const OptionSpec& option, double value) { return value >= option.min && value <= option.max; }

Result<ParsedArgs::Value> typed_value(const OptionSpec& option, std::string_view text) {
  const auto bad_value = [&] {
    return fail(ErrorCode::Invalid,
                std::string(option.name) + " expects " + expected_text(option) + ", got " + quoted(text));
  };
  switch (option.kind) {
    case ValueKind::Integer: {
      const std::optional<std::int64_t> value = parse_int64(text);
      if (!value || !is_in_range(option, static_cast<double>(*value))) return bad_value();
      return ParsedArgs::Value{*value};
    }
    case ValueKind::Real: {
      const std::optional<double> value = parse_double(text);
      if (!value || !is_in_range(option, *value)) return bad_value();
      return ParsedArgs::Value{*value};
    }
    case ValueKind::Choice:
      if (std::find(option.choices.begin(), option.choices.end(), text) == option.choices.end()) return bad_value();
      return ParsedArgs::Value{text};
    case ValueKind::Text: return ParsedArgs::Value{text};
    case ValueKind::Flag: break;
  }
  return bad_value();
}

// The options of `spec` in `group`, for the synopsis and its error: "--deck FILE | --items N".
std::string group_text(const CommandSpec& spec, std::string_view group);

Result<void> check_required(const CommandSpec& spec, const ParsedArgs& parsed) {
  for (const OptionSpec& option : spec.options) {
    if (option.is_required && !parsed.has(option.name)) {
      return fail(ErrorCode::Invalid, std::string(option.name) + " " + std::string(option.value_name) + " is required");
    }
    if (option.group.empty()) continue;
    const auto given = std::count_if(spec.options.begin(), spec.options.end(), [&](const OptionSpec& other) {
      return other.group == option.group && parsed.has(other.name);
    });
    if (given != 1) return fail(ErrorCode::Invalid, "give exactly one of " + group_text(spec, option.group));
  }
  if (parsed.positionals().size() < spec.positionals.size()) {
    return fail(ErrorCode::Invalid, std::string(spec.positionals[parsed.positionals().size()]) + " is missing");
  }
  return {};
}

// " VALUE" after an option name in the usage: its placeholder, or its choices.
std::string value_text(const OptionSpec& option) {
  if (option.kind == ValueKind::Flag) return {};
  if (option.kind == ValueKind::Choice) return " " + join_choices(option.choices, "|");
  return " " + std::string(option.value_name);
}

std::string group_text(const CommandSpec& spec, std::string_view group) {
  std::string out;
  for (const OptionSpec& option : spec.options) {
    if (option.group != group) continue;
    out += (out.empty() ? "" : " | ") + std::string(option.name) + value_text(option);
  }
  return out;
}

}  // namespace

std::span<const OptionSpec> global_options() { return kGlobalOptions; }

std::string option_lines(std::span<const OptionSpec> options) {
  std::string out;
  for (const OptionSpec& option : options) {
    std::string head = "  " + std::string(option.name) + value_text(option);
    if (head.size() < 26) head.resize(26, ' ');
    out += head + " " + std::string(option.help);
    const bool is_number = option.kind == ValueKind::Integer || option.kind == ValueKind::Real;
    if (const std::string range = range_text(option); is_number && !range.empty()) out += ";" + range;
    out += "\n";
  }
  return out;
}

const ParsedArgs::Value* ParsedArgs::find(std::string_view name) const {
  for (const auto& [key, value] : values_) {
    if (key == name) return &value;
  }
  return nullptr;
}

bool ParsedArgs::has(std::string_view name) const { return find(name) != nullptr; }

std::optional<std::string_view> ParsedArgs::text(std::string_view name) const {
  const Value* value = find(name);
  if (value == nullptr) return std::nullopt;
  assert(std::holds_alternative<std::string_view>(*value) && "not a Text or Choice option");
  return std::get<std::string_view>(*value);
}

std::optional<std::int64_t> ParsedArgs::integer(std::string_view name) const {
  const Value* value = find(name);
  if (value == nullptr) return std::nullopt;
  assert(std::holds_alternative<std::int64_t>(*value) && "not an Integer option");
  return std::get<std::int64_t>(*value);
}

std::optional<double> ParsedArgs::real(std::string_view name) const {
  const Value* value = find(name);
  if (value == nullptr) return std::nullopt;
  assert(std::holds_alternative<double>(*value) && "not a Real option");
  return std::get<double>(*value);
}

Result<ParsedArgs> parse_arguments(const CommandSpec& spec, std::span<const std::string_view> args) {
  ParsedArgs parsed;
  if (std::any_of(args.begin(), args.end(), is_help)) {
    parsed.wants_help_ = true;
    return parsed;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (!arg.starts_with("-") || arg == "-") {
      // A last positional named "NAME..." takes one or more values (class-report FILE...).
      const bool takes_more = !spec.positionals.empty() && spec.positionals.back().ends_with("...");
      if (parsed.positionals_.size() == spec.positionals.size() && !takes_more) {
        return fail(ErrorCode::Invalid, "unexpected argument " + quoted(arg));
      }
      parsed.positionals_.push_back(arg);
      continue;
    }
    const std::size_t equals = arg.find('=');
    const std::string_view name = arg.substr(0, equals);
    const OptionSpec* option = find_spec(spec, name);
    if (option == nullptr) return fail(ErrorCode::Invalid, "unknown option " + quoted(name));
    if (parsed.has(name)) return fail(ErrorCode::Invalid, std::string(name) + " is given twice");
    if (option->kind == ValueKind::Flag) {
      if (equals != std::string_view::npos) return fail(ErrorCode::Invalid, std::string(name) + " takes no value");
      parsed.values_.emplace_back(name, true);
      continue;
    }
    std::string_view text;
    if (equals != std::string_view::npos) {
      text = arg.substr(equals + 1);
    } else if (i + 1 < args.size() && !args[i + 1].starts_with("--")) {
      // A value never starts with "--" unless given as --name=VALUE: "--deck --json" is a
      // forgotten value, not a deck named "--json".
      text = args[++i];
    } else {
      return fail(ErrorCode::Invalid, std::string(name) + " needs a value: " + expected_text(*option));
    }
    Result<ParsedArgs::Value> value = typed_value(*option, text);
    if (!value) return Unexpected{value.error()};
    parsed.values_.emplace_back(name, *value);
  }
  if (Result<void> complete = check_required(spec, parsed); !complete) return Unexpected{complete.error()};
  return parsed;
}

std::string synopsis(const CommandSpec& spec) {
  std::string out(spec.name);
  for (const std::string_view positional : spec.positionals) out += " " + std::string(positional);
  std::vector<std::string_view> groups_done;
  bool has_optional = false;
  for (const OptionSpec& option : spec.options) {
    if (option.is_required) {
      out += " " + std::string(option.name) + value_text(option);
    } else if (!option.group.empty()) {
      if (std::find(groups_done.begin(), groups_done.end(), option.group) != groups_done.end()) continue;
      groups_done.push_back(option.group);
      out += " (" + group_text(spec, option.group) + ")";
    } else {
      has_optional = true;
    }
  }
  return has_optional ? out + " [options]" : out;
}

std::string usage_text(const CommandSpec& spec) {
  std::string out = "usage: factdeck " + synopsis(spec) + "\n" + std::string(spec.summary) + "\n";
  if (!spec.details.empty()) out += std::string(spec.details);
  if (!spec.options.empty()) {
    out += "\noptions:\n";
    out += option_lines(spec.options);
  }
  out += "\nglobal options (before or after the command):\n";
  out += option_lines(global_options());
  out += "  --help                   show this help\n";
  return out;
}

}  // namespace factdeck::cli
