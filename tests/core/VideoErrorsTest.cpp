// Bad input never crashes or hangs the engine: each case is a clean
// VideoError naming the file, or (for a damaged tail) a usable prefix whose
// frames are exact or refused with a VideoError.

#include "core/Error.h"
#include "tests/core/VideoTestUtil.h"

#include <fstream>
#include <optional>
#include <random>

using namespace prodrome;
using namespace prodrome::test;

namespace {

std::filesystem::path writeBytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

std::string readBytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Expects a VideoError whose message names the file and contains `cause`.
void expectVideoError(const std::filesystem::path& path, const std::string& cause) {
  try {
    core::VideoSource src(path);
    FAIL() << "opened " << path << " without error";
  } catch (const core::VideoError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(path.filename().string()), std::string::npos) << what;
    EXPECT_NE(what.find(cause), std::string::npos) << "expected '" << cause << "' in: " << what;
    EXPECT_EQ(e.path(), path.string());
  }
}

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = scratchDirectory("bad-input"); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

}  // namespace

TEST_F(BadInput, MissingFile) { expectVideoError(dir_ / "absent.mp4", "no such file"); }

TEST_F(BadInput, Directory) {
  std::filesystem::create_directories(dir_ / "folder.mp4");
  expectVideoError(dir_ / "folder.mp4", "is a directory");
}

TEST_F(BadInput, EmptyFile) { expectVideoError(writeBytes(dir_ / "empty.mp4", ""), "empty"); }

TEST_F(BadInput, RandomBytes) {
  std::mt19937 rng(1);
  std::string junk(200000, '\0');
  for (auto& c : junk) c = static_cast<char>(rng());
  expectVideoError(writeBytes(dir_ / "random.mp4", junk), "cannot");
}

TEST_F(BadInput, TextFileNamedMp4) {
  expectVideoError(writeBytes(dir_ / "notes.mp4", "Patient 12, night 3: seizure at 02:14.\n"), "cannot open video");
}

