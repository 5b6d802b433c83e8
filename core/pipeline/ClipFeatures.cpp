#include "core/pipeline/ClipFeatures.h"

#include "core/Error.h"
#include "ml/ClipBatcher.h"
#include "ml/VideoMAEConfig.h"
#include "ml/Precision.h"
#include "ml/PrecisionCasts.h"

#include <torch/torch.h>

#include <algorithm>
#include <cstring>

namespace prodrome::core {

torch::Tensor encoderFeatures(ml::VideoMAEClassifier& model, const ClipCache& cache,
                              const std::vector<std::int64_t>& indices, const torch::Device& device,
                              const JobCallbacks& callbacks, const std::string& stage, int batchSize) {
  model->eval();
  torch::NoGradGuard noGrad;
  ml::PrecisionGuard precision(ml::resolvePrecision(ml::kDefaultPrecision, device));
  ml::BatchOptions prep;
  prep.crop_size = cache.size();
  const auto shape = std::vector<std::int64_t>{cache.frames(), cache.size(), cache.size(), 3};
  std::vector<torch::Tensor> out;
  const auto n = static_cast<std::int64_t>(indices.size());
  for (std::int64_t first = 0; first < n; first += batchSize) {
    throwIfCancelled(callbacks.cancel);
    const auto last = std::min<std::int64_t>(n, first + batchSize);
    std::vector<torch::Tensor> clips;
    for (auto i = first; i < last; ++i) {
      // The cache is read-only memory: from_blob views it, prepareClip copies.
      auto frames = torch::from_blob(const_cast<std::uint8_t*>(cache.pixels(indices[static_cast<std::size_t>(i)])),
                                     shape, torch::kUInt8);
      clips.push_back(ml::prepareClip(frames, prep, 0));
    }
    out.push_back(model->features(torch::stack(clips).to(device)).to(torch::kCPU, torch::kFloat));
    if (callbacks.stage)
      callbacks.stage(stage, static_cast<double>(last) / static_cast<double>(n),
                      std::to_string(last) + "/" + std::to_string(n) + " clips");
  }
  if (out.empty()) return torch::empty({0, model->config().pooledDim()});
  return torch::cat(out).contiguous();
}

torch::Tensor motionFeatures(const ClipCache& cache, const std::vector<std::int64_t>& indices,
                             const JobCallbacks& callbacks, int scales, int lags) {
  if (scales < 1 || scales > ml::kMaxMotionScales)
    throw Error("motion statistics at " + std::to_string(scales) + " time scales (1 to " +
                std::to_string(ml::kMaxMotionScales) + ")");
  if (lags < 0 || lags > ml::kMaxMotionLags)
    throw Error("motion statistics of " + std::to_string(lags) + " earlier windows (0 to " +
                std::to_string(ml::kMaxMotionLags) + ")");
  cache.ensureMotion(callbacks.stage, callbacks.cancel);
  const std::int64_t perWindow = ml::kMotionStatistics * scales, width = perWindow * (1 + lags);
  auto out = torch::empty({static_cast<std::int64_t>(indices.size()), width}, torch::kFloat);
  auto* dst = out.data_ptr<float>();
  // The cache holds every scale of every lag, lag-major, the whole window
  // first: the first `scales` of each of the first 1 + `lags` windows are these.
  for (std::size_t i = 0; i < indices.size(); ++i)
    for (int lag = 0; lag <= lags; ++lag)
      std::memcpy(dst + i * width + lag * perWindow, cache.motion(indices[i]) + lag * ClipCache::kMotionScalesPerWindow,
                  sizeof(float) * perWindow);
  return out;
}

}  // namespace prodrome::core
