#include "anki/collection.hpp"

#include <map>
#include <set>

#include "anki/field_text.hpp"
#include "collection_json.hpp"
#include "sqlite_db.hpp"

namespace factdeck::anki {

namespace {

// ---- Writing ----

// Anki's schema 11 (rslib/src/storage/schema11.sql): the same tables, columns and indexes.
constexpr const char* kSchema11 = R"(
create table col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
)";

// Schema 11; "ver" is what Anki reads to decide how to upgrade the file.
constexpr std::int64_t kSchemaVersion = 11;
// Anki separates a note's fields with the ASCII unit separator.
constexpr char kFieldSeparator = '\x1f';

// A stable positive id for the deck from its name (FNV-1a, 40 bits above Anki's id floor), so a
// second export updates the same deck in Anki instead of making a new one.
std::int64_t deck_id_of(const std::string& name) {
  std::uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : name) hash = (hash ^ c) * 1099511628211ULL;
  return 1'000'000'000'000 + static_cast<std::int64_t>(hash & 0xFFFFFFFFFFULL);
}

std::string joined_fields(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += kFieldSeparator;
    out += fields[i];
  }
  return out;
}

// Anki stores tags space-separated with a space at each end.
std::string joined_tags(const std::vector<std::string>& tags) {
  if (tags.empty()) return {};
  std::string out = " ";
  for (const std::string& tag : tags) out += tag + " ";
  return out;
}

// FSRS memory state in cards.data, as Anki 23.10+ stores it ("s" stability days, "d" difficulty).
std::string card_data(const CardSchedule& schedule) {
  if (!schedule.memory) return "{}";
  char buffer[96];
  std::snprintf(buffer, sizeof buffer, "{\"s\":%.4f,\"d\":%.4f}", schedule.memory->stability_days,
                schedule.memory->difficulty);
  return buffer;
}

Result<void> check_notes(const Package& package) {
  for (std::size_t i = 0; i < package.notes.size(); ++i) {
    const Note& note = package.notes[i];
    const NoteType* type = find_note_type(package, note.type_id);
    if (!type) return fail(ErrorCode::Invalid, "note " + std::to_string(i + 1) + " has no note type");
    if (type->fields.size() != note.fields.size() || note.cards.empty()) {
      return fail(ErrorCode::Invalid, "note " + std::to_string(i + 1) + " does not match note type '" +
                                          type->name + "' (fields or cards)");
    }
  }
  return {};
}

Result<void> insert_col(Database& db, const Package& package, std::int64_t deck_id, sched::TimePoint now) {
  const std::int64_t now_secs = now.time_since_epoch().count();
  Result<Statement> insert = db.prepare("insert into col values (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')");
  if (!insert) return Unexpected{insert.error()};
  insert->bind(1, package.day_zero_secs != 0 ? package.day_zero_secs : collection_day_zero(now));
  insert->bind(2, now_secs * 1000);
  insert->bind(3, now_secs * 1000);
  insert->bind(4, kSchemaVersion);
  const std::int64_t model_id = package.note_types.empty() ? 0 : package.note_types.front().id;
  insert->bind(5, collection_conf_json(deck_id, model_id, static_cast<std::int64_t>(package.notes.size()) + 1));
  insert->bind(6, models_json(package.note_types, deck_id, now_secs));
  insert->bind(7, decks_json(package.deck_name, deck_id, now_secs));
  insert->bind(8, deck_options_json());
  return insert->run();
}

struct Inserts {
  Statement note, card, review;
};

