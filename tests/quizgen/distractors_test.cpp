// Wrong options (quizgen/src/distractors.cpp, word_index.cpp, slot.cpp): each test is a defect
// pattern of the judged corpus (docs/question-quality.md, "Defect patterns") on a small article.
#include <algorithm>

#include "generate_helpers.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

/// The options of the item's multiple choice (empty when it has none).
std::vector<std::string> options_of(const Deck& deck, std::string_view answer) {
  const Question* q = find_question(item_with_answer(deck, answer), QuestionKind::MultipleChoice);
  return q == nullptr ? std::vector<std::string>{} : q->options;
}

bool offers(const std::vector<std::string>& options, std::string_view option) {
  return std::find(options.begin(), options.end(), option) != options.end();
}

/// Every wrong option and every swapped-in value the deck shows for `answer`.
std::vector<std::string> wrong_values(const Deck& deck, std::string_view answer) {
  std::vector<std::string> out;
  for (const Question& q : item_with_answer(deck, answer).questions) {
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      if (static_cast<std::int32_t>(i) != q.correct_option) out.push_back(q.options[i]);
    }
    if (q.kind == QuestionKind::TrueFalse && !q.is_true) out.push_back(q.shown_value);
  }
  return out;
}

}  // namespace

// P1a: "Zinoviev and _____ were both later killed in Stalin's purges" offered Bukharin, whom the
// deck also says was executed in the purges.
TEST_CASE("P1a: A value another fact states in the same relation is no wrong option", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Purges\n\n"
      "- [Zinoviev]{person} and [Kamenev]{person} were both later killed in Stalin's purges.\n"
      "- [Nikolai Bukharin]{person} was later executed in Stalin's purges.\n"
      "- [Trotsky]{person} created the Red Army.\n"
      "- [Radek]{person} wrote for the newspapers.\n"
      "- [Dzerzhinsky]{person} founded the secret police.\n")).deck;
  const auto wrong = wrong_values(deck, "Kamenev");
  CHECK_FALSE(wrong.empty());
  for (const std::string& value : wrong) CHECK(value != "Nikolai Bukharin");
  // The reverse holds too: Kamenev is no wrong option for the man "later executed in the purges".
  for (const std::string& value : wrong_values(deck, "Nikolai Bukharin")) CHECK(value != "Kamenev");
}

// P2a: Horace Walpole (1764) was offered as the author of Pride and Prejudice (1813).
TEST_CASE("P2a: A person the article dates far from the stem's date is no wrong option", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Novels\n\n"
      "- [Horace Walpole]{person}'s novel appeared in [1764]{date}.\n"
      "- [Jane Austen]{person}'s Pride and Prejudice was published in [January 1813]{date}.\n"
      "- [Walter Scott]{person} published Waverley in [July 1814]{date}.\n"
      "- [Mary Shelley]{person} published Frankenstein in [January 1818]{date}.\n"
      "- [John Polidori]{person} published The Vampyre in [April 1819]{date}.\n")).deck;
  const auto options = options_of(deck, "Jane Austen");
  REQUIRE_FALSE(options.empty());
  CHECK_FALSE(offers(options, "Horace Walpole"));
  CHECK(offers(options, "Walter Scott"));
}

// P2a: Charles Dickens (born 1812) was offered as the author of a novel of 1811: his birth dated
// him, as if a newborn could write.
TEST_CASE("P2a: A person whose birth the article dates is active only years later", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Novels\n\n"
      "- [Charles Dickens]{person} was born in Portsmouth on [7 February 1812]{date}.\n"
      "- [Jane Austen]{person}'s first novel appeared in [October 1811]{date}.\n"
      "- [Walter Scott]{person} published Waverley in [July 1814]{date}.\n"
      "- [Maria Edgeworth]{person} published Patronage in [December 1814]{date}.\n"
      "- [Fanny Burney]{person} published The Wanderer in [March 1814]{date}.\n"
      "- [Charles Dickens]{person} published Oliver Twist in [1838]{date}.\n")).deck;
  const auto wrong = wrong_values(deck, "Jane Austen");
  CHECK_FALSE(wrong.empty());
  for (const std::string& value : wrong) CHECK(value != "Charles Dickens");
}

