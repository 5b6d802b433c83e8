#include "core/pipeline/EncodedWindows.h"

#include <stdexcept>
#include <string>

namespace prodrome::core {

void EncodedWindows::add(const ClipCache& cache, const std::vector<std::int64_t>& indices,
                         const torch::Tensor& pooled) {
  if (cache.shape() != shape_)
    throw std::logic_error("encoded windows: the clip cache samples its clips otherwise than these windows");
  if (pooled.dim() != 2 || pooled.size(0) != static_cast<std::int64_t>(indices.size()))
    throw std::logic_error("encoded windows: " + std::to_string(indices.size()) + " clips but " +
                           std::to_string(pooled.dim() == 2 ? pooled.size(0) : 0) + " rows of features");
  const auto rows = pooled.to(torch::kCPU, torch::kFloat).contiguous();
  for (std::size_t i = 0; i < indices.size(); ++i) {
    const auto& info = cache.info(indices[i]);
    recordings_[info.recordingId][{info.startFrame, info.endFrame}] = rows[static_cast<std::int64_t>(i)];
  }
}

const EncodedWindows::OfRecording* EncodedWindows::of(std::int64_t recordingId, const ClipShape& shape) const {
  if (shape != shape_) return nullptr;
  const auto it = recordings_.find(recordingId);
  return it == recordings_.end() ? nullptr : &it->second;
}

std::size_t EncodedWindows::size() const {
  std::size_t n = 0;
  for (const auto& [id, windows] : recordings_) n += windows.size();
  return n;
}

}  // namespace prodrome::core
