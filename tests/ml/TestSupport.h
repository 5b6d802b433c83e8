#pragma once
// Shared helpers for the ml/ tests: small configs that keep every test to
// seconds, and a scratch folder removed when the test ends.

#include "ml/ModelConfig.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <unistd.h>

namespace prodrome::ml::test {

// A preset narrowed to a few blocks and a tiny clip (4 frames of 32×32 → 8 tokens).
inline VideoMAEConfig smallConfig(const std::string& preset = "vit-tiny", int64_t depth = 2,
                                  int64_t decoder_depth = 1) {
  auto c = presetConfig(preset);
  c.depth = depth;
  c.decoder_depth = decoder_depth;
  c.num_frames = 4;
  c.img_size = 32;
  return c;
}

class ScratchDir {
 public:
  ScratchDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string name = info ? std::string(info->test_suite_name()) + "_" + info->name() : "scratch";
    path_ = std::filesystem::temp_directory_path() / ("prodrome_ml_" + std::to_string(::getpid()) + "_" + name);
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace prodrome::ml::test
