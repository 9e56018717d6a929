#pragma once
// When a grade may count: only once the verdict has been on screen long enough to be seen. Without
// it, two quick presses of one key ("4" picks the fourth option, "4" again grades Easy, 40 ms
// apart) grade an answer the learner never saw. Pure: the study view passes each frame's time.
#include <chrono>

namespace factdeck::state {

/// How long a verdict is on screen before a grade counts: longer than a double press or a key
/// bounce (tens of ms), shorter than anyone takes to read the verdict and reach for a key.
inline constexpr std::chrono::milliseconds kVerdictReadTime{300};

class GradeGate {
 public:
  /// Call on every frame that draws no verdict: the next verdict starts closed.
  void reset();
  /// Call on every frame that draws a verdict, before its grade inputs are read; `frame_start`
  /// on a steady clock. The verdict counts as visible from the frame after the one that first
  /// drew it (that frame's picture is on screen by then, however slowly it was drawn).
  void verdict_frame(std::chrono::milliseconds frame_start);
  /// Whether a grade input read in this frame counts: the frame started kVerdictReadTime or more
  /// after the verdict became visible. A refused input turns the hint on.
  [[nodiscard]] bool take_grade();
  /// True once a grade was refused for the verdict on screen (the view says why).
  [[nodiscard]] bool shows_hint() const { return was_refused_; }

 private:
  int verdict_frames_ = 0;
  std::chrono::milliseconds visible_from_{0};
  bool is_open_ = false;
  bool was_refused_ = false;
};

}  // namespace factdeck::state