// P2a: "President _____ had Brasília built" (no date of its own) offered Simón Bolívar and Antonio
// José de Sucre, who died in 1830: an undated stem now takes the years of its section.
TEST_CASE("P2a: An undated stem takes its section's years for the era check", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Independence\n\n"
      "- [Simón Bolívar]{person@leaders} won the battle of Boyacá in [August 1819]{date}.\n"
      "- [Antonio José de Sucre]{person@leaders} won the battle of Ayacucho in [December 1824]{date}.\n"
      "\n# Brasília\n\n"
      "- [Juscelino Kubitschek]{person@leaders} took office in [January 1956]{date}.\n"
      "- [Getúlio Vargas]{person@leaders} died in office in [August 1954]{date}.\n"
      "- [Jânio Quadros]{person@leaders} took office in [January 1961]{date}.\n"
      "- [João Goulart]{person@leaders} was vice-president under Kubitschek.\n")).deck;
  const auto wrong = wrong_values(deck, "João Goulart");
  CHECK_FALSE(wrong.empty());
  for (const std::string& value : wrong) {
    CHECK(value != "Simón Bolívar");
    CHECK(value != "Antonio José de Sucre");
  }
}

// P2b: "The isolationists opposed President _____'s aid" offered Winston Churchill.
TEST_CASE("P2b: A slot's head noun admits only values the article states with it", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# War\n\n"
      "- The isolationists opposed President [Franklin D. Roosevelt]{person}'s aid to Britain.\n"
      "- President [Harry Truman]{person} met Stalin.\n"
      "- President [Herbert Hoover]{person} lost the election.\n"
      "- [Winston Churchill]{person} led Britain.\n"
      "- The sisters grew up at [Haworth]{place}, a village on the moors.\n"
      "- [Grasmere]{place} is a village in the Lakes.\n"
      "- [Manchester]{place} had many mills.\n"
      "- [Portsmouth]{place} is a port.\n")).deck;
  CHECK_FALSE(offers(options_of(deck, "Franklin D. Roosevelt"), "Winston Churchill"));
  for (const std::string& wrong : wrong_values(deck, "Haworth")) CHECK(wrong == "Grasmere");
}

// P2d: "One parsec equals about _____ light-years" offered 0.69 g/cm³ and 1.52 AU.
TEST_CASE("P2d: Numbers are offered only with the answer's unit", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Units\n\n"
      "- One parsec equals [3.26]{number} light-years.\n"
      "- Saturn's density is [0.69 g/cm³]{number}.\n"
      "- Mars orbits at [1.52 AU]{number}.\n"
      "- The Moon has [2]{number} faces.\n"
      "- A die has [6]{number} faces.\n")).deck;
  for (const std::string& wrong : wrong_values(deck, "3.26")) {
    CHECK(wrong.find("AU") == std::string::npos);
    CHECK(wrong.find("g/cm") == std::string::npos);
  }
}

// P1b: "formed about _____ ago" offered 5 billion years for 4.6 billion; 30.1 AU for "about 30 AU".
TEST_CASE("P1b: A number within the precision the text states is no wrong option", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Ages\n\n"
      "- The Sun formed about [4.6 billion years]{number} ago.\n"
      "- The Sun will swell in about [5 billion years]{number}.\n"
      "- The universe is about [13.8 billion years]{number} old.\n"
      "- Some rocks are [3 billion years]{number} old.\n")).deck;
  for (const std::string& wrong : wrong_values(deck, "4.6 billion years")) CHECK(wrong != "5 billion years");
}

