#include "state/answering.hpp"

#include <algorithm>
#include <ctime>
#include <variant>

namespace factdeck::state {

namespace {
// The local offset as the C library sees it (TZ or /etc/localtime); read-only use of its state.
sched::Seconds local_utc_offset(sched::TimePoint t) {
  const std::time_t secs = static_cast<std::time_t>(t.time_since_epoch().count());
  std::tm local{};
  localtime_r(&secs, &local);
  return sched::Seconds{local.tm_gmtoff};
}

std::vector<int> to_minutes(const std::vector<std::uint32_t>& steps) {
  return {steps.begin(), steps.end()};
}
}  // namespace

sched::SchedulerConfig scheduler_config(const store::DeckSettings& settings) {
  sched::SchedulerConfig config;
  const int relearning_steps = static_cast<int>(settings.relearning_steps_mins.size());
  if (Result<sched::Parameters> parameters =
          sched::validate_and_clamp(settings.params, relearning_steps)) {
    config.parameters = *parameters;
  }
  config.algorithm = settings.scheduler == store::SchedulerKind::Sm2 ? sched::Algorithm::Sm2
                                                                      : sched::Algorithm::Fsrs;
  config.desired_retention = settings.desired_retention;
  config.learning_steps_mins = to_minutes(settings.learning_steps_mins);
  config.relearning_steps_mins = to_minutes(settings.relearning_steps_mins);
  config.maximum_interval_days = static_cast<int>(std::clamp<std::uint32_t>(settings.maximum_interval_days, 1, 36500));
  config.is_fuzz_enabled = settings.is_fuzz_enabled;
  if (settings.exam_section.empty()) config.exam = exam_goal(settings);
  return config;
}

sched::SchedulerConfig scheduler_config(const store::DeckSettings& settings,
                                        const std::vector<std::string>& section_path) {
  sched::SchedulerConfig config = scheduler_config(settings);
  if (is_in_exam_scope(settings, section_path)) config.exam = exam_goal(settings);
  return config;
}

std::optional<sched::ExamGoal> exam_goal(const store::DeckSettings& settings) {
  const std::optional<std::int64_t> day = sched::study_day_of_date(settings.exam_date);
  if (!day) return std::nullopt;
  return sched::ExamGoal{*day, settings.exam_target};
}

bool is_in_exam_scope(const store::DeckSettings& settings, const std::vector<std::string>& section_path) {
  if (!exam_goal(settings)) return false;
  if (settings.exam_section.empty()) return true;
  return std::find(section_path.begin(), section_path.end(), settings.exam_section) != section_path.end();
}

sched::DayClock local_day_clock(const store::DeckSettings& settings) {
  return sched::DayClock(local_utc_offset, static_cast<int>(settings.day_start_hour));
}

store::GivenAnswer given_answer(const quizgen::Question& question, const quizgen::Answer& answer, bool is_correct) {
  store::GivenAnswer given;
  given.is_correct = is_correct;
  if (question.kind == quizgen::QuestionKind::MultipleChoice) given.options = question.options;
  if (const auto* typed = std::get_if<quizgen::TypedAnswer>(&answer)) given.response = typed->text;
  if (const auto* truth = std::get_if<quizgen::ChosenTruth>(&answer)) given.response = truth->says_true ? "true" : "false";
  if (const auto* chosen = std::get_if<quizgen::ChosenOption>(&answer)) {
    const bool is_valid = chosen->index >= 0 && static_cast<std::size_t>(chosen->index) < question.options.size();
    if (is_valid) given.response = question.options[static_cast<std::size_t>(chosen->index)];
  }
  return given;
}

Result<store::ReviewRecord> record_answer(store::Profile& profile, const AnswerRequest& request) {
  const sched::ItemState before = profile.item_state(request.item);
  if (request.displayed_state && *request.displayed_state != before) {
    return fail(ErrorCode::Conflict,
                "this question changed since it was shown (answered elsewhere or undone); "
                "it was not recorded");
  }
  const store::DeckSettings settings = profile.deck_settings(request.deck_id.str());
  store::ReviewRecord record;
  record.item = request.item;
  record.question_kind = static_cast<std::uint8_t>(request.question_kind);
  record.time = request.now;
  record.grade = request.grade;
  record.answer_ms = request.answer_ms;
  record.before = before;
  record.deck_id = request.deck_id.str();
  record.is_practice = request.is_practice;
  record.given = request.given;
  record.after = request.is_practice
                     ? before
                     : sched::next_states(before, scheduler_config(settings, request.section_path),
                                          local_day_clock(settings), request.now, request.item)
                           .for_grade(request.grade)
                           .state;
  if (Result<void> written = profile.record_answer(record); !written) {
    return Unexpected{written.error()};
  }
  return record;
}

}  // namespace factdeck::state
