#pragma once
// Whole-file replacement that never leaves a half-written file behind: write
// a temporary file in the same directory, fsync it, rename it over the
// target, fsync the directory. Readers see the old content or the new one.

#include <filesystem>
#include <string_view>

namespace prodrome::core {

// Throws IoError naming the file and the cause (e.g. "No space left on device").
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Renames `from` over `to` and fsyncs the directory; both in one directory.
void replaceFileAtomically(const std::filesystem::path& from, const std::filesystem::path& to);

// Reads a whole file; throws IoError.
std::string readWholeFile(const std::filesystem::path& path);

}  // namespace prodrome::core
