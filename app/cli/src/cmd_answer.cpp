// `factdeck answer ITEM_ID GRADE [--kind K] [--option N | --typed TEXT | --says true|false]
// [--deck FILE] [--days-ago N]`: records one answer through the same path as the study screen
// (state::record_answer), durably: appended to the journal and its copy, as the app does, without
// rewriting the snapshot. With an answer given, it is judged as on the study screen and kept with
// the options shown, for the teacher's results file.
#include <cstdio>
#include <span>
#include <string>
#include <string_view>

#include "cli/commands.hpp"
#include "command_table.hpp"
#include "profile_access.hpp"
#include "report.hpp"
#include "quizgen/judge.hpp"
#include "state/answering.hpp"

namespace factdeck::cli {

namespace {

constexpr std::string_view kName = "answer";

constexpr std::string_view kPositionals[] = {"ITEM_ID", "GRADE"};

constexpr OptionSpec kOptions[] = {
    text_option("--kind", "KIND", "the question kind answered: cloze (default), choice, truefalse, wh"),
    integer_option("--option", "N", "the answer: option N (from 1, as shown) of a multiple choice", 1, 64),
    text_option("--typed", "TEXT", "the answer: TEXT typed (cloze and typed questions)"),
    text_option("--says", "true|false", "the answer to a true/false question"),
    text_option("--deck", "FILE", "also look for the item in this deck (.facts.md or .json)"),
    real_option("--days-ago", "N", "record the answer as given N days ago (back-filling paper study)", 0, 36500),
};

std::optional<sched::Grade> parse_grade(std::string_view text) {
  static constexpr std::string_view kNames[] = {"again", "hard", "good", "easy"};
  for (int g = 1; g <= 4; ++g) {
    if (text == kNames[g - 1] || text == std::to_string(g)) return static_cast<sched::Grade>(g);
  }
  return std::nullopt;
}

// The deck holding `id`, or nullptr.
const state::LoadedDeck* deck_of(const std::vector<state::LoadedDeck>& decks, ItemId id) {
  for (const state::LoadedDeck& deck : decks) {
    if (deck.find_item(id) != nullptr) return &deck;
  }
  return nullptr;
}

// The answer given with --option, --typed or --says; none without them. Fails (usage) on two
// of them or a --says that is not true or false.
Result<std::optional<quizgen::Answer>> given_answer_option(const ParsedArgs& args) {
  using Given = std::optional<quizgen::Answer>;
  const int given = (args.integer("--option") ? 1 : 0) + (args.text("--typed") ? 1 : 0) + (args.text("--says") ? 1 : 0);
  if (given > 1) return fail(ErrorCode::Invalid, "give one answer: --option, --typed or --says");
  if (const auto option = args.integer("--option")) return Given{quizgen::ChosenOption{static_cast<int>(*option - 1)}};
  if (const auto typed = args.text("--typed")) return Given{quizgen::TypedAnswer{std::string(*typed)}};
  if (const auto says = args.text("--says")) {
    if (*says != "true" && *says != "false") return fail(ErrorCode::Invalid, "--says expects true or false, got '" + std::string(*says) + "'");
    return Given{quizgen::ChosenTruth{*says == "true"}};
  }
  return Given{};
}

// The answer judged against the item's question of `kind`, as the study screen judges it.
Result<store::GivenAnswer> judged_answer(const state::LoadedDeck& deck, const quizgen::Item& item,
                                         quizgen::QuestionKind kind, const quizgen::Answer& answer) {
  for (const quizgen::Question& question : item.questions) {
    if (question.kind != kind) continue;
    const quizgen::Judgement judgement = quizgen::judge(deck.deck, item, question, answer);
    return state::given_answer(question, answer, judgement.is_correct);
  }
  return fail(ErrorCode::NotFound, "item " + to_hex(item.id) + " is not asked as " +
                                       std::string(quizgen::question_kind_name(kind)) + " in its deck");
}

int run_answer(const ParsedArgs& args) {
  const std::string_view id_text = args.positionals()[0];
  const std::string_view grade_text = args.positionals()[1];
  const std::optional<ItemId> id = item_id_from_hex(id_text);
  const std::optional<sched::Grade> grade = parse_grade(grade_text);
  if (!id) return report_usage_error(kName, "'" + std::string(id_text) + "' is not an item id (16 hex digits)");
  if (!grade) return report_usage_error(kName, "GRADE expects 1-4 or again, hard, good, easy, got '" + std::string(grade_text) + "'");
  const std::string_view kind_text = args.text("--kind").value_or("cloze");
  const auto kind = quizgen::question_kind_from_name(kind_text);
  if (!kind) return report_usage_error(kName, "--kind expects cloze, choice, truefalse or wh, got '" + std::string(kind_text) + "'");
  const Result<std::optional<quizgen::Answer>> answer = given_answer_option(args);
  if (!answer) return report_usage_error(kName, answer.error().message);

  const double days_ago = args.real("--days-ago").value_or(0.0);
  const sched::TimePoint now = now_seconds() - sched::Seconds{static_cast<std::int64_t>(days_ago * 86400.0)};
  Result<std::vector<state::LoadedDeck>> decks = load_decks(args.data_dir(), args.text("--deck").value_or(""));
  if (!decks) return report_failure(kName, decks.error());
  const state::LoadedDeck* deck = deck_of(*decks, *id);
  if (deck == nullptr) return report_failure(kName, Error{ErrorCode::NotFound, "no deck has item " + to_hex(*id), "", 0, 0});
  Result<store::Profile> profile = open_named_profile(args.data_dir(), args.profile(), store::OpenMode::ReadWrite, now);
  if (!profile) return report_failure(kName, profile.error());
  print_recovery_messages(kName, profile->recovery_report().messages);

  state::AnswerRequest request{*id, deck->deck_id, *kind, *grade, 0, now, std::nullopt, false, std::nullopt,
                               state::section_path_of(*deck, *id)};
  if (*answer) {
    Result<store::GivenAnswer> given = judged_answer(*deck, *deck->find_item(*id), *kind, **answer);
    if (!given) return report_failure(kName, given.error());
    request.given = std::move(given).value();
  }
  Result<store::ReviewRecord> recorded = state::record_answer(*profile, request);
  if (!recorded) return report_failure(kName, recorded.error());
  // The answer is durable in both journals; compacting here would rewrite the whole snapshot
  // for one record. The next open compacts once the journal is large or a backup is due.
  profile->release();
  const double days = static_cast<double>((recorded->after.due - now).count()) / 86400.0;
  const char* verdict = !recorded->given ? "" : recorded->given->is_correct ? " (answer right)" : " (answer wrong)";
  std::printf("recorded %s %s%s; next due in %.2f days\n", to_hex(*id).c_str(), std::string(grade_text).c_str(),
              verdict, days);
  return kExitOk;
}

}  // namespace

Command answer_command() {
  return {{kName, "record one answer, as the study screen does", kPositionals, kOptions,
           "  ITEM_ID: 16 hex digits, as `factdeck due` lists them; GRADE: 1-4 or again, hard, good, easy\n"},
          run_answer};
}

}  // namespace factdeck::cli
