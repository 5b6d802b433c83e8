#include "core/pipeline/ModelLoading.h"

#include "core/Error.h"
#include "core/forecast/FrameGrid.h"
#include "database/ModelStore.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAEWeights.h"

#include <cstdio>
#include <optional>

namespace prodrome::core {

namespace {

// A note for the run's log when the file's encoder was trained on video read
// at another rate than `rate`, the one this run reads its clips at: a
// tubelet and the sampling stride count frames, so its motion filters now
// see another span of time. The run goes on (it may be what the user
// wants, and fine-tuning adapts the filters); they should know. Empty when
// the rates match or either is unknown (0: a file saved before encoders
// stored their rate, or an HF import).
std::string rateNote(const ml::SafeTensorsFile& file, double rate) {
  std::optional<ml::VideoMAEConfig> stored;
  try {
    stored = ml::configFromMetadata(file);
  } catch (const std::exception&) {
    return {};  // a config the load itself did not need: no note is owed
  }
  if (!stored || stored->frame_rate <= 0 || rate <= 0) return {};
  if (frameRateMatch(rate, stored->frame_rate) == FrameRateMatch::Same) return {};
  char line[200];
  std::snprintf(line, sizeof line,
                "; note: it was trained on video read at %.4g fps and this run reads its clips at %.4g fps, so a "
                "tubelet spans %.2g times the time it did",
                stored->frame_rate, rate, stored->frame_rate / rate);
  return line;
}

}  // namespace

std::filesystem::path projectModelWeights(database::Database& db, std::int64_t modelId) {
  const auto model = database::ModelStore(db).find(modelId);
  if (!model) throw Error("model " + std::to_string(modelId) + " does not exist in the project");
  if (model->weightsPath.empty() || !std::filesystem::exists(model->weightsPath))
    throw Error("model '" + model->name + "': weights file '" + model->weightsPath + "' is missing");
  return model->weightsPath;
}

std::string initialisePreTraining(ml::VideoMAEForPreTraining& model, const std::filesystem::path& weights) {
  const auto file = ml::SafeTensorsFile::load(weights);
  const auto layout = ml::detectLayout(file);
  const bool hasDecoder = layout == ml::WeightsLayout::HfPreTraining ||
                          (layout == ml::WeightsLayout::Prodrome && file.contains("encoder_to_decoder.weight"));
  const auto report =
      hasDecoder ? ml::loadWeights(model, file, true) : ml::loadEncoderWeights(model->encoder, file, true);
  return std::string("initialised ") + (hasDecoder ? "encoder and decoder" : "encoder") + " from " + weights.string() +
         " (" + std::string(ml::layoutName(layout)) + ", " + std::to_string(report.loaded.size()) + " tensors)" +
         rateNote(file, model->config().frame_rate);
}

std::string initialiseClassifierEncoder(ml::VideoMAEClassifier& model, const std::filesystem::path& weights) {
  const auto file = ml::SafeTensorsFile::load(weights);
  const auto report = ml::loadEncoderWeights(model->encoder, file, true);
  return "encoder from " + weights.string() + " (" + std::to_string(report.loaded.size()) + " tensors)" +
         rateNote(file, model->config().frame_rate);
}

ml::VideoMAEClassifier loadClassifier(const std::filesystem::path& weights, const ml::VideoMAEConfig& base) {
  const auto file = ml::SafeTensorsFile::load(weights);
  // Our own files carry their whole config, input size and frame count
  // included; other layouts only imply the architecture, and `base` supplies
  // the rest.
  const auto stored = ml::configFromMetadata(file);
  const auto config = stored ? *stored : ml::inferConfig(file, base);
  ml::VideoMAEClassifier model(config);
  ml::loadWeights(model, file, true);
  model->eval();
  return model;
}

}  // namespace prodrome::core
