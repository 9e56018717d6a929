#include "classroom/results_file.hpp"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>
#include <utility>

#include "base/json_check.hpp"

namespace factdeck::classroom {

namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;
constexpr std::uint32_t kUint32Max = std::numeric_limits<std::uint32_t>::max();

// ---- Writing ----

void text_field(JsonWriter& w, const char* name, std::string_view value) {
  w.Key(name);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_answer(JsonWriter& w, const AnswerResult& answer) {
  w.StartObject();
  text_field(w, "at", utc_text(answer.at));
  w.Key("grade");
  w.Uint(static_cast<unsigned>(answer.grade));
  w.Key("correct");
  w.Bool(answer.is_correct);
  w.Key("ms");
  w.Uint(answer.answer_ms);
  w.Key("practice");
  w.Bool(answer.is_practice);
  if (answer.response) text_field(w, "response", *answer.response);
  w.EndObject();
}

void write_memory(JsonWriter& w, const ItemMemory& memory) {
  w.StartObject();
  text_field(w, "item", to_hex(memory.item));
  w.Key("stability_days");
  w.Double(memory.stability_days);
  w.Key("difficulty");
  w.Double(memory.difficulty);
  text_field(w, "last_review", utc_text(memory.last_review));
  w.EndObject();
}

void write_question(JsonWriter& w, const QuestionResult& question) {
  w.StartObject();
  text_field(w, "item", to_hex(question.item));
  text_field(w, "kind", quizgen::question_kind_name(question.kind));
  w.Key("attempts");
  w.Uint(question.attempts);
  w.Key("correct");
  w.Uint(question.correct);
  w.Key("first_correct");
  w.Bool(question.is_first_correct);
  w.Key("last_grade");
  w.Uint(static_cast<unsigned>(question.last_grade));
  w.Key("answer_ms");
  w.Uint64(question.answer_ms);
  text_field(w, "last_answered", utc_text(question.last_answered));
  w.Key("options");
  w.StartArray();
  for (const std::string& option : question.options) w.String(option.data(), static_cast<rapidjson::SizeType>(option.size()));
  w.EndArray();
  w.Key("answers");
  w.StartArray();
  for (const AnswerResult& answer : question.answers) write_answer(w, answer);
  w.EndArray();
  w.EndObject();
}

// ---- Reading ----

bool is_hex16(std::string_view text) { return text.size() == 16 && item_id_from_hex(text).has_value(); }

json::Schema utc_time() {
  return json::text_where([](std::string_view t) { return utc_from_text(t).has_value(); },
                          "a UTC time as 2026-12-03T16:50:00Z");
}

json::Schema answer_schema() {
  return json::object({json::field("at", utc_time()), json::field("grade", json::integer(1, 4)),
                       json::field("correct", json::boolean()), json::field("ms", json::unsigned_integer(kUint32Max)),
                       json::field("practice", json::boolean()), json::optional_field("response", json::text())});
}

json::Schema memory_schema() {
  return json::object({json::field("item", json::text_where(is_hex16, "an item id of 16 hex digits")),
                       json::field("stability_days", json::number(0.0, 1e9)),
                       json::field("difficulty", json::number(0.0, 100.0)), json::field("last_review", utc_time())});
}

json::Schema question_schema() {
  return json::object({
      json::field("item", json::text_where(is_hex16, "an item id of 16 hex digits")),
      json::field("kind", json::text_where([](std::string_view name) { return quizgen::question_kind_from_name(name).has_value(); },
                                           "a question kind: cloze, choice, truefalse or wh")),
      json::field("attempts", json::integer(1, kUint32Max)),
      json::field("correct", json::unsigned_integer(kUint32Max)),
      json::field("first_correct", json::boolean()),
      json::field("last_grade", json::integer(1, 4)),
      json::field("answer_ms", json::unsigned_integer()),
      json::field("last_answered", utc_time()),
      json::optional_field("options", json::array_of(json::text())),  // format 2
      json::optional_field("answers", json::array_of(answer_schema())),  // format 2
  });
}

const json::Schema& results_schema() {
  static const json::Schema schema = json::object({
      json::field("factdeck_results", json::format_version(kResultsFormatVersion, "factdeck")),
      json::field("student", json::object({json::field("name", json::text()), json::field("profile", json::text())})),
      json::field("deck", json::object({json::field("id", json::text_where([](std::string_view id) { return !id.empty(); }, "a deck id")),
                                        json::field("title", json::text()),
                                        json::field("content_hash", json::text_where(is_hex16, "16 hex digits"))})),
      json::field("exported_at", utc_time()),
      json::optional_field("fsrs_decay", json::number(0.01, 10.0)),  // format 2
      json::optional_field("streak_days", json::unsigned_integer(kUint32Max)),  // format 2
      json::optional_field("memory", json::array_of(memory_schema())),  // format 2
      json::field("questions", json::array_of(question_schema())),
  });
  return schema;
}

std::string string_of(const rapidjson::Value& object, const char* name) {
  const rapidjson::Value& value = object[name];
  return std::string(value.GetString(), value.GetStringLength());
}

AnswerResult answer_from(const rapidjson::Value& value) {
  AnswerResult answer;
  answer.at = *utc_from_text(string_of(value, "at"));
  answer.grade = static_cast<sched::Grade>(value["grade"].GetUint());
  answer.is_correct = value["correct"].GetBool();
  answer.answer_ms = static_cast<std::uint32_t>(value["ms"].GetUint64());
  answer.is_practice = value["practice"].GetBool();
  if (value.HasMember("response")) answer.response = string_of(value, "response");
  return answer;
}

ItemMemory memory_from(const rapidjson::Value& value) {
  return {*item_id_from_hex(string_of(value, "item")), value["stability_days"].GetDouble(),
          value["difficulty"].GetDouble(), *utc_from_text(string_of(value, "last_review"))};
}

// One question whose fields passed the schema.
QuestionResult question_from(const rapidjson::Value& value) {
  QuestionResult question;
  question.item = *item_id_from_hex(string_of(value, "item"));
  question.kind = *quizgen::question_kind_from_name(string_of(value, "kind"));
  question.attempts = static_cast<std::uint32_t>(value["attempts"].GetUint64());
  question.correct = static_cast<std::uint32_t>(value["correct"].GetUint64());
  question.is_first_correct = value["first_correct"].GetBool();
  question.last_grade = static_cast<sched::Grade>(value["last_grade"].GetUint());
  question.answer_ms = value["answer_ms"].GetUint64();
  question.last_answered = *utc_from_text(string_of(value, "last_answered"));
  if (value.HasMember("options")) {
    for (const rapidjson::Value& option : value["options"].GetArray()) {
      question.options.emplace_back(option.GetString(), option.GetStringLength());
    }
  }
  if (value.HasMember("answers")) {
    for (const rapidjson::Value& answer : value["answers"].GetArray()) question.answers.push_back(answer_from(answer));
  }
  return question;
}

// Format 2 lists every answer: the counts must be the list's.
std::string answers_contradiction(const QuestionResult& question) {
  if (question.answers.size() != question.attempts) {
    return "attempts (" + std::to_string(question.attempts) + ") is not the number of answers listed (" +
           std::to_string(question.answers.size()) + ")";
  }
  return {};
}

// Counts that cannot all be true together, as "what is wrong", or empty when they agree.
std::string contradiction(const QuestionResult& question) {
  if (question.correct > question.attempts) {
    return "correct (" + std::to_string(question.correct) + ") is more than attempts (" +
           std::to_string(question.attempts) + ")";
  }
  if (question.is_first_correct && question.correct == 0) return "first_correct is true but correct is 0";
  if (!question.is_first_correct && question.correct == question.attempts) {
    return "first_correct is false but every attempt is correct";
  }
  return {};
}

// The questions, each checked against the others; fails at the first bad one.
Result<std::vector<QuestionResult>> questions_from(const rapidjson::Value& array, bool has_answers,
                                                   const std::string& file) {
  std::vector<QuestionResult> questions;
  std::set<std::pair<ItemId, quizgen::QuestionKind>> seen;
  for (rapidjson::SizeType i = 0; i < array.Size(); ++i) {
    const std::string path = "questions[" + std::to_string(i) + "]";
    QuestionResult question = question_from(array[i]);
    std::string wrong = contradiction(question);
    if (wrong.empty() && has_answers) wrong = answers_contradiction(question);
    if (!wrong.empty()) return fail(ErrorCode::Invalid, path + ": " + wrong, file);
    if (!seen.insert({question.item, question.kind}).second) {
      return fail(ErrorCode::Invalid, path + ": item " + to_hex(question.item) + " asked as " +
                                          std::string(quizgen::question_kind_name(question.kind)) + " is listed twice",
                  file);
    }
    questions.push_back(question);
  }
  return questions;
}

// The first field format 2 requires that `document` lacks ("questions[2].answers"), or "".
std::string missing_format2_field(const rapidjson::Value& document, std::uint32_t version) {
  if (version < 2) return {};
  for (const char* name : {"fsrs_decay", "streak_days", "memory"}) {
    if (!document.HasMember(name)) return name;
  }
  const rapidjson::Value& questions = document["questions"];
  for (rapidjson::SizeType i = 0; i < questions.Size(); ++i) {
    for (const char* name : {"options", "answers"}) {
      if (!questions[i].HasMember(name)) return "questions[" + std::to_string(i) + "]." + name;
    }
  }
  return {};
}

}  // namespace

std::string utc_text(sched::TimePoint time) {
  using namespace std::chrono;
  const sys_days day = floor<days>(sys_seconds{time.time_since_epoch()});
  const year_month_day date{day};
  const hh_mm_ss clock{sys_seconds{time.time_since_epoch()} - day};
  char text[64];  // room for any year GCC's range analysis allows
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<long>(clock.hours().count()), static_cast<long>(clock.minutes().count()),
                static_cast<long long>(clock.seconds().count()));
  return text;
}

