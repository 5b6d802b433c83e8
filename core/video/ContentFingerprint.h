#pragma once
// A content fingerprint of a video file: its size plus SHA-256 hashes of its
// first and last MiB. Cheap on an hour-long file (2 MiB read), stable across
// renames and moves, so the frame index cache and the project database
// (re-linking a moved recording) can both key on it.

#include <filesystem>
#include <string>

namespace prodrome::core {

// "<size>-<first 32 hex digits of sha256(head MiB + tail MiB)>", safe as a
// file name. Throws IoError when the file cannot be read.
std::string contentFingerprint(const std::filesystem::path& path);

}  // namespace prodrome::core