// P2e and P1c: "ran from _____ to August 1861" offered July 1862.
TEST_CASE("P2e and P1c: Dates respect the stem's before, after and from-to", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Serials\n\n"
      "- The novel ran from [December 1860]{date} to [August 1861]{date}.\n"
      "- The magazine began in [January 1860]{date}.\n"
      "- The other magazine began in [July 1862]{date}.\n"
      "- A third began in [March 1859]{date}.\n"
      "- Before [December 1941]{date} the diplomats joined the alliance.\n"
      "- The war began in [June 1941]{date}.\n"
      "- The war widened in [December 1942]{date}.\n")).deck;
  for (const std::string& wrong : wrong_values(deck, "December 1860")) CHECK(wrong != "July 1862");
  for (const std::string& wrong : wrong_values(deck, "August 1861")) {
    CHECK(wrong != "January 1860");
    CHECK(wrong != "March 1859");
  }
  for (const std::string& wrong : wrong_values(deck, "December 1941")) CHECK(wrong != "December 1942");
}

// P2f: "Hitler came to power in _____": Russia and the USSR offered together (one country).
TEST_CASE("P2f: Two values that share a naming root are not offered together", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Powers\n\n"
      "- Hitler came to power in [Germany]{place}.\n"
      "- The tsars ruled [Russia]{place}.\n"
      "- The Soviet leaders ruled the [USSR]{place = Soviet Union | USSR}.\n"
      "- Mussolini ruled [Italy]{place}.\n"
      "- Franco ruled [Spain]{place}.\n")).deck;
  const auto options = options_of(deck, "Germany");
  CHECK_FALSE((offers(options, "Russia") && (offers(options, "the Soviet Union") || offers(options, "the USSR"))));
}

// P3c and P3b: "the first full-length _____" offered "sensation novels"; "reclassified Pluto as a
// gas giants".
TEST_CASE("P3c: Wrong options agree in number with the answer", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Kinds\n\n"
      "- The IAU reclassified Pluto as a [dwarf planet]{term}.\n"
      "- Jupiter and Saturn are [gas giants]{term}.\n"
      "- Uranus is an [ice giant]{term}.\n"
      "- Earth is a [rocky planet]{term}.\n"
      "- Mercury is a [terrestrial planet]{term}.\n")).deck;
  for (const std::string& wrong : wrong_values(deck, "dwarf planet")) CHECK(wrong.find("giants") == std::string::npos);
}

// P4 (both ways): "Beyond Neptune lies the _____, named after Gerard Kuiper" offered the Kuiper Belt.
TEST_CASE("P4: A value the stem names by a root is not offered", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Belts\n\n"
      "- [Gerard Kuiper]{person} studied the outer planets.\n"
      "- [Jan Oort]{person} studied comets, which come from the [Oort cloud]{place}.\n"
      "- The astronomer [Clyde Tombaugh]{person} found a planet beyond the Kuiper Belt.\n"
      "- [Mike Brown]{person} found Eris.\n")).deck;
  for (const std::string& wrong : wrong_values(deck, "Clyde Tombaugh")) CHECK(wrong != "Gerard Kuiper");
}

