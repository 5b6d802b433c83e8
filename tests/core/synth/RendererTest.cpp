// Rendering: determinism, appearance varying by seed, the subject inside the
// central square, and pre-ictal motion that differs from normal motion while
// decoys exist.

#include "core/synth/MotionBaseline.h"
#include "core/synth/RecordingRenderer.h"

#include "ml/Metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>

using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

struct Rendered {
  std::vector<std::vector<std::uint8_t>> frames;
  std::vector<double> energy;
};

Rendered render(const RecordingSpec& spec, std::int64_t keepEvery = 1) {
  RecordingRenderer r(spec);
  Rendered out;
  MotionMeter meter;
  std::vector<std::uint8_t> rgb(static_cast<size_t>(spec.width) * spec.height * 3);
  while (r.nextFrame() < r.frameCount()) {
    const std::int64_t f = r.renderNext(rgb.data());
    out.energy.push_back(meter.push(rgb.data(), spec.width, spec.height));
    if (f % keepEvery == 0) out.frames.push_back(rgb);
  }
  return out;
}

double meanAbsDiff(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  double d = 0;
  for (size_t i = 0; i < a.size(); ++i) d += std::abs(int(a[i]) - int(b[i]));
  return d / static_cast<double>(a.size());
}

}  // namespace

TEST(Renderer, SameSeedSamePixelsDifferentSeedsLookDifferent) {
  for (Species species : {Species::Rodent, Species::Human}) {
    const RecordingSpec spec{species, 64, 48, 10, 40, 0, 0.5, 11};
    const Rendered a = render(spec, 10), b = render(spec, 10);
    ASSERT_EQ(a.frames.size(), 40u);
    EXPECT_EQ(a.frames, b.frames);
    RecordingSpec other = spec;
    other.seed = 12;
    const Rendered c = render(other, 10);
    // Colours, view and layout change: far beyond noise (~2 levels).
    EXPECT_GT(meanAbsDiff(a.frames[0], c.frames[0]), 8.0) << static_cast<int>(species);
    // And the picture is not static: behaviour and noise move it.
    EXPECT_GT(meanAbsDiff(a.frames[0], a.frames[39]), 0.5);
  }
}

TEST(Renderer, AppearanceVariesOverSubjects) {
  // Mean colour of the first frame over 8 seeds: every pair differs.
  for (Species species : {Species::Rodent, Species::Human}) {
    std::vector<std::array<double, 3>> means;
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
      RecordingRenderer r({species, 64, 48, 10, 2, 0, 0.5, seed});
      std::vector<std::uint8_t> rgb(64 * 48 * 3);
      r.renderNext(rgb.data());
      std::array<double, 3> m{};
      for (size_t i = 0; i < rgb.size(); ++i) m[i % 3] += rgb[i] / (64.0 * 48.0);
      means.push_back(m);
    }
    for (size_t i = 0; i < means.size(); ++i) {
      for (size_t j = i + 1; j < means.size(); ++j) {
        const double d = std::abs(means[i][0] - means[j][0]) + std::abs(means[i][1] - means[j][1]) +
                         std::abs(means[i][2] - means[j][2]);
        EXPECT_GT(d, 1.0) << "seeds " << i + 1 << " and " << j + 1;
      }
    }
  }
}

TEST(Renderer, MotionStaysInsideTheCentralSquare) {
  // The clip pipeline keeps the centre square of the short side: the subject
  // (the only thing that moves besides noise and shake) must be inside it.
  // Temporal variance per column: the side strips carry noise only.
  const int w = 96, h = 48;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    const Rendered r = render({Species::Rodent, w, h, 10, 60, 0, 0.0, seed}, 1);
    std::vector<double> mean(w * h), var(w * h);
    for (const auto& f : r.frames) {
      for (int i = 0; i < w * h; ++i) mean[i] += f[i * 3 + 1] / static_cast<double>(r.frames.size());
    }
    for (const auto& f : r.frames) {
      for (int i = 0; i < w * h; ++i)
        var[i] += std::pow(f[i * 3 + 1] - mean[i], 2) / static_cast<double>(r.frames.size());
    }
    double inside = 0, outside = 0;
    for (int y = 0; y < h; ++y) {
      for (int x = 0; x < w; ++x) {
        const bool in = x >= (w - h) / 2 && x < (w + h) / 2;
        (in ? inside : outside) = std::max(in ? inside : outside, var[y * w + x]);
      }
    }
    EXPECT_GT(inside, 4 * outside) << "seed " << seed;
  }
}

TEST(Renderer, PreictalMotionDiffersFromNormalWhileDecoysExist) {
  // Easy setting: the motion statistics of pre-ictal clips (arrest with
  // twitches: a low median and high peaks) must differ clearly from normal
  // clips, yet decoy episodes sit among the normals, so that no classifier
  // is perfect.
  const std::uint64_t kSeedBase = std::getenv("SYNTH_SEED_BASE") ? std::stoull(std::getenv("SYNTH_SEED_BASE")) : 500;
  for (Species species : {Species::Rodent, Species::Human}) {
    const char* name = species == Species::Rodent ? "rodent" : "human";
    std::vector<LabelledClip> clips;
    int decoys = 0;
    for (int s = 0; s < 3; ++s) {
      const RecordingSpec spec{species, 64, 48, 10, 300, 2, 0.1, kSeedBase + static_cast<std::uint64_t>(s)};
      const Rendered r = render(spec, 1 << 30);
      RecordingRenderer plan(spec);
      for (const CueEpisode& c : plan.schedule().cues) decoys += c.decoy;
      const auto c = labelledClips(plan.schedule(), species, r.energy, s);
      clips.insert(clips.end(), c.begin(), c.end());
    }
    EXPECT_GE(decoys, 3) << name;
    // log(peak / median) of the clip's motion energy, per class.
    std::vector<double> pre, normal;
    for (const auto& c : clips) (c.preictal ? pre : normal).push_back(c.features[1]);
    const double meanPre = std::accumulate(pre.begin(), pre.end(), 0.0) / static_cast<double>(pre.size());
    const double meanNormal = std::accumulate(normal.begin(), normal.end(), 0.0) / static_cast<double>(normal.size());
    std::vector<double> scores = pre;
    scores.insert(scores.end(), normal.begin(), normal.end());
    std::vector<int> labels(pre.size(), 1);
    labels.resize(scores.size(), 0);
    const double auc = prodrome::ml::rocAuc(scores, labels);
    const BaselineResult b = evaluateMotionBaseline(clips);
    std::printf(
        "%s: peak/median log %.2f pre-ictal vs %.2f normal (AUC %.3f); baseline bacc %.3f, ROC-AUC %.3f; "
        "%zu pre-ictal, %zu normal (%zu with decoys)\n",
        name, meanPre, meanNormal, auc, b.balancedAccuracy, b.rocAuc, b.preictal, b.normal, b.decoyNormal);
    EXPECT_GT(pre.size(), 20u) << name;
    EXPECT_GT(normal.size(), 20u) << name;
    EXPECT_GT(b.decoyNormal, 0u) << name;
    EXPECT_GT(meanPre, meanNormal + 0.3) << name;
    EXPECT_GT(auc, 0.6) << name;
    EXPECT_LT(b.balancedAccuracy, 0.999) << name;  // decoys keep it imperfect
  }
}