TEST_F(BadInput, AudioOnlyFileHasNoVideoStream) {
  // A minimal PCM WAV: a real media file without a picture.
  std::string wav = "RIFF";
  const uint32_t samples = 8000;
  auto u32 = [](uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  auto u16 = [](uint16_t v) { return std::string(reinterpret_cast<const char*>(&v), 2); };
  wav += u32(36 + samples * 2) + "WAVEfmt " + u32(16) + u16(1) + u16(1) + u32(8000) + u32(16000) + u16(2) + u16(16);
  wav += "data" + u32(samples * 2) + std::string(samples * 2, '\0');
  expectVideoError(writeBytes(dir_ / "audio.wav", wav), "no video stream");
}

TEST_F(BadInput, UnknownCodecIsNamed) {
  // The MJPEG fixture with its FourCC rewritten to one no decoder knows.
  std::string avi = readBytes(fixturePath(standardFixtures()[3]));
  size_t at = 0;
  int replaced = 0;
  while ((at = avi.find("MJPG", at)) != std::string::npos) {
    avi.replace(at, 4, "ZQXV");
    ++replaced;
  }
  ASSERT_GT(replaced, 0);
  expectVideoError(writeBytes(dir_ / "unknown.avi", avi), "no decoder");
}

// A damaged file that still opens must behave like a plain sequential
// decode of the same bytes: frame k is that decode's k-th picture, bit for
// bit, or a clean VideoError; never another frame, a crash or a hang.
void expectConsistentWithSequentialDecode(const std::filesystem::path& path) {
  try {
    core::VideoSource src(path);
    const auto reference = sequentialHashes(path);
    EXPECT_GE(src.frameCount(), static_cast<int64_t>(reference.size()) - 1) << path;
    std::mt19937 rng(3);
    for (int i = 0; i < 40 && src.frameCount() > 0; ++i) {
      const int64_t k = std::uniform_int_distribution<int64_t>(0, src.frameCount() - 1)(rng);
      try {
        const auto f = src.frame(k);
        ASSERT_LT(k, static_cast<int64_t>(reference.size())) << path << ": frame " << k << " beyond a full decode";
        // The last packet of a cut file is itself cut: what fills its
        // missing part is undefined, as for pictures flagged damaged.
        const bool undefined = reference[static_cast<size_t>(k)] == kDamaged || f.picture->decode_error_flags != 0 ||
                               k + 1 == static_cast<int64_t>(reference.size());
        if (!undefined) {
          EXPECT_EQ(planeHash(f.picture.get()), reference[static_cast<size_t>(k)]) << path << " frame " << k;
        }
      } catch (const core::VideoError& e) {
        EXPECT_NE(std::string(e.what()).find(path.filename().string()), std::string::npos) << e.what();
      }
    }
  } catch (const core::VideoError& e) {
    EXPECT_NE(std::string(e.what()).find(path.filename().string()), std::string::npos) << e.what();
  }
}

TEST_F(BadInput, ZeroedHeader) {
  for (const auto& spec : standardFixtures()) {
    std::string bytes = readBytes(fixturePath(spec));
    std::fill(bytes.begin(), bytes.begin() + std::min<size_t>(4096, bytes.size() / 2), '\0');
    // Some containers (MPEG-TS, AVI) resync past a damaged head.
    expectConsistentWithSequentialDecode(writeBytes(dir_ / ("zeroed_" + spec.fileName), bytes));
  }
}

TEST_F(BadInput, TruncatedFiles) {
  for (const auto& spec : standardFixtures()) {
    const std::string bytes = readBytes(fixturePath(spec));
    for (const double fraction : {0.1, 0.5, 0.9}) {
      const auto path = writeBytes(dir_ / ("cut" + std::to_string(int(fraction * 100)) + "_" + spec.fileName),
                                   bytes.substr(0, static_cast<size_t>(bytes.size() * fraction)));
      expectConsistentWithSequentialDecode(path);
    }
  }
}

// A file cut short mid-packet lists that packet in its tables; indexed, it
// was a last frame no decoder could make ("cannot decode frame 92"), in the
// recording's frame count and under its annotations. Every frame the index
// keeps decodes, the last one first.
TEST_F(BadInput, EveryFrameACutFileIndexesDecodes) {
  // An MP4 with its index first (faststart, as streamed and downloaded
  // files are): cut anywhere, it still opens and lists every sample.
  auto fastStart = standardFixtures()[0];
  fastStart.fileName = "h264_faststart.mp4";
  fastStart.writer.muxerOptions = {{"movflags", "+faststart"}};
  auto fixtures = standardFixtures();
  fixtures.push_back(fastStart);
  int opened = 0;
  for (const auto& spec : fixtures) {
    const std::string bytes = readBytes(fixturePath(spec));
    for (const double fraction : {0.5, 0.9}) {
      const auto path = writeBytes(dir_ / ("tail" + std::to_string(int(fraction * 100)) + "_" + spec.fileName),
                                   bytes.substr(0, static_cast<size_t>(bytes.size() * fraction)));
      core::VideoSourceOptions fresh;
      fresh.useIndexCache = false;  // what is indexed now, not a cached index
      std::optional<core::VideoSource> opening;
      try {
        opening.emplace(path, fresh);
      } catch (const core::VideoError&) {
        continue;  // its tables were in the part cut off (BadInput.TruncatedFiles)
      }
      core::VideoSource& src = *opening;
      ++opened;
      ASSERT_GT(src.frameCount(), 0) << path;
      EXPECT_NO_THROW(src.frame(src.frameCount() - 1, core::VideoSource::Access::kJump)) << path;
      core::VideoSource again(path, fresh);
      int64_t read = 0;
      EXPECT_NO_THROW({
        while (again.next()) ++read;
      }) << path;
      EXPECT_EQ(read, src.frameCount()) << path;
    }
  }
  EXPECT_GE(opened, 4) << "too few cut files opened to tell anything";
}

// A frame the converter cannot handle (here: no pixel format at all) is a
// VideoError naming the video and the frame, not an anonymous runtime_error
// (issue 13 §5).
TEST(FrameConversion, AnUnconvertibleFrameNamesItsVideoAndFrame) {
  AVFrame* raw = av_frame_alloc();
  ASSERT_NE(raw, nullptr);
  raw->width = 16;
  raw->height = 16;
  raw->format = AV_PIX_FMT_NONE;
  core::Frame frame;
  frame.number = 42;
  frame.picture = core::SharedFrame(raw, [](const AVFrame* f) {
    AVFrame* p = const_cast<AVFrame*>(f);
    av_frame_free(&p);
  });
  core::FrameConverter converter("/data/night3.mp4");
  std::vector<std::uint8_t> out(16 * 16 * 3);
  for (int square : {0, 1}) {
    try {
      if (square)
        converter.toSquareRgb24(frame, 8, out.data());
      else
        converter.toRgb24(frame, out.data(), 16 * 3);
      FAIL() << "converted a frame without a pixel format";
    } catch (const core::VideoError& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find("'/data/night3.mp4'"), std::string::npos) << what;
      EXPECT_NE(what.find("frame 42"), std::string::npos) << what;
      EXPECT_EQ(e.path(), "/data/night3.mp4");
    }
  }
}