// P2b: "the imaginary county of _____" offered Milton and Casterbridge (towns); "Hardy's fictional
// town of _____" offered Wessex (a region) and Barsetshire (a county).
TEST_CASE("P2b: A kind noun before 'of' names the slot's kind", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Places in novels\n\n"
      "- Trollope set six novels in the imaginary county of [Barsetshire]{place@fictional}.\n"
      "- Adam Bede takes place in the county of [Loamshire]{place@fictional}.\n"
      "- [Glebeshire]{place@fictional} is the county where Walpole's Herries chronicle begins.\n"
      "- Gaskell's mill town of [Milton]{place@fictional} is modelled on Manchester.\n"
      "- Hardy's fictional town of [Casterbridge]{place@fictional} is based on Dorchester.\n"
      "- Eliot's provincial town of [Middlemarch]{place@fictional} gave the novel its name.\n"
      "- Hardy set his novels in [Wessex]{place@fictional}, a half-imaginary version of south-west England.\n"
      "- Dorchester is the county town of [Dorset]{place@counties}.\n"
      "- [Kent]{place@counties} lies south-east of London.\n"
      "- [Derbyshire]{place@counties} holds the Peak District.\n")).deck;
  const auto county_options = wrong_values(deck, "Barsetshire");
  CHECK_FALSE(county_options.empty());
  for (const std::string& wrong : county_options) {
    CHECK(wrong != "Milton");
    CHECK(wrong != "Casterbridge");
    CHECK(wrong != "Wessex");
  }
  // "the county town of _____" is a county's town: the options are counties.
  CHECK(std::find(county_options.begin(), county_options.end(), "Kent") == county_options.end());
  CHECK_FALSE(options_of(deck, "Dorset").empty());
  const auto town_options = wrong_values(deck, "Casterbridge");
  CHECK_FALSE(town_options.empty());
  for (const std::string& wrong : town_options) {
    CHECK(wrong != "Barsetshire");
    CHECK(wrong != "Wessex");
  }
}

// P2a: Flagstaff, which the article mentions for 1930, was offered as the town where Uranus was
// found in 1781: places had no era at all.
TEST_CASE("P2a: A place the article mentions generations from the stem's date is no wrong option", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Discoveries\n\n"
      "- William Herschel discovered Uranus in his garden in [Bath]{place@cities} on [13 March 1781]{date}.\n"
      "- Herschel moved his telescopes to [Slough]{place@cities} in [August 1786]{date}.\n"
      "- Giuseppe Piazzi discovered Ceres at [Palermo]{place@cities} on [1 January 1801]{date}.\n"
      "- Clyde Tombaugh discovered Pluto in [Flagstaff]{place@cities}, Arizona, on [18 February 1930]{date}.\n"
      "- Johann Galle found Neptune at [Berlin]{place@cities} on [23 September 1846]{date}.\n")).deck;
  const auto wrong = wrong_values(deck, "Bath");
  CHECK(std::find(wrong.begin(), wrong.end(), "Palermo") != wrong.end());
  for (const std::string& value : wrong) {
    CHECK(value != "Flagstaff");
    CHECK(value != "Berlin");
  }
}

// P2a: Edmond Halley (1758) was offered as the discoverer of Pluto (1930): the dates of "Halley's
// Comet" (1986) counted as mentions of the man.
TEST_CASE("P2a: A surname inside another tagged name does not date the person", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Astronomers\n\n"
      "- [Edmond Halley]{person@astronomers} predicted the comet's return in [1758]{date}.\n"
      "- [Halley's Comet]{place@comets} last passed the Sun in [1986]{date}.\n"
      "- [Clyde Tombaugh]{person@astronomers} discovered Pluto on [18 February 1930]{date}.\n"
      "- [Vesto Slipher]{person@astronomers} directed the search for Planet X in [1929]{date}.\n"
      "- [Carl Lampland]{person@astronomers} photographed the region again in [1931]{date}.\n")).deck;
  const auto wrong = wrong_values(deck, "Clyde Tombaugh");
  CHECK_FALSE(wrong.empty());
  for (const std::string& value : wrong) CHECK(value != "Edmond Halley");
}

// P2b: "Lenin was only _____ years old when he died" offered 16 and 105.
TEST_CASE("P2b: A person's age is offered only within a lifetime's range", "[quizgen]") {
  const Deck deck = build_deck(parse_or_fail(
      "# Composers\n\n"
      "- Mozart was only [35]{number} years old when he died.\n"
      "- Mozart wrote [27]{number} piano concertos.\n"
      "- Beethoven wrote [9]{number} symphonies.\n"
      "- Bach had [20]{number} children.\n"
      "- Chopin wrote [46]{number} mazurkas for his friends.\n"
      "- Haydn wrote [104]{number} symphonies.\n")).deck;
  const auto wrong = wrong_values(deck, "35");
  CHECK_FALSE(wrong.empty());
  for (const std::string& value : wrong) {
    CHECK(value != "9");
    CHECK(value != "20");
    CHECK(value != "104");
  }
}

