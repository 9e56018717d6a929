// Typed-answer checking (quizgen/answer_check.hpp): every verdict and its reason.
#include <catch2/catch.hpp>

#include <map>

#include "quizgen/answer_check.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;

namespace {

Item make_name(SpanType type, std::string answer, std::string canonical,
               std::vector<std::string> aliases = {}, bool accepts_surname = false) {
  Item item;
  item.type = type;
  item.answer = std::move(answer);
  item.canonical = std::move(canonical);
  item.aliases = std::move(aliases);
  item.accepts_surname = accepts_surname;
  return item;
}

Item make_date(std::string answer, DateValue date) {
  Item item;
  item.type = SpanType::Date;
  item.answer = answer;
  item.canonical = std::move(answer);
  item.date = date;
  return item;
}

const std::map<std::string, Item>& items() {
  static const std::map<std::string, Item> all = [] {
    std::map<std::string, Item> m;
    m["molotov"] = make_name(SpanType::Person, "Molotov", "Vyacheslav Molotov", {"Молотов", "Skryabin"}, true);
    m["pact"] = make_name(SpanType::Event, "the Pact", "Molotov–Ribbentrop Pact", {"Nazi–Soviet Pact"});
    m["chamberlain"] = make_name(SpanType::Person, "Neville Chamberlain", "Neville Chamberlain");
    m["daladier"] = make_name(SpanType::Person, "Daladier", "Édouard Daladier", {}, true);
    m["i16"] = make_name(SpanType::Term, "Polikarpov I-16", "Polikarpov I-16");
    m["brest"] = make_name(SpanType::Place, "Brest-Litovsk", "Brest-Litovsk");
    m["comintern"] = make_name(SpanType::Organization, "Comintern", "Comintern", {"Communist International"});
    m["usa"] = make_name(SpanType::Place, "USA", "USA");
    m["month"] = make_date("August 1939", {DatePrecision::Month, {1939, 8, 0}, std::nullopt});
    m["year"] = make_date("1922", {DatePrecision::Year, {1922, 0, 0}, std::nullopt});
    m["day"] = make_date("23 August 1939", {DatePrecision::Day, {1939, 8, 23}, std::nullopt});
    m["range"] = make_date("1935–38", {DatePrecision::Year, {1935, 0, 0}, SimpleDate{1938, 0, 0}});
    Item number = make_name(SpanType::Number, "20 million", "20 million");
    number.number = plain_number(20e6);
    m["number"] = number;
    return m;
  }();
  return all;
}

}  // namespace

