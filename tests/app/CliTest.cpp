#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include "tests/app/CliRunner.h"

#include <QProcess>

#include <fstream>

using namespace prodrome;

namespace {

using Result = test::CliResult;

Result prodromeCli(const QStringList& args) { return test::runProdrome(args); }

using test::q;

}  // namespace

TEST(Cli, HelpListsEveryCommand) {
  const auto r = prodromeCli({"--help"});
  EXPECT_EQ(r.exitCode, 0);
  EXPECT_NE(r.out.find("probe"), std::string::npos);
  EXPECT_NE(r.out.find("frame"), std::string::npos);
  for (const char* cmd : {"probe", "frame"}) {
    const auto h = prodromeCli({cmd, "--help"});
    EXPECT_EQ(h.exitCode, 0) << cmd;
    EXPECT_NE(h.out.find("FILE"), std::string::npos) << cmd << ": " << h.out;
  }
  EXPECT_NE(prodromeCli({"frame", "--help"}).out.find("--index"), std::string::npos);
}

// Issue 13 §6: prodrome runs the light commands itself and hands the rest
// to prodrome-torch (beside it here), which reports under the same name,
// exit codes and streams.
TEST(Cli, TorchCommandsRunThroughTheHandover) {
  const auto h = prodromeCli({"finetune", "--help"});
  EXPECT_EQ(h.exitCode, 0) << h.err;
  EXPECT_NE(h.out.find("--clip-set"), std::string::npos) << h.out;
  const auto usage = prodromeCli({"pretrain", "--no-such-option"});
  EXPECT_EQ(usage.exitCode, 2);
  EXPECT_EQ(usage.err.rfind("prodrome pretrain: ", 0), 0u) << usage.err;
}

// Without prodrome-torch (a broken install), the light commands still work
// and a torch command says what is missing, in one line.
TEST(Cli, AMissingTorchBinaryIsNamed) {
  const auto dir = test::scratchDirectory("cli-no-torch");
  const auto lone = dir / "prodrome";
  std::filesystem::copy_file(PRODROME_BINARY, lone, std::filesystem::copy_options::overwrite_existing);
  QProcess light;
  light.start(q(lone), {"probe", q(test::cliFixture(0))});
  ASSERT_TRUE(light.waitForFinished(60000));
  EXPECT_EQ(light.exitCode(), 0) << light.readAllStandardError().toStdString();
  QProcess torch;
  torch.start(q(lone), {"finetune", "--help"});
  ASSERT_TRUE(torch.waitForFinished(60000));
  EXPECT_EQ(torch.exitCode(), 1);
  const std::string err = torch.readAllStandardError().toStdString();
  EXPECT_NE(err.find("cannot start '"), std::string::npos) << err;
  EXPECT_NE(err.find("prodrome-torch'"), std::string::npos) << err;
  EXPECT_EQ(test::lineCount(err), 1) << err;
}

TEST(Cli, UnknownCommandIsAUsageError) {
  const auto r = prodromeCli({"transmogrify"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.err.find("unknown command 'transmogrify'"), std::string::npos) << r.err;
}

// Output that never reached its file is a failure: `probe FILE > out.json`
// on a full disk must not exit 0 leaving an empty file. /dev/full takes no
// byte; the same commands to a pipe succeed.
TEST(Cli, OutputThatCannotBeWrittenIsAFailure) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full here";
  const QStringList probe{"probe", q(test::cliFixture(0))};
  for (const auto& args : {probe, QStringList{"--version"}, QStringList{"finetune", "--help"}}) {
    QProcess p;
    p.setStandardOutputFile("/dev/full");
    p.start(PRODROME_BINARY, args);
    ASSERT_TRUE(p.waitForFinished(60000));
    const std::string err = p.readAllStandardError().toStdString();
    EXPECT_EQ(p.exitCode(), 1) << args.join(' ').toStdString() << ": " << err;
    EXPECT_EQ(err.rfind("prodrome", 0), 0u) << err;
    EXPECT_NE(err.find(": cannot write its output: "), std::string::npos) << err;
    EXPECT_EQ(test::lineCount(err), 1) << err;
  }
  EXPECT_EQ(prodromeCli(probe).exitCode, 0);
}

