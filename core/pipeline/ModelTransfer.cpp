#include "core/pipeline/ModelTransfer.h"

#include "core/Error.h"
#include "core/io/AtomicFile.h"
#include "core/pipeline/ModelLoading.h"
#include "core/runs/ConfigJson.h"
#include "core/runs/ModelFiles.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "ml/HfVideoMAEMapping.h"
#include "ml/VideoMAEWeights.h"

#include <fstream>
#include <sstream>

namespace prodrome::core {

QJsonObject ModelImport::toJson() const { return configToJson(*this); }
ModelImport ModelImport::fromJson(const QJsonObject& json) { return configFromJson<ModelImport>(json, "model import"); }
QJsonObject ModelExport::toJson() const { return configToJson(*this); }
ModelExport ModelExport::fromJson(const QJsonObject& json) { return configFromJson<ModelExport>(json, "model export"); }

namespace {

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

bool isClassifierFile(const ml::SafeTensorsFile& file) {
  const auto layout = ml::detectLayout(file);
  if (layout == ml::WeightsLayout::HfClassification) return true;
  const auto it = file.metadata().find("model");
  return layout == ml::WeightsLayout::Prodrome && it != file.metadata().end() && it->second == ml::kModelClassifier;
}

}  // namespace

std::int64_t importModel(database::Database& db, const ModelImport& request) {
  core::requireFreeModelName(db, request.name);
  database::ModelStore models(db);
  const std::filesystem::path source = request.file;
  const auto file = ml::SafeTensorsFile::load(source);
  if (ml::detectLayout(file) == ml::WeightsLayout::Unknown)
    throw core::Error("'" + source.string() + "' holds no VideoMAE weights this program knows");

  ml::VideoMAEConfig base = ml::presetConfig(request.preset);
  base.num_frames = request.frames;
  base.img_size = request.size;
  const auto hfConfig = source.parent_path() / "config.json";
  if (std::filesystem::exists(hfConfig)) base = ml::configFromHfJson(readText(hfConfig), base);
  const auto stored = ml::configFromMetadata(file);
  const ml::VideoMAEConfig config = stored ? *stored : ml::inferConfig(file, base);

  const auto target = core::modelWeightsPath(db.path(), request.name);
  std::filesystem::create_directories(target.parent_path());
  if (isClassifierFile(file)) {
    auto model = core::loadClassifier(source, config);
    ml::saveWeights(target, model);
  } else {
    ml::VideoMAEForPreTraining model(config);
    core::initialisePreTraining(model, source);
    ml::saveWeights(target, model);
  }
  database::Model row;
  row.name = request.name;
  row.architecture = ml::configToJson(config);
  row.weightsPath = target.string();
  return models.add(row);
}

std::filesystem::path exportModel(database::Database& db, const ModelExport& request) {
  const auto weights = core::projectModelWeights(db, request.model);
  const auto file = ml::SafeTensorsFile::load(weights);
  const auto stored = ml::configFromMetadata(file);
  const ml::VideoMAEConfig config = stored ? *stored : ml::inferConfig(file, ml::presetConfig("vit-base"));
  const std::filesystem::path dir = request.directory;
  std::filesystem::create_directories(dir);
  const auto out = dir / "model.safetensors";
  const bool classifier = isClassifierFile(file);
  if (classifier) {
    ml::saveHf(out, core::loadClassifier(weights, config));
  } else {
    ml::VideoMAEForPreTraining model(config);
    ml::loadWeights(model, file, true);
    ml::saveHf(out, model);
  }
  // Atomically, like every other file we write: a failed export never leaves
  // a truncated config.json beside an earlier export's weights.
  core::writeFileAtomically(dir / "config.json", ml::hfConfigJson(config, classifier));
  return out;
}

}  // namespace prodrome::core
