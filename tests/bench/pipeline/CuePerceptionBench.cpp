// bench_cue_perception DIR [--subjects N] [--seed S] [--minutes M] [--seizures K] [--difficulty D]
//                          [--fit N]
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
//   - the same + the two earlier windows' statistics (motion_lags 2, an
//     option the demo leaves off).
//   - the same + "inside a cue episode": one more column from the schedule,
//     as if the arrest were perceived perfectly.
//   - brief jerks (core/pipeline/BriefJerks.h): how many the window holds,
//     a count that fits nothing; then the statistics' head with the jerks
//     weighed in as the product weighs them, the weight (among
//     standardJerkWeightCandidates) and the windows in a row chosen on the
//     fitting recordings by the fine-tuning's rule, beside the same rule
//     choosing windows in a row for the statistics alone.
//   - local jerks: the same rule on a measure that looks where the picture
//     changed and changed back (LocalTransients.h) instead of the frame
//     energy; counted alone, weighed in by the rule, and (with the product's
//     count beside it) as one more column of the statistics' head. First of
//     all the bench prints how many of the schedule's twitches each detector
//     finds, against its false jerks per minute of ordinary time.
//   - jerks over time: each detector's counts over the last 2, 5, 10 and
//     20 s (kCountSpans) in the logistic head, and the schedule's twitches
//     counted the same way (perfect perception read the same way): how much
//     an episode's course beyond one window adds.
//   - true twitches: the number of the generator's twitches in the window
//     (-1 outside cue episodes): perfect perception of the twitches within
//     one 5-s window, no fitting; then the same with a decoy's release seen
//     (-1 once a decoy's arrest lets go).
//   - ideal observer: the posterior of IdealObserver.h at the window ends,
//     seeing the twitches alone (what the videos show), then also each
//     episode's start, then also the release.
// The last two read the schedule, not the video: they are yardsticks. The
// event figures come with their exact 95 % intervals (Clopper-Pearson,
// Garwood): 60 seizures and 4 hours tell large differences only.
//
// With --fit N the scorers are fitted, and their thresholds chosen, on the
// first N recordings only and scored on the rest, one way: the demo's
// proportions with its own videos (`--subjects 9 --seed S+1 --fit 6` for the
// demo's seed S: five training patients and one validation patient, three
// held out), where few recordings fit the head.
//
// It also measures whether the video shows the arrest at all (the
// yardsticks "start + twitches" and "+ release" assume it is seen), twitches
// left out: the rise of the motion energy over an episode's last
// kCueRampSeconds for decoys against pre-ictal phases, and the energy inside
// episodes against as long of ordinary time just before each.
//
// Make the videos first, e.g. (about 2 minutes):
//   prodrome synth /tmp/p.prodrome --species human --subjects 30 --minutes 8 --seizures 2 --seed 100 --out DIR
// and pass the same --subjects, --seed, --minutes and --seizures here.

#include "core/forecast/OperatingPoint.h"
#include "core/forecast/WindowLabels.h"
#include "core/pipeline/BriefJerks.h"
#include "core/pipeline/WindowMotion.h"
#include "core/runs/FineTuneConfig.h"
#include "core/synth/IdealObserver.h"
#include "core/synth/ScheduleSeizures.h"
#include "core/synth/SynthProject.h"
#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "ml/GroupStandardise.h"
#include "ml/LinearProbe.h"
#include "ml/Metrics.h"
#include "ml/VideoMAEConfig.h"

#include "LocalTransients.h"

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
  std::vector<double> twitches, twitchesBlind, insideEpisode, observer, observerBlind, observerAlone;
  std::vector<int> jerks;       // brief jerks in each window
  std::vector<int> localJerks;  // local jerks (LocalTransients.h) in each window
  // The frames each detector put a jerk at (its peak, not when it is known).
  std::vector<std::int64_t> jerkPeaks, localJerkPeaks;
  // log(1 + count) over each of kCountSpans ending at the window's end: the
  // brief jerks, the local jerks and the schedule's twitches.
  std::vector<std::vector<double>> jerkSpans, localJerkSpans, twitchSpans;
  // Per cue episode long enough (3 ramps): how much the motion energy rises
  // in its last kCueRampSeconds against the ramp before, and whether it is a decoy.
  std::vector<std::pair<double, bool>> endRises;
  // Per cue episode: its arrested motion energy (ramps left out) and that of
  // as many frames of ordinary time just before it.
  std::vector<std::pair<double, double>> arrests;
};

