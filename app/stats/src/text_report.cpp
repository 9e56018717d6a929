#include "stats/text_report.hpp"

#include <algorithm>
#include <ostream>
#include <string>

#include "format.hpp"
#include "quizgen/deck.hpp"

namespace factdeck::stats {

namespace {

constexpr std::size_t kWeakestShown = 5;

std::string minutes_text(std::uint64_t time_ms) {
  return fixed(static_cast<double>(time_ms) / 60000.0, 1) + " min";
}

std::uint64_t answers_in(const HistorySeries& series) {
  return series.cumulative.empty() ? 0 : series.cumulative.back();
}

void write_retention_lines(const Retention& retention, std::ostream& out) {
  out << "Retention    desired " << percent(retention.desired_retention) << "%\n";
  for (std::size_t w = 0; w < kRetentionWindowCount; ++w) {
    const RetentionRow& row = retention.windows[w];
    out << "  " << window_name(static_cast<RetentionWindow>(w)) << ": " << percent(row.all().share())
        << "% of " << row.all().total << " (young " << percent(row.young.share()) << "% of "
        << row.young.total << ", mature " << percent(row.mature.share()) << "% of "
        << row.mature.total << ")\n";
  }
  for (std::size_t k = 0; k < kQuestionKindCount; ++k) {
    const PassCount& count = retention.by_question_kind[k];
    out << "  " << quizgen::kQuestionKinds[k].name
        << " accuracy: " << percent(count.share()) << "% of " << count.total << "\n";
  }
}

void write_weakest_sections(const std::vector<ArticleMap>& maps, std::ostream& out) {
  for (const ArticleMap& map : maps) {
    out << "Article map  " << map.deck_id << " (" << map.sections.size() << " sections), weakest:\n";
    for (std::size_t s = 0; s < std::min(kWeakestShown, map.sections.size()); ++s) {
      const SectionStats& section = map.sections[s];
      if (section.items.empty()) break;
      out << "  " << percent(section.average_retrievability) << "%  " << section.title << "  ("
          << section.new_items << " new, " << section.learning_items << " learning, "
          << section.known_items << " known)\n";
    }
  }
}

// ---- JSON ----

std::string json_string(std::string_view text) {
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
      quoted += escaped;
    } else {
      quoted += c;
    }
  }
  return quoted + "\"";
}

template <typename T>
void json_array(const std::vector<T>& values, std::ostream& out) {
  out << "[";
  for (std::size_t i = 0; i < values.size(); ++i) out << (i == 0 ? "" : ",") << values[i];
  out << "]";
}

void json_phase_counts(const PhaseCounts& counts, std::ostream& out) {
  out << "{";
  for (std::size_t p = 0; p < kPhaseCount; ++p) {
    out << (p == 0 ? "" : ",") << json_string(phase_name(static_cast<sched::Phase>(p))) << ":"
        << counts[p];
  }
  out << "}";
}

void json_pass(const PassCount& count, std::ostream& out) {
  out << "{\"passed\":" << count.passed << ",\"total\":" << count.total
      << ",\"share\":" << fixed(count.share(), 4) << "}";
}

void json_today(const TodayStats& today, std::ostream& out) {
  out << "\"today\":{\"date\":" << json_string(day_text(today.day)) << ",\"answered\":"
      << today.answered << ",\"correct\":" << today.correct << ",\"time_ms\":" << today.time_ms
      << ",\"by_phase\":";
  json_phase_counts(today.by_phase, out);
  out << "}";
}

void json_history(const History& history, Period period, std::ostream& out) {
  const HistorySeries series = history_series(history, period);
  std::vector<std::uint64_t> totals;
  for (const PhaseCounts& counts : series.by_phase) totals.push_back(total(counts));
  out << "\"history\":{\"period\":" << json_string(period_name(period)) << ",\"first_date\":"
      << json_string(day_text(series.first_day)) << ",\"answers_per_day\":";
  json_array(totals, out);
  out << ",\"cumulative\":";
  json_array(series.cumulative, out);
  out << ",\"days_studied\":" << history.days_studied << ",\"current_streak_days\":"
      << history.current_streak_days << ",\"longest_streak_days\":" << history.longest_streak_days
      << "}";
}

void json_forecast(const Forecast& forecast, Period period, std::ostream& out) {
  const std::size_t horizon = std::min<std::size_t>(period == Period::Days30 ? 31 : 91,
                                                    forecast.due_per_day.size());
  const std::vector<std::uint32_t> due(forecast.due_per_day.begin(),
                                       forecast.due_per_day.begin() + static_cast<std::ptrdiff_t>(horizon));
  out << "\"forecast\":{\"due_per_day\":";
  json_array(due, out);
  out << ",\"overdue\":" << forecast.overdue << ",\"scheduled_items\":" << forecast.scheduled_items
      << ",\"daily_load\":" << fixed(forecast.daily_load, 2) << "}";
}