TEST_CASE("Typed answers are judged with a reason", "[quizgen]") {
  const auto [item_name, typed, reason] = GENERATE(table<std::string, std::string, std::string>({
      // People: exact, normalized, surname, aliases in other scripts, typos scaled to length.
      {"molotov", "Vyacheslav Molotov", "accepted: Vyacheslav Molotov"},
      {"molotov", "  vyacheslav   MOLOTOV ", "accepted: Vyacheslav Molotov"},
      {"molotov", "Molotov", "accepted: Vyacheslav Molotov"},
      {"molotov", "molotov.", "accepted: Vyacheslav Molotov"},
      {"molotov", "Molotv", "accepted: close spelling of Molotov"},
      {"molotov", "Molotow", "accepted: close spelling of Molotov"},
      {"molotov", "Moltoov", "accepted: close spelling of Molotov"},
      {"molotov", "Vyacheslav Molotv", "accepted: close spelling of Vyacheslav Molotov"},
      {"molotov", "Molot", "rejected: expected Vyacheslav Molotov"},
      {"molotov", "Litvinov", "rejected: expected Vyacheslav Molotov"},
      {"molotov", "МОЛОТОВ", "accepted: Молотов is another name for Vyacheslav Molotov"},
      {"molotov", "Молтов", "accepted: close spelling of Молотов"},
      {"molotov", "Skryabin", "accepted: Skryabin is another name for Vyacheslav Molotov"},
      {"molotov", "", "rejected: no answer given; expected Vyacheslav Molotov"},
      {"molotov", "?!", "rejected: no answer given; expected Vyacheslav Molotov"},
      {"chamberlain", "Chamberlain",
       "rejected: more than one person in this deck is called Chamberlain; expected Neville Chamberlain"},
      {"chamberlain", "Neville Chamberlin", "accepted: close spelling of Neville Chamberlain"},
      {"daladier", "Edouard Daladier", "accepted: Édouard Daladier"},
      {"daladier", "daladier", "accepted: Édouard Daladier"},
      {"daladier", "Édouard", "rejected: expected Édouard Daladier"},
      // Events, places, organizations, terms: dashes, articles, aliases, digits.
      {"pact", "Molotov–Ribbentrop Pact", "accepted: Molotov–Ribbentrop Pact"},
      {"pact", "molotov-ribbentrop pact", "accepted: Molotov–Ribbentrop Pact"},
      {"pact", "The Molotov—Ribbentrop pact", "accepted: Molotov–Ribbentrop Pact"},
      {"pact", "Pact", "accepted: Molotov–Ribbentrop Pact"},
      {"pact", "Nazi-Soviet Pact", "accepted: Nazi–Soviet Pact is another name for Molotov–Ribbentrop Pact"},
      {"pact", "Molotov Ribbentrop Pakt", "accepted: close spelling of Molotov–Ribbentrop Pact"},
      {"pact", "Treaty of Rapallo", "rejected: expected Molotov–Ribbentrop Pact"},
      {"brest", "Brest Litovsk", "accepted: Brest-Litovsk"},
      {"brest", "Brest-Litowsk", "accepted: close spelling of Brest-Litovsk"},
      {"comintern", "Communist International", "accepted: Communist International is another name for Comintern"},
      {"comintern", "Komintern", "accepted: close spelling of Comintern"},
      {"i16", "Polikarpov I16", "accepted: close spelling of Polikarpov I-16"},
      {"i16", "Polikarpov I-15", "rejected: '15' is not a spelling of '16'; expected Polikarpov I-16"},
      {"usa", "USB", "rejected: expected USA"},
      {"usa", "the USA", "accepted: USA"},
      // Dates at the asked precision; no typo tolerance for years.
      {"month", "August 1939", "accepted: August 1939"},
      {"month", "1939-08", "accepted: August 1939"},
      {"month", "Aug 1939", "accepted: August 1939"},
      {"month", "aug. 1939", "accepted: August 1939"},
      {"month", "23 August 1939", "accepted: August 1939 (the day is not asked)"},
      {"month", "1939", "rejected: the month is asked too; expected August 1939"},
      {"month", "September 1939", "rejected: expected August 1939 (dates must be exact)"},
      {"month", "Agust 1939", "rejected: 'Agust 1939' is not a date; expected August 1939"},
      {"year", "1922", "accepted: 1922"},
      {"year", "in 1922", "accepted: 1922"},
      {"year", "1923", "rejected: expected 1922 (dates must be exact)"},
      {"year", "1912", "rejected: expected 1922 (dates must be exact)"},
      {"day", "23 August 1939", "accepted: 23 August 1939"},
      {"day", "August 23, 1939", "accepted: 23 August 1939"},
      {"day", "1939-08-23", "accepted: 23 August 1939"},
      {"day", "August 1939", "rejected: the day is asked too; expected 23 August 1939"},
      {"day", "24 August 1939", "rejected: expected 23 August 1939 (dates must be exact)"},
      {"range", "1935–38", "accepted: 1935–1938"},
      {"range", "1935-1938", "accepted: 1935–1938"},
      {"range", "1935", "rejected: a range of dates is asked; expected 1935–1938"},
      // Numbers: exact values in any common spelling.
      {"number", "20 million", "accepted: 20 million"},
      {"number", "20,000,000", "accepted: 20 million"},
      {"number", "20000000", "accepted: 20 million"},
      {"number", "21 million", "rejected: expected 20 million (numbers must be exact)"},
      {"number", "many", "rejected: 'many' is not a number; expected 20 million"},
  }));
  INFO(item_name << ": '" << typed << "'");
  const AnswerVerdict verdict = check_typed_answer(typed, items().at(item_name));
  CHECK(verdict.reason == reason);
  CHECK(verdict.accepted == reason.starts_with("accepted"));
}

TEST_CASE("Typo allowance grows with the length of the name", "[quizgen]") {
  CHECK(typo_allowance(3) == 0);
  CHECK(typo_allowance(4) == 1);
  CHECK(typo_allowance(7) == 1);
  CHECK(typo_allowance(8) == 2);
  CHECK(typo_allowance(13) == 3);
}

TEST_CASE("Edit distance counts a swap of neighbours as one edit", "[quizgen]") {
  CHECK(edit_distance(U"molotov", U"moltoov") == 1);
  CHECK(edit_distance(U"", U"abc") == 3);
  CHECK(edit_distance(U"молотов", U"молтов") == 1);
  CHECK(edit_distance(U"kitten", U"sitting") == 3);
}
