#include "collection_json.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

namespace factdeck::anki {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void key(JsonWriter& w, const char* name) { w.Key(name); }
void string_field(JsonWriter& w, const char* name, std::string_view value) {
  w.Key(name);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}
void int_field(JsonWriter& w, const char* name, std::int64_t value) {
  w.Key(name);
  w.Int64(value);
}
void today_field(JsonWriter& w, const char* name) {  // [day, amount] counters, all zero
  w.Key(name);
  w.StartArray();
  w.Int(0);
  w.Int(0);
  w.EndArray();
}

void write_field(JsonWriter& w, const std::string& name, int ord) {
  w.StartObject();
  string_field(w, "name", name);
  int_field(w, "ord", ord);
  key(w, "sticky");
  w.Bool(false);
  key(w, "rtl");
  w.Bool(false);
  string_field(w, "font", "Arial");
  int_field(w, "size", 20);
  key(w, "media");
  w.StartArray();
  w.EndArray();
  w.EndObject();
}

void write_template(JsonWriter& w, const NoteType& type) {
  w.StartObject();
  string_field(w, "name", type.kind == NoteKind::Cloze ? "Cloze" : "Card 1");
  int_field(w, "ord", 0);
  string_field(w, "qfmt", type.question_format);
  string_field(w, "afmt", type.answer_format);
  string_field(w, "bqfmt", "");
  string_field(w, "bafmt", "");
  key(w, "did");
  w.Null();
  w.EndObject();
}

void write_model(JsonWriter& w, const NoteType& type, std::int64_t deck_id, std::int64_t mod_secs) {
  w.StartObject();
  int_field(w, "id", type.id);
  string_field(w, "name", type.name);
  int_field(w, "type", static_cast<int>(type.kind));
  int_field(w, "mod", mod_secs);
  int_field(w, "usn", -1);
  int_field(w, "sortf", 0);
  int_field(w, "did", deck_id);
  key(w, "tmpls");
  w.StartArray();
  write_template(w, type);
  w.EndArray();
  key(w, "flds");
  w.StartArray();
  for (std::size_t i = 0; i < type.fields.size(); ++i) write_field(w, type.fields[i], static_cast<int>(i));
  w.EndArray();
  string_field(w, "css", type.css);
  string_field(w, "latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
                              "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
                              "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
  string_field(w, "latexPost", "\\end{document}");
  // The first field is required for the card to exist (Anki's "req": card 0 needs field 0).
  key(w, "req");
  w.StartArray();
  w.StartArray();
  w.Int(0);
  w.String("any");
  w.StartArray();
  w.Int(0);
  w.EndArray();
  w.EndArray();
  w.EndArray();
  key(w, "tags");
  w.StartArray();
  w.EndArray();
  key(w, "vers");
  w.StartArray();
  w.EndArray();
  w.EndObject();
}

void write_deck(JsonWriter& w, std::int64_t id, std::string_view name, std::int64_t mod_secs) {
  w.StartObject();
  int_field(w, "id", id);
  string_field(w, "name", name);
  int_field(w, "mod", mod_secs);
  int_field(w, "usn", -1);
  today_field(w, "lrnToday");
  today_field(w, "revToday");
  today_field(w, "newToday");
  today_field(w, "timeToday");
  key(w, "collapsed");
  w.Bool(false);
  key(w, "browserCollapsed");
  w.Bool(false);
  string_field(w, "desc", "");
  int_field(w, "dyn", 0);
  int_field(w, "conf", 1);
  int_field(w, "extendNew", 0);
  int_field(w, "extendRev", 0);
  w.EndObject();
}

std::string finished(const rapidjson::StringBuffer& buffer) { return std::string(buffer.GetString(), buffer.GetSize()); }

// ---- Reading ----

Result<std::string> string_member(const rapidjson::Value& object, const char* name, const std::string& where) {
  const auto found = object.FindMember(name);
  if (found == object.MemberEnd() || !found->value.IsString()) {
    return fail(ErrorCode::Parse, where + " has no text \"" + name + "\"");
  }
  return std::string(found->value.GetString(), found->value.GetStringLength());
}

std::string text_or_empty(const rapidjson::Value& object, const char* name) {
  const auto found = object.FindMember(name);
  if (found == object.MemberEnd() || !found->value.IsString()) return {};
  return std::string(found->value.GetString(), found->value.GetStringLength());
}

// Anki writes some ids as numbers and some as strings ("id": "1375933525504").
Result<std::int64_t> id_member(const rapidjson::Value& object, const char* name, const std::string& where) {
  const auto found = object.FindMember(name);
  if (found != object.MemberEnd() && found->value.IsInt64()) return found->value.GetInt64();
  if (found != object.MemberEnd() && found->value.IsString()) {
    const std::string text = found->value.GetString();
    if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        text.size() < 19) {
      return static_cast<std::int64_t>(std::stoll(text));
    }
  }
  return fail(ErrorCode::Parse, where + " has no numeric \"" + name + "\"");
}

Result<NoteType> parse_model(const rapidjson::Value& model) {
  if (!model.IsObject()) return fail(ErrorCode::Parse, "a note type is not a JSON object");
  NoteType type;
  Result<std::int64_t> id = id_member(model, "id", "a note type");
  if (!id) return Unexpected{id.error()};
  type.id = *id;
  Result<std::string> name = string_member(model, "name", "note type " + std::to_string(type.id));
  if (!name) return Unexpected{name.error()};
  type.name = *name;
  const std::string where = "note type '" + type.name + "'";
  const auto kind = model.FindMember("type");
  type.kind = kind != model.MemberEnd() && kind->value.IsInt() && kind->value.GetInt() == 1 ? NoteKind::Cloze
                                                                                            : NoteKind::Standard;
  const auto fields = model.FindMember("flds");
  if (fields == model.MemberEnd() || !fields->value.IsArray() || fields->value.Empty()) {
    return fail(ErrorCode::Parse, where + " has no fields (\"flds\")");
  }
  for (const rapidjson::Value& field : fields->value.GetArray()) {
    if (!field.IsObject()) return fail(ErrorCode::Parse, where + " has a field that is not an object");
    Result<std::string> field_name = string_member(field, "name", where + "'s field");
    if (!field_name) return Unexpected{field_name.error()};
    type.fields.push_back(*field_name);
  }
  const auto templates = model.FindMember("tmpls");
  if (templates != model.MemberEnd() && templates->value.IsArray() && !templates->value.Empty() &&
      templates->value[0].IsObject()) {
    type.question_format = text_or_empty(templates->value[0], "qfmt");
    type.answer_format = text_or_empty(templates->value[0], "afmt");
  }
  return type;
}

}  // namespace