AlarmOptions alarms() {
  AlarmOptions a;
  a.horizonSeconds = 5;
  a.postIctalSeconds = 60;
  return a;
}

// Whether the video shows the arrest, the one cue besides the twitches that
// tells an episode's start and a decoy's end. Frames a twitch moves (its
// frame and the two after, the kick's decay) are left out, so only the
// arrest is measured:
// - a decoy's arrest lets go in its last kCueRampSeconds, a pre-ictal
//   phase's does not: does the motion energy of those frames rise more at a
//   decoy's end than at a pre-ictal phase's?
// - is the motion energy inside an episode (its ramps left out) lower than
//   over as many frames of ordinary time (no episode, seizure or post-ictal
//   stillness) just before it?
void measureArrests(const std::vector<double>& energies, const Schedule& s, Recording& r) {
  const auto frames = static_cast<std::int64_t>(energies.size());
  std::vector<bool> still(energies.size(), true), ordinary(energies.size(), true);
  for (const CueEpisode& c : s.cues) {
    for (const Twitch& t : c.twitches)
      for (std::int64_t f = t.frame; f < t.frame + 3 && f < frames; ++f) still[static_cast<size_t>(f)] = false;
    for (std::int64_t f = c.start; f < c.end && f < frames; ++f) ordinary[static_cast<size_t>(f)] = false;
  }
  for (const PlannedSeizure& p : s.seizures)
    for (std::int64_t f = p.onset; f < p.stillnessEnd && f < frames; ++f) ordinary[static_cast<size_t>(f)] = false;
  const auto ramp = static_cast<std::int64_t>(std::llround(kCueRampSeconds * s.fps));
  const auto meanEnergy = [&](std::int64_t from, std::int64_t to, const std::vector<bool>& use) {
    double sum = 0;
    int n = 0;
    for (std::int64_t f = std::max<std::int64_t>(0, from); f < to; ++f)
      if (use[static_cast<size_t>(f)]) sum += energies[static_cast<size_t>(f)], ++n;
    return std::make_pair(n ? sum / n : 0.0, n);
  };
  for (const CueEpisode& c : s.cues) {
    if (c.end - c.start < 3 * ramp || c.end > frames) continue;
    r.endRises.emplace_back(
        meanEnergy(c.end - ramp, c.end, still).first - meanEnergy(c.end - 2 * ramp, c.end - ramp, still).first,
        c.decoy);
    const std::int64_t from = c.start + ramp, to = c.end - ramp, length = to - from;
    const auto before = meanEnergy(c.start - length, c.start, ordinary);
    if (before.second * 2 >= length) r.arrests.emplace_back(meanEnergy(from, to, still).first, before.first);
  }
}

// Spans of the past a fitted scorer counts jerks over, each ending at the
// window's end: an episode's twitches come faster towards its onset, and an
// episode lasts 8-20 s, longer than the window.
constexpr double kCountSpans[] = {2, 5, 10, 20};

// log(1 + how many of `known` fall in each span before `end`).
std::vector<double> spanCounts(const std::vector<std::int64_t>& known, std::int64_t end, double fps) {
  std::vector<double> out;
  for (const double seconds : kCountSpans)
    out.push_back(std::log1p(jerksInWindow(known, end - static_cast<std::int64_t>(std::llround(seconds * fps)), end)));
  return out;
}

