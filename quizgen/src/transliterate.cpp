#include "transliterate.hpp"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "base/utf8.hpp"

namespace factdeck::quizgen {

namespace {

// Russian first, so Cyrillic follows BGN/PCGN ("Хрущёв" -> "Khrushchev", not ISO 9 "Hruŝëv").
constexpr const char* kTransformId = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";

/// True when some code point is a letter of another script than Latin (Latin-1 and Latin
/// Extended letters are compared by normalize_answer already).
bool has_other_script(std::string_view text) {
  for (const char32_t point : decode_utf8(text)) {
    if (point >= 0x0370) return true;
  }
  return false;
}

/// One transliterator per thread: building one costs about a millisecond, and an ICU
/// Transliterator must not be used by two threads at once (the study screen and the
/// command line each check answers on their own thread).
icu::Transliterator* thread_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> created(
        icu::Transliterator::createInstance(kTransformId, UTRANS_FORWARD, status));
    if (U_FAILURE(status)) created.reset();
    return created;
  }();
  return transliterator.get();
}

}  // namespace

std::optional<std::string> to_latin(std::string_view text) {
  if (!has_other_script(text)) return std::nullopt;
  icu::Transliterator* transliterator = thread_transliterator();
  if (transliterator == nullptr) return std::nullopt;
  icu::UnicodeString unicode =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
  transliterator->transliterate(unicode);
  std::string latin;
  unicode.toUTF8String(latin);
  return latin;
}

}  // namespace factdeck::quizgen
