#pragma once
// Writing the current OpenGL framebuffer to a PNG file (the --screenshot path).
#include <filesystem>

#include "base/result.hpp"

namespace factdeck::ui {

/// Reads the back buffer (width × height pixels, after rendering, before swap) and writes it as an
/// RGB PNG. Fails with ErrorCode::Io when the file cannot be written.
[[nodiscard]] Result<void> write_framebuffer_png(const std::filesystem::path& path, int width,
                                                 int height);

}  // namespace factdeck::ui
