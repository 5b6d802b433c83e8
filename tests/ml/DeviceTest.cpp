#include "ml/Device.h"

#include <gtest/gtest.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <ATen/Parallel.h>

using prodrome::ml::applyThreadSettings;
using prodrome::ml::chooseDevice;

TEST(Device, AutoPicksCudaOnlyWhenAvailable) {
  const auto choice = chooseDevice("auto", 2);
  EXPECT_EQ(choice.device.is_cuda(), torch::cuda::is_available());
  EXPECT_FALSE(choice.description.empty());
}

TEST(Device, CpuRequestHonoursThreadCount) {
  const auto choice = chooseDevice("cpu", 2);
  EXPECT_TRUE(choice.device.is_cpu());
  applyThreadSettings(choice);
  EXPECT_EQ(at::get_num_threads(), 2);
  // A tensor op still runs correctly with the configured pool.
  auto a = torch::ones({64, 64});
  EXPECT_FLOAT_EQ(torch::mm(a, a).sum().item<float>(), 64.0f * 64 * 64);
}

TEST(Device, RejectsUnknownAndUnavailableDevices) {
  EXPECT_THROW(chooseDevice("tpu"), std::invalid_argument);
  if (!torch::cuda::is_available()) {
    EXPECT_THROW(chooseDevice("cuda"), std::runtime_error);
  }
}
