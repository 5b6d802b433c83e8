#include "core/synth/SynthVideo.h"

#include "core/Error.h"
#include "core/video/VideoWriter.h"

extern "C" {
#include <libavutil/rational.h>
}

#include <cmath>
#include <vector>

namespace prodrome::core::synth {

VideoWriterOptions synthWriterOptions(int width, int height, double fps) {
  VideoWriterOptions o;
  o.encoder = "libx264";
  o.width = width;
  o.height = height;
  o.frameRate = av_d2q(fps, 100000);
  o.timeBase = av_inv_q(o.frameRate);
  o.gopSize = std::max(1, static_cast<int>(std::lround(2 * fps)));
  o.maxBFrames = 2;
  o.threads = 1;
  o.codecOptions = {{"preset", "veryfast"}, {"crf", "26"}};
  return o;
}

void encodeRecording(RecordingRenderer& renderer, const std::filesystem::path& path,
                     const std::function<void(std::int64_t)>& frameDone, const std::atomic<bool>* cancel) {
  const RecordingSpec& spec = renderer.spec();
  VideoWriter writer(path, synthWriterOptions(spec.width, spec.height, spec.fps));
  std::vector<std::uint8_t> rgb(static_cast<size_t>(spec.width) * spec.height * 3);
  while (renderer.nextFrame() < renderer.frameCount()) {
    if (cancel && cancel->load(std::memory_order_relaxed)) throw Cancelled();
    const std::int64_t frame = renderer.renderNext(rgb.data());
    writer.writeRgb(rgb.data(), spec.width * 3, frame);
    if (frameDone) frameDone(frame + 1);
  }
  writer.finish();
}

}  // namespace prodrome::core::synth
