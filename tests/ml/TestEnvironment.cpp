// One thread for every test, in both pools (LibTorch's intra-op pool and
// OpenBLAS's): the build machines are shared, and a team of two threads on
// two busy cores spins at its barriers (a 5 s test was seen taking 200 s).
// Reset before each test because DeviceTest changes both.
#include "ml/DeviceChoice.h"

#include <gtest/gtest.h>

namespace {

class SingleThreadPerTest : public ::testing::EmptyTestEventListener {
 public:
  void OnTestStart(const ::testing::TestInfo&) override {
    auto choice = prodrome::ml::chooseDevice("cpu", 1);
    choice.intraOpThreads = 1;
    choice.blasThreads = 1;
    prodrome::ml::applyThreadSettings(choice);
  }
};

[[maybe_unused]] const bool kRegistered = [] {
  ::testing::UnitTest::GetInstance()->listeners().Append(new SingleThreadPerTest);
  return true;
}();

}  // namespace
