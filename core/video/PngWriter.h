#pragma once
// 8-bit RGB PNG through FFmpeg's PNG encoder, so core/ needs no image
// library; files are replaced atomically.

#include <cstdint>
#include <filesystem>
#include <string>

namespace prodrome::core {

std::string encodePng(const uint8_t* rgb24, int width, int height, int stride);

// Throws IoError naming the file.
void writePng(const std::filesystem::path& path, const uint8_t* rgb24, int width, int height, int stride);

}  // namespace prodrome::core
