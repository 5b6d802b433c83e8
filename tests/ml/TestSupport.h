#pragma once
// Shared helpers for the ml/ tests: small configs that keep every test to
// seconds, and a scratch folder removed when the test ends.

#include "ml/ClipDataset.h"
#include "ml/VideoMAEConfig.h"

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

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

// Eight smooth, distinct 4×32×32 clips: moving gradients of different slopes.
inline std::shared_ptr<TensorClipDataset> smoothClips(int64_t n = 8) {
  std::vector<ClipSample> clips;
  const auto y = torch::arange(32, torch::kFloat32).view({1, 32, 1});
  const auto x = torch::arange(32, torch::kFloat32).view({1, 1, 32});
  const auto t = torch::arange(4, torch::kFloat32).view({4, 1, 1});
  for (int64_t i = 0; i < n; ++i) {
    const double a = 0.1 + 0.05 * static_cast<double>(i);
    auto r = torch::sin(a * x + 0.3 * t + static_cast<double>(i));
    auto g = torch::cos(a * y - 0.2 * t);
    auto b = torch::sin(a * (x + y) * 0.5 + static_cast<double>(i) * 0.7);
    auto frames = torch::stack({r.expand({4, 32, 32}), g.expand({4, 32, 32}), b.expand({4, 32, 32})}, 3);
    ClipSample c;
    c.frames = frames.add(1).mul(127.5).clamp(0, 255).to(torch::kUInt8).contiguous();  // [4, 32, 32, 3]
    c.label = static_cast<int>(i % 2);
    clips.push_back(c);
  }
  return std::make_shared<TensorClipDataset>(std::move(clips));
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
