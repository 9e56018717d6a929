#include "command_table.hpp"

namespace factdeck::cli {

// Each command's entry point, defined in its cmd_<name>.cpp. Add a line here and one in the
// table below to register a command.
int run_version(std::span<const std::string_view> args, std::string_view data_dir);
int run_optimize(std::span<const std::string_view> args, std::string_view data_dir);
int run_memory_states(std::span<const std::string_view> args, std::string_view data_dir);
int run_simulate(std::span<const std::string_view> args, std::string_view data_dir);
int run_recompute(std::span<const std::string_view> args, std::string_view data_dir);
int run_stats(std::span<const std::string_view> args, std::string_view data_dir);
int run_export(std::span<const std::string_view> args, std::string_view data_dir);
int run_import(std::span<const std::string_view> args, std::string_view data_dir);
int run_due(std::span<const std::string_view> args, std::string_view data_dir);
int run_answer(std::span<const std::string_view> args, std::string_view data_dir);

std::span<const Command> command_table() {
  static const Command kCommands[] = {
      {"version", "version                      print the version", run_version},
      {"optimize", "optimize --revlog FILE.csv   fit FSRS-6 parameters to a review log (--json)",
       run_optimize},
      {"memory-states", "memory-states --revlog FILE.csv  FSRS-6 stability, difficulty, recall now per card",
       run_memory_states},
      {"simulate", "simulate --deck DECK --days N [--retention-curve]  simulate a learner; workload vs retention",
       run_simulate},
      {"recompute", "recompute --deck D --params P [--reschedule]  apply new FSRS parameters to every item",
       run_recompute},
      {"due", "due [--deck FILE] [--json]   what is due now, in study order; suspended, flagged",
       run_due},
      {"answer", "answer ITEM_ID GRADE [--kind K]  record one answer (grade 1-4)", run_answer},
      {"stats", "stats [--json] [--deck ID|FILE] [--period 30|90|365|all]  progress statistics",
       run_stats},
      {"export", "export (--revlog-csv OUT.csv | --json OUT | --apkg OUT.apkg) [--profile NAME]  export progress; a deck for Anki",
       run_export},
      {"import", "import --json FILE [--profile NAME] | --apkg FILE | --text FILE  a profile; Anki or Quizlet cards",
       run_import},
  };
  return kCommands;
}

}  // namespace factdeck::cli
