// bench_cue_perception DIR [--subjects N] [--seed S] [--minutes M] [--seizures K] [--difficulty D]
//
// How much of the generator's cues the forecaster's perception catches
// (issue 12). The ideal observer (core/synth/IdealObserver.h) shows what
// perfect perception of the cues would reach through the forecaster's
// operating-point rule; this bench puts window scorers side by side on the
// same rendered recordings, each at a threshold chosen by that rule (at most
// 30 false alarms per hour) on one half of the recordings and scored on the
// other, both ways round (every seizure is scored once, by a scorer that
// never saw its recording):
//   - motion statistics: the forecaster's statistics (core/pipeline/
//     WindowMotion.h, three time scales), standardised per recording by the
//     forecast's own rule (ml::standardiseWithinGroups), in the product's logistic head (ml::LinearProbe)
//     fitted on the fitting half's labelled windows (core/forecast/
//     WindowLabels.h). This is what the motion-statistics forecaster reads.
//   - the same + the two earlier windows' statistics (motion_lags 2, the
//     demo's forecaster).
//   - the same + "inside a cue episode": one more column from the schedule,
//     as if the arrest were perceived perfectly.
//   - true twitches: the number of the generator's twitches in the window
//     (-1 outside cue episodes): perfect perception of the twitches within
//     one 5-s window, no fitting; then the same with a decoy's release seen
//     (-1 once a decoy's arrest lets go).
//   - ideal observer: the posterior of IdealObserver.h at the window ends,
//     seeing the twitches from the episode's start, then also the release.
// The last two read the schedule, not the video: they are yardsticks. The
// event figures come with their exact 95 % intervals (Clopper-Pearson,
// Garwood): 60 seizures and 4 hours tell large differences only.
//
// Make the videos first, e.g. (about 2 minutes):
//   prodrome synth /tmp/p.prodrome --species human --subjects 30 --minutes 8 --seizures 2 --seed 100 --out DIR
// and pass the same --subjects, --seed, --minutes and --seizures here.

#include "core/forecast/OperatingPoint.h"
#include "core/forecast/WindowLabels.h"
#include "core/pipeline/WindowMotion.h"
#include "core/synth/IdealObserver.h"
#include "core/synth/ScheduleSeizures.h"
#include "core/synth/SynthProject.h"
#include "ml/GroupStandardise.h"
#include "ml/LinearProbe.h"
#include "ml/Metrics.h"
#include "ml/VideoMAEConfig.h"

#include <torch/torch.h>

#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace prodrome;
using namespace prodrome::core;
using namespace prodrome::core::synth;