Result<Inserts> prepare_inserts(Database& db) {
  Result<Statement> note = db.prepare("insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
  Result<Statement> card = db.prepare(
      "insert into cards values (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?)");
  Result<Statement> review = db.prepare("insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)");
  if (!note) return Unexpected{note.error()};
  if (!card) return Unexpected{card.error()};
  if (!review) return Unexpected{review.error()};
  return Inserts{std::move(*note), std::move(*card), std::move(*review)};
}

Result<void> insert_card(Inserts& sql, const Card& card, std::int64_t card_id, std::int64_t note_id,
                         std::int64_t deck_id, std::int64_t new_position, std::int64_t now_secs,
                         std::set<std::int64_t>& review_ids) {
  CardSchedule new_card;
  new_card.due = new_position;  // a new card's due is its place in the new-card queue
  const CardSchedule schedule = card.schedule.value_or(new_card);
  sql.card.bind(1, card_id);
  sql.card.bind(2, note_id);
  sql.card.bind(3, deck_id);
  sql.card.bind(4, card.ord);
  sql.card.bind(5, now_secs);
  sql.card.bind(6, schedule.type);
  sql.card.bind(7, schedule.queue);
  sql.card.bind(8, schedule.due);
  sql.card.bind(9, schedule.interval_days);
  sql.card.bind(10, schedule.factor_permille);
  sql.card.bind(11, schedule.reps);
  sql.card.bind(12, schedule.lapses);
  sql.card.bind(13, schedule.flags);
  sql.card.bind(14, card_data(schedule));
  if (Result<void> done = sql.card.run(); !done) return done;
  for (const PastReview& review : card.reviews) {
    // The revlog id is the answer time in ms and must be unique: two answers in one ms move apart.
    std::int64_t id = review.time_ms;
    while (!review_ids.insert(id).second) ++id;
    sql.review.bind(1, id);
    sql.review.bind(2, card_id);
    sql.review.bind(3, review.ease);
    sql.review.bind(4, review.interval);
    sql.review.bind(5, review.last_interval);
    sql.review.bind(6, review.factor_permille);
    sql.review.bind(7, review.taken_ms);
    sql.review.bind(8, review.type);
    if (Result<void> done = sql.review.run(); !done) return done;
  }
  return {};
}

Result<void> insert_notes(Database& db, const Package& package, std::int64_t deck_id, sched::TimePoint now) {
  Result<Inserts> sql = prepare_inserts(db);
  if (!sql) return Unexpected{sql.error()};
  const std::int64_t now_secs = now.time_since_epoch().count();
  // Anki's note and card ids are creation times in ms; counting up from now keeps them unique.
  std::int64_t next_id = now_secs * 1000;
  std::set<std::int64_t> review_ids;
  std::int64_t position = 0;
  for (const Note& note : package.notes) {
    const std::int64_t note_id = next_id++;
    const std::string sort_field = field_plain_text(note.fields.front());
    sql->note.bind(1, note_id);
    sql->note.bind(2, note.guid);
    sql->note.bind(3, note.type_id);
    sql->note.bind(4, now_secs);
    sql->note.bind(5, joined_tags(note.tags));
    sql->note.bind(6, joined_fields(note.fields));
    sql->note.bind(7, sort_field);
    sql->note.bind(8, field_checksum(note.fields.front()));
    if (Result<void> done = sql->note.run(); !done) return done;
    ++position;
    for (const Card& card : note.cards) {
      if (Result<void> done = insert_card(*sql, card, next_id++, note_id, deck_id, position, now_secs, review_ids);
          !done) {
        return done;
      }
    }
  }
  return {};
}

// ---- Reading ----

std::vector<std::string> split_fields(const std::string& flds) {
  std::vector<std::string> fields(1);
  for (char c : flds) {
    if (c == kFieldSeparator) fields.emplace_back();
    else fields.back() += c;
  }
  return fields;
}

std::vector<std::string> split_tags(const std::string& tags) {
  std::vector<std::string> out;
  std::string tag;
  for (char c : tags + " ") {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!tag.empty()) out.push_back(std::move(tag));
      tag.clear();
    } else {
      tag += c;
    }
  }
  return out;
}

Result<std::map<std::int64_t, std::vector<PastReview>>> read_reviews(Database& db) {
  std::map<std::int64_t, std::vector<PastReview>> by_card;
  Result<Statement> query = db.prepare("select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id");
  if (!query) return Unexpected{query.error()};
  for (;;) {
    Result<bool> row = query->next_row();
    if (!row) return Unexpected{row.error()};
    if (!*row) break;
    const auto int32 = [&](int column) { return static_cast<std::int32_t>(query->integer(column)); };
    by_card[query->integer(1)].push_back(
        PastReview{query->integer(0), int32(2), int32(3), int32(4), int32(5), int32(6), int32(7)});
  }
  return by_card;
}

Result<std::map<std::int64_t, std::vector<Card>>> read_cards(Database& db, std::map<std::int64_t, std::int64_t>& deck_use) {
  Result<std::map<std::int64_t, std::vector<PastReview>>> reviews = read_reviews(db);
  if (!reviews) return Unexpected{reviews.error()};
  std::map<std::int64_t, std::vector<Card>> by_note;
  Result<Statement> query = db.prepare(
      "select id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, flags from cards order by id");
  if (!query) return Unexpected{query.error()};
  for (;;) {
    Result<bool> row = query->next_row();
    if (!row) return Unexpected{row.error()};
    if (!*row) break;
    const auto int32 = [&](int column) { return static_cast<std::int32_t>(query->integer(column)); };
    Card card;
    card.ord = int32(3);
    if (int32(4) != 0 || int32(5) != 0) {
      card.schedule = CardSchedule{int32(4), int32(5), query->integer(6), int32(7), int32(8),
                                   int32(9), int32(10), int32(11), std::nullopt};
    }
    const auto found = reviews->find(query->integer(0));
    if (found != reviews->end()) card.reviews = found->second;
    ++deck_use[query->integer(2)];
    by_note[query->integer(1)].push_back(std::move(card));
  }
  return by_note;
}

