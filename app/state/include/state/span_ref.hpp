#pragma once
// Naming a proposed span of the teacher's workshop in actions (state/workshop.hpp).
#include <cstddef>
#include <cstdint>

namespace factdeck::state {

/// A proposed span, named by its fact and where it starts: stable while the text is unchanged.
struct SpanRef {
  std::size_t fact = 0;
  std::uint32_t begin = 0;
  friend bool operator==(const SpanRef&, const SpanRef&) = default;
};

enum class SpanDecision { Open, Accepted, Rejected };

}  // namespace factdeck::state