Recording measure(const std::filesystem::path& video, const Schedule& s, double share) {
  Recording r;
  r.schedule = s;
  // One pass over the video: the frame energies (as recordingEnergies reads
  // them) and the block pictures of the local measure.
  FrameEnergies frameEnergies(kEnergySize);
  std::vector<std::vector<float>> blocks;
  {
    VideoSource source(video);
    FrameConverter converter(video.string());
    std::vector<std::uint8_t> square(static_cast<size_t>(kEnergySize) * kEnergySize * 3);
    while (auto frame = source.next()) {
      converter.toSquareRgb24(*frame, kEnergySize, square.data());
      frameEnergies.pushSquare(frame->number, square.data(), FrameEnergies::isKeyframe(*frame));
      blocks.push_back(bench::blockLuma(square.data(), kEnergySize));
    }
  }
  const std::vector<double>& energies = frameEnergies.values();
  const std::vector<std::uint8_t>& keyframes = frameEnergies.keyframes();
  measureArrests(energies, s, r);
  const auto jerks = briefJerks(energies, keyframes, s.fps);
  const auto localJerks = briefJerks(bench::localTransients(blocks, s.fps), keyframes, s.fps, bench::kLocalJerkMinimum);
  blocks.clear();
  const auto far = jerkDelayFrames(s.fps);
  for (const auto f : jerks) r.jerkPeaks.push_back(f - far);
  for (const auto f : localJerks) r.localJerkPeaks.push_back(f - far);
  // The schedule's twitches, known at their own frame (perfect perception).
  std::vector<std::int64_t> twitchFrames;
  for (const CueEpisode& c : s.cues)
    for (const Twitch& t : c.twitches) twitchFrames.push_back(t.frame);
  std::sort(twitchFrames.begin(), twitchFrames.end());
  const auto length = static_cast<std::int64_t>(std::llround(kWindowSeconds * s.fps));
  const auto stride = static_cast<std::int64_t>(std::llround(s.fps));
  const auto observer = idealObserverCurve(s, alarms().horizonSeconds, share, ObserverSight::TwitchesAndRelease);
  const auto observerBlind = idealObserverCurve(s, alarms().horizonSeconds, share, ObserverSight::Twitches);
  const auto observerAlone = idealObserverCurve(s, alarms().horizonSeconds, share, ObserverSight::TwitchesAlone);
  size_t a = 0;
  size_t o = 0;
  for (std::int64_t e = length; e <= static_cast<std::int64_t>(energies.size()); e += stride) {
    r.windows.push_back({e, 0});
    std::vector<float> f(static_cast<size_t>(ml::kMotionStatistics * ml::kMaxMotionScales * (1 + ml::kMaxMotionLags)));
    windowMotion(energies, e - length, e, f.data(), ml::kMaxMotionScales, ml::kMaxMotionLags);
    r.statistics.emplace_back(f.begin(), f.end());
    r.jerks.push_back(jerksInWindow(jerks, e - length, e));
    r.localJerks.push_back(jerksInWindow(localJerks, e - length, e));
    r.jerkSpans.push_back(spanCounts(jerks, e, s.fps));
    r.localJerkSpans.push_back(spanCounts(localJerks, e, s.fps));
    r.twitchSpans.push_back(spanCounts(twitchFrames, e, s.fps));
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
    // This one's points run from each episode's first twitch, not its start.
    while (a < observerAlone.size() && observerAlone[a].windowEndFrame < e) ++a;
    const bool seen = a < observerAlone.size() && observerAlone[a].windowEndFrame == e;
    r.observerAlone.push_back(seen ? observerAlone[a].probability : 0.0);
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

// Recordings [0, half) and [half, n). Both ways round: fitted on the first
// part and scored on the second, then the reverse. One way (--fit N): fitted
// on the first N only, as the demo fits on its training and validation
// patients and scores its held-out ones.
struct Split {
  size_t half = 0;
  bool bothWays = true;
};

// Recordings [from, to) as the operating point reads them, with `scores`.
std::vector<CurveForSelection> curvesOf(const std::vector<Recording>& recs, size_t from, size_t to,
                                        const Scores& scores) {
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
}

// `firstHalf` and `secondHalf` are the scores of the scorer fitted on each
// part (the same for scorers that fit nothing; secondHalf unused one way).
void report(const std::string& name, const std::vector<Recording>& recs, Split split, const Scores& firstHalf,
            const Scores& secondHalf) {
  const size_t half = split.half;
  struct Fold {
    std::vector<CurveForSelection> fit, test;
  };
  std::vector<Fold> folds = {{curvesOf(recs, 0, half, firstHalf), curvesOf(recs, half, recs.size(), firstHalf)}};
  if (split.bothWays)
    folds.push_back({curvesOf(recs, half, recs.size(), secondHalf), curvesOf(recs, 0, half, secondHalf)});
  // Window ROC-AUC of each scored recording's out-of-fold scores, pooled.
  std::vector<double> s;
  std::vector<int> l;
  for (size_t i = split.bothWays ? 0 : half; i < recs.size(); ++i) {
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
void reportFitted(const std::string& name, const std::vector<Recording>& recs, Split split, const Rows& rows) {
  const Scores first = fitAndScore(recs, 0, split.half, rows);
  report(name, recs, split, first, split.bothWays ? fitAndScore(recs, split.half, recs.size(), rows) : first);
}

// "ROC-AUC a [low, high]" of scores telling labels 1 from 0, with Hanley and
// McNeil's interval: the episodes are independent draws, and a bench needs
// only the interval's width, not DeLong's exactness.
std::string aucWithInterval(const std::vector<double>& scores, const std::vector<int>& labels) {
  const double a = ml::rocAuc(scores, labels);
  const double n1 = static_cast<double>(std::count(labels.begin(), labels.end(), 1));
  const double n0 = static_cast<double>(labels.size()) - n1;
  const double q1 = a / (2 - a), q2 = 2 * a * a / (1 + a);
  const double se = std::sqrt((a * (1 - a) + (n1 - 1) * (q1 - a * a) + (n0 - 1) * (q2 - a * a)) / (n1 * n0));
  char text[64];
  std::snprintf(text, sizeof text, "%.3f [%.3f, %.3f]", a, a - 1.96 * se, a + 1.96 * se);
  return text;
}

// Which of a recording's jerk counts a scorer weighs in.
using Jerks = std::vector<int> Recording::*;

// Every recording's scores with its windows' jerks weighed in at `weight`.
Scores weighed(const std::vector<Recording>& recs, Scores scores, double weight, Jerks jerks = &Recording::jerks) {
  for (size_t i = 0; i < recs.size(); ++i) weighJerks(scores[i], recs[i].*jerks, weight);
  return scores;
}

// As the fine-tuning chooses (core/pipeline/OperatingPointSelection.h): on
// each fold's fitting recordings, the jerk weight among `weights` and the
// windows in a row (1 to 3) whose threshold within the budget forecasts the
// most seizures (core::betterOperatingPoint; ties to the earlier), then
// scored on the others. One row: what each fold chose, and the pooled figures.
void reportByTheRule(const std::string& name, const std::vector<Recording>& recs, Split split, const Scores& firstHalf,
                     const Scores& secondHalf, const std::vector<double>& weights, Jerks jerks = &Recording::jerks) {
  const size_t half = split.half;
  struct Fold {
    size_t fitFrom, fitTo, testFrom, testTo;
    const Scores* scores;
  };
  std::vector<Fold> folds = {{0, half, half, recs.size(), &firstHalf}};
  if (split.bothWays) folds.push_back({half, recs.size(), 0, half, &secondHalf});
  EventTotals t;
  std::vector<double> scored;  // out-of-fold windows, for the window ROC-AUC
  std::vector<int> labels;
  std::string chosen;
  for (const Fold& f : folds) {
    OperatingPointChoice best;
    double bestWeight = 0;
    int bestConsecutive = 1;
    bool any = false;
    for (const double weight : weights) {
      const auto fit = curvesOf(recs, f.fitFrom, f.fitTo, weighed(recs, *f.scores, weight, jerks));
      int consecutive = 1;
      const auto c = bestOperatingPoint(fit, alarms(), 3, kMaxFalseAlarmsPerHour, consecutive);
      if (!any || betterOperatingPoint(c, best)) {
        best = c;
        bestWeight = weight;
        bestConsecutive = consecutive;
        any = true;
      }
    }
    AlarmOptions a = alarms();
    a.consecutive = bestConsecutive;
    a.threshold = best.threshold;
    const Scores chosenScores = weighed(recs, *f.scores, bestWeight, jerks);
    for (const auto& c : curvesOf(recs, f.testFrom, f.testTo, chosenScores))
      t.add(evaluateAlarms(c.points, c.seizures, c.fps, c.frameCount, a));
    for (size_t i = f.testFrom; i < f.testTo; ++i)
      for (size_t w = 0; w < recs[i].windows.size(); ++w)
        if (recs[i].labels[w] >= 0) {
          scored.push_back(chosenScores[i][w]);
          labels.push_back(recs[i].labels[w]);
        }
    char part[48];
    std::snprintf(part, sizeof part, "%sw %.2f k %d", chosen.empty() ? "" : ", ", bestWeight, bestConsecutive);
    chosen += part;
  }
  const ml::CountInterval s95 = t.sensitivityInterval(), f95 = t.falseAlarmsPerHourInterval();
  std::printf("%-46s %9d/%-3d %5.2f-%4.2f %8.1f %5.1f-%5.1f   %s   chosen: %s\n", name.c_str(), t.forecast, t.seizures,
              s95.low, s95.high, t.falseAlarmsPerHour(), f95.low, f95.high, aucWithInterval(scored, labels).c_str(),
              chosen.c_str());
}

// Does the video show the arrest? ROC-AUCs near 0.5 say it does not: then
// neither an episode's start nor a decoy's release can be perceived, and the
// observer that sees the twitches alone is the yardstick for these videos.
void reportArrests(const std::vector<Recording>& recs) {
  std::vector<double> rises, energies;
  std::vector<int> decoy, inside;
  double sum[2] = {0, 0}, level[2] = {0, 0};
  int count[2] = {0, 0}, lower = 0;
  for (const Recording& r : recs) {
    for (const auto& [rise, isDecoy] : r.endRises) {
      rises.push_back(rise);
      decoy.push_back(isDecoy ? 1 : 0);
      sum[isDecoy] += rise;
      ++count[isDecoy];
    }
    for (const auto& [arrested, before] : r.arrests) {
      // Negated: the arrest shows as less motion inside.
      energies.insert(energies.end(), {-arrested, -before});
      inside.insert(inside.end(), {1, 0});
      level[0] += arrested;
      level[1] += before;
      lower += arrested < before ? 1 : 0;
    }
  }
  if (count[0] && count[1])
    std::printf(
        "a decoy's release in the video: motion energy rises by %.4f over its last %.1f s (%d decoys) against %.4f at "
        "a pre-ictal phase's end (%d); ROC-AUC of the rise telling them apart %s (0.5: not visible)\n",
        sum[1] / count[1], kCueRampSeconds, count[1], sum[0] / count[0], count[0],
        aucWithInterval(rises, decoy).c_str());
  const auto episodes = static_cast<double>(energies.size() / 2);
  if (episodes > 0)
    std::printf(
        "the arrest in the video: motion energy %.4f inside %zu episodes (ramps and twitches left out) against %.4f "
        "over as long just before each, lower inside in %d; ROC-AUC of less motion telling them apart %s (0.5: not "
        "visible)\n",
        level[0] / episodes, energies.size() / 2, level[1] / episodes, lower,
        aucWithInterval(energies, inside).c_str());
}

// How many of the schedule's twitches a detector finds (a jerk peak from
// one frame before the twitch to two after it: the kick and its decay),
// overall and split at amplitude 0.5 (weak twitches, of faint episodes), and
// its jerks per minute of ordinary time (no episode or the 3 frames after
// one, no seizure or its stillness): false jerks.
void reportTwitchPerception(const std::string& name, const std::vector<Recording>& recs,
                            std::vector<std::int64_t> Recording::*peaks) {
  long found[2] = {0, 0}, total[2] = {0, 0}, falseJerks = 0;
  double ordinaryMinutes = 0;
  for (const Recording& r : recs) {
    const Schedule& s = r.schedule;
    const auto& p = r.*peaks;
    std::vector<char> ordinary(static_cast<size_t>(s.frameCount), 1);
    const auto clear = [&](std::int64_t from, std::int64_t to) {
      for (std::int64_t f = std::max<std::int64_t>(0, from); f < std::min(to, s.frameCount); ++f)
        ordinary[static_cast<size_t>(f)] = 0;
    };
    for (const CueEpisode& c : s.cues) clear(c.start, c.end + 3);
    for (const PlannedSeizure& z : s.seizures) clear(z.onset, z.stillnessEnd);
    ordinaryMinutes += static_cast<double>(std::count(ordinary.begin(), ordinary.end(), 1)) / s.fps / 60;
    for (const auto f : p)
      if (f >= 0 && f < s.frameCount && ordinary[static_cast<size_t>(f)]) ++falseJerks;
    for (const CueEpisode& c : s.cues)
      for (const Twitch& t : c.twitches) {
        const auto at = std::lower_bound(p.begin(), p.end(), t.frame - 1);
        const int strong = t.amplitude >= 0.5f ? 1 : 0;
        ++total[strong];
        found[strong] += at != p.end() && *at <= t.frame + 2 ? 1 : 0;
      }
  }
  const auto share = [](long a, long b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  std::printf("%-46s %8.3f %8.3f %8.3f %10.2f\n", name.c_str(), share(found[0] + found[1], total[0] + total[1]),
              share(found[0], total[0]), share(found[1], total[1]), falseJerks / ordinaryMinutes);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]).rfind("--", 0) == 0) {
    std::fprintf(stderr,
                 "usage: bench_cue_perception DIR [--subjects N] [--seed S] [--minutes M] [--seizures K] "
                 "[--difficulty D] [--fit N]\n");
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  SynthOptions o;
  o.species = "human";
  o.subjects = 30;
  o.minutes = 8;
  o.seizures = 2;
  o.seed = 100;
  int fit = 0;
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
    else if (a == "--fit")
      fit = std::stoi(v);
    else {
      std::fprintf(stderr, "bench_cue_perception: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  if (fit < 0 || fit >= o.subjects) {
    std::fprintf(stderr, "bench_cue_perception: --fit %d must leave recordings to fit and to score (1 .. %d)\n", fit,
                 o.subjects - 1);
    return 2;
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
  const Split split{fit ? static_cast<size_t>(fit) : recs.size() / 2, fit == 0};
  const size_t half = split.half;
  if (split.bothWays)
    std::printf(
        "%zu recordings of %.0f min (difficulty %.1f, seed %llu): threshold chosen for <= %.0f false alarms/h on one "
        "half (%zu and %zu recordings), scored on the other, both ways round\n",
        recs.size(), o.minutes, o.difficulty, static_cast<unsigned long long>(o.seed), kMaxFalseAlarmsPerHour, half,
        recs.size() - half);
  else
    std::printf(
        "%zu recordings of %.0f min (difficulty %.1f, seed %llu): fitted and threshold chosen for <= %.0f false "
        "alarms/h on the first %zu, scored on the other %zu\n",
        recs.size(), o.minutes, o.difficulty, static_cast<unsigned long long>(o.seed), kMaxFalseAlarmsPerHour, half,
        recs.size() - half);
  std::printf("%-46s %8s %8s %8s %10s\n", "twitches found by", "all", "amp<0.5", "amp>=0.5", "false/min");
  reportTwitchPerception("brief jerks (frame energy, the product's)", recs, &Recording::jerkPeaks);
  reportTwitchPerception("local jerks (LocalTransients.h)", recs, &Recording::localJerkPeaks);
  reportArrests(recs);
  std::printf("%-46s %5s %4s %13s %10s %8s %11s %14s\n", "scorer", "auc", "rows", "seizures", "95% CI", "fa_h",
              "95% CI", "hindsight_sens");
  const auto window = static_cast<std::ptrdiff_t>(ml::kMotionStatistics * ml::kMaxMotionScales);
  const Rows statistics = [window](const Recording& r, size_t w) {
    return std::vector<double>(r.statistics[w].begin(), r.statistics[w].begin() + window);
  };
  const Scores statsFirst = fitAndScore(recs, 0, half, statistics);
  const Scores statsSecond = split.bothWays ? fitAndScore(recs, half, recs.size(), statistics) : statsFirst;
  report("motion statistics (the detector's input)", recs, split, statsFirst, statsSecond);
  reportFitted("statistics + two earlier windows' (lags 2)", recs, split,
               [](const Recording& r, size_t w) { return r.statistics[w]; });
  reportFitted("statistics + inside a cue episode (schedule)", recs, split, [&](const Recording& r, size_t w) {
    auto row = statistics(r, w);
    row.push_back(r.insideEpisode[w]);
    return row;
  });
  Scores jerkCounts;
  for (const Recording& r : recs) jerkCounts.emplace_back(r.jerks.begin(), r.jerks.end());
  report("brief jerks in the window (count, no fitting)", recs, split, jerkCounts, jerkCounts);
  Scores localCounts;
  for (const Recording& r : recs) localCounts.emplace_back(r.localJerks.begin(), r.localJerks.end());
  report("local jerks in the window (count, no fitting)", recs, split, localCounts, localCounts);
  const auto withCount = [statistics](std::vector<int> Recording::*jerks) {
    return [statistics, jerks](const Recording& r, size_t w) {
      auto row = statistics(r, w);
      row.push_back(std::log1p(static_cast<double>((r.*jerks)[w])));
      return row;
    };
  };
  reportFitted("statistics + log(1 + brief jerks) column", recs, split, withCount(&Recording::jerks));
  reportFitted("statistics + log(1 + local jerks) column", recs, split, withCount(&Recording::localJerks));
  const auto spans = [](std::vector<std::vector<double>> Recording::*counts) {
    return [counts](const Recording& r, size_t w) { return (r.*counts)[w]; };
  };
  reportFitted("brief jerks over 2/5/10/20 s (fitted)", recs, split, spans(&Recording::jerkSpans));
  reportFitted("local jerks over 2/5/10/20 s (fitted)", recs, split, spans(&Recording::localJerkSpans));
  Scores twitches, twitchesBlind, observer, observerBlind, observerAlone;
  for (const Recording& r : recs) {
    twitches.push_back(r.twitches);
    twitchesBlind.push_back(r.twitchesBlind);
    observer.push_back(r.observer);
    observerBlind.push_back(r.observerBlind);
    observerAlone.push_back(r.observerAlone);
  }
  report("true twitches in the window (schedule)", recs, split, twitchesBlind, twitchesBlind);
  report("true twitches + a decoy's release (schedule)", recs, split, twitches, twitches);
  reportFitted("twitches over 2/5/10/20 s (schedule, fitted)", recs, split, spans(&Recording::twitchSpans));
  report("ideal observer, twitches alone (schedule)", recs, split, observerAlone, observerAlone);
  report("ideal observer, start + twitches (schedule)", recs, split, observerBlind, observerBlind);
  report("ideal observer, + release (schedule)", recs, split, observer, observer);
  std::printf(
      "\nThe fine-tuning's rule (windows in a row, and a jerk weight, chosen on the fitting recordings):\n"
      "%-46s %13s %10s %8s %11s   %s\n",
      "scorer", "seizures", "95% CI", "fa_h", "95% CI", "window ROC-AUC [95% CI]");
  reportByTheRule("motion statistics", recs, split, statsFirst, statsSecond, {0.0});
  reportByTheRule("motion statistics + brief jerks", recs, split, statsFirst, statsSecond,
                  standardJerkWeightCandidates());
  reportByTheRule("motion statistics + local jerks", recs, split, statsFirst, statsSecond,
                  standardJerkWeightCandidates(), &Recording::localJerks);
  return 0;
}
