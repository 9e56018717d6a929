#include "store/profile_check.hpp"

#include <cmath>
#include <cstdio>
#include <type_traits>

#include "scheduler/exam.hpp"

namespace factdeck::store {

namespace {

// ---- Value ranges ----

constexpr std::uint32_t kMaxSteps = 1000;          // learning steps per deck; step indices below it
constexpr std::uint32_t kMaxStepMinutes = 525600;  // one year
constexpr double kMaxIntervalDays = 1e9;           // SM-2 intervals grow geometrically, unclamped
constexpr double kMaxEase = 1000.0;
constexpr double kMinStabilityDays = 1e-6;
constexpr double kMaxStabilityDays = 1e12;
constexpr double kMaxDifficulty = 1000.0;
constexpr std::size_t kMaxWeights = 64;  // FSRS-6 has 21; the scheduler refuses other counts itself
constexpr std::size_t kMaxExamSectionBytes = 1024;  // a heading title

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

std::optional<std::string> check_number(const char* field, double value, double min, double max) {
  if (value >= min && value <= max) return std::nullopt;  // false for NaN too
  return std::string(field) + ": " + number_text(value) + " is not between " + number_text(min) + " and " +
         number_text(max);
}

std::optional<std::string> check_time(const char* field, sched::TimePoint time, std::int64_t latest = kLatestTimeSecs) {
  const std::int64_t secs = time.time_since_epoch().count();
  if (secs >= kEarliestTimeSecs && secs <= latest) return std::nullopt;
  return std::string(field) + ": " + std::to_string(secs) + " seconds since 1970 is not a time between 1900 and " +
         (latest == kLatestTimeSecs ? "9999" : "the far future");
}

std::optional<std::string> check_count(const char* field, std::uint64_t value, std::uint64_t max) {
  if (value <= max) return std::nullopt;
  return std::string(field) + ": " + std::to_string(value) + " is more than " + std::to_string(max);
}

std::optional<std::string> prefixed(const std::string& prefix, std::optional<std::string> problem) {
  if (!problem) return problem;
  return prefix + "." + *problem;
}

// Bounds that keep the scheduler's arithmetic meaningful (a positive stability to divide by, no
// infinities), wider than what FSRS-6 produces (stability 0.001-36500 days, difficulty 1-10) so
// that hand-made states in tests and older data stay readable.
std::optional<std::string> check_memory(const sched::MemoryState& memory) {
  if (auto p = check_number("stability_days", memory.stability_days, kMinStabilityDays, kMaxStabilityDays)) return p;
  return check_number("difficulty", memory.difficulty, 0.0, kMaxDifficulty);
}

std::optional<std::string> check_sm2(const sched::Sm2State& sm2) {
  if (auto p = check_number("ease", sm2.ease, 1.0, kMaxEase)) return p;
  if (auto p = check_number("interval_days", sm2.interval_days, 0.0, kMaxIntervalDays)) return p;
  if (sm2.repetition < 0) return "repetition: " + std::to_string(sm2.repetition) + " is negative";
  return std::nullopt;
}

std::optional<std::string> check_deck_settings(const DeckSettings& settings) {
  if (auto p = check_number("desired_retention", settings.desired_retention, 0.5, 0.999)) return p;
  if (auto p = check_count("new_per_day", settings.new_per_day, 1'000'000)) return p;
  if (auto p = check_count("reviews_per_day", settings.reviews_per_day, 10'000'000)) return p;
  if (settings.scheduler != SchedulerKind::Fsrs6 && settings.scheduler != SchedulerKind::Sm2) {
    return "scheduler: " + std::to_string(static_cast<int>(settings.scheduler)) + " is not 0 (FSRS-6) or 1 (SM-2)";
  }
  for (const auto* steps : {&settings.learning_steps_mins, &settings.relearning_steps_mins}) {
    const char* name = steps == &settings.learning_steps_mins ? "learning_steps_mins" : "relearning_steps_mins";
    if (auto p = check_count(name, steps->size(), kMaxSteps)) return p;
    for (std::uint32_t minutes : *steps) {
      if (minutes == 0 || minutes > kMaxStepMinutes) {
        return std::string(name) + ": a step of " + std::to_string(minutes) + " minutes is not between 1 and " +
               std::to_string(kMaxStepMinutes);
      }
    }
  }
  if (auto p = check_count("day_start_hour", settings.day_start_hour, 23)) return p;
  if (auto p = check_count("params", settings.params.size(), kMaxWeights)) return p;
  for (double weight : settings.params) {
    if (auto p = check_number("params", weight, -100.0, 100.0)) return p;
  }
  if (settings.maximum_interval_days < 1 || settings.maximum_interval_days > 36500) {
    return "maximum_interval_days: " + std::to_string(settings.maximum_interval_days) + " is not between 1 and 36500";
  }
  if (!settings.exam_date.empty() && !sched::study_day_of_date(settings.exam_date)) {
    return "exam_date: '" + settings.exam_date.substr(0, 16) + "' is not a date YYYY-MM-DD";
  }
  if (auto p = check_number("exam_target", settings.exam_target, 0.7, 0.99)) return p;
  if (auto p = check_count("exam_section", settings.exam_section.size(), kMaxExamSectionBytes)) return p;
  return std::nullopt;
}

std::optional<std::string> check_profile_settings(const ProfileSettings& settings) {
  if (settings.theme != "dark" && settings.theme != "light") {
    return "theme: '" + settings.theme + "' is not dark or light";
  }
  if (auto p = check_number("font_px", settings.font_px, 6.0, 72.0)) return p;
  return check_number("ui_scale", settings.ui_scale, 0.25, 4.0);
}

std::optional<std::string> check_session(const SessionRecord& session) {
  if (auto p = check_time("started", session.started)) return p;
  if (auto p = check_time("ended", session.ended)) return p;
  if (session.ended < session.started) return std::string("ended: before the session started");
  if (session.correct > session.answers) {
    return "correct: " + std::to_string(session.correct) + " of only " + std::to_string(session.answers) + " answers";
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_state_problem(const sched::ItemState& state) {
  if (static_cast<int>(state.phase) > static_cast<int>(sched::Phase::Relearning)) {
    return "phase: " + std::to_string(static_cast<int>(state.phase)) + " is not 0-3 (new, learning, review, relearning)";
  }
  if (state.memory) {
    if (auto p = prefixed("memory", check_memory(*state.memory))) return p;
  }
  if (auto p = prefixed("sm2", check_sm2(state.sm2))) return p;
  if (auto p = check_time("due", state.due, kLatestDueSecs)) return p;
  if (state.last_review) {
    if (auto p = check_time("last_review", *state.last_review)) return p;
  }
  if (auto p = check_count("step", state.step, kMaxSteps)) return p;
  return check_number("scheduled_days", state.scheduled_days, 0.0, kMaxIntervalDays);
}

std::optional<std::string> find_review_problem(const ReviewRecord& review) {
  const int grade = static_cast<int>(review.grade);
  if (grade < 1 || grade > 4) return "grade: " + std::to_string(grade) + " is not 1-4";
  if (review.question_kind >= kQuestionKindCount) {
    return "question_kind: " + std::to_string(review.question_kind) + " is not 0-3 (cloze, choice, truefalse, wh)";
  }
  if (auto p = check_time("time", review.time)) return p;
  if (auto p = prefixed("before", find_state_problem(review.before))) return p;
  return prefixed("after", find_state_problem(review.after));
}

namespace {

std::optional<std::string> check_recompute(const RecomputeRecord& record) {
  if (auto p = check_time("time", record.time)) return p;
  if (auto p = prefixed("settings", check_deck_settings(record.settings))) return p;
  if (record.items.size() != record.states.size()) {
    return "states: " + std::to_string(record.states.size()) + " states for " +
           std::to_string(record.items.size()) + " items";
  }
  for (std::size_t i = 0; i < record.states.size(); ++i) {
    const std::string field = "states[" + std::to_string(i) + "]";
    if (auto p = prefixed(field, find_state_problem(record.states[i]))) return p;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_entry_problem(const JournalEntry& entry) {
  return std::visit(
      [](const auto& record) -> std::optional<std::string> {
        using T = std::decay_t<decltype(record)>;
        if constexpr (std::is_same_v<T, ReviewRecord>) return find_review_problem(record);
        if constexpr (std::is_same_v<T, UndoRecord>) return check_time("time", record.time);
        if constexpr (std::is_same_v<T, SessionRecord>) return check_session(record);
        if constexpr (std::is_same_v<T, DeckSettingsRecord>) return prefixed("settings", check_deck_settings(record.settings));
        if constexpr (std::is_same_v<T, ProfileSettings>) return check_profile_settings(record);
        if constexpr (std::is_same_v<T, ItemFlagsRecord>) return check_time("time", record.time);
        if constexpr (std::is_same_v<T, RecomputeRecord>) return check_recompute(record);
        return std::nullopt;
      },
      entry);
}

Result<void> check_profile_data(const ProfileData& data, const std::string& name) {
  const auto refuse = [&name](const std::string& path, const std::string& problem) {
    return fail(ErrorCode::Invalid, name + ": " + path + "." + problem, name);
  };
  for (std::size_t i = 0; i < data.reviews.size(); ++i) {
    const ReviewRecord review = data.reviews.at(i);
    const std::string path = "reviews.answers[" + std::to_string(i) + "]";
    if (auto problem = find_review_problem(review)) return refuse(path, *problem);
    if (!review.is_practice && !data.items.contains(review.item)) {
      return fail(ErrorCode::Invalid,
                  name + ": " + path + ".item: " + std::to_string(review.item.value) +
                      " (" + to_hex(review.item) + ") is not in the profile's items",
                  name);
    }
  }
  for (const auto& [id, item] : data.items) {
    const std::string path = "items[id " + std::to_string(id.value) + "].value.state";
    if (auto problem = find_state_problem(item.state)) return refuse(path, *problem);
  }
  for (const auto& [deck, settings] : data.deck_settings) {
    if (auto problem = check_deck_settings(settings)) return refuse("deck_settings[\"" + deck + "\"].value", *problem);
  }
  if (auto problem = check_profile_settings(data.settings)) return refuse("settings", *problem);
  for (std::size_t s = 0; s < data.sessions.size(); ++s) {
    if (auto problem = check_session(data.sessions[s])) return refuse("sessions[" + std::to_string(s) + "]", *problem);
  }
  return {};
}

}  // namespace factdeck::store
