// The one option parser: typed values, globals anywhere, and errors that name the option and
// what it expects.
#include "cli/options.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace factdeck::cli {

namespace {

constexpr std::string_view kColors[] = {"red", "green"};
constexpr std::string_view kPositionals[] = {"ITEM", "GRADE"};

constexpr OptionSpec kOptions[] = {
    flag_option("--json", "print JSON"),
    text_option("--deck", "FILE", "a deck"),
    integer_option("--days", "N", "days", 1, 365),
    real_option("--retention", "R", "retention", 0.7, 0.99),
    choice_option("--color", kColors, "a color"),
};

constexpr CommandSpec kPlain{"plain", "a command with optional options", {}, kOptions, {}};

constexpr OptionSpec kStrictOptions[] = {
    text_option("--revlog", "FILE.csv", "a log").required(),
    text_option("--deck", "FILE", "a deck").one_of("source"),
    integer_option("--items", "N", "synthetic items", 1, kNoMaximum).one_of("source"),
};

constexpr CommandSpec kStrict{"strict", "a command with requirements", {}, kStrictOptions, {}};

constexpr CommandSpec kWithPositionals{"answer", "takes two positionals", kPositionals, kOptions, {}};

Result<ParsedArgs> parse(const CommandSpec& spec, std::vector<std::string_view> args) {
  static std::vector<std::vector<std::string_view>> kept;  // the views must outlive the result
  kept.push_back(std::move(args));
  return parse_arguments(spec, kept.back());
}

std::string error_of(const CommandSpec& spec, std::vector<std::string_view> args) {
  const Result<ParsedArgs> parsed = parse(spec, std::move(args));
  REQUIRE_FALSE(parsed);
  CHECK(parsed.error().code == ErrorCode::Invalid);
  return parsed.error().message;
}

}  // namespace

TEST_CASE("Each option kind comes back typed", "[cli]") {
  const Result<ParsedArgs> parsed =
      parse(kPlain, {"--json", "--deck", "a.json", "--days", "30", "--retention", "0.85", "--color", "green"});
  REQUIRE(parsed);
  CHECK(parsed->has("--json"));
  CHECK(parsed->text("--deck") == "a.json");
  CHECK(parsed->integer("--days") == 30);
  CHECK(parsed->real("--retention") == Approx(0.85));
  CHECK(parsed->text("--color") == "green");
  CHECK_FALSE(parsed->wants_help());
}

TEST_CASE("Options not given are absent and the globals have their defaults", "[cli]") {
  const Result<ParsedArgs> parsed = parse(kPlain, {});
  REQUIRE(parsed);
  CHECK_FALSE(parsed->has("--json"));
  CHECK_FALSE(parsed->text("--deck").has_value());
  CHECK_FALSE(parsed->integer("--days").has_value());
  CHECK(parsed->data_dir().empty());
  CHECK(parsed->profile() == "default");
}

TEST_CASE("An option written --name=VALUE is the same as --name VALUE", "[cli]") {
  const Result<ParsedArgs> parsed = parse(kPlain, {"--days=7", "--deck=x.facts.md", "--profile=anna"});
  REQUIRE(parsed);
  CHECK(parsed->integer("--days") == 7);
  CHECK(parsed->text("--deck") == "x.facts.md");
  CHECK(parsed->profile() == "anna");
}

TEST_CASE("Every command accepts the global options", "[cli]") {
  const CommandSpec& spec = GENERATE(std::cref(kPlain), std::cref(kStrict), std::cref(kWithPositionals));
  std::vector<std::string_view> args = {"--data-dir", "/tmp/d", "--profile", "bob"};
  if (spec.name == "strict") args.insert(args.end(), {"--revlog", "r.csv", "--items", "3"});
  if (spec.name == "answer") args.insert(args.end(), {"0123456789abcdef", "good"});
  const Result<ParsedArgs> parsed = parse(spec, args);
  REQUIRE(parsed);
  CHECK(parsed->data_dir() == "/tmp/d");
  CHECK(parsed->profile() == "bob");
}

TEST_CASE("An unknown option is an error naming it", "[cli]") {
  CHECK(error_of(kPlain, {"--days", "3", "--bogus"}) == "unknown option '--bogus'");
  CHECK(error_of(kPlain, {"--bogus=1"}) == "unknown option '--bogus'");
  CHECK(error_of(kPlain, {"-x"}) == "unknown option '-x'");
}

TEST_CASE("A missing value names the option and what it expects", "[cli]") {
  CHECK(error_of(kPlain, {"--days"}) == "--days needs a value: a whole number from 1 to 365");
  CHECK(error_of(kPlain, {"--deck"}) == "--deck needs a value: FILE");
  SECTION("an option name is never taken as the value") {
    CHECK(error_of(kPlain, {"--deck", "--json"}) == "--deck needs a value: FILE");
  }
}

