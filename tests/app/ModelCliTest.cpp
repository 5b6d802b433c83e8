// `prodrome model import|export|list|show` as a user runs them (issue 13, §2):
// HF weights into a project, out again as an HF folder and back in, and the
// refusals (a name in use, a file that is no VideoMAE weights) in one line
// that leave the project's models as they were.
//
// The weights are made here with ml/ (a vit-tiny narrowed to two blocks,
// 4 frames of 32×32: a few MB, milliseconds), since no cheap command writes
// an HF file.

#include "core/Error.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/Schema.h"
#include "ml/HfVideoMAEMapping.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAE.h"
#include "ml/VideoMAEConfig.h"
#include "ml/VideoMAEWeights.h"
#include "tests/app/CliRunner.h"
#include "tests/support/FixtureVideo.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>
#include <tuple>

using namespace prodrome;
using test::q;

namespace {

ml::VideoMAEConfig tinyConfig() {
  auto c = ml::presetConfig("vit-tiny");
  c.depth = 2;
  c.decoder_depth = 1;
  c.num_frames = 4;
  c.img_size = 32;
  return c;
}

class ModelCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::scratchDirectory("model-cli");
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = dir_ / "p.prodrome";
    ASSERT_EQ(test::runProdrome({"project", "init", q(db_)}).exitCode, 0);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // An HF VideoMAEForPreTraining file, alone in its folder (no config.json:
  // the numbers the weights cannot tell come from the command line).
  std::filesystem::path hfPreTraining() {
    std::filesystem::create_directories(dir_ / "hf");
    const auto file = dir_ / "hf" / "model.safetensors";
    torch::manual_seed(1);
    ml::saveHf(file, ml::VideoMAEForPreTraining(tinyConfig()));
    return file;
  }

  test::CliResult importTiny(const std::filesystem::path& file, const QString& name) {
    return test::runProdrome(
        {"model", "import", q(db_), q(file), "--name", name, "--preset", "vit-tiny", "--frames", "4", "--size", "32"});
  }

  std::string list() {
    const auto r = test::runProdrome({"model", "list", q(db_)});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
  }

  // A refusal: exit 1, one line naming `expected`, nothing on stdout, and
  // the project's models as they were.
  void expectRefused(const test::CliResult& r, const std::string& before, const std::string& expected) {
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_EQ(test::lineCount(r.err), 1) << r.err;
    EXPECT_EQ(r.err.rfind("prodrome model: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(expected), std::string::npos) << r.err;
    EXPECT_EQ(list(), before);
  }

  std::filesystem::path dir_;
  std::filesystem::path db_;
};

}  // namespace

TEST_F(ModelCli, HelpListsEverySubcommand) {
  const auto h = test::runProdrome({"model", "--help"});
  EXPECT_EQ(h.exitCode, 0) << h.err;
  for (const char* sub : {"import", "export", "list", "show", "run"})
    EXPECT_NE(h.out.find(std::string("  ") + sub + " "), std::string::npos) << sub << "\n" << h.out;
  const auto i = test::runProdrome({"model", "import", "--help"});
  EXPECT_EQ(i.exitCode, 0);
  for (const char* option : {"--name", "--preset", "--frames", "--size", "config.json"})
    EXPECT_NE(i.out.find(option), std::string::npos) << option << "\n" << i.out;
  EXPECT_NE(test::runProdrome({"model", "export", "--help"}).out.find("-o"), std::string::npos);
  EXPECT_EQ(test::runProdrome({"model"}).exitCode, 2);
  EXPECT_EQ(test::runProdrome({"model", "import", q(db_), q(dir_ / "x.safetensors")}).exitCode, 2);  // no --name
  EXPECT_EQ(test::runProdrome({"model", "export", q(db_), "1"}).exitCode, 2);                         // no -o
}

TEST_F(ModelCli, ImportListExportAndImportBack) {
  EXPECT_EQ(list(), "id\tname\tkind\tweights\n");
  const auto imported = importTiny(hfPreTraining(), "enc");
  ASSERT_EQ(imported.exitCode, 0) << imported.err;
  EXPECT_EQ(imported.out, "1\tenc\n");

  const std::string listed = list();
  ASSERT_EQ(test::lineCount(listed), 2) << listed;
  const auto model = [&] {
    auto database = database::openProject(db_);
    return database::ModelStore(database).findByName("enc");
  }();
  ASSERT_TRUE(model);
  EXPECT_TRUE(std::filesystem::exists(model->weightsPath));
  EXPECT_NE(listed.find("1\tenc\tpre-training\t" + model->weightsPath + "\n"), std::string::npos) << listed;
  // The frame count and size of the command line, not the preset's.
  const QJsonObject architecture = QJsonDocument::fromJson(QByteArray::fromStdString(model->architecture)).object();
  EXPECT_EQ(architecture.value("num_frames").toInt(), 4);
  EXPECT_EQ(architecture.value("img_size").toInt(), 32);

  const auto out = dir_ / "export";
  const auto exported = test::runProdrome({"model", "export", q(db_), "enc", "-o", q(out)});
  ASSERT_EQ(exported.exitCode, 0) << exported.err;
  EXPECT_EQ(exported.out, (out / "model.safetensors").string() + "\n");
  EXPECT_TRUE(std::filesystem::exists(out / "config.json"));
  ASSERT_TRUE(std::filesystem::exists(out / "model.safetensors"));
  EXPECT_EQ(ml::detectLayout(ml::SafeTensorsFile::load(out / "model.safetensors")), ml::WeightsLayout::HfPreTraining);

  // Back in under a new name, with none of the numbers given: the exported
  // config.json beside the weights tells them.
  const auto back = test::runProdrome({"model", "import", q(db_), q(out / "model.safetensors"), "--name", "enc-back"});
  ASSERT_EQ(back.exitCode, 0) << back.err;
  EXPECT_EQ(back.out, "2\tenc-back\n");
  const std::string after = list();
  EXPECT_EQ(test::lineCount(after), 3) << after;
  EXPECT_NE(after.find("2\tenc-back\tpre-training\t"), std::string::npos) << after;
  auto database = database::openProject(db_);
  const auto again = database::ModelStore(database).findByName("enc-back");
  ASSERT_TRUE(again);
  const QJsonObject backArchitecture =
      QJsonDocument::fromJson(QByteArray::fromStdString(again->architecture)).object();
  EXPECT_EQ(backArchitecture.value("num_frames").toInt(), 4);
  EXPECT_EQ(backArchitecture.value("img_size").toInt(), 32);

  // By id as well as by name.
  const auto byId = test::runProdrome({"model", "export", q(db_), "2", "-o", q(dir_ / "export2")});
  EXPECT_EQ(byId.exitCode, 0) << byId.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "export2" / "model.safetensors"));
}

