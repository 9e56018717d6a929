// AppState handlers for the statistics screen (computed in the core, drawn by the view; the
// report itself is computed on entering the screen, see navigation_actions.cpp).
#include "action_handlers.hpp"
#include "app_rules.hpp"

namespace factdeck::state {

Handled handle(AppParts& parts, const ShowItemHistory& action, sched::TimePoint now) {
  if (const store::Profile* profile = parts.profiles.profile()) {
    parts.statistics.show_item_history(*profile, action.item, selected_deck_settings(parts), now);
  }
  return Changes{};
}

Handled handle(AppParts& parts, const ExportStatsCsv& action, sched::TimePoint) {
  const store::Profile* profile = parts.profiles.profile();
  if (profile == nullptr) return Changes{};
  Result<std::string> exported = parts.statistics.export_csv(*profile, action.period);
  if (!exported) return Unexpected{exported.error()};
  if (!exported->empty()) parts.notices.add(Notice::Level::Info, std::move(exported).value());
  return Changes{};
}

Handled handle(AppParts& parts, const ExportStatsPng&, sched::TimePoint) {
  if (const store::Profile* profile = parts.profiles.profile()) parts.statistics.request_png(*profile);
  return Changes{};
}

}  // namespace factdeck::state
