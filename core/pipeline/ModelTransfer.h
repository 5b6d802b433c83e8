#pragma once
// HF VideoMAE weights files in and out of a project, through the loaders
// training uses (ModelLoading) and the HF mapping of ml/. Here, below the
// GUI, so that Model ▸ Import HF VideoMAE… and Model ▸ Export… (a job on a
// worker thread) and `prodrome model import|export` do the same thing.
//
// Import reads any known layout (HF pre-training, HF classification, an HF
// encoder, our own), stores it in our layout beside the project
// (modelWeightsPath) and adds a models row. Export writes a folder that
// HF transformers' from_pretrained loads: config.json + model.safetensors.

#include <QJsonObject>

#include <cstdint>
#include <filesystem>
#include <string>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct ModelImport {
  std::string name;  // the new project model
  std::string file;  // .safetensors
  // Numbers the weights cannot tell (head counts for files of other widths,
  // input size, frame count); a config.json beside the file overrides them.
  std::string preset = "vit-base";
  int frames = 16;
  int size = 224;

  template <typename Self, typename Visit>
  static void fields(Self& m, Visit& v) {
    v("model_name", m.name);
    v("file", m.file);
    v("preset", m.preset);
    v("frames", m.frames);
    v("size", m.size);
  }
  QJsonObject toJson() const;
  static ModelImport fromJson(const QJsonObject& json);
};

struct ModelExport {
  std::int64_t model = 0;
  std::string directory;  // created if missing; config.json and model.safetensors go there

  template <typename Self, typename Visit>
  static void fields(Self& m, Visit& v) {
    v("model", m.model);
    v("directory", m.directory);
  }
  QJsonObject toJson() const;
  static ModelExport fromJson(const QJsonObject& json);
};

// Returns the new model's id; throws std::runtime_error naming the file and the problem.
std::int64_t importModel(database::Database& db, const ModelImport& request);
// Returns the weights file written.
std::filesystem::path exportModel(database::Database& db, const ModelExport& request);

}  // namespace prodrome::core
