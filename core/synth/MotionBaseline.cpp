#include "core/synth/MotionBaseline.h"

#include "core/Error.h"
#include "core/clips/ClipSetBuilder.h"
#include "ml/Metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

namespace prodrome::core::synth {

std::vector<LabelledClip> labelledClips(const Schedule& schedule, Species species, std::span<const double> energy,
                                        int subject, double clipSeconds) {
  RecordingTimeline timeline;
  timeline.id = 1;
  timeline.subjectId = subject;
  timeline.species = species;
  timeline.fps = FrameRate::fromDouble(schedule.fps);
  timeline.frameCount = schedule.frameCount;
  for (size_t i = 0; i < schedule.seizures.size(); ++i) {
    timeline.events.push_back({static_cast<std::int64_t>(i + 1), schedule.seizures[i].onset,
                               schedule.seizures[i].offset, EventKind::Seizure});
  }
  ClipSetParams params;
  params.clipSeconds = clipSeconds;
  params.horizonSeconds = 5;
  params.strideSeconds = 1;
  params.postIctalSeconds = 20;
  params.humanGapSeconds = params.rodentGapSeconds = 20;
  const ClipSetBuild build = ClipSetBuilder(params).build(std::span<const RecordingTimeline>(&timeline, 1));
  // Per recording, energies in units of the recording's mean: subjects differ
  // in contrast (a black rat on aspen bedding, a white one on paper), and the
  // question is whether a clip moves unlike the rest of its recording.
  const double scale =
      energy.empty() ? 1.0
                     : std::accumulate(energy.begin(), energy.end(), 0.0) / static_cast<double>(energy.size()) + 1e-3;
  std::vector<double> relative(energy.begin(), energy.end());
  for (double& e : relative) e /= scale;
  std::vector<LabelledClip> out;
  for (const ClipWindow& w : build.windows) {
    if (w.endFrame > static_cast<std::int64_t>(energy.size())) continue;
    LabelledClip c;
    c.subject = subject;
    c.preictal = w.label == ClipLabel::Preictal;
    for (const CueEpisode& cue : schedule.cues) {
      if (cue.decoy && w.startFrame < cue.end && w.endFrame > cue.start) c.decoy = true;
    }
    // Skip the first frame of the window: its energy is against the frame before.
    c.features = motionFeatures(std::span<const double>(relative).subspan(
        static_cast<size_t>(w.startFrame + 1), static_cast<size_t>(w.endFrame - w.startFrame - 1)));
    out.push_back(c);
  }
  return out;
}

namespace {

struct Logistic {
  MotionFeatures mean{}, scale{}, w{};
  double b = 0;

  double score(const MotionFeatures& f) const {
    double z = b;
    for (size_t k = 0; k < f.size(); ++k) z += w[k] * (f[k] - mean[k]) / scale[k];
    return 1.0 / (1.0 + std::exp(-z));
  }

  void fit(const std::vector<const LabelledClip*>& train) {
    const double n = static_cast<double>(train.size());
    for (size_t k = 0; k < mean.size(); ++k) {
      double m = 0, v = 0;
      for (const auto* c : train) m += c->features[k];
      m /= n;
      for (const auto* c : train) v += (c->features[k] - m) * (c->features[k] - m);
      mean[k] = m;
      scale[k] = std::sqrt(v / n) + 1e-9;
    }
    double pos = 0;
    for (const auto* c : train) pos += c->preictal ? 1 : 0;
    const double wPos = n / (2 * std::max(pos, 1.0)), wNeg = n / (2 * std::max(n - pos, 1.0));
    for (int it = 0; it < 400; ++it) {  // full-batch gradient descent, small L2
      MotionFeatures g{};
      double gb = 0;
      for (const auto* c : train) {
        const double err = (score(c->features) - (c->preictal ? 1.0 : 0.0)) * (c->preictal ? wPos : wNeg);
        for (size_t k = 0; k < g.size(); ++k) g[k] += err * (c->features[k] - mean[k]) / scale[k];
        gb += err;
      }
      for (size_t k = 0; k < w.size(); ++k) w[k] -= 0.5 * (g[k] / n + 1e-3 * w[k]);
      b -= 0.5 * gb / n;
    }
  }
};

}  // namespace

BaselineResult evaluateMotionBaseline(std::span<const LabelledClip> clips) {
  std::set<int> subjects;
  for (const auto& c : clips) subjects.insert(c.subject);
  if (subjects.size() < 2) throw Error("the motion baseline needs clips of at least two subjects");
  BaselineResult r;
  std::vector<double> pos, neg;
  double tp = 0, tn = 0;
  for (int held : subjects) {
    std::vector<const LabelledClip*> train;
    for (const auto& c : clips) {
      if (c.subject != held) train.push_back(&c);
    }
    Logistic model;
    model.fit(train);
    for (const auto& c : clips) {
      if (c.subject != held) continue;
      const double p = model.score(c.features);
      if (c.preictal) {
        pos.push_back(p);
        tp += p >= 0.5 ? 1 : 0;
      } else {
        neg.push_back(p);
        tn += p < 0.5 ? 1 : 0;
        r.decoyNormal += c.decoy ? 1 : 0;
      }
    }
  }
  r.preictal = pos.size();
  r.normal = neg.size();
  const double sens = pos.empty() ? 0 : tp / static_cast<double>(pos.size());
  const double spec = neg.empty() ? 0 : tn / static_cast<double>(neg.size());
  r.balancedAccuracy = (sens + spec) / 2;
  std::vector<double> scores(pos.begin(), pos.end());
  scores.insert(scores.end(), neg.begin(), neg.end());
  std::vector<int> labels(pos.size(), 1);
  labels.resize(scores.size(), 0);
  r.rocAuc = pos.empty() || neg.empty() ? 0.5 : ml::rocAuc(scores, labels);
  return r;
}

}  // namespace prodrome::core::synth