// P1d (issue 16): a number stated for the same quantity of the same subject may be true too
// ("the radius of Earth" is 6,371 km mean and 6,378 km at the equator), so it is never offered
// as wrong, nor swapped into a false statement. The subject is the name the statement is about,
// not every name of the sentence: "[Aconcagua], in western [Argentina], ... at [6,961 m]" is
// about Aconcagua, so its height stays a fair option for another mountain of Argentina.
TEST_CASE("P1d: A number another fact states for the same quantity of the same subject is no wrong option",
          "[quizgen]") {
  SECTION("solar system: two radii of Earth") {
    const Deck deck = build_deck(parse_or_fail(
        "# Planets\n\n"
        "- [Earth]{place@planets} has a mean radius of [6,371 km]{number@sizes}. {#earth-radius}\n"
        "- The equatorial radius of [Earth]{place@planets} is [6,378 km]{number@sizes}. {#earth-equator}\n"
        "- [Venus]{place@planets} has a mean radius of [6,052 km]{number@sizes}. {#venus-radius}\n"
        "- [Mars]{place@planets} has a mean radius of [3,390 km]{number@sizes}. {#mars-radius}\n"
        "- Beyond [Mars]{place@planets}, [Ganymede]{place@moons} is [5,268 km]{number@sizes} across. {#ganymede}\n")).deck;
    const auto mean = wrong_values(deck, "6,371 km");
    CHECK(offers(mean, "6,052 km"));
    CHECK_FALSE(offers(mean, "6,378 km"));
    const auto equatorial = wrong_values(deck, "6,378 km");
    CHECK_FALSE(equatorial.empty());
    CHECK_FALSE(offers(equatorial, "6,371 km"));
    // Another subject's radius is a fair option: Venus is not Earth.
    const auto venus = wrong_values(deck, "6,052 km");
    CHECK((offers(venus, "6,371 km") || offers(venus, "6,378 km")));
  }
  SECTION("South America: a place the sentence only mentions is no subject") {
    const Deck deck = build_deck(parse_or_fail(
        "# Mountains\n\n"
        "- [Aconcagua]{place@mountains}, in western [Argentina]{place@countries}, is the highest mountain in the "
        "Americas at [6,961 m]{number@heights}. {#aconcagua}\n"
        "- [Ojos del Salado]{place@mountains}, on the border between [Chile]{place@countries} and "
        "[Argentina]{place@countries}, is the highest active volcano on Earth at [6,893 m]{number@heights}. {#ojos}\n"
        "- [Cotopaxi]{place@mountains}, south of Quito, is one of the highest active volcanoes at "
        "[5,897 m]{number@heights}. {#cotopaxi}\n"
        "- [Aconcagua]{place@mountains} was measured at [6,962 m]{number@heights} by a survey of 2001, which "
        "confirmed it as the highest mountain in the Americas. {#aconcagua-survey}\n"
        "- The summit of [Aconcagua]{place@mountains} was first reached in [1897]{date}. {#aconcagua-climb}\n")).deck;
    const auto aconcagua = wrong_values(deck, "6,961 m");
    CHECK(offers(aconcagua, "6,893 m"));
    CHECK(offers(aconcagua, "5,897 m"));
    CHECK_FALSE(offers(aconcagua, "6,962 m"));
    // Argentina is named in both sentences, but Ojos del Salado is not Aconcagua.
    const auto ojos = wrong_values(deck, "6,893 m");
    CHECK(offers(ojos, "6,961 m"));
    CHECK(offers(ojos, "5,897 m"));
  }
}
