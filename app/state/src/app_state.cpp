#include "state/app_state.hpp"

#include <algorithm>
#include <set>

#include "state/answering.hpp"
#include "os/launch.hpp"
#include "state/deck_loading.hpp"
#include "store/profile_paths.hpp"
#include "os/folders.hpp"

namespace factdeck::state {

namespace {

template <class... Handlers>
struct Overloaded : Handlers... {
  using Handlers::operator()...;
};

LookSettings look_from(const store::ProfileSettings& settings) {
  LookSettings look;
  look.is_dark_theme = settings.theme != "light";
  look.font_factor = static_cast<float>(settings.font_px / 16.0);
  look.ui_scale = static_cast<float>(settings.ui_scale);
  return look;
}

}  // namespace

AppState::~AppState() {
  stop_optimize();
  library_.stop();
}

void AppState::shut_down(sched::TimePoint now) {
  library_.stop();
  close_profile(now);
}

AppState AppState::start(const StartOptions& options, sched::TimePoint now) {
  AppState state;
  state.launcher_ = options.launcher;
  state.open_profile(options, now);
  state.library_.read_remembered(state.data_dir_, state.notices_);
  if (!options.deck_path.empty() && state.open_deck(options.deck_path, now)) {
    state.library_.remember(options.deck_path, state.notices_);
  }
  for (const std::filesystem::path& file : shipped_deck_paths()) {
    if (!state.library_.is_open(file)) (void)state.open_deck(file, now);
  }
  state.library_.queue_remembered();
  state.refresh_counts(now);
  return state;
}

void AppState::open_profile(const StartOptions& options, sched::TimePoint now) {
  const Result<std::filesystem::path> data_dir = os::resolve_data_dir(options.data_dir);
  if (!data_dir) {
    notify(Notice::Level::Error, "Progress cannot be saved: " + data_dir.error().to_string());
    return;
  }
  data_dir_ = *data_dir;
  // Without --profile the app reopens the profile the learner last switched to.
  open_named_profile(options.profile_name.empty() ? store::last_profile_name(data_dir_)
                                                  : options.profile_name,
                     now);
}

void AppState::open_named_profile(const std::string& name, sched::TimePoint now) {
  Result<std::filesystem::path> dir = store::profile_dir(data_dir_, name);
  if (!dir) {
    notify(Notice::Level::Error, "Progress cannot be saved: " + dir.error().to_string());
    return;
  }
  Result<store::Profile> opened = store::Profile::open(*dir, store::OpenMode::ReadWrite, now);
  if (!opened && opened.error().code == ErrorCode::Locked) {
    notify(Notice::Level::Warning, opened.error().message +
                                       " This window is read-only: answers are not saved.");
    opened = store::Profile::open(*dir, store::OpenMode::ReadOnly, now);
  }
  if (!opened) {
    notify(Notice::Level::Error, "Your progress could not be opened, so nothing will be saved "
                                 "and your files were left untouched: " +
                                     opened.error().to_string());
    return;
  }
  profile_ = std::move(opened).value();
  profile_name_ = name;
  profile_names_ = store::list_profiles(data_dir_);
  // Replaying the journal after a crash is routine; a restored backup or skipped records are not.
  const store::RecoveryReport& report = profile_->recovery_report();
  const bool is_routine = !report.restored_backup && report.journal_records_skipped == 0;
  for (const std::string& message : report.messages) {
    notify(is_routine ? Notice::Level::Info : Notice::Level::Warning, message);
  }
  look_ = look_from(profile_->settings());
}

// Items whose facts left the deck are retired in the profile (their history is kept).
void AppState::retire_missing_items(const LoadedDeck& loaded) {
  if (!profile_ || profile_->is_read_only()) return;
  std::set<ItemId> live;
  for (const quizgen::Item& item : loaded.deck.items) live.insert(item.id);
  if (Result<std::size_t> retired = profile_->retire_missing_items(loaded.deck_id.str(), live); !retired) {
    notify(Notice::Level::Warning, retired.error().to_string());
  } else if (*retired > 0) {
    notify(Notice::Level::Info, std::to_string(*retired) + " items of " + loaded.deck_id.str() +
                                    " were retired (their facts were removed); their history is kept.");
  }
}

void AppState::refresh_counts(sched::TimePoint now) {
  counts_.clear();
  if (!profile_) return;
  for (const LoadedDeck& deck : library_.decks()) {
    const sched::DailyQueue queue = build_study_queue(deck, *profile_, std::nullopt, {}, now);
    DeckCounts& counts = counts_[deck.deck_id];
    counts.total_items = deck.deck.items.size();
    for (const sched::QueueEntry& entry : queue.entries) {
      if (entry.section == sched::QueueSection::New) ++counts.new_available;
      else if (entry.section == sched::QueueSection::Learning) ++counts.learning;
      else ++counts.due;
    }
    const DoneToday done = count_done_today(*profile_, deck.deck_id,
                                            local_day_clock(deck_settings(deck.deck_id)), now);
    counts.studied_today = static_cast<std::size_t>(done.new_items + done.reviews);
  }
}

DeckCounts AppState::deck_counts(const DeckId& id) const {
  const auto found = counts_.find(id);
  return found == counts_.end() ? DeckCounts{} : found->second;
}

const LoadedDeck* AppState::selected_deck() const {
  if (selected_deck_) {
    if (const LoadedDeck* deck = library_.find(*selected_deck_)) return deck;
  }
  return library_.decks().empty() ? nullptr : &library_.decks().front();
}

void AppState::notify(Notice::Level level, std::string text) { notices_.add(level, std::move(text)); }

bool AppState::can_undo() const {
  return profile_ && !profile_->is_read_only() && study_ && !study_->undo_steps.empty();
}

store::DeckSettings AppState::deck_settings(const DeckId& id) const {
  if (!profile_ || library_.find(id) == nullptr) return {};
  return profile_->deck_settings(id.str());
}

void AppState::apply_all(const ActionQueue& actions, sched::TimePoint now) {
  for (const Action& action : actions) apply(action, now);
  poll_optimize();
  if (const std::optional<FinishedLoad> finished = library_.poll()) settle_finished_load(*finished, now);
  os::reap_finished(launched_pids_);
}

void AppState::apply(const Action& action, sched::TimePoint now) {
  std::visit(
      Overloaded{
          [&](const GoTo& a) {
            screen_ = a.screen;
            if (a.screen == Screen::Home) refresh_counts(now);
            if (a.screen == Screen::Stats) compute_stats(now);
          },
          [&](const SelectDeck& a) { selected_deck_ = a.deck; },
          [&](const OpenDeckFile& a) { library_.request_open(a.path); },
          [&](const StartStudy& a) { start_study(a, now); },
          [&](const RevealAnswer&) { answer_current(judge_reveal()); },
          [&](const SubmitTyped& a) {
            if (study_ && study_->current) {
              const LoadedDeck& deck = *library_.find(study_->deck);
              const quizgen::Item& item = *deck.find_item(study_->current->item);
              answer_current(judge_typed(deck.deck, item, *study_->current, a.text, now));
            }
          },
          [&](const ChooseOption& a) {
            if (study_ && study_->current) {
              const quizgen::Item& item = *library_.find(study_->deck)->find_item(study_->current->item);
              answer_current(judge_choice(item, *study_->current, a.option, now));
            }
          },
          [&](const ChooseTruth& a) {
            if (study_ && study_->current) {
              const quizgen::Item& item = *library_.find(study_->deck)->find_item(study_->current->item);
              answer_current(judge_truth(item, *study_->current, a.says_true, now));
            }
          },
          [&](const RateAnswer& a) { rate_current(a.grade, now); },
          [&](const UndoAnswer&) { undo_last_step(now); },
          [&](const BuryItem&) { bury_current(now); },
          [&](const SuspendItem&) { suspend_current(now); },
          [&](const FlagItem&) { toggle_flag_current(now); },
          [&](const EditItem&) { edit_current(); },
          [&](const CloseFactView&) { fact_view_.reset(); },
          [&](const ReloadDeck& a) { library_.request_reload(a.deck); },
          [&](const SetItemMarks& a) { set_item_marks(a, now); },
          [&](const EndStudy&) { end_study(now); },
          [&](const StartPractice& a) { start_practice(a); },
          [&](const AnswerPractice& a) { answer_practice(a, now); },
          [&](const ChangeLook& a) { change_look(a); },
          [&](const SaveDeckSettings& a) { save_deck_settings(a, now); },
          [&](const DismissNotice& a) { notices_.dismiss(a.index); },
          [&](const ShowItemHistory& a) { show_item_history(a.item, now); },
          [&](const ExportStatsCsv& a) { export_stats_csv(a.period); },
          [&](const ExportStatsPng&) {
            if (profile_) screenshot_request_ = profile_->dir() / "exports" / "statistics.png";
          },
          [&](const StartOptimize& a) { start_optimize(a.deck, now); },
          [&](const CancelOptimize&) {
            if (optimize_job_) optimize_job_->progress.cancel_requested = true;
          },
          [&](const UseFittedParameters&) { use_fitted_parameters(now); },
          [&](const DismissOptimize&) {
            if (!optimize_thread_.joinable()) optimize_job_.reset();
          },
          [&](const SetDayStartHour& a) { set_day_start_hour(a.hour, now); },
          [&](const SwitchProfile& a) { switch_profile(a.name, now); },
          [&](const ForgetDeck& a) { forget_deck(a.deck, now); },
          [&](const ForgetUnopenedDeck& a) { forget_unopened_deck(a.path); },
          [&](const Quit&) {
            if (study_) end_study(now);
            wants_quit_ = true;
          },
      },
      action);
}

void AppState::change_look(const ChangeLook& action) {
  look_ = {std::clamp(action.ui_scale, 0.5f, 3.0f), std::clamp(action.font_factor, 0.6f, 2.0f),
           action.is_dark_theme};
  if (!profile_ || profile_->is_read_only()) return;
  store::ProfileSettings settings = profile_->settings();
  settings.theme = look_.is_dark_theme ? "dark" : "light";
  settings.font_px = static_cast<double>(look_.font_factor) * 16.0;
  settings.ui_scale = static_cast<double>(look_.ui_scale);
  if (Result<void> saved = profile_->set_profile_settings(settings); !saved) {
    notify(Notice::Level::Error, "Settings were not saved: " + saved.error().to_string());
  }
}

void AppState::save_deck_settings(const SaveDeckSettings& action, sched::TimePoint now) {
  if (library_.find(action.deck) == nullptr || !profile_ || profile_->is_read_only()) {
    notify(Notice::Level::Warning, "Deck options cannot be saved: this profile is read-only.");
    return;
  }
  Result<void> saved = profile_->set_deck_settings(action.deck.str(), action.settings);
  if (!saved) notify(Notice::Level::Error, "Deck options were not saved: " + saved.error().to_string());
  refresh_counts(now);
}

void AppState::set_day_start_hour(std::uint32_t hour, sched::TimePoint now) {
  if (hour > 23) return;
  for (const LoadedDeck& deck : library_.decks()) {
    store::DeckSettings settings = deck_settings(deck.deck_id);
    if (settings.day_start_hour == hour) continue;
    settings.day_start_hour = hour;
    save_deck_settings({deck.deck_id, settings}, now);
  }
}

}  // namespace factdeck::state