namespace {

constexpr double kWindowSeconds = 5;
constexpr double kMaxFalseAlarmsPerHour = 30;
constexpr int kEnergySize = 112;  // the demo's model input: the picture the statistics are measured on

struct Recording {
  Schedule schedule;
  std::vector<ForecastPoint> windows;  // window ends every second, probability unused
  std::vector<int> labels;             // WindowLabels
  std::vector<std::vector<double>> statistics;  // windowMotion's layout: the window, then two earlier ones
  std::vector<double> twitches, twitchesBlind, insideEpisode, observer, observerBlind;
};

AlarmOptions alarms() {
  AlarmOptions a;
  a.horizonSeconds = 5;
  a.postIctalSeconds = 60;
  return a;
}

Recording measure(const std::filesystem::path& video, const Schedule& s, double share) {
  Recording r;
  r.schedule = s;
  const std::vector<double> energies = recordingEnergies(video, kEnergySize);
  const auto length = static_cast<std::int64_t>(std::llround(kWindowSeconds * s.fps));
  const auto stride = static_cast<std::int64_t>(std::llround(s.fps));
  const auto observer = idealObserverCurve(s, alarms().horizonSeconds, share, ObserverSight::TwitchesAndRelease);
  const auto observerBlind = idealObserverCurve(s, alarms().horizonSeconds, share, ObserverSight::Twitches);
  size_t o = 0;
  for (std::int64_t e = length; e <= static_cast<std::int64_t>(energies.size()); e += stride) {
    r.windows.push_back({e, 0});
    std::vector<float> f(static_cast<size_t>(ml::kMotionStatistics * ml::kMaxMotionScales * (1 + ml::kMaxMotionLags)));
    windowMotion(energies, e - length, e, f.data(), ml::kMaxMotionScales, ml::kMaxMotionLags);
    r.statistics.emplace_back(f.begin(), f.end());
    double count = -1, blind = -1, inside = 0;
    for (const CueEpisode& c : s.cues) {
      if (e <= c.start || e > c.end) continue;
      inside = 1;
      blind = 0;
      for (const Twitch& t : c.twitches) blind += t.frame < e && t.frame >= e - length ? 1 : 0;
      const bool released = c.decoy && static_cast<double>(c.end - (e - 1)) <= kCueRampSeconds * s.fps;
      if (!released) count = blind;
    }
    r.twitches.push_back(count);
    r.twitchesBlind.push_back(blind);
    r.insideEpisode.push_back(inside);
    // Both curves have a point at the same frames (every frame of every episode).
    while (o < observer.size() && observer[o].windowEndFrame < e) ++o;
    const bool scored = o < observer.size() && observer[o].windowEndFrame == e;
    r.observer.push_back(scored ? observer[o].probability : 0.0);
    r.observerBlind.push_back(scored ? observerBlind[o].probability : 0.0);
  }
  WindowLabelOptions lo;
  lo.windowSeconds = kWindowSeconds;
  lo.horizonSeconds = alarms().horizonSeconds;
  r.labels = windowLabels(r.windows, scheduleSeizures(s), s.fps, lo);
  // The forecast standardises a recording's windows together, by its own rule.
  const auto rows = static_cast<std::int64_t>(r.statistics.size());
  const auto columns = static_cast<std::int64_t>(r.statistics.front().size());
  auto raw = torch::empty({rows, columns}, torch::kFloat32);
  for (std::int64_t i = 0; i < rows; ++i)
    for (std::int64_t k = 0; k < columns; ++k)
      raw[i][k] = static_cast<float>(r.statistics[static_cast<size_t>(i)][static_cast<size_t>(k)]);
  const auto standardised =
      ml::standardiseWithinGroups(raw, std::vector<std::int64_t>(static_cast<size_t>(rows), 0)).contiguous();
  const float* v = standardised.data_ptr<float>();
  for (std::int64_t i = 0; i < rows; ++i)
    for (std::int64_t k = 0; k < columns; ++k) r.statistics[static_cast<size_t>(i)][static_cast<size_t>(k)] = v[i * columns + k];
  return r;
}

// A scorer gives each window of a recording a score (a probability for the
// fitted ones); rows(r, i) is the fitted scorers' feature row.
using Rows = std::function<std::vector<double>(const Recording&, size_t)>;

// Every recording's scores by a head fitted on recordings [from, to).
std::vector<std::vector<double>> fitAndScore(const std::vector<Recording>& recs, size_t from, size_t to,
                                             const Rows& rows) {
  std::vector<float> x, y;
  size_t width = 0;
  for (size_t i = from; i < to; ++i) {
    for (size_t w = 0; w < recs[i].windows.size(); ++w) {
      if (recs[i].labels[w] < 0) continue;
      const auto row = rows(recs[i], w);
      width = row.size();
      x.insert(x.end(), row.begin(), row.end());
      y.push_back(static_cast<float>(recs[i].labels[w]));
    }
  }
  const auto n = static_cast<std::int64_t>(y.size());
  const auto probe = ml::fitProbe(torch::from_blob(x.data(), {n, static_cast<std::int64_t>(width)}).clone(),
                                  torch::from_blob(y.data(), {n}).clone(), ml::ProbeOptions{});
  std::vector<std::vector<double>> scores;
  for (const Recording& r : recs) {
    std::vector<float> all;
    for (size_t w = 0; w < r.windows.size(); ++w) {
      const auto row = rows(r, w);
      all.insert(all.end(), row.begin(), row.end());
    }
    const auto p = probe
                       .probabilities(torch::from_blob(all.data(), {static_cast<std::int64_t>(r.windows.size()),
                                                                    static_cast<std::int64_t>(width)})
                                          .clone())
                       .to(torch::kFloat64)
                       .contiguous();
    scores.emplace_back(p.data_ptr<double>(), p.data_ptr<double>() + p.numel());
  }
  return scores;
}

// Out-of-fold scores: scores[i] from a scorer that never saw recording i.
using Scores = std::vector<std::vector<double>>;

// Both ways round: fitted on the first half and scored on the second, then
// the reverse; `firstHalf` and `secondHalf` are the scores of the scorer
// fitted on each (the same for scorers that fit nothing).
void report(const std::string& name, const std::vector<Recording>& recs, size_t half, const Scores& firstHalf,
            const Scores& secondHalf) {
  const auto curves = [&](size_t from, size_t to, const Scores& scores) {
    std::vector<CurveForSelection> out;
    for (size_t i = from; i < to; ++i) {
      CurveForSelection c;
      c.points = recs[i].windows;
      for (size_t w = 0; w < c.points.size(); ++w) c.points[w].probability = scores[i][w];
      c.seizures = scheduleSeizures(recs[i].schedule);
      c.fps = recs[i].schedule.fps;
      c.frameCount = recs[i].schedule.frameCount;
      out.push_back(std::move(c));
    }
    return out;
  };
  struct Fold {
    std::vector<CurveForSelection> fit, test;
  };
  const Fold folds[] = {{curves(0, half, firstHalf), curves(half, recs.size(), firstHalf)},
                        {curves(half, recs.size(), secondHalf), curves(0, half, secondHalf)}};
  // Window ROC-AUC of each recording's out-of-fold scores, pooled.
  std::vector<double> s;
  std::vector<int> l;
  for (size_t i = 0; i < recs.size(); ++i) {
    const Scores& scores = i < half ? secondHalf : firstHalf;
    for (size_t w = 0; w < recs[i].windows.size(); ++w) {
      if (recs[i].labels[w] < 0) continue;
      s.push_back(scores[i][w]);
      l.push_back(recs[i].labels[w]);
    }
  }
  const double auc = ml::rocAuc(s, l);
  for (int consecutive = 1; consecutive <= 3; ++consecutive) {
    AlarmOptions a = alarms();
    a.consecutive = consecutive;
    EventTotals t;
    std::vector<CurveForSelection> outOfFold;
    for (const Fold& f : folds) {
      a.threshold = thresholdForFalseAlarmRate(f.fit, a, kMaxFalseAlarmsPerHour).threshold;
      for (const auto& c : f.test) {
        t.add(evaluateAlarms(c.points, c.seizures, c.fps, c.frameCount, a));
        outOfFold.push_back(c);
      }
    }
    const OperatingPointChoice hindsight = thresholdForFalseAlarmRate(outOfFold, a, kMaxFalseAlarmsPerHour);
    const ml::CountInterval s95 = t.sensitivityInterval(), f95 = t.falseAlarmsPerHourInterval();
    std::printf("%-46s %5.3f %4d %9d/%-3d %5.2f-%4.2f %8.1f %5.1f-%5.1f %14.3f\n", name.c_str(), auc, consecutive,
                t.forecast, t.seizures, s95.low, s95.high, t.falseAlarmsPerHour(), f95.low, f95.high,
                hindsight.sensitivity);
  }
}

// A fitted scorer, both ways round.
void reportFitted(const std::string& name, const std::vector<Recording>& recs, size_t half, const Rows& rows) {
  report(name, recs, half, fitAndScore(recs, 0, half, rows), fitAndScore(recs, half, recs.size(), rows));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]).rfind("--", 0) == 0) {
    std::fprintf(stderr,
                 "usage: bench_cue_perception DIR [--subjects N] [--seed S] [--minutes M] [--seizures K] "
                 "[--difficulty D]\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  SynthOptions o;
  o.species = "human";
  o.subjects = 30;
  o.minutes = 8;
  o.seizures = 2;
  o.seed = 100;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--subjects")
      o.subjects = std::stoi(v);
    else if (a == "--seed")
      o.seed = std::stoull(v);
    else if (a == "--minutes")
      o.minutes = std::stod(v);
    else if (a == "--seizures")
      o.seizures = std::stoi(v);
    else if (a == "--difficulty")
      o.difficulty = std::stod(v);
    else {
      std::fprintf(stderr, "bench_cue_perception: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  torch::set_num_threads(1);
  std::vector<Schedule> schedules;
  std::vector<const Schedule*> all;
  for (int i = 0; i < o.subjects; ++i) schedules.push_back(synthSchedule(o, i));
  for (const Schedule& s : schedules) all.push_back(&s);
  const double share = preictalShare(all);
  std::vector<Recording> recs;
  for (int i = 0; i < o.subjects; ++i) {
    const auto video = dir / (synthSubjectCode(o, i) + ".mp4");
    if (!std::filesystem::exists(video)) {
      std::fprintf(stderr, "bench_cue_perception: %s is missing (make the videos with prodrome synth first)\n",
                   video.c_str());
      return 2;
    }
    recs.push_back(measure(video, schedules[static_cast<size_t>(i)], share));
  }
  const size_t half = recs.size() / 2;
  std::printf(
      "%zu recordings of %.0f min (difficulty %.1f, seed %llu): threshold chosen for <= %.0f false alarms/h on one "
      "half (%zu and %zu recordings), scored on the other, both ways round\n",
      recs.size(), o.minutes, o.difficulty, static_cast<unsigned long long>(o.seed), kMaxFalseAlarmsPerHour, half,
      recs.size() - half);
  std::printf("%-46s %5s %4s %13s %10s %8s %11s %14s\n", "scorer", "auc", "rows", "seizures", "95% CI", "fa_h",
              "95% CI", "hindsight_sens");
  const auto window = static_cast<std::ptrdiff_t>(ml::kMotionStatistics * ml::kMaxMotionScales);
  const Rows statistics = [window](const Recording& r, size_t w) {
    return std::vector<double>(r.statistics[w].begin(), r.statistics[w].begin() + window);
  };
  reportFitted("motion statistics (the detector's input)", recs, half, statistics);
  reportFitted("statistics + two earlier windows' (lags 2)", recs, half,
               [](const Recording& r, size_t w) { return r.statistics[w]; });
  reportFitted("statistics + inside a cue episode (schedule)", recs, half, [&](const Recording& r, size_t w) {
    auto row = statistics(r, w);
    row.push_back(r.insideEpisode[w]);
    return row;
  });
  Scores twitches, twitchesBlind, observer, observerBlind;
  for (const Recording& r : recs) {
    twitches.push_back(r.twitches);
    twitchesBlind.push_back(r.twitchesBlind);
    observer.push_back(r.observer);
    observerBlind.push_back(r.observerBlind);
  }
  report("true twitches in the window (schedule)", recs, half, twitchesBlind, twitchesBlind);
  report("true twitches + a decoy's release (schedule)", recs, half, twitches, twitches);
  report("ideal observer, twitches (schedule)", recs, half, observerBlind, observerBlind);
  report("ideal observer, + release (schedule)", recs, half, observer, observer);
  return 0;
}
