// The recording forecast's speed (issue 12's target: >= 20x real time inside
// the demo, on 2 cores). Renders one synthetic patient recording at the
// demo's size (160x120, 15 fps), then scores it as the demo's forecaster does
// (vit-tiny 16x112, frames at stride 1 ending at each 5-s window's end, a
// window every second, recording standardisation), once with the head's
// motion statistics and once without. The reference is real time: the
// video's own duration. Weights are random: speed does not depend on them.
//
//   bench_forecast [SECONDS]   (default 240; long enough to hold its one seizure)

#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/VideoScoring.h"
#include "core/synth/RecordingRenderer.h"
#include "core/synth/SynthVideo.h"
#include "ml/PrecisionCasts.h"
#include "ml/VideoMAE.h"
#include "ml/VideoMAEConfig.h"

#include <torch/torch.h>

#include <unistd.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>

extern "C" {
#include <libavutil/log.h>
}

using namespace prodrome;

namespace {

double scoreSeconds(bool motionStats, const std::filesystem::path& video, const ml::DeviceChoice& device,
                    std::size_t* windows) {
  auto config = ml::presetConfig("vit-tiny");
  config.img_size = 112;
  config.num_frames = 16;
  config.motion_pooling = true;
  config.sample_stride = 1;
  config.num_classes = 1;
  config.recording_norm = true;
  config.motion_stats = motionStats;
  torch::manual_seed(1);
  ml::VideoMAEClassifier model(config);
  model->to(device.device);
  core::WindowScan scan;
  scan.windowFrames = 75;  // 5 s at 15 fps
  scan.strideFrames = 15;  // 1 s
  scan.frames = 16;
  scan.size = 112;
  scan.sampleStride = 1;
  const auto t0 = std::chrono::steady_clock::now();
  const auto points = core::scoreVideo(model, video, scan, device.device);
  *windows = points.size();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  av_log_set_level(AV_LOG_ERROR);
  const double seconds = argc > 1 ? std::atof(argv[1]) : 240;
  if (!(seconds >= 10)) {
    std::fprintf(stderr, "bench_forecast: SECONDS must be at least 10\n");
    return 2;
  }
  const auto video =
      std::filesystem::temp_directory_path() / ("bench_forecast_" + std::to_string(::getpid()) + ".mp4");
  core::synth::RecordingSpec spec;
  spec.species = core::synth::Species::Human;
  spec.seconds = seconds;
  spec.seizures = 1;
  spec.seed = 11;
  try {
    core::synth::RecordingRenderer renderer(spec);
    core::synth::encodeRecording(renderer, video);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_forecast: %s\n", e.what());
    return 2;
  }

  const auto device = core::prepareDevice("auto", core::Workload::Inference);
  std::printf("forecast of a %.0f-s 160x120 15-fps recording, vit-tiny 16x112, window 5 s every 1 s, %s, %s\n", seconds,
              device.description.c_str(),
              std::string(ml::precisionName(ml::resolvePrecision(ml::kDefaultPrecision, device.device))).c_str());
  constexpr double kTarget = 20;
  for (bool motion : {false, true}) {
    std::size_t windows = 0;
    const double wall = scoreSeconds(motion, video, device, &windows);
    const double speed = seconds / wall;
    std::printf("  %-26s %5zu windows in %6.1f s: %5.1fx real time (target %.0fx: ratio %.2f)\n",
                motion ? "with motion statistics" : "without motion statistics", windows, wall, speed, kTarget,
                speed / kTarget);
    std::fflush(stdout);
  }
  std::filesystem::remove(video);
  return 0;
}
