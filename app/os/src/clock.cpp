#include "os/clock.hpp"

namespace factdeck::os {

std::chrono::sys_seconds now_seconds() {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace factdeck::os
