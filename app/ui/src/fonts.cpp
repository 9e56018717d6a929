#include "ui/fonts.hpp"

#include <imgui.h>

#include <cstdlib>
#include <filesystem>

namespace factdeck::ui {

std::vector<std::string> font_search_paths() {
  std::vector<std::string> paths;
  // FACTDECK_FONT lets users and tests pick another font without rebuilding.
  if (const char* env = std::getenv("FACTDECK_FONT"); env != nullptr && *env != '\0') {
    paths.emplace_back(env);
  }
  paths.emplace_back("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
  paths.emplace_back("/usr/share/fonts/dejavu/DejaVuSans.ttf");
  paths.emplace_back("/usr/local/share/fonts/DejaVuSans.ttf");
  return paths;
}

std::string find_ui_font() {
  std::error_code error;
  for (const std::string& path : font_search_paths()) {
    if (std::filesystem::is_regular_file(path, error)) return path;
  }
  return {};
}

namespace {
// Latin, Latin-1, Latin Extended-A/B, Cyrillic + supplement, general punctuation (dashes, quotes),
// arrows and the check/cross marks the views use. Kept static: ImGui stores the pointer.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x024F,  // Basic Latin .. Latin Extended-B
    0x0300, 0x036F,  // combining diacritics
    0x0400, 0x052F,  // Cyrillic + Cyrillic Supplement
    0x2000, 0x206F,  // General Punctuation
    0x20AC, 0x20AC,  // euro sign
    0x2190, 0x21FF,  // arrows
    0x2212, 0x2212,  // minus sign
    0x2713, 0x2717,  // check and cross marks
    0,
};
}  // namespace

bool load_ui_font(ImFontAtlas& atlas, const std::string& font_path, float font_px) {
  atlas.Clear();
  // The texture is only as tall as the glyphs need (not the next power of two): a quarter less
  // texture memory, which Mesa's software renderer keeps in the app's private memory.
  atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  if (!font_path.empty() &&
      atlas.AddFontFromFileTTF(font_path.c_str(), font_px, &config, kGlyphRanges) != nullptr) {
    // The question text gets its own crisp raster instead of a blurry scaled-up one.
    atlas.AddFontFromFileTTF(font_path.c_str(), font_px * kLargeFontFactor, &config, kGlyphRanges);
    return true;
  }
  ImFontConfig fallback;
  fallback.SizePixels = font_px;
  atlas.AddFontDefault(&fallback);
  return false;
}

ImFont* large_font() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : atlas->Fonts[0];
}

}  // namespace factdeck::ui
