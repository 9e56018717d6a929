#include "store/serialization.hpp"

namespace factdeck::store {

void check_class_version(const char* type_name, std::uint32_t version, std::uint32_t current) {
  if (version > current) {
    throw NewerVersionError(std::string(type_name) + " version " + std::to_string(version) +
                            " is newer than this factdeck understands (up to " +
                            std::to_string(current) + ")");
  }
}

}  // namespace factdeck::store