TEST_F(ModelCli, AClassifierIsListedAsOne) {
  std::filesystem::create_directories(dir_ / "cls");
  const auto file = dir_ / "cls" / "model.safetensors";
  torch::manual_seed(2);
  ml::saveHf(file, ml::VideoMAEClassifier(tinyConfig()));
  const auto r = importTiny(file, "forecaster");
  ASSERT_EQ(r.exitCode, 0) << r.err;
  EXPECT_NE(list().find("1\tforecaster\tclassifier\t"), std::string::npos) << list();
}

TEST_F(ModelCli, ANameInUseIsRefusedByName) {
  const auto file = hfPreTraining();
  ASSERT_EQ(importTiny(file, "enc").exitCode, 0);
  const std::string before = list();
  expectRefused(importTiny(file, "enc"), before, "'enc'");
}

TEST_F(ModelCli, WhatIsNotVideoMAEWeightsIsRefusedNamingTheFile) {
  ASSERT_EQ(importTiny(hfPreTraining(), "enc").exitCode, 0);
  const std::string before = list();

  const auto garbage = dir_ / "garbage.safetensors";
  std::ofstream(garbage) << "this is not a safetensors file";
  expectRefused(importTiny(garbage, "other"), before, "garbage.safetensors");

  // A well-formed safetensors file whose tensors are no VideoMAE layout.
  const auto unknown = dir_ / "unknown.safetensors";
  ml::saveSafeTensors(unknown, {{"some.tensor", torch::zeros({2, 2})}});
  expectRefused(importTiny(unknown, "other"), before, "unknown.safetensors");

  expectRefused(importTiny(dir_ / "missing.safetensors", "other"), before, "missing.safetensors");
  // Nor a weights file for the refused name (ModelFiles.h: <stem>.models/<name>.safetensors).
  EXPECT_TRUE(std::filesystem::exists(dir_ / "p.models" / "enc.safetensors"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "p.models" / "other.safetensors"));

  const auto noModel = test::runProdrome({"model", "export", q(db_), "nope", "-o", q(dir_ / "x")});
  EXPECT_EQ(noModel.exitCode, 1);
  EXPECT_NE(noModel.err.find("'nope'"), std::string::npos) << noModel.err;
}

