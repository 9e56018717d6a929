#include "ui/screenshot.hpp"

#include <GL/gl.h>
#include <stb_image_write.h>

#include <cstddef>
#include <vector>

namespace factdeck::ui {

Result<void> write_framebuffer_png(const std::filesystem::path& path, int width, int height) {
  if (width <= 0 || height <= 0) {
    return fail(ErrorCode::Invalid, "cannot take a screenshot of an empty framebuffer");
  }
  const std::size_t row_bytes = static_cast<std::size_t>(width) * 3;
  std::vector<unsigned char> pixels(row_bytes * static_cast<std::size_t>(height));
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL's origin is the bottom-left corner; PNG rows go top to bottom.
  stbi_flip_vertically_on_write(1);
  const int ok = stbi_write_png(path.c_str(), width, height, 3, pixels.data(),
                                static_cast<int>(row_bytes));
  if (ok == 0) return fail(ErrorCode::Io, "could not write the screenshot", path.string());
  return {};
}

}  // namespace factdeck::ui
