// bench_synth [--seconds S] [--size WxH] [--fps F] [--separability] [--subjects N] [--minutes M] [--png DIR]
//
// 1. Generation speed, one thread: frames/s of rendering alone and of
//    rendering + H.264 encoding (the `prodrome synth` path, minus the
//    project import), per species, and the ratio against real time
//    (frames/s ÷ fps). Target (issue 5): ≥ 400 frames/s at 160×120.
// 2. --separability: balanced accuracy and ROC-AUC of the motion-energy
//    baseline (MotionBaseline.h), leave-one-subject-out, on pre-ictal vs
//    normal 5-s clips, at difficulty 0.3, 0.5 and 0.8 per species.
// 3. --png DIR: a few frames of each species (normal, pre-ictal, ictal) as PNG.

#include "core/synth/MotionBaseline.h"
#include "core/synth/RecordingRenderer.h"
#include "core/synth/SynthVideo.h"
#include "core/video/PngWriter.h"

extern "C" {
#include <libavutil/log.h>
}

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

// CPU seconds of this process: the machine is shared, and the generator is
// single-threaded (x264 runs with one thread), so CPU time is what one core
// delivers; wall time is printed beside it.
double cpu() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}
double now() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

const char* name(Species s) { return s == Species::Rodent ? "rodent" : "human"; }

void speed(Species species, const std::string& view, int width, int height, double fps, double seconds) {
  RecordingSpec spec{species, width, height, fps, seconds, static_cast<int>(seconds / 100), 0.5, 1};
  // The first seed whose camera looks from `view`.
  while (RecordingRenderer(spec).cameraName() != view) ++spec.seed;
  {
    RecordingRenderer r(spec);
    std::vector<std::uint8_t> rgb(static_cast<size_t>(width) * height * 3);
    const double t0 = now(), c0 = cpu();
    while (r.nextFrame() < r.frameCount()) r.renderNext(rgb.data());
    const double rate = static_cast<double>(r.frameCount()) / (cpu() - c0);
    const double wall = static_cast<double>(r.frameCount()) / (now() - t0);
    std::printf("%-6s render          %6lld frames %dx%d: %7.0f frames/s (wall %5.0f), %6.1fx real time (%s view)\n",
                name(species), static_cast<long long>(r.frameCount()), width, height, rate, wall, rate / fps,
                r.cameraName().c_str());
  }
  {
    RecordingRenderer r(spec);
    const auto path = std::filesystem::temp_directory_path() / ("bench_synth_" + std::string(name(species)) + ".mp4");
    const double t0 = now(), c0 = cpu();
    encodeRecording(r, path);
    const double rate = static_cast<double>(r.frameCount()) / (cpu() - c0);
    const double wall = static_cast<double>(r.frameCount()) / (now() - t0);
    std::printf("%-6s render+encode   %6lld frames %dx%d: %7.0f frames/s (wall %5.0f), %6.1fx real time, %.0f kB/min\n",
                name(species), static_cast<long long>(r.frameCount()), width, height, rate, wall, rate / fps,
                static_cast<double>(std::filesystem::file_size(path)) / 1024.0 / (seconds / 60.0));
    std::filesystem::remove(path);
  }
}

void separability(int subjects, double minutes, int width, int height, double fps) {
  std::printf(
      "\nmotion-energy baseline, pre-ictal vs normal 5-s clips, %d subjects x %.0f min, leave-one-subject-out\n",
      subjects, minutes);
  std::printf("%-6s %10s %8s %8s %9s %8s %12s\n", "", "difficulty", "bacc", "roc_auc", "preictal", "normal",
              "decoy_normal");
  for (Species species : {Species::Rodent, Species::Human}) {
    for (double d : {0.3, 0.5, 0.8}) {
      std::vector<LabelledClip> clips;
      for (int s = 0; s < subjects; ++s) {
        RecordingSpec spec{species,
                           width,
                           height,
                           fps,
                           minutes * 60,
                           static_cast<int>(minutes / 1.7),
                           d,
                           1000 + static_cast<std::uint64_t>(s)};
        RecordingRenderer r(spec);
        std::vector<std::uint8_t> rgb(static_cast<size_t>(width) * height * 3);
        std::vector<double> energy;
        MotionMeter meter;
        while (r.nextFrame() < r.frameCount()) {
          r.renderNext(rgb.data());
          energy.push_back(meter.push(rgb.data(), width, height));
        }
        auto c = labelledClips(r.schedule(), species, energy, s);
        clips.insert(clips.end(), c.begin(), c.end());
      }
      const BaselineResult b = evaluateMotionBaseline(clips);
      std::printf("%-6s %10.1f %8.3f %8.3f %9zu %8zu %12zu\n", name(species), d, b.balancedAccuracy, b.rocAuc,
                  b.preictal, b.normal, b.decoyNormal);
      std::fflush(stdout);
    }
  }
}

void pngs(const std::filesystem::path& dir, int width, int height, double fps) {
  std::filesystem::create_directories(dir);
  for (Species species : {Species::Rodent, Species::Human}) {
    for (std::uint64_t seed : {1, 2, 3, 4}) {
      RecordingRenderer r({species, width, height, fps, 240, 2, 0.3, seed});
      const auto& sz = r.schedule().seizures.front();
      const std::int64_t wanted[] = {sz.onset / 3, sz.onset - 2 * static_cast<std::int64_t>(fps),
                                     (sz.onset + sz.offset) / 2, sz.offset - static_cast<std::int64_t>(fps)};
      std::vector<std::uint8_t> rgb(static_cast<size_t>(width) * height * 3);
      int k = 0;
      while (r.nextFrame() <= wanted[3]) {
        const std::int64_t f = r.renderNext(rgb.data());
        if (f == wanted[k]) {
          static const char* tags[] = {"normal", "preictal", "ictal", "ictal-late"};
          const auto file =
              dir / (std::string(name(species)) + "-seed" + std::to_string(seed) + "-" + tags[k] + ".png");
          writePng(file, rgb.data(), width, height, width * 3);
          ++k;
        }
      }
    }
  }
  std::printf("wrote PNGs to %s\n", dir.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  av_log_set_level(AV_LOG_ERROR);
  double seconds = 120, fps = 15, minutes = 6;
  int width = 160, height = 120, subjects = 6;
  bool sep = false;
  std::filesystem::path png;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--seconds")
      seconds = std::stod(value());
    else if (a == "--fps")
      fps = std::stod(value());
    else if (a == "--size")
      std::sscanf(value().c_str(), "%dx%d", &width, &height);
    else if (a == "--separability")
      sep = true;
    else if (a == "--subjects")
      subjects = std::stoi(value());
    else if (a == "--minutes")
      minutes = std::stod(value());
    else if (a == "--png")
      png = value();
    else {
      std::fprintf(stderr,
                   "usage: bench_synth [--seconds S] [--size WxH] [--fps F] [--separability] [--subjects N] "
                   "[--minutes M] [--png DIR]\n");
      return 2;
    }
  }
  if (!png.empty()) {
    pngs(png, width, height, fps);
    return 0;
  }
  std::printf(
      "synthetic video generation, one thread, %.0f s per recording at %.4g fps (target >= 400 frames/s);\n"
      "frames/s per CPU second (wall-clock rate in brackets), real time = frames/s / fps\n",
      seconds, fps);
  for (Species s : {Species::Rodent, Species::Human}) {
    for (const char* view : {"top", "side"}) speed(s, view, width, height, fps, seconds);
  }
  if (sep) separability(subjects, minutes, width, height, fps);
  return 0;
}
