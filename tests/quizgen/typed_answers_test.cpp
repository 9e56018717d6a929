// Typed answers judged against a whole deck (issue 16): the answers a student types, with the
// verdict and the reason, on an article that knows several people, places, events and values.
// The rule above all: an answer that names another entity of the deck is never accepted.
#include <catch2/catch.hpp>

#include "generate_helpers.hpp"
#include "quizgen/answer_check.hpp"

using namespace factdeck;
using namespace factdeck::quizgen;
using namespace factdeck::quizgen::test;

namespace {

constexpr std::string_view kArticle =
    "# Leaders\n"
    "- [Vladimir Lenin]{person} led the revolution of [1917]{date}. {#lenin}\n"
    "- [Vladimir Putin]{person} became president in [2000]{date}. {#putin}\n"
    "- [Joseph Stalin]{person} ruled from [the 1920s]{date = 1924..1953}. {#stalin}\n"
    "- [Vyacheslav Molotov]{person = Vyacheslav Molotov | Skryabin} was foreign commissar. {#molotov}\n"
    "- [Joachim von Ribbentrop]{person} was Hitler's foreign minister. {#ribbentrop}\n"
    "- [Maxim Litvinov]{person} spoke at Geneva. {#litvinov}\n"
    "- [Adolf Hitler]{person} signed at Munich. {#hitler}\n"
    "- [Neville Chamberlain]{person} flew to Munich. {#neville}\n"
    "- [Austen Chamberlain]{person} signed at Locarno. {#austen}\n"
    "- [Charles de Gaulle]{person} led Free France. {#gaulle}\n"
    "- [Nikita Khrushchev]{person} denounced Stalin. {#khrushchev}\n"
    "- [Leon Trotsky]{person} built the Red Army. {#trotsky}\n"
    "# Places and bodies\n"
    "- [the USSR]{place = USSR | Soviet Union} was founded in [December 1922]{date}. {#ussr}\n"
    "- The [NKVD]{org} and the [NKGB]{org} were split in [February 1941]{date}. {#nkvd}\n"
    "- [Brest-Litovsk]{place} gave its name to a treaty. {#brest}\n"
    "- [Leningrad]{place} was besieged. {#leningrad}\n"
    "- [Kaliningrad]{place} was Königsberg. {#kaliningrad}\n"
    "- The [Munich Agreement]{event} was signed on [30 September 1938]{date}. {#munich}\n"
    "- The [Treaty of Rapallo]{event} was signed in [April 1922]{date}. {#rapallo}\n"
    "- The [Polikarpov I-16]{term} flew in Spain. {#i16}\n"
    "# Dates\n"
    "- Rome burned in [AD 64]{date}. {#rome}\n"
    "- Carthage fell in [146 BC]{date}. {#carthage}\n"
    "- Augustus ruled from [27 BC – AD 14]{date}. {#augustus}\n"
    "- Ann Radcliffe wrote in [the 1790s]{date}. {#radcliffe}\n"
    "- The cathedral was begun [c. 1200]{date}. {#cathedral}\n"
    "- The Sun formed [4.6 billion years ago]{date}. {#sun-age}\n"
    "- Rome grew in [the 2nd century BC]{date}. {#rome-growth}\n"
    "- The novel rose in [the 18th century]{date}. {#novel}\n"
    "- Magellan crossed from [21 October – 28 November 1520]{date}. {#magellan}\n"
    "- The war lasted [1939–45]{date}. {#war}\n"
    "# Numbers\n"
    "- The Amazon is [about 6,400 km]{number} long. {#amazon}\n"
    "- The Nile is [6,650 km]{number} long. {#nile}\n"
    "- The Yangtze is [6,380 km]{number} long. {#yangtze}\n"
    "- Kuiper belt objects lie [30 to 50 AU]{number} out. {#kuiper}\n"
    "- Mercury falls to [\u2212180 \u00b0C]{number}. {#mercury}\n"
    "- Uranus is tilted by [98\u00b0]{number}. {#uranus}\n"
    "- Light travels [1.5 \u00d7 10^8 km]{number} from the Sun. {#sun-distance}\n"
    "- The Red Army had [6.25 million]{number} men. {#army}\n"
    "- The Soviet Union had [15]{number} republics. {#republics}\n"
    "- The Sun holds [99.86%]{number} of the mass. {#sun-mass}\n"
    "- Halley returns every [75\u201379 years]{number}. {#halley}\n"
    "- The battle had [300 tanks]{number} on each side. {#tanks}\n"
    "- The Sun is [about 1.39 million km]{number} across. {#sun-size}\n";

const Deck& deck() {
  static const Deck built = build_deck(parse_or_fail(kArticle), GenerateOptions{}).deck;
  return built;
}

}  // namespace

