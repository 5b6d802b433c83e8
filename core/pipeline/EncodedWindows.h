#pragma once
// The pooled features a frozen encoder has already given for windows of
// recordings, by recording and window. A probe head's fine-tuning encodes its
// training and validation clips, then scores forecast curves of the same
// recordings to choose its operating point: the clips are windows of those
// recordings (in the demo about a third of them), and the curves take their
// features from here instead of encoding them again. The same frames through
// the same encoder at the same precision give the same numbers, so this only
// saves time. Never used by a forecast, whose speed is a figure of its own.

#include "core/pipeline/ClipCache.h"

#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace prodrome::core {

class EncodedWindows {
 public:
  // A window by its first frame and end frame (exclusive): with the clip
  // shape (its frame rate fixing the recording's frame grid), they fix the
  // frames the encoder sampled (ClipReader::sampleIndices).
  using Window = std::pair<std::int64_t, std::int64_t>;
  using OfRecording = std::map<Window, torch::Tensor>;  // [pooledDim] float32 on the CPU

  explicit EncodedWindows(ClipShape shape) : shape_(shape) {}

  // Row i of `pooled` [indices.size(), D] is the encoder's features of the
  // cached clip indices[i]. The cache's clip shape must be this one's.
  void add(const ClipCache& cache, const std::vector<std::int64_t>& indices, const torch::Tensor& pooled);

  // The windows of one recording whose features are known, when its frames
  // are sampled as `shape` samples them (on the grid its rate gives the
  // recording); null otherwise.
  const OfRecording* of(std::int64_t recordingId, const ClipShape& shape) const;

  std::size_t size() const;

 private:
  ClipShape shape_;
  std::map<std::int64_t, OfRecording> recordings_;
};

}  // namespace prodrome::core