std::optional<sched::TimePoint> utc_from_text(std::string_view text) {
  // "YYYY-MM-DDTHH:MM:SSZ": digits where digits belong, the separators exactly.
  static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:ddZ";
  if (text.size() != kShape.size()) return std::nullopt;
  for (std::size_t i = 0; i < kShape.size(); ++i) {
    const bool is_digit = text[i] >= '0' && text[i] <= '9';
    if (kShape[i] == 'd' ? !is_digit : text[i] != kShape[i]) return std::nullopt;
  }
  const auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  using namespace std::chrono;
  const year_month_day date{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                            day{static_cast<unsigned>(number(8, 2))}};
  const int hours_part = number(11, 2);
  const int minutes_part = number(14, 2);
  const int seconds_part = number(17, 2);
  if (!date.ok() || hours_part > 23 || minutes_part > 59 || seconds_part > 59) return std::nullopt;
  const sys_seconds time = sys_days{date} + hours{hours_part} + minutes{minutes_part} + seconds{seconds_part};
  return sched::TimePoint{sched::Seconds{time.time_since_epoch().count()}};
}

std::string results_to_json(const StudentResults& results) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("factdeck_results");
  w.Uint(results.format_version);
  w.Key("student");
  w.StartObject();
  text_field(w, "name", results.student.name);
  text_field(w, "profile", results.student.profile);
  w.EndObject();
  w.Key("deck");
  w.StartObject();
  text_field(w, "id", results.deck_id);
  text_field(w, "title", results.deck_title);
  text_field(w, "content_hash", to_hex(ItemId{results.deck_hash}));
  w.EndObject();
  text_field(w, "exported_at", utc_text(results.exported_at));
  w.Key("fsrs_decay");
  w.Double(results.fsrs_decay);
  w.Key("streak_days");
  w.Uint(results.streak_days);
  w.Key("memory");
  w.StartArray();
  for (const ItemMemory& memory : results.memory) write_memory(w, memory);
  w.EndArray();
  w.Key("questions");
  w.StartArray();
  for (const QuestionResult& question : results.questions) write_question(w, question);
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

