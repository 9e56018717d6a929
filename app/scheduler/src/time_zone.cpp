#include "scheduler/time_zone.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace factdeck::sched {

namespace {

// The C library keeps one process-wide time zone (TZ). Every lookup sets it, asks localtime_r
// and puts the previous value back, under one lock.
std::mutex& tz_mutex() {
  static std::mutex mutex;
  return mutex;
}

Seconds offset_in_zone(const std::string& tz_name, TimePoint t) {
  const std::lock_guard lock(tz_mutex());
  const char* previous = std::getenv("TZ");
  const std::string saved = previous != nullptr ? previous : "";
  setenv("TZ", tz_name.c_str(), 1);
  tzset();
  const std::time_t secs = static_cast<std::time_t>(t.time_since_epoch().count());
  std::tm local{};
  localtime_r(&secs, &local);
  if (previous != nullptr) {
    setenv("TZ", saved.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
  return Seconds{local.tm_gmtoff};
}

// glibc silently falls back to UTC for an unknown zone, so check the name first: either a file
// of the zone database or a POSIX TZ rule (which always holds a digit, e.g. "EST5EDT").
bool is_known_zone(const std::string& tz_name) {
  if (tz_name.empty() || tz_name.find("..") != std::string::npos) return false;
  if (tz_name == "UTC" || tz_name == "GMT") return true;
  const char* tzdir = std::getenv("TZDIR");
  const std::filesystem::path dir = tzdir != nullptr ? tzdir : "/usr/share/zoneinfo";
  std::error_code error;
  if (std::filesystem::is_regular_file(dir / tz_name, error)) return true;
  // A POSIX rule: a name of letters (or <...>) then an offset, optionally with ",start,end" rules.
  const bool has_digit = std::any_of(tz_name.begin(), tz_name.end(),
                                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  const bool has_rule = tz_name.find(',') != std::string::npos;
  return has_digit && (has_rule || tz_name.find('/') == std::string::npos);
}

struct OffsetCache {
  std::string tz_name;
  std::mutex mutex;
  std::unordered_map<std::int64_t, Seconds> by_quarter_hour;
  std::unordered_map<std::int64_t, std::optional<Seconds>> by_day;  // empty: the offset changes that day
};

// Offsets change on quarter-hour boundaries, at most once a UTC day: a day whose first and last
// quarter hours share an offset has it throughout, so one lookup (two tzset calls) serves the
// whole day and only transition days need quarter-hour lookups.
Seconds cached_offset(OffsetCache& cache, std::int64_t secs) {
  const std::int64_t day = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
  auto found_day = cache.by_day.find(day);
  if (found_day == cache.by_day.end()) {
    const Seconds first = offset_in_zone(cache.tz_name, TimePoint{Seconds{day * 86400}});
    const Seconds last = offset_in_zone(cache.tz_name, TimePoint{Seconds{day * 86400 + 86400 - 900}});
    found_day = cache.by_day.emplace(day, first == last ? std::optional<Seconds>(first) : std::nullopt).first;
  }
  if (found_day->second) return *found_day->second;
  const std::int64_t bucket = secs >= 0 ? secs / 900 : (secs - 899) / 900;
  const auto found = cache.by_quarter_hour.find(bucket);
  if (found != cache.by_quarter_hour.end()) return found->second;
  const Seconds value = offset_in_zone(cache.tz_name, TimePoint{Seconds{secs}});
  cache.by_quarter_hour.emplace(bucket, value);
  return value;
}

}  // namespace

Result<UtcOffsetFn> time_zone_offset(const std::string& tz_name) {
  if (!is_known_zone(tz_name)) {
    return fail(ErrorCode::NotFound, "unknown time zone '" + tz_name +
                                         "' (expected an IANA name such as Europe/Berlin)");
  }
  auto cache = std::make_shared<OffsetCache>();
  cache->tz_name = tz_name;
  UtcOffsetFn offset = [cache](TimePoint t) {
    const std::lock_guard lock(cache->mutex);
    return cached_offset(*cache, t.time_since_epoch().count());
  };
  return offset;
}

}  // namespace factdeck::sched
