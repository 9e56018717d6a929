#pragma once
// Number formatting shared by the CSV and text outputs (locale-independent).
#include <cstdio>
#include <string>

namespace factdeck::stats {

/// `value` with `decimals` digits after the point ("inf" for infinity).
inline std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

/// A share in [0, 1] as a percentage with one decimal.
inline std::string percent(double share) { return fixed(share * 100.0, 1); }

}  // namespace factdeck::stats
