// core/pipeline/ModelLoading: an encoder trained on video read at another
// frame rate than the run's clips is noted in the line the run logs, and
// only then (a note that always appears would be read past).

#include "core/pipeline/ModelLoading.h"
#include "ml/VideoMAE.h"
#include "ml/VideoMAEWeights.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace prodrome::core {
namespace {

ml::VideoMAEConfig tiny(double frameRate) {
  auto c = ml::presetConfig("vit-tiny");
  c.depth = 1;
  c.decoder_depth = 1;
  c.num_frames = 4;
  c.img_size = 32;
  c.frame_rate = frameRate;
  return c;
}

class ModelLoading : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::scratchDirectory("model-loading");
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // An encoder (with its decoder) pre-trained at `frameRate`, saved in the
  // project's layout.
  std::filesystem::path encoderAt(double frameRate) {
    const auto file = dir_ / ("encoder-" + std::to_string(frameRate) + ".safetensors");
    ml::saveWeights(file, ml::VideoMAEForPreTraining(tiny(frameRate)));
    return file;
  }

  std::filesystem::path dir_;
};

constexpr const char* kNote = "; note: it was trained on video read at ";

TEST_F(ModelLoading, AnEncoderTrainedAtAnotherRateIsNoted) {
  const auto at30 = encoderAt(30);
  ml::VideoMAEClassifier classifier(tiny(15));
  const auto line = initialiseClassifierEncoder(classifier, at30);
  EXPECT_NE(line.find(std::string(kNote) + "30 fps and this run reads its clips at 15 fps, so a tubelet spans 2 times"),
            std::string::npos)
      << line;
  ml::VideoMAEForPreTraining pretraining(tiny(60));
  const auto continued = initialisePreTraining(pretraining, at30);
  EXPECT_NE(continued.find(std::string(kNote) + "30 fps and this run reads its clips at 60 fps, so a tubelet spans "
                                                "0.5 times"),
            std::string::npos)
      << continued;
}

TEST_F(ModelLoading, TheSameRateOrAnUnknownOneIsNotNoted) {
  for (const auto& [stored, reads] : {std::pair{30.0, 30.0}, {30.0, 29.97}, {0.0, 15.0}, {30.0, 0.0}}) {
    ml::VideoMAEClassifier classifier(tiny(reads));
    const auto line = initialiseClassifierEncoder(classifier, encoderAt(stored));
    EXPECT_EQ(line.find("note:"), std::string::npos) << stored << " against " << reads << ": " << line;
    EXPECT_NE(line.find(" tensors)"), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace prodrome::core
