#include "ml/CudaDevices.h"
#include "ml/DeviceChoice.h"

#include <gtest/gtest.h>
#include <torch/cuda.h>
#include <torch/torch.h>

#include <ATen/Parallel.h>

#include <dlfcn.h>

using namespace prodrome::ml;

namespace {

// OpenBLAS's own thread count, or -1 when the BLAS is not OpenBLAS.
int openBlasThreads() {
  using GetThreads = int (*)();
  auto* get = reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
  return get != nullptr ? get() : -1;
}

}  // namespace

TEST(Device, AutoPicksCudaOnlyWhenAvailable) {
  const auto choice = chooseDevice("auto", 2);
  EXPECT_EQ(choice.device.is_cuda(), torch::cuda::is_available());
  EXPECT_FALSE(choice.description.empty());
}

TEST(Device, TheDeviceCountTheDialogsShowIsLibTorchs) {
  // ml/CudaDevices.h: what the Train dialogs say about the GPU.
  EXPECT_EQ(cudaDeviceCount(), torch::cuda::is_available() ? static_cast<int>(torch::cuda::device_count()) : 0);
  EXPECT_EQ(cudaDeviceCount() > 0, chooseDevice("auto", 2).device.is_cuda());
}

TEST(Device, CpuDefaultGivesTheCoresToOpenBlas) {
  // Products run in OpenBLAS: intra-op 1, OpenBLAS the cores (Device.h).
  const auto all = chooseDevice("cpu");
  EXPECT_EQ(all.intraOpThreads, 1);
  EXPECT_EQ(all.blasThreads, availableCores());
  const auto two = chooseDevice("cpu", 2);
  EXPECT_TRUE(two.device.is_cpu());
  EXPECT_EQ(two.intraOpThreads, 1);
  EXPECT_EQ(two.blasThreads, 2);
  applyThreadSettings(two);
  EXPECT_EQ(at::get_num_threads(), 1);
  if (openBlasThreads() >= 0) {
    EXPECT_EQ(openBlasThreads(), 2);
  }
  // A tensor op still runs correctly with the configured pools.
  auto a = torch::ones({64, 64});
  EXPECT_FLOAT_EQ(torch::mm(a, a).sum().item<float>(), 64.0f * 64 * 64);
}

TEST(Device, ThreadCountsCanBeOverridden) {
  // The other split, for a machine the caller owns (bf16 products in oneDNN).
  auto custom = chooseDevice("cpu", 2);
  custom.intraOpThreads = 2;
  custom.blasThreads = 1;
  applyThreadSettings(custom);
  EXPECT_EQ(at::get_num_threads(), 2);
  if (openBlasThreads() >= 0) {
    EXPECT_EQ(openBlasThreads(), 1);
  }
}

TEST(Device, RejectsUnknownAndUnavailableDevices) {
  EXPECT_THROW(chooseDevice("tpu"), std::invalid_argument);
  if (!torch::cuda::is_available()) {
    EXPECT_THROW(chooseDevice("cuda"), std::runtime_error);
  }
}
