// The real rodent videos in ../shared/testdata (skipped when absent): random
// access must return, bit for bit, the planes a plain sequential decode
// produces at the same position, and frame_count must equal that decode's
// count.

#include "tests/core/VideoTestUtil.h"

#include <random>

using namespace prodrome;

namespace {

std::filesystem::path testdataDir() { return PRODROME_SHARED_TESTDATA; }

std::vector<std::filesystem::path> testVideos() {
  std::vector<std::filesystem::path> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(testdataDir(), ec)) return out;
  for (const auto& e : std::filesystem::directory_iterator(testdataDir())) {
    const auto ext = e.path().extension().string();
    if (ext == ".mp4" || ext == ".avi" || ext == ".mkv" || ext == ".mov") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

class SharedTestdata : public ::testing::TestWithParam<std::filesystem::path> {};

}  // namespace

TEST_P(SharedTestdata, RandomAccessMatchesSequentialDecodeBitForBit) {
  const auto path = GetParam();
  const auto reference = test::sequentialHashes(path);
  ASSERT_FALSE(reference.empty()) << path;

  core::VideoSource src(path);
  ASSERT_EQ(src.frameCount(), static_cast<int64_t>(reference.size())) << path;

  std::mt19937_64 rng(99);
  std::uniform_int_distribution<int64_t> pick(0, src.frameCount() - 1);
  for (int i = 0; i < 120; ++i) {
    const int64_t k = pick(rng);
    ASSERT_EQ(test::planeHash(src.frame(k).picture.get()), reference[static_cast<size_t>(k)]) << path << " frame " << k;
  }
  int64_t k = std::min<int64_t>(src.frameCount() - 1, 400);
  for (int i = 0; i < 60 && k > 0; ++i, --k) {
    ASSERT_EQ(test::planeHash(src.frame(k).picture.get()), reference[static_cast<size_t>(k)]) << path << " step " << k;
  }
}

TEST(SharedTestdataPresence, ReportsWhenAbsent) {
  if (testVideos().empty()) GTEST_SKIP() << "no videos in " << testdataDir() << " (optional)";
  SUCCEED();
}

INSTANTIATE_TEST_SUITE_P(Videos, SharedTestdata, ::testing::ValuesIn(testVideos()),
                         [](const auto& info) { return test::testNameOf(info.param.filename().string()); });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(SharedTestdata);
