#include "state/notices.hpp"

namespace factdeck::state {

namespace {
Notice::Level level_of(ErrorCode code) {
  switch (code) {
    case ErrorCode::Invalid:
    case ErrorCode::Conflict:
    case ErrorCode::NotFound:
    case ErrorCode::Locked:
    case ErrorCode::Cancelled: return Notice::Level::Warning;
    case ErrorCode::Io:
    case ErrorCode::Parse:
    case ErrorCode::Corrupt:
    case ErrorCode::NewerFormat: return Notice::Level::Error;
  }
  return Notice::Level::Error;
}
}  // namespace

void Notices::add(Notice::Level level, std::string text) { list_.push_back({level, std::move(text)}); }

void Notices::add(const Error& error) { add(level_of(error.code), error.to_string()); }

void Notices::dismiss(std::size_t index) {
  if (index < list_.size()) list_.erase(list_.begin() + static_cast<std::ptrdiff_t>(index));
}

Unexpected in_context(const std::string& context, const Error& error) {
  return fail(error.code, context + error.to_string());
}

}  // namespace factdeck::state
