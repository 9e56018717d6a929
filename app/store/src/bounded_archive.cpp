#include "store/bounded_archive.hpp"

#include <cstring>

namespace factdeck::store {

BoundedInputArchive::BoundedInputArchive(std::string_view bytes)
    : cereal::InputArchive<BoundedInputArchive, cereal::AllowEmptyClassElision>(this),
      bytes_(bytes) {}

void BoundedInputArchive::load_bytes(void* data, std::size_t size) {
  if (size > bytes_left()) {
    throw DecodeError(field_path() + "needs " + std::to_string(size) + " bytes at byte " +
                      std::to_string(read_) + ", but only " + std::to_string(bytes_left()) +
                      " are left");
  }
  if (size > 0) std::memcpy(data, bytes_.data() + read_, size);
  read_ += size;
}

void BoundedInputArchive::check_count(std::uint64_t count, std::size_t element_bytes) const {
  // Divided rather than multiplied, so a count near 2^64 cannot wrap around.
  if (count <= bytes_left() / element_bytes) return;
  // The count is the u64 just read (cereal's size_type).
  const std::size_t count_at = read_ >= sizeof(std::uint64_t) ? read_ - sizeof(std::uint64_t) : 0;
  throw DecodeError(field_path() + "a count of " + std::to_string(count) + " (at least " +
                    std::to_string(element_bytes) + (element_bytes == 1 ? " byte" : " bytes") +
                    " each) at byte " + std::to_string(count_at) + ", but only " +
                    std::to_string(bytes_left()) + " bytes are left");
}

void BoundedInputArchive::fail_at_last_byte(const std::string& what) const {
  throw DecodeError(field_path() + what + " at byte " + std::to_string(read_ > 0 ? read_ - 1 : 0));
}

void CEREAL_LOAD_FUNCTION_NAME(BoundedInputArchive& archive, bool& value) {
  std::uint8_t byte = 0;
  archive.load_bytes(&byte, 1);
  if (byte > 1) archive.fail_at_last_byte("a true/false byte of " + std::to_string(byte));
  value = byte == 1;
}

/// "items.value.deck_id: " for the fields being read, without cereal's own bookkeeping names.
std::string BoundedInputArchive::field_path() const {
  std::string path;
  for (const char* name : fields_) {
    if (std::strcmp(name, "cereal_class_version") == 0) continue;
    if (!path.empty()) path += '.';
    path += name;
  }
  return path.empty() ? path : path + ": ";
}

}  // namespace factdeck::store
