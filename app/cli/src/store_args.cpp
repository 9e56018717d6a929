#include "store_args.hpp"

#include <cstdio>

#include "store/profile_paths.hpp"
#include "os/folders.hpp"

namespace factdeck::cli {

std::optional<std::string_view> flag_value(std::span<const std::string_view> args,
                                           std::string_view flag) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == flag) return args[i + 1];
  }
  return std::nullopt;
}

Result<std::filesystem::path> profile_dir_from_args(std::span<const std::string_view> args,
                                                    std::string_view data_dir) {
  const Result<std::filesystem::path> root = os::resolve_data_dir(data_dir);
  if (!root) return root;
  const std::string_view name = flag_value(args, "--profile").value_or(store::kDefaultProfileName);
  return store::profile_dir(*root, name);
}

void print_recovery_messages(std::span<const std::string> messages) {
  for (const std::string& message : messages)
    std::fprintf(stderr, "factdeck: %s\n", message.c_str());
}

}  // namespace factdeck::cli
