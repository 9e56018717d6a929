#pragma once
// BoundedInputArchive: cereal's binary format, read from bytes that may have been crafted.
//
// cereal's BinaryInputArchive trusts every length it reads: a string or vector resizes to the
// count in the file before a byte of it is read, so a journal record or snapshot index whose
// length field says 2^46 asks for terabytes (found by fuzzing, docs/fuzzing.md). This archive
// reads the same bytes BinaryOutputArchive writes, but every container count is checked against
// the bytes still unread before anything is allocated, and vectors of records grow only as their
// elements are actually read. A failure is a DecodeError naming the field, the byte where the
// count stands and how many bytes were left.
#include <cereal/archives/binary.hpp>
#include <cereal/cereal.hpp>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace factdeck::store {

/// A record or index that cannot be what its bytes claim (a count past the end, too few bytes).
class DecodeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class BoundedInputArchive
    : public cereal::InputArchive<BoundedInputArchive, cereal::AllowEmptyClassElision> {
 public:
  /// Reads `bytes`, which must outlive the archive.
  explicit BoundedInputArchive(std::string_view bytes);

  /// Copies the next `size` bytes to `data`; DecodeError when fewer are left.
  void load_bytes(void* data, std::size_t size);
  /// DecodeError unless `count` (the u64 count just read) elements of at least `element_bytes`
  /// each fit in what is left.
  void check_count(std::uint64_t count, std::size_t element_bytes) const;
  [[nodiscard]] std::size_t bytes_left() const { return bytes_.size() - read_; }
  [[nodiscard]] std::size_t bytes_read() const { return read_; }
  /// DecodeError naming the field being read and the byte before `bytes_read()`: `what`.
  [[noreturn]] void fail_at_last_byte(const std::string& what) const;

  /// The named field being read, for messages (cereal's name-value pairs).
  void enter_field(const char* name) { fields_.push_back(name); }
  void leave_field() { fields_.pop_back(); }

 private:
  [[nodiscard]] std::string field_path() const;

  std::string_view bytes_;
  std::size_t read_ = 0;
  std::vector<const char*> fields_;
};

// ---- How cereal's building blocks read from a BoundedInputArchive (found by ADL) ----

template <class T>
std::enable_if_t<std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(BoundedInputArchive& archive,
                                                                    T& value) {
  archive.load_bytes(std::addressof(value), sizeof(value));
}

/// A bool is one byte, 0 or 1: any other value read into a bool is undefined behaviour.
void CEREAL_LOAD_FUNCTION_NAME(BoundedInputArchive& archive, bool& value);

template <class T>
void CEREAL_LOAD_FUNCTION_NAME(BoundedInputArchive& archive, cereal::BinaryData<T>& data) {
  archive.load_bytes(data.data, static_cast<std::size_t>(data.size));
}

template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedInputArchive& archive, cereal::NameValuePair<T>& pair) {
  archive.enter_field(pair.name);
  archive(pair.value);
  archive.leave_field();
}

/// Every container element takes at least one byte, so a count is never more than the bytes left
/// (strings and maps need no more than this).
template <class T>
void CEREAL_SERIALIZE_FUNCTION_NAME(BoundedInputArchive& archive, cereal::SizeTag<T>& tag) {
  archive(tag.size);
  archive.check_count(static_cast<std::uint64_t>(tag.size), 1);
}

/// A vector of numbers: its bytes follow the count, so they must all be there.
template <class T, class A>
std::enable_if_t<std::is_arithmetic_v<T> && !std::is_same_v<T, bool>> CEREAL_LOAD_FUNCTION_NAME(
    BoundedInputArchive& archive, std::vector<T, A>& vector) {
  cereal::size_type count = 0;
  archive(cereal::make_size_tag(count));
  archive.check_count(count, sizeof(T));
  vector.resize(static_cast<std::size_t>(count));
  archive.load_bytes(vector.data(), vector.size() * sizeof(T));
}

/// A vector of records: an element in memory can be larger than its bytes in the file, so the
/// vector grows as elements are read instead of being sized from the count.
template <class T, class A>
std::enable_if_t<!std::is_arithmetic_v<T>> CEREAL_LOAD_FUNCTION_NAME(BoundedInputArchive& archive,
                                                                     std::vector<T, A>& vector) {
  cereal::size_type count = 0;
  archive(cereal::make_size_tag(count));
  vector.clear();
  for (cereal::size_type i = 0; i < count; ++i) archive(vector.emplace_back());
}

}  // namespace factdeck::store

// cereal pairs each input archive with its output archive to check load_minimal functions.
namespace cereal::traits::detail {
template <>
struct get_output_from_input<factdeck::store::BoundedInputArchive> {
  using type = cereal::BinaryOutputArchive;
};
}  // namespace cereal::traits::detail