TEST_CASE("A bad number names the option, the range and the text given", "[cli]") {
  CHECK(error_of(kPlain, {"--days", "abc"}) == "--days expects a whole number from 1 to 365, got 'abc'");
  CHECK(error_of(kPlain, {"--days", "0"}) == "--days expects a whole number from 1 to 365, got '0'");
  CHECK(error_of(kPlain, {"--days", "2.5"}) == "--days expects a whole number from 1 to 365, got '2.5'");
  CHECK(error_of(kPlain, {"--days", "99999999999999999999"}) ==
        "--days expects a whole number from 1 to 365, got '99999999999999999999'");
  CHECK(error_of(kPlain, {"--retention", "1.5"}) == "--retention expects a number from 0.7 to 0.99, got '1.5'");
  CHECK(error_of(kPlain, {"--retention", "nan"}) == "--retention expects a number from 0.7 to 0.99, got 'nan'");
  CHECK(error_of(kPlain, {"--color", "blue"}) == "--color expects one of red, green, got 'blue'");
}

TEST_CASE("Range bounds are inclusive", "[cli]") {
  const Result<ParsedArgs> parsed = parse(kPlain, {"--days", "365", "--retention", "0.7"});
  REQUIRE(parsed);
  CHECK(parsed->integer("--days") == 365);
  CHECK(parsed->real("--retention") == Approx(0.7));
}

TEST_CASE("A flag takes no value and no option may be given twice", "[cli]") {
  CHECK(error_of(kPlain, {"--json=yes"}) == "--json takes no value");
  CHECK(error_of(kPlain, {"--days", "3", "--days", "4"}) == "--days is given twice");
}

TEST_CASE("Required options and one-of groups are checked", "[cli]") {
  CHECK(error_of(kStrict, {"--items", "3"}) == "--revlog FILE.csv is required");
  CHECK(error_of(kStrict, {"--revlog", "r.csv"}) == "give exactly one of --deck FILE | --items N");
  CHECK(error_of(kStrict, {"--revlog", "r.csv", "--deck", "d", "--items", "3"}) ==
        "give exactly one of --deck FILE | --items N");
  CHECK(parse(kStrict, {"--revlog", "r.csv", "--deck", "d"}));
}

TEST_CASE("Positionals come in order, anywhere among the options", "[cli]") {
  const Result<ParsedArgs> parsed = parse(kWithPositionals, {"--json", "0123456789abcdef", "--days", "2", "good"});
  REQUIRE(parsed);
  REQUIRE(parsed->positionals().size() == 2);
  CHECK(parsed->positionals()[0] == "0123456789abcdef");
  CHECK(parsed->positionals()[1] == "good");
  CHECK(error_of(kWithPositionals, {"0123456789abcdef"}) == "GRADE is missing");
  CHECK(error_of(kWithPositionals, {"a", "b", "c"}) == "unexpected argument 'c'");
  CHECK(error_of(kPlain, {"stray"}) == "unexpected argument 'stray'");
}

TEST_CASE("A last positional named NAME... takes one or more values", "[cli]") {
  static constexpr std::string_view kFiles[] = {"FILE..."};
  static constexpr CommandSpec kMany{"report", "takes files", kFiles, kOptions, {}};
  const Result<ParsedArgs> parsed = parse(kMany, {"a.json", "--json", "b.json", "c.json"});
  REQUIRE(parsed);
  CHECK(parsed->positionals().size() == 3);
  CHECK(parsed->positionals()[2] == "c.json");
  CHECK(error_of(kMany, {"--json"}) == "FILE... is missing");
  CHECK(synopsis(kMany).starts_with("report FILE..."));
}

TEST_CASE("A --help anywhere asks for the usage, even beside a mistake", "[cli]") {
  const std::string_view help = GENERATE(std::string_view("--help"), std::string_view("-h"));
  const Result<ParsedArgs> parsed = parse(kStrict, {"--bogus", help});
  REQUIRE(parsed);
  CHECK(parsed->wants_help());
}

TEST_CASE("The usage is written from the declaration", "[cli]") {
  CHECK(synopsis(kStrict) == "strict --revlog FILE.csv (--deck FILE | --items N)");
  CHECK(synopsis(kPlain) == "plain [options]");
  CHECK(synopsis(kWithPositionals) == "answer ITEM GRADE [options]");
  const std::string usage = usage_text(kPlain);
  CHECK(usage.starts_with("usage: factdeck plain [options]\na command with optional options\n"));
  CHECK(usage.find("  --days N                 days; from 1 to 365\n") != std::string::npos);
  CHECK(usage.find("  --color red|green        a color\n") != std::string::npos);
  CHECK(usage.find("  --retention R            retention; from 0.7 to 0.99\n") != std::string::npos);
  CHECK(usage.find("  --data-dir DIR") != std::string::npos);
  CHECK(usage.find("  --profile NAME") != std::string::npos);
  CHECK(usage.find("  --help") != std::string::npos);
  CHECK(option_lines(kStrictOptions).find("  --items N                synthetic items; >= 1\n") != std::string::npos);
}

}  // namespace factdeck::cli
