// Draft tags: the place names the proposer knows without a cue. Compiled by hand for factdeck
// (docs/draft-tags.md, "Gazetteer"): no other list was copied.
// - countries: the 193 UN member states and the two observer states by their common English
//   short names (UN "Member States" list), plus historical states and common other names a
//   history text uses (Soviet Union, USSR, Prussia, Britain, England...);
// - capitals: the capital of each of those countries (CIA World Factbook, "Capital" field), and
//   a few historical capitals (Leningrad, Petrograd, Constantinople);
// - continents and regions, oceans and seas (IHO "Limits of Oceans and Seas" names), the longest
//   rivers of each continent and the main mountain ranges (Britannica's lists);
// - solar-system bodies: the eight planets and five dwarf planets recognised by the IAU, and the
//   moons larger than 1,000 km across plus Mars's two moons.
#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "draft_tokens.hpp"

namespace factdeck::quizgen::detail {

namespace {

using Entry = std::pair<std::string_view, std::string_view>;  // name, kind

constexpr std::string_view kCountry = "countries";
constexpr std::string_view kCapital = "capitals";
constexpr std::string_view kContinent = "continents and regions";
constexpr std::string_view kSea = "oceans and seas";
constexpr std::string_view kRiver = "rivers";
constexpr std::string_view kMountain = "mountains";
constexpr std::string_view kPlanet = "planets";
constexpr std::string_view kMoon = "moons";

constexpr auto kCountries = std::to_array<std::string_view>({
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh",
    "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso",
    "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
    "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica", "Côte d'Ivoire", "Croatia",
    "Cuba", "Cyprus", "Czechia", "Czech Republic", "Denmark", "Djibouti", "Dominica",
    "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
    "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
    "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana",
    "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
    "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru",
    "Nepal", "Netherlands", "Holland", "New Zealand", "Nicaragua", "Niger", "Nigeria",
    "North Korea", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine",
    "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
    "Qatar", "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe",
    "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
    "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan",
    "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Tajikistan",
    "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia",
    "Turkey", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "United States of America", "Uruguay", "Uzbekistan",
    "Vanuatu", "Vatican City", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
    // Other names and historical states.
    "America", "USA", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales",
    "Northern Ireland", "Soviet Union", "USSR", "Soviet Russia", "Prussia", "Austria-Hungary",
    "Czechoslovakia", "Yugoslavia", "Ottoman Empire", "Persia", "Siam", "Ceylon", "Korea",
    "East Germany", "West Germany", "Manchuria", "Tibet", "Taiwan", "Kosovo"});

constexpr auto kCapitals = std::to_array<std::string_view>({
    "Kabul", "Tirana", "Algiers", "Luanda", "Buenos Aires", "Yerevan", "Canberra", "Vienna",
    "Baku", "Nassau", "Manama", "Dhaka", "Bridgetown", "Minsk", "Brussels", "Belmopan",
    "Porto-Novo", "Thimphu", "Sucre", "La Paz", "Sarajevo", "Gaborone", "Brasília", "Brasilia",
    "Sofia", "Ouagadougou", "Gitega", "Praia", "Phnom Penh", "Yaoundé", "Ottawa", "Bangui",
    "N'Djamena", "Santiago", "Beijing", "Peking", "Bogotá", "Bogota", "Moroni", "Kinshasa",
    "Brazzaville", "San José", "Yamoussoukro", "Zagreb", "Havana", "Nicosia", "Prague",
    "Copenhagen", "Roseau", "Santo Domingo", "Quito", "Cairo", "San Salvador", "Malabo",
    "Asmara", "Tallinn", "Mbabane", "Addis Ababa", "Suva", "Helsinki", "Paris", "Libreville",
    "Banjul", "Tbilisi", "Berlin", "Accra", "Athens", "Guatemala City", "Conakry", "Bissau",
    "Georgetown", "Port-au-Prince", "Tegucigalpa", "Budapest", "Reykjavik", "New Delhi",
    "Jakarta", "Tehran", "Baghdad", "Dublin", "Jerusalem", "Rome", "Kingston", "Tokyo", "Amman",
    "Astana", "Nairobi", "Tarawa", "Kuwait City", "Bishkek", "Vientiane", "Riga", "Beirut",
    "Maseru", "Monrovia", "Tripoli", "Vaduz", "Vilnius", "Antananarivo", "Lilongwe",
    "Kuala Lumpur", "Malé", "Bamako", "Valletta", "Majuro", "Nouakchott", "Port Louis",
    "Mexico City", "Palikir", "Chișinău", "Chisinau", "Ulaanbaatar", "Podgorica", "Rabat",
    "Maputo", "Naypyidaw", "Rangoon", "Windhoek", "Kathmandu", "Amsterdam", "The Hague",
    "Wellington", "Managua", "Niamey", "Abuja", "Pyongyang", "Skopje", "Oslo", "Muscat",
    "Islamabad", "Ngerulmud", "Panama City", "Port Moresby", "Asunción", "Asuncion", "Lima",
    "Manila", "Warsaw", "Lisbon", "Doha", "Bucharest", "Moscow", "Kigali", "Basseterre",
    "Castries", "Kingstown", "Apia", "São Tomé", "Riyadh", "Dakar", "Belgrade", "Victoria",
    "Freetown", "Ljubljana", "Bratislava", "Honiara", "Mogadishu", "Pretoria", "Cape Town",
    "Seoul", "Juba", "Madrid", "Colombo", "Khartoum", "Paramaribo", "Stockholm", "Bern",
    "Damascus", "Dushanbe", "Dodoma", "Bangkok", "Dili", "Lomé", "Nuku'alofa",
    "Port of Spain", "Tunis", "Ankara", "Ashgabat", "Funafuti", "Kampala", "Kyiv", "Kiev",
    "Abu Dhabi", "London", "Washington", "Montevideo", "Tashkent", "Port Vila", "Caracas",
    "Hanoi", "Sanaa", "Lusaka", "Harare", "Leningrad", "Petrograd", "St Petersburg",
    "Saint Petersburg", "Constantinople", "Istanbul", "Bonn", "Taipei"});

constexpr auto kContinents = std::to_array<std::string_view>({
    "Africa", "Antarctica", "Asia", "Europe", "North America", "South America",
    "Central America", "Latin America", "Oceania", "Eurasia", "Scandinavia", "Balkans",
    "Siberia", "Middle East", "Far East", "Caucasus", "Eastern Europe", "Western Europe",
    "Central Europe", "Southeast Asia", "Central Asia", "Caribbean", "Arctic", "Sahara"});

constexpr auto kSeas = std::to_array<std::string_view>({
    "Atlantic", "Pacific", "Atlantic Ocean", "Pacific Ocean", "Indian Ocean", "Arctic Ocean",
    "Southern Ocean", "Mediterranean", "Mediterranean Sea", "Baltic", "Baltic Sea", "Black Sea",
    "Caspian Sea", "North Sea", "Red Sea", "Caribbean Sea", "Arabian Sea", "South China Sea",
    "Sea of Japan", "Barents Sea", "Adriatic", "Adriatic Sea", "Aegean Sea", "Persian Gulf",
    "Gulf of Mexico", "Bering Sea", "English Channel", "Bosphorus", "Dardanelles"});

constexpr auto kRivers = std::to_array<std::string_view>({
    "Nile", "Amazon", "Yangtze", "Mississippi", "Missouri", "Yenisei", "Yellow River", "Ob",
    "Paraná", "Congo River", "Amur", "Lena", "Mekong", "Mackenzie", "Niger River", "Murray",
    "Volga", "Danube", "Rhine", "Elbe", "Oder", "Vistula", "Dnieper", "Dniester", "Don",
    "Ganges", "Indus", "Euphrates", "Tigris", "Orinoco", "Thames", "Seine", "Loire", "Rhône",
    "Tagus", "Zambezi", "Rio Grande", "Yukon", "St. Lawrence", "Neva", "Ural"});

constexpr auto kMountains = std::to_array<std::string_view>({
    "Alps", "Andes", "Himalayas", "Himalaya", "Rocky Mountains", "Rockies", "Urals",
    "Ural Mountains", "Carpathians", "Pyrenees", "Apennines", "Appalachians", "Atlas Mountains",
    "Everest", "Mount Everest", "Kilimanjaro", "Mont Blanc", "Elbrus", "Aconcagua", "Denali"});

constexpr auto kPlanets = std::to_array<std::string_view>({
    "Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
    "Ceres", "Eris", "Haumea", "Makemake"});

constexpr auto kMoons = std::to_array<std::string_view>({
    "Io", "Europa", "Ganymede", "Callisto", "Titan", "Rhea", "Iapetus", "Dione", "Tethys",
    "Titania", "Oberon", "Umbriel", "Ariel", "Triton", "Charon", "Phobos", "Deimos"});

template <std::size_t N>
void add_all(std::vector<Entry>& out, const std::array<std::string_view, N>& names,
             std::string_view kind) {
  for (std::string_view name : names) out.emplace_back(name, kind);
}

std::vector<Entry> build_gazetteer() {
  std::vector<Entry> entries;
  add_all(entries, kCountries, kCountry);
  add_all(entries, kCapitals, kCapital);
  add_all(entries, kContinents, kContinent);
  add_all(entries, kSeas, kSea);
  add_all(entries, kRivers, kRiver);
  add_all(entries, kMountains, kMountain);
  add_all(entries, kPlanets, kPlanet);
  add_all(entries, kMoons, kMoon);
  // A name in two lists keeps its first kind ("Georgia" the country, "Mexico" not "Mexico City").
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.first < b.first; });
  return entries;
}

}  // namespace

std::string_view gazetteer_kind(std::string_view name) {
  static const std::vector<Entry> kGazetteer = build_gazetteer();
  const auto found = std::lower_bound(kGazetteer.begin(), kGazetteer.end(), name,
                                      [](const Entry& entry, std::string_view key) { return entry.first < key; });
  return found != kGazetteer.end() && found->first == name ? found->second : std::string_view{};
}

}  // namespace factdeck::quizgen::detail
