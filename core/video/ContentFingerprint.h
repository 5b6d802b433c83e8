#pragma once
// A content fingerprint of a video file: its size plus SHA-256 hashes of its
// first and last MiB. Cheap on an hour-long file (2 MiB read), stable across
// renames and moves, so the frame index cache and the project database
// (re-linking a moved recording) can both key on it.

#include <filesystem>
#include <string>
#include <string_view>

namespace prodrome::core {

// "<size>-<first 32 hex digits of sha256(head MiB + tail MiB)>", safe as a
// file name. Throws IoError when the file cannot be read.
std::string contentFingerprint(const std::filesystem::path& path);

// Whether `fingerprint` has contentFingerprint's form, so that a file's can
// be compared with it. A recording row may hold another (written by other
// tools, or by hand): such a row cannot be checked against its file.
bool isContentFingerprint(std::string_view fingerprint);

}  // namespace prodrome::core
