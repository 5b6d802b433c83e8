#include "ml/CheckpointIO.h"

#include <torch/serialize.h>

#include <ATen/CPUGeneratorImpl.h>

#include <fstream>
#include <iterator>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace prodrome::ml {

void beginCheckpoint(const std::filesystem::path& dir, const std::filesystem::path& stateFile) {
  std::filesystem::create_directories(dir);
  std::filesystem::remove(dir / stateFile);
}

void saveOptimizer(const std::filesystem::path& path, const torch::optim::Optimizer& optimizer) {
  std::ostringstream bytes;
  torch::save(optimizer, bytes);
  writeFileAtomically(path, bytes.str());
}

void loadOptimizer(const std::filesystem::path& path, torch::optim::Optimizer& optimizer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open optimiser state '" + path.string() + "'");
  std::istringstream bytes(std::string(std::istreambuf_iterator<char>(in), {}));
  torch::load(optimizer, bytes);
}

torch::Tensor cpuRngState() {
  auto generator = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(generator.mutex());
  return generator.get_state();
}

void setCpuRngState(const torch::Tensor& state) {
  auto generator = at::detail::getDefaultCPUGenerator();
  std::lock_guard<std::mutex> lock(generator.mutex());
  generator.set_state(state);
}

const std::string& checkpointField(const SafeTensorsFile& state, const std::string& key) {
  const auto& meta = state.metadata();
  const auto it = meta.find(key);
  if (it == meta.end()) throw std::runtime_error("checkpoint state '" + state.source() + "' lacks '" + key + "'");
  return it->second;
}

}  // namespace prodrome::ml
