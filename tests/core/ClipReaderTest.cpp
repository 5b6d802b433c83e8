#include "core/video/ClipReader.h"
#include "tests/core/VideoTestUtil.h"

using namespace prodrome;
using namespace prodrome::test;

TEST(ClipReader, SampleIndicesAreCentredAndInsideTheWindow) {
  EXPECT_EQ(core::ClipReader::sampleIndices(0, 16, 16),
            (std::vector<int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}));
  EXPECT_EQ(core::ClipReader::sampleIndices(100, 400, 4), (std::vector<int64_t>{137, 212, 287, 362}));
  // Shorter than T: frames repeat, never leave [begin, end).
  const auto shortWindow = core::ClipReader::sampleIndices(10, 13, 8);
  EXPECT_EQ(shortWindow, (std::vector<int64_t>{10, 10, 10, 11, 11, 12, 12, 12}));
  EXPECT_THROW(core::ClipReader::sampleIndices(5, 5, 4), std::invalid_argument);
  EXPECT_THROW(core::ClipReader::sampleIndices(0, 10, 0), std::invalid_argument);
}

TEST(ClipReader, ReadsTheSampledFramesCroppedAndScaled) {
  const auto specs = standardFixtures();
  for (const auto& spec : {specs[0], specs[2], specs[3]}) {
    const auto path = fixturePath(spec);
    core::VideoSource src(path);
    core::ClipReader reader(src);
    const int T = 16, S = 64;
    const int64_t begin = 37, end = std::min<int64_t>(src.frameCount(), 337);
    const auto clip = reader.read(begin, end, T, S);
    ASSERT_EQ(clip.size(), static_cast<size_t>(T) * S * S * 3);

    // Each slot equals that frame converted on its own, from a fresh source.
    core::VideoSource reference(path);
    core::FrameConverter conv;
    std::vector<uint8_t> expected(static_cast<size_t>(S) * S * 3);
    const auto idx = core::ClipReader::sampleIndices(begin, end, T);
    for (int t = 0; t < T; ++t) {
      const auto f = reference.frame(idx[t]);
      ASSERT_EQ(numberIn(f), idx[t]);
      conv.toSquareRgb24(f, S, expected.data());
      ASSERT_TRUE(std::equal(expected.begin(), expected.end(), clip.begin() + t * expected.size()))
          << spec.fileName << " slot " << t;
    }
  }
}

TEST(ClipReader, SquareCropAtNativeScaleIsTheCentreOfTheFrame) {
  const auto spec = standardFixtures()[2];  // 4:4:4, odd size 129x97
  core::VideoSource src(fixturePath(spec));
  const auto f = src.frame(5);
  core::FrameConverter conv;
  const auto full = conv.toRgb24(f);
  const int side = std::min(f.width(), f.height());
  std::vector<uint8_t> square(static_cast<size_t>(side) * side * 3);
  conv.toSquareRgb24(f, side, square.data());
  const int x0 = (f.width() - side) / 2, y0 = (f.height() - side) / 2;
  int worst = 0;
  for (int y = 0; y < side; ++y) {
    for (int x = 0; x < side * 3; ++x) {
      const int a = square[static_cast<size_t>(y) * side * 3 + x];
      const int b = full[static_cast<size_t>(y + y0) * f.width() * 3 + x0 * 3 + x];
      worst = std::max(worst, std::abs(a - b));
    }
  }
  // Same pixels; only the rounding of the two conversion paths differs.
  EXPECT_LE(worst, 3);
}

TEST(ClipReader, RejectsWindowsOutsideTheRecording) {
  core::VideoSource src(fixturePath(standardFixtures()[3]));
  core::ClipReader reader(src);
  EXPECT_THROW(reader.read(-1, 10, 4, 32), std::invalid_argument);
  EXPECT_THROW(reader.read(0, src.frameCount() + 1, 4, 32), std::invalid_argument);
  EXPECT_THROW(reader.read(0, 10, 4, 0), std::invalid_argument);
}

// Frames chosen by the caller (a frame grid's: core/forecast/FrameGrid.h)
// are read as a window's samples are, and refused outside the recording or
// out of order.
TEST(ClipReader, ReadsChosenFramesInOrderAndRefusesOthers) {
  const auto path = fixturePath(standardFixtures()[3]);
  core::VideoSource src(path);
  core::ClipReader reader(src);
  const int S = 32;
  const std::vector<int64_t> chosen{3, 3, 8, 21};
  std::vector<uint8_t> clip(chosen.size() * S * S * 3);
  reader.readFrames(chosen, S, clip.data());
  core::VideoSource reference(path);
  core::FrameConverter conv;
  std::vector<uint8_t> expected(static_cast<size_t>(S) * S * 3);
  for (size_t t = 0; t < chosen.size(); ++t) {
    conv.toSquareRgb24(reference.frame(chosen[t]), S, expected.data());
    EXPECT_TRUE(std::equal(expected.begin(), expected.end(), clip.begin() + t * expected.size())) << t;
  }
  EXPECT_THROW(reader.readFrames({4, 2}, S, clip.data()), std::invalid_argument);
  EXPECT_THROW(reader.readFrames({-1}, S, clip.data()), std::invalid_argument);
  EXPECT_THROW(reader.readFrames({src.frameCount()}, S, clip.data()), std::invalid_argument);
  EXPECT_THROW(reader.readFrames({1}, 0, clip.data()), std::invalid_argument);
}