void json_retention(const Retention& retention, std::ostream& out) {
  out << "\"retention\":{\"desired\":" << fixed(retention.desired_retention, 4) << ",\"windows\":{";
  for (std::size_t w = 0; w < kRetentionWindowCount; ++w) {
    out << (w == 0 ? "" : ",") << json_string(window_name(static_cast<RetentionWindow>(w)))
        << ":{\"young\":";
    json_pass(retention.windows[w].young, out);
    out << ",\"mature\":";
    json_pass(retention.windows[w].mature, out);
    out << "}";
  }
  out << "},\"by_question_kind\":{";
  for (std::size_t k = 0; k < kQuestionKindCount; ++k) {
    out << (k == 0 ? "" : ",")
        << json_string(quizgen::kQuestionKinds[k].name) << ":";
    json_pass(retention.by_question_kind[k], out);
  }
  out << "}}";
}

void json_memory(const MemoryStats& memory, std::ostream& out) {
  out << "\"memory\":{\"studied_items\":" << memory.studied_items << ",\"new_items\":"
      << memory.new_items << ",\"known_estimate\":" << fixed(memory.known_estimate, 2)
      << ",\"average_retrievability\":" << fixed(memory.average_retrievability, 4)
      << ",\"stability_counts\":";
  json_array(memory.stability_days.counts, out);
  out << ",\"difficulty_counts\":";
  json_array(memory.difficulty.counts, out);
  out << ",\"retrievability_counts\":";
  json_array(memory.retrievability.counts, out);
  out << "}";
}

void json_article_maps(const std::vector<ArticleMap>& maps, std::ostream& out) {
  out << "\"article_maps\":[";
  for (std::size_t m = 0; m < maps.size(); ++m) {
    out << (m == 0 ? "" : ",") << "{\"deck\":" << json_string(maps[m].deck_id) << ",\"sections\":[";
    for (std::size_t s = 0; s < maps[m].sections.size(); ++s) {
      const SectionStats& section = maps[m].sections[s];
      out << (s == 0 ? "" : ",") << "{\"section\":" << section.section << ",\"title\":"
          << json_string(section.title) << ",\"items\":" << section.item_count() << ",\"new\":"
          << section.new_items << ",\"learning\":" << section.learning_items << ",\"known\":"
          << section.known_items << ",\"average_retrievability\":"
          << fixed(section.average_retrievability, 4) << "}";
    }
    out << "]}";
  }
  out << "]";
}

}  // namespace

void write_summary(const StatsReport& report, Period period, std::ostream& out) {
  const TodayStats& today = report.today;
  const History& history = report.history;
  out << "Today        " << day_text(today.day) << ": " << today.answered << " answers, "
      << percent(today.correct_share()) << "% correct, " << minutes_text(today.time_ms) << " (new "
      << today.by_phase[0] << ", learning " << today.by_phase[1] << ", review "
      << today.by_phase[2] << ", relearning " << today.by_phase[3] << ")\n";
  const HistorySeries series = history_series(history, period);
  double minutes = 0.0;
  for (double m : series.minutes) minutes += m;
  out << "History      last " << period_name(period) << " days: " << answers_in(series)
      << " answers, " << fixed(minutes, 1) << " min; " << history.days_studied
      << " days studied in all\n";
  out << "Streak       current " << history.current_streak_days << " days, longest "
      << history.longest_streak_days << " days\n";
  const Forecast& forecast = report.forecast;
  const std::size_t tomorrow = forecast.due_per_day.size() > 1 ? forecast.due_per_day[1] : 0;
  out << "Forecast     due today " << (forecast.due_per_day.empty() ? 0 : forecast.due_per_day[0])
      << " (" << forecast.overdue << " overdue), tomorrow " << tomorrow << "; daily load "
      << fixed(forecast.daily_load, 1) << " answers/day over " << forecast.scheduled_items
      << " items\n";
  write_retention_lines(report.retention, out);
  const MemoryStats& memory = report.memory;
  out << "Memory       " << memory.studied_items << " studied, " << memory.new_items
      << " new; known now about " << fixed(memory.known_estimate, 1) << " items (average recall "
      << percent(memory.average_retrievability) << "%)\n";
  write_weakest_sections(report.article_maps, out);
}

void write_json(const StatsReport& report, Period period, std::ostream& out) {
  out << "{\"total_answers\":" << report.total_answers << ",";
  json_today(report.today, out);
  out << ",";
  json_history(report.history, period, out);
  out << ",";
  json_forecast(report.forecast, period, out);
  out << ",";
  json_retention(report.retention, out);
  out << ",";
  json_memory(report.memory, out);
  out << ",";
  json_article_maps(report.article_maps, out);
  out << "}\n";
}

}  // namespace factdeck::stats
