// .apkg files (anki/apkg_file.hpp, anki/collection.hpp): the collection checked against Anki's
// documented schema 11 with SQLite, round trips, a package made by Anki, and damaged input.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <zip.h>

#include <map>
#include <utility>
#include <vector>

#include "anki/apkg_file.hpp"
#include "anki/collection.hpp"
#include "anki/field_text.hpp"
#include "anki_fixtures.hpp"

using namespace factdeck;
using namespace factdeck::anki;
using namespace factdeck::anki::test;

namespace {

const sched::TimePoint kNow{sched::Seconds{1'780'000'000}};

// Rows of one query, each column as text.
std::vector<std::vector<std::string>> query(const std::filesystem::path& db_file, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  INFO(sql);
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK);
  std::vector<std::vector<std::string>> rows;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      const unsigned char* text = sqlite3_column_text(stmt, c);
      row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    }
    rows.push_back(std::move(row));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

std::string single(const std::filesystem::path& db_file, const std::string& sql) {
  const auto rows = query(db_file, sql);
  REQUIRE(rows.size() == 1);
  return rows.front().front();
}

// Anki's schema 11 as documented in rslib/src/storage/schema11.sql: table → columns in order.
const std::map<std::string, std::vector<std::string>> kSchema11 = {
    {"col", {"id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"}},
    {"notes", {"id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"}},
    {"cards", {"id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses",
               "left", "odue", "odid", "flags", "data"}},
    {"revlog", {"id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"}},
    {"graves", {"usn", "oid", "type"}},
};

void make_zip(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::string>>& members) {
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
  REQUIRE(archive != nullptr);
  std::vector<std::string> keep;  // zip_source_buffer reads the bytes when the archive closes
  keep.reserve(members.size());
  for (const auto& [name, bytes] : members) {
    keep.push_back(bytes);
    zip_source_t* source = zip_source_buffer(archive, keep.back().data(), keep.back().size(), 0);
    REQUIRE(zip_file_add(archive, name.c_str(), source, 0) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

Error read_error(const std::filesystem::path& path) {
  Result<Package> read = read_apkg(path);
  REQUIRE_FALSE(read.has_value());
  return read.error();
}

// Rewrites the uncompressed size a zip of one member states for it, in its local header (offset
// 22 after "PK\3\4") and its central directory entry (offset 24 after "PK\1\2"), as a zip bomb
// or a forged archive would: the two agree, so only the size is a lie.
void claim_size(const std::filesystem::path& path, std::uint32_t claimed) {
  std::string bytes = read_bytes(path);
  const auto patch = [&](const std::string& signature, std::size_t offset) {
    const std::size_t at = bytes.find(signature);
    REQUIRE(at != std::string::npos);
    for (std::size_t i = 0; i < 4; ++i) bytes[at + offset + i] = static_cast<char>((claimed >> (8 * i)) & 0xFF);
  };
  patch(std::string("PK\x03\x04", 4), 22);
  patch(std::string("PK\x01\x02", 4), 24);
  write_bytes(path, bytes);
}

Package scheduled_package() {
  Package package = mixed_package();
  CardSchedule review;
  review.type = 2;
  review.queue = 2;
  review.due = 12;
  review.interval_days = 9;
  review.factor_permille = 2350;
  review.reps = 4;
  review.lapses = 1;
  review.flags = 1;
  review.memory = sched::MemoryState{9.25, 5.5};
  package.notes[0].cards[0].schedule = review;
  package.notes[0].cards[0].reviews = {PastReview{1'779'000'000'000, 3, -600, 0, 2500, 4100, 0},
                                       PastReview{1'779'000'000'000, 3, 3, -600, 2500, 3000, 0},
                                       PastReview{1'779'900'000'000, 1, -600, 3, 2300, 9000, 1}};
  return package;
}

}  // namespace

TEST_CASE("The collection has Anki's schema 11 tables, columns and indexes", "[anki]") {
  TempDir temp;
  const auto file = temp.path() / "collection.anki2";
  REQUIRE(write_collection(file, scheduled_package(), kNow).has_value());
  for (const auto& [table, columns] : kSchema11) {
    std::vector<std::string> got;
    for (const auto& row : query(file, "pragma table_info(" + table + ")")) got.push_back(row[1]);
    CHECK(got == columns);
  }
  std::vector<std::string> indexes;
  for (const auto& row : query(file, "select name from sqlite_master where type = 'index' order by name")) {
    indexes.push_back(row[0]);
  }
  CHECK(indexes == std::vector<std::string>{"ix_cards_nid", "ix_cards_sched", "ix_cards_usn", "ix_notes_csum",
                                            "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn"});
  CHECK(single(file, "pragma integrity_check") == "ok");
}

TEST_CASE("The collection's rows hold what Anki's schema documents", "[anki]") {
  TempDir temp;
  const auto file = temp.path() / "collection.anki2";
  REQUIRE(write_collection(file, scheduled_package(), kNow).has_value());
  SECTION("one settings row, schema version 11, JSON columns valid") {
    CHECK(single(file, "select count(*) from col") == "1");
    CHECK(single(file, "select ver from col") == "11");
    CHECK(single(file, "select crt from col") == std::to_string(collection_day_zero(kNow)));
    CHECK(single(file, "select json_valid(conf) and json_valid(models) and json_valid(decks) and "
                       "json_valid(dconf) and json_valid(tags) from col") == "1");
    CHECK(single(file, "select json_extract(models, '$.2222.type') from col") == "1");
    CHECK(single(file, "select json_extract(models, '$.1111.flds[1].name') from col") == "Back");
    CHECK(single(file, "select json_extract(models, '$.2222.tmpls[0].qfmt') from col") == "{{cloze:Text}}");
    CHECK(single(file, "select count(*) from json_each((select decks from col))") == "2");
    CHECK(single(file, "select json_extract(decks, '$.1.name') from col") == "Default");
  }
  SECTION("notes: fields joined by 0x1f, sort field, checksum, tags with spaces around") {
    CHECK(single(file, "select count(*) from notes") == "4");
    const auto first = query(file, "select guid, mid, flds, sfld, csum, tags from notes order by id limit 1").front();
    CHECK(first[0] == "g-basic-1");
    CHECK(first[1] == "1111");
    CHECK(first[2] == "Capital of <b>France</b>\x1fParis");
    CHECK(first[3] == "Capital of France");
    CHECK(first[4] == std::to_string(field_checksum("Capital of France")));
    CHECK(first[5] == " geo europe::west ");
  }
  SECTION("cards: one per template or cloze, all in the package's deck, new ones numbered") {
    CHECK(single(file, "select count(*) from cards") == "5");
    CHECK(single(file, "select count(*) from cards where nid not in (select id from notes)") == "0");
    CHECK(single(file, "select count(distinct did) from cards") == "1");
    CHECK(single(file, "select json_extract(decks, '$.' || (select did from cards limit 1) || '.name') from col") ==
          "Capitals::Europe");
    CHECK(query(file, "select ord, type, queue, due from cards where nid = (select id from notes where guid = "
                      "'g-cloze-1') order by ord") ==
          std::vector<std::vector<std::string>>{{"0", "0", "0", "3"}, {"1", "0", "0", "3"}});
  }
  SECTION("a scheduled card and its review log") {
    CHECK(query(file, "select type, queue, due, ivl, factor, reps, lapses, flags, data from cards where nid = "
                      "(select id from notes where guid = 'g-basic-1')") ==
          std::vector<std::vector<std::string>>{{"2", "2", "12", "9", "2350", "4", "1", "1", "{\"s\":9.2500,\"d\":5.5000}"}});
    // Two answers in the same millisecond get distinct ids, as revlog.id is the primary key.
    CHECK(query(file, "select id, ease, ivl, lastIvl, factor, time, type from revlog order by id") ==
          std::vector<std::vector<std::string>>{{"1779000000000", "3", "-600", "0", "2500", "4100", "0"},
                                                {"1779000000001", "3", "3", "-600", "2500", "3000", "0"},
                                                {"1779900000000", "1", "-600", "3", "2300", "9000", "1"}});
    CHECK(single(file, "select count(*) from revlog where cid not in (select id from cards)") == "0");
  }
}

TEST_CASE("An .apkg reads back as the notes, types and cards written", "[anki]") {
  TempDir temp;
  const auto file = temp.path() / "out.apkg";
  const Package written = scheduled_package();
  REQUIRE(write_apkg(file, written, kNow).has_value());
  CHECK_FALSE(std::filesystem::exists(temp.path() / "out.apkg.tmp"));
  CHECK(std::distance(std::filesystem::directory_iterator(temp.path()), {}) == 1);  // no temporary left
  const Result<Package> read = read_apkg(file);
  if (!read) FAIL(read.error().to_string());
  CHECK(read->deck_name == "Capitals::Europe");
  REQUIRE(read->note_types.size() == 2);
  for (const NoteType& type : written.note_types) {
    const NoteType* got = find_note_type(*read, type.id);
    REQUIRE(got != nullptr);
    CHECK(got->name == type.name);
    CHECK(got->kind == type.kind);
    CHECK(got->fields == type.fields);
    CHECK(got->question_format == type.question_format);
    CHECK(got->answer_format == type.answer_format);
  }
  REQUIRE(read->notes.size() == written.notes.size());
  for (std::size_t i = 0; i < written.notes.size(); ++i) {
    Note expected = written.notes[i];
    // The FSRS memory state is written to cards.data for Anki; the reader does not need it.
    for (Card& card : expected.cards) {
      if (card.schedule) card.schedule->memory.reset();
    }
    // The second of two answers logged in the same millisecond comes back 1 ms later.
    if (i == 0) expected.cards[0].reviews[1].time_ms += 1;
    CHECK(read->notes[i] == expected);
  }
}

TEST_CASE("A package made by Anki reads as its Basic note", "[anki]") {
  // tests/data/anki/PROVENANCE.md: Anki's own test package, one Basic note "hello" / "world".
  const Result<Package> read = read_apkg(std::string(FACTDECK_TEST_DATA_DIR) + "/anki/anki-basic-update1.apkg");
  if (!read) FAIL(read.error().to_string());
  CHECK(read->deck_name == "Default");
  CHECK(read->note_types.size() == 5);
  REQUIRE(read->notes.size() == 1);
  const Note& note = read->notes.front();
  CHECK(note.guid == "cU1%zNUzk1");
  CHECK(note.fields == std::vector<std::string>{"hello", "world"});
  const NoteType* type = find_note_type(*read, note.type_id);
  REQUIRE(type != nullptr);
  CHECK(type->name == "Basic");
  CHECK(type->kind == NoteKind::Standard);
  CHECK(type->fields == std::vector<std::string>{"Front", "Back"});
  REQUIRE(note.cards.size() == 1);
  CHECK_FALSE(note.cards.front().schedule.has_value());
  CHECK(note.cards.front().reviews.empty());
}

TEST_CASE("Damaged packages are refused with the file and what is wrong", "[anki]") {
  TempDir temp;
  const auto file = temp.path() / "deck.apkg";
  SECTION("missing") {
    const Error error = read_error(file);
    CHECK(error.code == ErrorCode::Io);
    CHECK_THAT(error.message, Catch::Contains(file.string()));
  }
  SECTION("not a zip") {
    write_bytes(file, "front\tback\n");
    const Error error = read_error(file);
    CHECK(error.code == ErrorCode::Parse);
    CHECK_THAT(error.message, Catch::Contains(file.string()) && Catch::Contains("not a zip"));
  }
  SECTION("cut short") {
    REQUIRE(write_apkg(file, mixed_package(), kNow).has_value());
    const std::string bytes = read_bytes(file);
    write_bytes(file, bytes.substr(0, bytes.size() / 2));
    const Error error = read_error(file);
    CHECK(error.code == ErrorCode::Parse);
    CHECK_THAT(error.message, Catch::Contains(file.string()));
  }
  SECTION("a zip with no collection") {
    make_zip(file, {{"media", "{}"}, {"notes.txt", "hello"}});
    CHECK_THAT(read_error(file).message, Catch::Contains(file.string()) && Catch::Contains("holds no Anki collection"));
  }
  SECTION("only Anki's newer compressed collection") {
    make_zip(file, {{"collection.anki21b", "(zstd)"}, {"meta", "\x08\x03"}});
    CHECK_THAT(read_error(file).message, Catch::Contains("collection.anki21b") && Catch::Contains("older Anki"));
  }
  SECTION("a collection that is not a database") {
    make_zip(file, {{"collection.anki2", std::string(4096, 'x')}});
    CHECK_THAT(read_error(file).message,
               Catch::Contains(file.string() + " (collection.anki2)") && Catch::Contains("not an SQLite database"));
  }
  SECTION("a database that is not an Anki collection") {
    const auto db_file = temp.path() / "other.db";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_file.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "create table notes (id integer)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    make_zip(file, {{"collection.anki2", read_bytes(db_file)}});
    CHECK_THAT(read_error(file).message, Catch::Contains("no table 'col'"));
  }
  SECTION("a collection that claims a huge size (a zip bomb) is refused before it is inflated") {
    make_zip(file, {{"collection.anki2", std::string(4096, 'x')}});
    claim_size(file, 0xF0000000u);
    const Error error = read_error(file);
    CHECK(error.code == ErrorCode::Invalid);
    CHECK(error.message == file.string() + ": collection.anki2 claims 3840 MiB uncompressed; factdeck reads "
                                           "collections of up to 512 MiB (a zip bomb, or a collection too large to "
                                           "import); nothing was imported");
  }
  SECTION("a collection that inflates past the limit is cut off and refused") {
    REQUIRE(write_apkg(file, mixed_package(), kNow).has_value());
    const Result<Package> small_limit = read_apkg(file, 1024);
    REQUIRE_FALSE(small_limit.has_value());
    CHECK_THAT(small_limit.error().message, Catch::StartsWith(file.string() + ": collection.anki2 claims ") &&
                                                Catch::Contains("up to 1024 bytes"));
    claim_size(file, 100);  // the stated size now lies low: the copy stops at the limit
    const Result<Package> lying = read_apkg(file, 1024);
    REQUIRE_FALSE(lying.has_value());
    CHECK(lying.error().message == file.string() + ": collection.anki2 inflates to more than 1024 bytes; factdeck "
                                                   "reads collections of up to 1024 bytes (a zip bomb, or a collection "
                                                   "too large to import); nothing was imported");
  }
  SECTION("note types that are not JSON") {
    const auto db_file = temp.path() / "c.anki2";
    REQUIRE(write_collection(db_file, mixed_package(), kNow).has_value());
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_file.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "update col set models = '{\"1\": '", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    make_zip(file, {{"collection.anki2", read_bytes(db_file)}});
    CHECK_THAT(read_error(file).message, Catch::Contains("col.models"));
  }
}

TEST_CASE("Writing a package that cannot be written leaves nothing behind", "[anki]") {
  TempDir temp;
  const Result<void> missing_folder = write_apkg(temp.path() / "no" / "such" / "x.apkg", mixed_package(), kNow);
  REQUIRE_FALSE(missing_folder.has_value());
  CHECK(missing_folder.error().code == ErrorCode::Io);
  Package bad = mixed_package();
  bad.notes[1].fields.pop_back();
  const Result<void> mismatched = write_apkg(temp.path() / "x.apkg", bad, kNow);
  REQUIRE_FALSE(mismatched.has_value());
  CHECK_THAT(mismatched.error().message, Catch::Contains("note 2") && Catch::Contains("'Basic'"));
  CHECK(std::filesystem::is_empty(temp.path()));
}