Result<StudentResults> results_from_json(std::string_view text, const std::string& file) {
  const json::Limits limits{8, kMaxResultsFileBytes};
  if (Result<void> checked = json::check_json(text, results_schema(), file, limits); !checked) {
    return Unexpected{checked.error()};
  }
  rapidjson::Document document;
  document.Parse(text.data(), text.size());
  if (document.HasParseError()) return fail(ErrorCode::Parse, "not JSON", file);  // check_json read it already
  const auto version = static_cast<std::uint32_t>(document["factdeck_results"].GetUint());
  if (const std::string missing = missing_format2_field(document, version); !missing.empty()) {
    return fail(ErrorCode::Invalid, missing + ": missing (format 2 files have it)", file);
  }
  Result<std::vector<QuestionResult>> questions = questions_from(document["questions"], version >= 2, file);
  if (!questions) return Unexpected{questions.error()};
  StudentResults results;
  results.format_version = version;
  results.student = {string_of(document["student"], "name"), string_of(document["student"], "profile")};
  results.deck_id = string_of(document["deck"], "id");
  results.deck_title = string_of(document["deck"], "title");
  results.deck_hash = item_id_from_hex(string_of(document["deck"], "content_hash"))->value;
  results.exported_at = *utc_from_text(string_of(document, "exported_at"));
  results.questions = std::move(questions).value();
  results.has_answers = version >= 2;
  if (results.has_answers) {
    results.fsrs_decay = document["fsrs_decay"].GetDouble();
    results.streak_days = static_cast<std::uint32_t>(document["streak_days"].GetUint64());
    for (const rapidjson::Value& memory : document["memory"].GetArray()) results.memory.push_back(memory_from(memory));
  }
  return results;
}

Result<StudentResults> read_results_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code error;
  const std::uintmax_t bytes = std::filesystem::file_size(path, error);
  if (error) return fail(ErrorCode::Io, "cannot read it: " + error.message(), name);
  if (bytes > kMaxResultsFileBytes) {
    return fail(ErrorCode::Invalid, "is " + std::to_string(bytes >> 20) + " MiB; a results file is at most " +
                                        std::to_string(kMaxResultsFileBytes >> 20) + " MiB",
                name);
  }
  std::ifstream in(path, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) return fail(ErrorCode::Io, "cannot read it", name);
  return results_from_json(text, name);
}

}  // namespace factdeck::classroom