// `model show`: what a forecast that defers to the model uses (the Run
// Forecast dialog's operating point, window, horizon and frame rate) and
// what else the file stores, read from the file itself; the model it was
// trained from by name.
TEST_F(ModelCli, ShowSaysWhatAForecasterAndItsEncoderStore) {
  auto c = tinyConfig();
  c.frame_rate = 15;
  const auto encoderFile = dir_ / "own-encoder.safetensors";
  torch::manual_seed(3);
  ml::saveWeights(encoderFile, ml::VideoMAEForPreTraining(c));
  ASSERT_EQ(importTiny(encoderFile, "enc").exitCode, 0);

  c.sample_stride = 2;
  c.recording_norm = true;
  c.motion_stats = true;
  c.motion_scales = 3;
  c.motion_lags = 2;
  c.jerk_weight = 0.12;
  c.calibration_slope = 1.5;
  c.calibration_offset = -0.25;
  c.decision_threshold = 0.734;
  c.decision_consecutive = 2;
  c.window_seconds = 5;
  c.horizon_seconds = 5;
  c.gap_seconds_human = 60;
  c.gap_seconds_rodent = 30;
  c.post_ictal_seconds = 60;
  const auto forecasterFile = dir_ / "own-forecaster.safetensors";
  ml::saveWeights(forecasterFile, ml::VideoMAEClassifier(c));
  ASSERT_EQ(importTiny(forecasterFile, "forecaster").exitCode, 0);
  {
    // Fine-tuning records the encoder it started from; an import does not.
    auto database = database::openProject(db_);
    database::ModelStore models(database);
    auto row = *models.findByName("forecaster");
    row.name = "forecaster-of-enc";
    row.parentId = models.findByName("enc")->id;
    models.add(row);
  }

  const auto shown = test::runProdrome({"model", "show", q(db_), "forecaster-of-enc"});
  ASSERT_EQ(shown.exitCode, 0) << shown.err;
  for (const char* line :
       {"model 3: forecaster-of-enc\n", "kind: classifier (an encoder with a forecasting head)\n",
        "trained from: model 1 (enc)\n",
        "architecture: 2 blocks of width 192 (3 heads); 4 frames of 32×32 px, in tubelets of 2 frames and 16-px "
        "patches\n",
        "sampling: 4 frames, one in every 2, ending at the window's last frame (0.47 s at 15 fps)\n",
        "frame rate: 15 fps (its clips were read at it; a forecast reads a faster recording at it",
        "trained for: 5-s windows, onsets within 5 s of a window's end\n",
        "judged with: normal windows at least 60 s from a seizure (patients), 30 s (rodents); 60 s after each offset "
        "left out\n",
        "head: the mean token, with 4 frame-difference statistics over the whole window, its last 40 %, its last 20 "
        "%, and the same of 2 earlier window(s); each feature standardised over its recording\n",
        "brief jerks: each weighs 0.12 ", "calibration: ", "operating point: threshold 0.734, 2 window(s) in a row\n"})
    EXPECT_NE(shown.out.find(line), std::string::npos) << line << "\n" << shown.out;
  EXPECT_NE(shown.out.find("weights: " + (dir_ / "p.models" / "forecaster.safetensors").string() + "\n"),
            std::string::npos)
      << shown.out;

  // An encoder: its architecture and rate, nothing a forecaster stores.
  const auto encoder = test::runProdrome({"model", "show", q(db_), "1"});
  ASSERT_EQ(encoder.exitCode, 0) << encoder.err;
  EXPECT_NE(encoder.out.find("kind: pre-training (an encoder, with or without its decoder)\n"), std::string::npos)
      << encoder.out;
  EXPECT_NE(encoder.out.find("sampling: evenly over the window\n"), std::string::npos) << encoder.out;
  EXPECT_NE(encoder.out.find("frame rate: 15 fps (its clips were read at it)\n"), std::string::npos) << encoder.out;
  for (const char* absent : {"trained from", "operating point", "trained for", "head:"})
    EXPECT_EQ(encoder.out.find(absent), std::string::npos) << absent << "\n" << encoder.out;
}