std::string models_json(const std::vector<NoteType>& types, std::int64_t deck_id, std::int64_t mod_secs) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  for (const NoteType& type : types) {
    key(w, std::to_string(type.id).c_str());
    write_model(w, type, deck_id, mod_secs);
  }
  w.EndObject();
  return finished(buffer);
}

std::string decks_json(const std::string& deck_name, std::int64_t deck_id, std::int64_t mod_secs) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  key(w, std::to_string(kDefaultDeckId).c_str());
  write_deck(w, kDefaultDeckId, "Default", mod_secs);
  key(w, std::to_string(deck_id).c_str());
  write_deck(w, deck_id, deck_name, mod_secs);
  w.EndObject();
  return finished(buffer);
}

std::string deck_options_json() {
  // Anki 2.1's default options group (learning steps 1 and 10 minutes, 20 new cards a day).
  return R"({"1":{"id":1,"name":"Default","mod":0,"usn":0,"maxTaken":60,"autoplay":true,"timer":0,)"
         R"("replayq":true,"dyn":false,)"
         R"("new":{"delays":[1,10],"ints":[1,4,0],"initialFactor":2500,"order":1,"perDay":20,"bury":false},)"
         R"("lapse":{"delays":[10],"mult":0,"minInt":1,"leechFails":8,"leechAction":1},)"
         R"("rev":{"perDay":200,"ease4":1.3,"ivlFct":1,"maxIvl":36500,"bury":false,"hardFactor":1.2}}})";
}

std::string collection_conf_json(std::int64_t deck_id, std::int64_t model_id, std::int64_t next_position) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  int_field(w, "nextPos", next_position);
  key(w, "estTimes");
  w.Bool(true);
  key(w, "activeDecks");
  w.StartArray();
  w.Int64(deck_id);
  w.EndArray();
  string_field(w, "sortType", "noteFld");
  int_field(w, "timeLim", 0);
  key(w, "sortBackwards");
  w.Bool(false);
  key(w, "addToCur");
  w.Bool(true);
  int_field(w, "curDeck", deck_id);
  int_field(w, "newSpread", 0);
  key(w, "dueCounts");
  w.Bool(true);
  string_field(w, "curModel", std::to_string(model_id));
  int_field(w, "collapseTime", 1200);
  int_field(w, "schedVer", 2);
  w.EndObject();
  return finished(buffer);
}

Result<std::vector<NoteType>> parse_models_json(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) {
    return fail(ErrorCode::Parse, "the note types (col.models) are not a JSON object");
  }
  std::vector<NoteType> types;
  for (const auto& member : doc.GetObject()) {
    Result<NoteType> type = parse_model(member.value);
    if (!type) return Unexpected{Error{ErrorCode::Parse, "col.models: " + type.error().message, {}, 0, 0}};
    types.push_back(std::move(*type));
  }
  return types;
}

Result<std::map<std::int64_t, std::string>> parse_deck_names(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) {
    return fail(ErrorCode::Parse, "the decks (col.decks) are not a JSON object");
  }
  std::map<std::int64_t, std::string> names;
  for (const auto& member : doc.GetObject()) {
    if (!member.value.IsObject()) continue;
    Result<std::int64_t> id = id_member(member.value, "id", "col.decks: a deck");
    Result<std::string> name = string_member(member.value, "name", "col.decks: a deck");
    if (id && name) names[*id] = *name;
  }
  return names;
}

}  // namespace factdeck::anki
