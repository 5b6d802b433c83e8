#include "core/pipeline/ModelLoading.h"

#include "core/Error.h"
#include "database/ModelStore.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAEWeights.h"

namespace prodrome::core {

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
         " (" + std::string(ml::layoutName(layout)) + ", " + std::to_string(report.loaded.size()) + " tensors)";
}

std::string initialiseClassifierEncoder(ml::VideoMAEClassifier& model, const std::filesystem::path& weights) {
  const auto file = ml::SafeTensorsFile::load(weights);
  const auto report = ml::loadEncoderWeights(model->encoder, file, true);
  return "encoder from " + weights.string() + " (" + std::to_string(report.loaded.size()) + " tensors)";
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