Result<void> read_notes(Database& db, Package& package, std::map<std::int64_t, std::vector<Card>>& cards) {
  Result<Statement> query = db.prepare("select id, guid, mid, tags, flds from notes order by id");
  if (!query) return Unexpected{query.error()};
  for (;;) {
    Result<bool> row = query->next_row();
    if (!row) return Unexpected{row.error()};
    if (!*row) break;
    Note note;
    note.guid = query->text(1);
    note.type_id = query->integer(2);
    note.tags = split_tags(query->text(3));
    note.fields = split_fields(query->text(4));
    const NoteType* type = find_note_type(package, note.type_id);
    if (!type) {
      return fail(ErrorCode::Parse, "note " + std::to_string(query->integer(0)) + " uses note type " +
                                        std::to_string(note.type_id) + ", which the collection does not define");
    }
    note.fields.resize(type->fields.size());  // Anki pads or drops fields the same way
    note.cards = std::move(cards[query->integer(0)]);
    package.notes.push_back(std::move(note));
  }
  return {};
}

Result<void> read_col(Database& db, Package& package, std::map<std::int64_t, std::string>& deck_names) {
  Result<Statement> query = db.prepare("select models, decks, crt from col");
  if (!query) return Unexpected{query.error()};
  Result<bool> row = query->next_row();
  if (!row) return Unexpected{row.error()};
  if (!*row) return fail(ErrorCode::Parse, "the collection has no settings row (table col is empty)");
  Result<std::vector<NoteType>> types = parse_models_json(query->text(0));
  if (!types) return Unexpected{types.error()};
  package.note_types = std::move(*types);
  Result<std::map<std::int64_t, std::string>> names = parse_deck_names(query->text(1));
  if (!names) return Unexpected{names.error()};
  deck_names = std::move(*names);
  package.day_zero_secs = query->integer(2);
  return {};
}

Result<void> check_is_collection(Database& db) {
  for (const char* table : {"col", "notes", "cards", "revlog"}) {
    if (!db.has_table(table)) {
      return fail(ErrorCode::Parse, std::string("not an Anki collection: it has no table '") + table + "'");
    }
  }
  return {};
}

Error located(Error error, const std::string& name) {
  error.message = name + ": " + error.message;
  error.file = name;
  return error;
}

}  // namespace

const NoteType* find_note_type(const Package& package, std::int64_t id) {
  for (const NoteType& type : package.note_types) {
    if (type.id == id) return &type;
  }
  return nullptr;
}

std::int64_t collection_day_zero(sched::TimePoint now) {
  const std::int64_t secs = now.time_since_epoch().count();
  constexpr std::int64_t kDaySecs = 86400;
  return secs - ((secs % kDaySecs) + kDaySecs) % kDaySecs;
}

Result<void> write_collection(const std::filesystem::path& file, const Package& package, sched::TimePoint now) {
  if (Result<void> valid = check_notes(package); !valid) return valid;
  Result<Database> db = Database::open(file, true);
  if (!db) return Unexpected{located(db.error(), file.string())};
  const std::int64_t deck_id = deck_id_of(package.deck_name);
  Result<void> done = db->exec(kSchema11);
  if (done) done = db->exec("begin");
  if (done) done = insert_col(*db, package, deck_id, now);
  if (done) done = insert_notes(*db, package, deck_id, now);
  if (done) done = db->exec("commit");
  if (!done) return Unexpected{located(done.error(), file.string())};
  return {};
}

Result<Package> read_collection(const std::filesystem::path& file, const std::string& name) {
  Result<Database> db = Database::open(file, false);
  if (!db) return Unexpected{located(db.error(), name)};
  // An SQLite file that is not a database fails on its first query, not on open.
  if (Result<void> exec = db->exec("select count(*) from sqlite_master"); !exec) {
    return fail(ErrorCode::Parse, name + ": not an SQLite database (" + exec.error().message + ")", name);
  }
  if (Result<void> is_collection = check_is_collection(*db); !is_collection) {
    return Unexpected{located(is_collection.error(), name)};
  }
  Package package;
  std::map<std::int64_t, std::string> deck_names;
  if (Result<void> col = read_col(*db, package, deck_names); !col) return Unexpected{located(col.error(), name)};
  std::map<std::int64_t, std::int64_t> deck_use;
  Result<std::map<std::int64_t, std::vector<Card>>> cards = read_cards(*db, deck_use);
  if (!cards) return Unexpected{located(cards.error(), name)};
  if (Result<void> notes = read_notes(*db, package, *cards); !notes) return Unexpected{located(notes.error(), name)};
  // The package's deck: the one most of its cards are in.
  std::int64_t best = kDefaultDeckId;
  for (const auto& [deck, count] : deck_use) {
    if (count > deck_use[best]) best = deck;
  }
  package.deck_name = deck_names.count(best) ? deck_names[best] : "Imported";
  return package;
}

}  // namespace factdeck::anki
