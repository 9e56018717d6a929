#pragma once
// A read-only std::streambuf over bytes already in memory, so cereal can decode a file that was
// read once without copying it into a std::istringstream.
#include <istream>
#include <streambuf>
#include <string_view>

namespace factdeck {

class MemoryStreamBuf : public std::streambuf {
 public:
  explicit MemoryStreamBuf(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data());  // the get area is never written through
    setg(begin, begin, begin + bytes.size());
  }
};

/// An istream over `bytes`; keep it alive while cereal reads.
class MemoryIStream : public std::istream {
 public:
  explicit MemoryIStream(std::string_view bytes) : std::istream(nullptr), buffer_(bytes) {
    rdbuf(&buffer_);
  }

 private:
  MemoryStreamBuf buffer_;
};

}  // namespace factdeck