// A model that met no false-alarm budget says so; a file that cannot be read
// and a model that does not exist are refused by name.
TEST_F(ModelCli, ShowSaysAModelRaisesNoAlarmAndRefusesWhatItCannotRead) {
  auto c = tinyConfig();
  c.decision_threshold = std::nextafter(1.0, 2.0);  // core/forecast/OperatingPoint.h: just above 1, never
  const auto file = dir_ / "silent.safetensors";
  ml::saveWeights(file, ml::VideoMAEClassifier(c));
  ASSERT_EQ(importTiny(file, "silent").exitCode, 0);
  const auto shown = test::runProdrome({"model", "show", q(db_), "silent"});
  ASSERT_EQ(shown.exitCode, 0) << shown.err;
  EXPECT_NE(shown.out.find("operating point: none (no threshold met its false-alarm budget: it raises no alarm)\n"),
            std::string::npos)
      << shown.out;
  EXPECT_NE(shown.out.find("frame rate: not stored\n"), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("calibration: none"), std::string::npos) << shown.out;

  const auto weights = dir_ / "p.models" / "silent.safetensors";
  std::ofstream(weights, std::ios::trunc) << "truncated";
  const auto broken = test::runProdrome({"model", "show", q(db_), "silent"});
  EXPECT_EQ(broken.exitCode, 1);
  EXPECT_TRUE(broken.out.empty()) << broken.out;
  EXPECT_NE(broken.err.find("silent.safetensors"), std::string::npos) << broken.err;

  const auto missing = test::runProdrome({"model", "show", q(db_), "nope"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.err.find("'nope'"), std::string::npos) << missing.err;
}

// A weights file is untrusted input: sizes no VideoMAE has are refused by
// name before anything is allocated (num_frames 10^6 asked the allocator for
// 37 GB, and the user read LibTorch's backtrace).
TEST_F(ModelCli, AConfigOfImplausibleSizesIsRefusedByName) {
  const auto before = list();
  torch::manual_seed(1);
  ml::saveWeights(dir_ / "own.safetensors", ml::VideoMAEForPreTraining(tinyConfig()));
  const auto file = ml::SafeTensorsFile::load(dir_ / "own.safetensors");
  for (const auto& [field, value, expected] :
       {std::tuple{"num_frames", 1000000, "num_frames 1000000 is implausible (at most 512)"},
        std::tuple{"img_size", 1000000000, "img_size 1000000000 is implausible (at most 2048)"},
        std::tuple{"depth", 100000, "depth 100000 is implausible (at most 64)"}}) {
    auto metadata = file.metadata();
    auto config = QJsonDocument::fromJson(QByteArray::fromStdString(metadata.at("config"))).object();
    config[field] = value;
    metadata["config"] = QJsonDocument(config).toJson(QJsonDocument::Compact).toStdString();
    const auto crafted = dir_ / (std::string(field) + ".safetensors");
    ml::saveSafeTensors(crafted, file.all(), metadata);
    const auto r = test::runProdrome({"model", "import", q(db_), q(crafted), "--name", "x"});
    expectRefused(r, before, expected);
    EXPECT_EQ(r.err.find("Exception raised from"), std::string::npos) << r.err;
  }
}

// What `model run` is given to read is checked as that file's: a mask of the
// wrong length is said of the input file in one line, without LibTorch's
// backtrace and the source paths in it.
TEST_F(ModelCli, RunSaysWhatIsWrongWithTheInputFile) {
  torch::manual_seed(1);
  ml::saveWeights(dir_ / "own.safetensors", ml::VideoMAEForPreTraining(tinyConfig()));
  const auto pixels = torch::rand({1, 4, 3, 32, 32});
  const auto tokens = tinyConfig().numPatches();
  const auto run = [&](const torch::Tensor& mask) {
    ml::saveSafeTensors(dir_ / "in.safetensors", {{"pixel_values", pixels}, {"bool_masked_pos", mask}});
    return test::runProdrome({"model", "run", q(dir_ / "own.safetensors"), "--input", q(dir_ / "in.safetensors"), "-o",
                              q(dir_ / "out.safetensors"), "--preset", "vit-tiny", "--device", "cpu"});
  };
  const auto shortMask = run(torch::zeros({1, 10}, torch::kBool));
  EXPECT_EQ(shortMask.exitCode, 1) << shortMask.err;
  EXPECT_EQ(test::lineCount(shortMask.err), 1) << shortMask.err;
  EXPECT_NE(shortMask.err.find("input file '"), std::string::npos) << shortMask.err;
  EXPECT_NE(shortMask.err.find("bool_masked_pos must be [1, " + std::to_string(tokens) + "]"), std::string::npos)
      << shortMask.err;
  EXPECT_EQ(shortMask.err.find("Exception raised from"), std::string::npos) << shortMask.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out.safetensors"));
  auto half = torch::zeros({1, tokens}, torch::kBool);
  half.index_put_({0, torch::indexing::Slice(0, tokens / 2)}, true);
  const auto ok = run(half);
  EXPECT_EQ(ok.exitCode, 0) << ok.err;
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out.safetensors"));
}

// Whatever LibTorch throws reaches people (the command line, the GUI's jobs,
// a run's log) through core::messageOf: its message, without the backtrace
// that c10::Error appends.
TEST(ErrorText, LibTorchsBacktraceIsLeftOut) {
  try {
    TORCH_CHECK(false, "bool_masked_pos must be [1, 8], got ", torch::IntArrayRef{1, 10});
    FAIL() << "TORCH_CHECK did not throw";
  } catch (const c10::Error& e) {
    ASSERT_NE(std::string(e.what()).find("\nException raised from "), std::string::npos) << e.what();
    EXPECT_EQ(core::messageOf(e), "bool_masked_pos must be [1, 8], got [1, 10]");
  }
  EXPECT_EQ(core::withoutBacktrace("cannot open 'a.mp4'\nsecond line"), "cannot open 'a.mp4'\nsecond line");
}
