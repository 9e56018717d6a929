#include "state/grade_gate.hpp"

namespace factdeck::state {

void GradeGate::reset() { *this = GradeGate{}; }

void GradeGate::verdict_frame(std::chrono::milliseconds frame_start) {
  ++verdict_frames_;
  // Input read in the first verdict frame, or at the start of the second, may have been typed
  // before the verdict was on screen: a key pressed during a slow first frame is delivered then.
  if (verdict_frames_ == 2) visible_from_ = frame_start;
  is_open_ = verdict_frames_ >= 2 && frame_start - visible_from_ >= kVerdictReadTime;
}

bool GradeGate::take_grade() {
  if (!is_open_) was_refused_ = true;
  return is_open_;
}

}  // namespace factdeck::state
