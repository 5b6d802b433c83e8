// One intra-op thread for every test: the build machines are shared, and an
// OpenMP team of two on two busy cores spins at its barriers (a 5 s test was
// seen taking 200 s). Reset before each test because DeviceTest changes it.
#include <gtest/gtest.h>

#include <ATen/Parallel.h>

namespace {

class SingleThreadPerTest : public ::testing::EmptyTestEventListener {
 public:
  void OnTestStart(const ::testing::TestInfo&) override { at::set_num_threads(1); }
};

[[maybe_unused]] const bool kRegistered = [] {
  ::testing::UnitTest::GetInstance()->listeners().Append(new SingleThreadPerTest);
  return true;
}();

}  // namespace
