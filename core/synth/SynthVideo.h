#pragma once
// Encodes a synthetic recording to an H.264 MP4 through VideoWriter (the
// file appears only when complete).

#include "core/synth/RecordingRenderer.h"
#include "core/video/VideoWriter.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>

namespace prodrome::core::synth {

// x264 settings of the generated videos: CRF 26 at preset "veryfast" looks
// like a monitoring camera's stream (visible blocking in flat, noisy areas);
// one encoder thread so that the output is byte-identical for one seed and
// so that parallel generators share the cores fairly; a keyframe every 2 s
// so that clip extraction seeks cheaply.
VideoWriterOptions synthWriterOptions(int width, int height, double fps);

// Renders every remaining frame of `renderer` into `path`. `frameDone` is
// called after each frame with the number of frames written. Throws
// Cancelled (core/Error.h) when *cancel becomes true, VideoError
// when encoding fails; either way no file is left at `path`.
void encodeRecording(RecordingRenderer& renderer, const std::filesystem::path& path,
                     const std::function<void(std::int64_t framesWritten)>& frameDone = {},
                     const std::atomic<bool>* cancel = nullptr);

}  // namespace prodrome::core::synth