TEST(Cli, ProbePrintsOneJsonObject) {
  const auto r = prodromeCli({"probe", q(test::cliFixture(0))});
  ASSERT_EQ(r.exitCode, 0) << r.err;
  QJsonParseError error;
  const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.out), &error);
  ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out;
  const QJsonObject o = doc.object();
  EXPECT_EQ(o["codec"].toString(), "h264");
  EXPECT_EQ(o["width"].toInt(), 128);
  EXPECT_EQ(o["height"].toInt(), 96);
  EXPECT_EQ(o["pixel_format"].toString(), "yuv420p");
  EXPECT_EQ(o["fps_num"].toInt(), 30);
  EXPECT_EQ(o["fps_den"].toInt(), 1);
  EXPECT_EQ(o["frame_count"].toInteger(), 660);
  EXPECT_EQ(o["keyframe_count"].toInteger(), 3);
  EXPECT_NEAR(o["duration_s"].toDouble(), 22.0, 1e-6);
}

TEST(Cli, ProbeOfBadInputFailsWithOneLine) {
  const auto dir = test::scratchDirectory("cli-bad");
  const auto text = dir / "notes.mp4";
  std::ofstream(text) << "not a video\n";
  for (const auto& path : {text, dir / "missing.mp4", dir}) {
    const auto r = prodromeCli({"probe", q(path)});
    EXPECT_EQ(r.exitCode, 1) << path;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(test::lineCount(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(path.filename().string()), std::string::npos) << r.err;
  }
  EXPECT_EQ(prodromeCli({"probe"}).exitCode, 2);
  std::filesystem::remove_all(dir);
}

TEST(Cli, FrameWritesTheExactFrameAsPng) {
  const auto dir = test::scratchDirectory("cli-frame");
  for (int fixtureNo : {0, 2, 4}) {
    const auto video = test::cliFixture(fixtureNo);
    for (int n : {0, 77, 299}) {
      const auto png = dir / ("f" + std::to_string(fixtureNo) + "_" + std::to_string(n) + ".png");
      const auto r = prodromeCli({"frame", q(video), "--index", QString::number(n), "-o", q(png)});
      ASSERT_EQ(r.exitCode, 0) << r.err;
      // Read the PNG back through FFmpeg's image decoder: 8-bit RGB, native size.
      core::VideoSourceOptions noCache;
      noCache.useIndexCache = false;
      core::VideoSource image(png, noCache);
      EXPECT_EQ(image.info().codec, "png");
      EXPECT_EQ(image.info().pixelFormat, "rgb24");
      const auto f = image.frame(0);
      core::FrameConverter conv;
      const auto rgb = conv.toRgb24(f);
      const auto spec = test::standardFixtures()[static_cast<size_t>(fixtureNo)];
      EXPECT_EQ(f.width(), spec.writer.width);
      EXPECT_EQ(f.height(), spec.writer.height);
      EXPECT_EQ(test::readFrameNumber(rgb.data(), f.width(), f.height(), f.width() * 3), n) << video;
    }
  }
  std::filesystem::remove_all(dir);
}

TEST(Cli, FrameOutOfRangeOrMalformedIndex) {
  const auto dir = test::scratchDirectory("cli-frame-bad");
  const auto r = prodromeCli({"frame", q(test::cliFixture(3)), "--index", "999999", "-o", q(dir / "x.png")});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(test::lineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("has 200 frames"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "x.png"));
  EXPECT_EQ(prodromeCli({"frame", q(test::cliFixture(3)), "--index", "abc", "-o", q(dir / "x.png")}).exitCode, 2);
  EXPECT_EQ(prodromeCli({"frame", q(test::cliFixture(3)), "-o", q(dir / "x.png")}).exitCode, 2);
  std::filesystem::remove_all(dir);
}

TEST(Cli, ModelRunRefusesWhatIsNotWeights) {
  const auto h = prodromeCli({"model", "run", "--help"});
  EXPECT_EQ(h.exitCode, 0);
  EXPECT_NE(h.out.find("--input"), std::string::npos) << h.out;
  const auto dir = test::scratchDirectory("cli-model");
  const auto fake = dir / "weights.safetensors";
  std::ofstream(fake) << "this is not a safetensors file";
  const auto r = prodromeCli({"model", "run", q(fake), "--input", q(fake), "-o", q(dir / "out.safetensors")});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_EQ(test::lineCount(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("weights.safetensors"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "out.safetensors"));
  EXPECT_EQ(prodromeCli({"model", "run"}).exitCode, 2);
  std::filesystem::remove_all(dir);
}