TEST_CASE("Typed answers are judged against the whole deck, with a reason", "[quizgen]") {
  const auto [answer, typed, reason] = GENERATE(table<std::string, std::string, std::string>({
      // Another person of the deck is never a close spelling (the critical case of issue 16).
      {"Vladimir Lenin", "Vladimir Putin", "rejected: Vladimir Putin is another person in this deck; expected Vladimir Lenin"},
      {"Vladimir Putin", "Vladimir Lenin", "rejected: Vladimir Lenin is another person in this deck; expected Vladimir Putin"},
      {"Vladimir Lenin", "Putin", "rejected: Vladimir Putin is another person in this deck; expected Vladimir Lenin"},
      {"Vladimir Lenin", "Vladimir Putn", "rejected: 'Vladimir Putn' is closer to Vladimir Putin, another person in this deck; expected Vladimir Lenin"},
      {"Vladimir Lenin", "Vladimir Lenni", "accepted: close spelling of Vladimir Lenin"},
      {"Vladimir Lenin", "Lenin", "accepted: surname of Vladimir Lenin"},
      {"Vladimir Lenin", "Lenim", "accepted: close spelling of Lenin"},
      {"Vladimir Lenin", "Vladimir Stalin", "rejected: 'stalin' is not a spelling of 'lenin'; expected Vladimir Lenin"},
      {"Joseph Stalin", "Stalin", "accepted: surname of Joseph Stalin"},
      {"Joseph Stalin", "Trotsky", "rejected: Leon Trotsky is another person in this deck; expected Joseph Stalin"},
      {"Joseph Stalin", "Khrushchev", "rejected: Nikita Khrushchev is another person in this deck; expected Joseph Stalin"},
      {"Joseph Stalin", "Josef Stalin", "accepted: close spelling of Joseph Stalin"},
      {"Joseph Stalin", "Iosif Stalin", "rejected: 'iosif' is not a spelling of 'joseph'; expected Joseph Stalin"},
      {"Joseph Stalin", "Vasily Stalin", "rejected: 'vasily' is not a spelling of 'joseph'; expected Joseph Stalin"},
      {"Leon Trotsky", "Trotski", "accepted: close spelling of Trotsky"},
      {"Leon Trotsky", "Lev Trotsky", "rejected: 'lev' is not a spelling of 'leon'; expected Leon Trotsky"},
      {"Nikita Khrushchev", "Khruschev", "accepted: close spelling of Khrushchev"},
      {"Nikita Khrushchev", "Krushchev", "accepted: close spelling of Khrushchev"},
      // Surname first.
      {"Vyacheslav Molotov", "Molotov, Vyacheslav", "accepted: Vyacheslav Molotov (surname first)"},
      {"Adolf Hitler", "Hitler, Adolf", "accepted: Adolf Hitler (surname first)"},
      {"Maxim Litvinov", "Litvinov, Maxim", "accepted: Maxim Litvinov (surname first)"},
      {"Maxim Litvinov", "Litvinov,Maxim", "accepted: Maxim Litvinov (surname first)"},
      {"Maxim Litvinov", "Litvinov, Maksim", "accepted: close spelling of Maxim Litvinov (surname first)"},
      {"Adolf Hitler", "Hitler Adolf", "rejected: expected Adolf Hitler"},
      {"Vyacheslav Molotov", "Molotov, Maxim", "rejected: expected Vyacheslav Molotov"},
      // Name particles.
      {"Joachim von Ribbentrop", "Joachim von Ribbentrop", "accepted: Joachim von Ribbentrop"},
      {"Joachim von Ribbentrop", "von Ribbentrop", "accepted: surname of Joachim von Ribbentrop"},
      {"Joachim von Ribbentrop", "Ribbentrop", "accepted: surname of Joachim von Ribbentrop"},
      {"Joachim von Ribbentrop", "Joachim Ribbentrop", "accepted: Joachim von Ribbentrop (a name particle may be left out)"},
      {"Joachim von Ribbentrop", "Ribbentrop, Joachim von", "accepted: Joachim von Ribbentrop (surname first)"},
      {"Joachim von Ribbentrop", "von Ribentrop", "accepted: close spelling of von Ribbentrop"},
      {"Charles de Gaulle", "de Gaulle", "accepted: surname of Charles de Gaulle"},
      {"Charles de Gaulle", "Gaulle", "accepted: surname of Charles de Gaulle"},
      {"Charles de Gaulle", "Charles Gaulle", "accepted: Charles de Gaulle (a name particle may be left out)"},
      {"Charles de Gaulle", "De Gaule", "accepted: close spelling of de Gaulle"},
      {"Charles de Gaulle", "de Gaul", "rejected: expected Charles de Gaulle"},
      // Two people share a surname: the surname alone is not enough.
      {"Neville Chamberlain", "Chamberlain",
       "rejected: more than one person in this deck is called Chamberlain; expected Neville Chamberlain"},
      {"Neville Chamberlain", "Austen Chamberlain",
       "rejected: Austen Chamberlain is another person in this deck; expected Neville Chamberlain"},
      {"Neville Chamberlain", "Neville Chamberlin", "accepted: close spelling of Neville Chamberlain"},
      {"Neville Chamberlain", "Nevile Chamberlain", "accepted: close spelling of Neville Chamberlain"},
      {"Neville Chamberlain", "Austin Chamberlain",
       "rejected: 'Austin Chamberlain' is closer to Austen Chamberlain, another person in this deck; expected Neville Chamberlain"},
      // Other scripts, transliterated by ICU (BGN/PCGN for Russian).
      {"Vladimir Lenin", "\u041b\u0435\u043d\u0438\u043d", "accepted: surname of Vladimir Lenin (\u041b\u0435\u043d\u0438\u043d in Latin letters)"},
      {"Vladimir Lenin", "\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041b\u0435\u043d\u0438\u043d",
       "accepted: Vladimir Lenin (\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041b\u0435\u043d\u0438\u043d in Latin letters)"},
      {"Vyacheslav Molotov", "\u0412\u044f\u0447\u0435\u0441\u043b\u0430\u0432 \u041c\u043e\u043b\u043e\u0442\u043e\u0432",
       "accepted: Vyacheslav Molotov (\u0412\u044f\u0447\u0435\u0441\u043b\u0430\u0432 \u041c\u043e\u043b\u043e\u0442\u043e\u0432 in Latin letters)"},
      {"Nikita Khrushchev", "\u0425\u0440\u0443\u0449\u0451\u0432", "accepted: surname of Nikita Khrushchev (\u0425\u0440\u0443\u0449\u0451\u0432 in Latin letters)"},
      {"Leon Trotsky", "\u0422\u0440\u043e\u0446\u043a\u0438\u0439", "accepted: close spelling of Trotsky (\u0422\u0440\u043e\u0446\u043a\u0438\u0439 in Latin letters)"},
      {"Vladimir Lenin", "\u041f\u0443\u0442\u0438\u043d", "rejected: Vladimir Putin is another person in this deck; expected Vladimir Lenin"},
      {"Joseph Stalin", "\u0421\u0442\u0430\u043b\u0438\u043d", "accepted: surname of Joseph Stalin (\u0421\u0442\u0430\u043b\u0438\u043d in Latin letters)"},
      {"Joseph Stalin", "\u0418\u043e\u0441\u0438\u0444 \u0421\u0442\u0430\u043b\u0438\u043d", "rejected: expected Joseph Stalin"},
      {"Vyacheslav Molotov", "\u0421\u043a\u0440\u044f\u0431\u0438\u043d",
       "accepted: Skryabin is another name for Vyacheslav Molotov (\u0421\u043a\u0440\u044f\u0431\u0438\u043d in Latin letters)"},
      // Abbreviations: punctuation ignored, no typo tolerance.
      {"the USSR", "USSR", "accepted: USSR"},
      {"the USSR", "U.S.S.R.", "accepted: USSR"},
      {"the USSR", "u s s r", "accepted: USSR"},
      {"the USSR", "Soviet Union", "accepted: Soviet Union is another name for USSR"},
      {"the USSR", "the Soviet Union", "accepted: Soviet Union is another name for USSR"},
      {"the USSR", "Soviet Unoin", "accepted: close spelling of Soviet Union"},
      {"the USSR", "USA", "rejected: expected USSR"},
      {"NKVD", "NKVD", "accepted: NKVD"},
      {"NKVD", "N.K.V.D.", "accepted: NKVD"},
      {"NKVD", "NKDV", "rejected: an abbreviation must be exact (one letter names another organisation); expected NKVD"},
      {"NKVD", "NKGB", "rejected: NKGB is another organisation in this deck; expected NKVD"},
      {"NKGB", "NKVD", "rejected: NKVD is another organisation in this deck; expected NKGB"},
      // Places and events.
      {"Brest-Litovsk", "Brest Litovsk", "accepted: Brest-Litovsk"},
      {"Brest-Litovsk", "brest-litowsk", "accepted: close spelling of Brest-Litovsk"},
      {"Leningrad", "Leningrad", "accepted: Leningrad"},
      {"Leningrad", "Leningard", "accepted: close spelling of Leningrad"},
      {"Leningrad", "Kaliningrad", "rejected: Kaliningrad is another place in this deck; expected Leningrad"},
      {"Kaliningrad", "Kalinigrad", "accepted: close spelling of Kaliningrad"},
      {"Munich Agreement", "Munich Agreement", "accepted: Munich Agreement"},
      {"Munich Agreement", "the munich agreement", "accepted: Munich Agreement"},
      {"Munich Agreement", "Munich Pact", "accepted: Munich Agreement (agreement, pact, treaty and accord count as one word)"},
      {"Munich Agreement", "Munich Treaty", "accepted: Munich Agreement (agreement, pact, treaty and accord count as one word)"},
      {"Munich Agreement", "Munich Agreemnt", "accepted: close spelling of Munich Agreement"},
      {"Munich Agreement", "Treaty of Rapallo", "rejected: Treaty of Rapallo is another event in this deck; expected Munich Agreement"},
      {"Munich Agreement", "Munich", "rejected: expected Munich Agreement"},
      {"Treaty of Rapallo", "Treaty of Rapalo", "accepted: close spelling of Treaty of Rapallo"},
      {"Treaty of Rapallo", "Pact of Rapallo", "accepted: Treaty of Rapallo (agreement, pact, treaty and accord count as one word)"},
      {"Polikarpov I-16", "Polikarpov I16", "accepted: close spelling of Polikarpov I-16"},
      {"Polikarpov I-16", "Polikarpov I-15", "rejected: '15' is not a spelling of '16'; expected Polikarpov I-16"},
      {"Polikarpov I-16", "Polikarpow I-16", "accepted: close spelling of Polikarpov I-16"},
      // Dates at each precision; no tolerance.
      {"1917", "1917", "accepted: 1917"},
      {"1917", "in 1917", "accepted: 1917"},
      {"1917", "1918", "rejected: expected 1917 (dates must be exact)"},
      {"1917", "October 1917", "accepted: 1917 (the month is not asked)"},
      {"1917", "the year of the revolution", "rejected: 'the year of the revolution' is not a date; expected 1917"},
      {"December 1922", "December 1922", "accepted: December 1922"},
      {"December 1922", "Dec 1922", "accepted: December 1922"},
      {"December 1922", "1922-12", "accepted: December 1922"},
      {"December 1922", "12/1922", "accepted: December 1922"},
      {"December 1922", "30 December 1922", "accepted: December 1922 (the day is not asked)"},
      {"December 1922", "1922", "rejected: the month is asked too; expected December 1922"},
      {"December 1922", "November 1922", "rejected: expected December 1922 (dates must be exact)"},
      {"February 1941", "Feb. 1941", "accepted: February 1941"},
      {"30 September 1938", "30 September 1938", "accepted: 30 September 1938"},
      {"30 September 1938", "September 30, 1938", "accepted: 30 September 1938"},
      {"30 September 1938", "1938-09-30", "accepted: 30 September 1938"},
      {"30 September 1938", "29 September 1938", "rejected: expected 30 September 1938 (dates must be exact)"},
      {"30 September 1938", "September 1938", "rejected: the day is asked too; expected 30 September 1938"},
      {"AD 64", "64", "accepted: 64"},
      {"AD 64", "AD 64", "accepted: 64"},
      {"AD 64", "64 AD", "accepted: 64"},
      {"AD 64", "64 BC", "rejected: expected 64 (dates must be exact)"},
      {"146 BC", "146 BC", "accepted: 146 BC"},
      {"146 BC", "146 BCE", "accepted: 146 BC"},
      {"146 BC", "146", "rejected: expected 146 BC (dates must be exact)"},
      {"146 BC", "147 BC", "rejected: expected 146 BC (dates must be exact)"},
      {"27 BC \u2013 AD 14", "27 BC to AD 14", "accepted: 27 BC\u2013AD 14"},
      {"27 BC \u2013 AD 14", "27 BC", "rejected: a range of dates is asked; expected 27 BC\u2013AD 14"},
      {"the 1790s", "the 1790s", "accepted: the 1790s"},
      {"the 1790s", "1790s", "accepted: the 1790s"},
      {"the 1790s", "1790\u20131799", "accepted: the 1790s"},
      {"the 1790s", "1795", "rejected: a range of dates is asked; expected the 1790s"},
      {"the 1790s", "the 1780s", "rejected: expected the 1790s (dates must be exact)"},
      {"c. 1200", "1200", "accepted: c. 1200"},
      {"c. 1200", "c. 1200", "accepted: c. 1200"},
      {"c. 1200", "about 1200", "accepted: c. 1200"},
      {"c. 1200", "1210", "rejected: expected c. 1200 (dates must be exact)"},
      {"4.6 billion years ago", "4.6 billion years ago", "accepted: 4.6 billion years ago"},
      {"4.6 billion years ago", "4.5 billion years ago", "rejected: expected 4.6 billion years ago (dates must be exact)"},
      {"the 2nd century BC", "2nd century BC", "accepted: the 2nd century BC"},
      {"the 2nd century BC", "the second century BC", "accepted: the 2nd century BC"},
      {"the 2nd century BC", "the 2nd century", "rejected: expected the 2nd century BC (dates must be exact)"},
      {"the 18th century", "18th century", "accepted: the 18th century"},
      {"the 18th century", "the 1700s", "rejected: expected the 18th century (dates must be exact)"},
      {"21 October \u2013 28 November 1520", "21 October \u2013 28 November 1520", "accepted: 21 October 1520\u201328 November 1520"},
      {"21 October \u2013 28 November 1520", "October 1520", "rejected: a range of dates is asked; expected 21 October 1520\u201328 November 1520"},
      {"1939\u201345", "1939\u20131945", "accepted: 1939\u20131945"},
      {"1939\u201345", "1939 to 1945", "accepted: 1939\u20131945"},
      {"1939\u201345", "1939-45", "accepted: 1939\u20131945"},
      {"1939\u201345", "1939\u20131944", "rejected: expected 1939\u20131945 (dates must be exact)"},
      // Numbers: the precision the text states, any unit of the same dimension, or none.
      {"about 6,400 km", "6,400 km", "accepted: 6,400 km"},
      {"about 6,400 km", "6400", "accepted: 6,400 km"},
      {"about 6,400 km", "about 6400 kilometres", "accepted: 6,400 km"},
      {"about 6,400 km", "6,400,000 m", "accepted: 6,400 km"},
      {"about 6,400 km", "6,420 km", "accepted: 6,400 km (within \u00b150 km, the precision the text states)"},
      {"about 6,400 km", "6,500 km", "rejected: expected 6,400 km (\u00b150 km, the precision the text states)"},
      // Within the precision, but nearer the Yangtze's 6,380 km than the Amazon's 6,400 km.
      {"about 6,400 km", "6,385 km", "rejected: '6,385 km' is nearer 6,380 km, the value of another fact in this deck, than the answer; expected 6,400 km"},
      {"about 6,400 km", "6,380 km", "rejected: '6,380 km' is the value of another fact in this deck; expected 6,400 km"},
      {"6,380 km", "6,384 km", "accepted: 6,380 km (within \u00b15 km, the precision the text states)"},
      {"about 6,400 km", "6,400 kg", "rejected: 'kg' does not measure the same thing as 'km'; expected 6,400 km"},
      {"about 6,400 km", "a long way", "rejected: 'a long way' is not a number; expected 6,400 km"},
      {"6,650 km", "6,650 km", "accepted: 6,650 km"},
      {"6,650 km", "6,660 km", "rejected: expected 6,650 km (\u00b15 km, the precision the text states)"},
      {"30 to 50 AU", "30 to 50 AU", "accepted: 30 to 50 AU"},
      {"30 to 50 AU", "30\u201350", "accepted: 30 to 50 AU"},
      {"30 to 50 AU", "between 30 and 50 AU", "accepted: 30 to 50 AU"},
      {"30 to 50 AU", "40 AU", "rejected: a range is asked; expected 30 to 50 AU"},
      {"30 to 50 AU", "30 to 60 AU", "rejected: expected 30 to 50 AU (\u00b15 AU, the precision the text states)"},
      {"\u2212180 \u00b0C", "-180 \u00b0C", "accepted: \u2212180 \u00b0C"},
      {"\u2212180 \u00b0C", "\u2212180", "accepted: \u2212180 \u00b0C"},
      {"\u2212180 \u00b0C", "180 \u00b0C", "rejected: expected \u2212180 \u00b0C (\u00b15 \u00b0C, the precision the text states)"},
      {"\u2212180 \u00b0C", "93 K", "accepted: \u2212180 \u00b0C (within \u00b15 \u00b0C, the precision the text states)"},
      {"98\u00b0", "98 degrees", "accepted: 98\u00b0"},
      {"98\u00b0", "98", "accepted: 98\u00b0"},
      {"98\u00b0", "97\u00b0", "rejected: expected 98\u00b0 (\u00b10.5\u00b0, the precision the text states)"},
      {"1.5 \u00d7 10^8 km", "150 million km", "accepted: 1.5 \u00d7 10^8 km"},
      {"1.5 \u00d7 10^8 km", "1.5e8 km", "accepted: 1.5 \u00d7 10^8 km"},
      {"1.5 \u00d7 10^8 km", "149.6 million km", "accepted: 1.5 \u00d7 10^8 km (within \u00b15 million km, the precision the text states)"},
      {"1.5 \u00d7 10^8 km", "2 \u00d7 10^8 km", "rejected: expected 1.5 \u00d7 10^8 km (\u00b15 million km, the precision the text states)"},
      {"6.25 million", "6,250,000", "accepted: 6.25 million"},
      {"6.25 million", "6.25 million", "accepted: 6.25 million"},
      {"6.25 million", "6.2 million", "rejected: expected 6.25 million (numbers must be exact)"},
      {"15", "15", "accepted: 15"},
      {"15", "fifteen", "accepted: 15"},
      {"15", "16", "rejected: expected 15 (numbers must be exact)"},
      {"99.86%", "99.86 %", "accepted: 99.86%"},
      {"99.86%", "99.86 per cent", "accepted: 99.86%"},
      {"99.86%", "99.9%", "rejected: expected 99.86% (\u00b10.005%, the precision the text states)"},
      {"75\u201379 years", "75 to 79 years", "accepted: 75\u201379 years"},
      {"75\u201379 years", "76 years", "rejected: a range is asked; expected 75\u201379 years"},
      {"300 tanks", "300", "accepted: 300 tanks"},
      {"300 tanks", "300 planes", "rejected: 'planes' does not measure the same thing as 'tanks'; expected 300 tanks"},
      {"300 tanks", "301 tanks", "rejected: expected 300 tanks (numbers must be exact)"},
      // A tolerance of four digits is grouped as the deck writes its numbers ("6,400 km").
      {"about 1.39 million km", "1,392,000 km", "accepted: 1.39 million km (within \u00b15,000 km, the precision the text states)"},
      {"about 1.39 million km", "1.5 million km", "rejected: expected 1.39 million km (\u00b15,000 km, the precision the text states)"},
  }));
  INFO(answer << ": '" << typed << "'");
  const Item& item = item_with_answer(deck(), answer);
  const AnswerVerdict verdict = check_typed_answer(typed, item, deck());
  CHECK(verdict.reason == reason);
  CHECK(verdict.accepted == reason.starts_with("accepted"));
}
