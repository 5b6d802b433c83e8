#include "core/synth/IdealObserver.h"

#include "core/synth/ScheduleSeizures.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace prodrome::core::synth {

namespace {

constexpr double kGridSeconds = 0.05;
constexpr double kBlindGridSeconds = 0.2;  // starts and lengths of TwitchesAlone's hypotheses

}  // namespace

const char* sightName(ObserverSight sight) {
  switch (sight) {
    case ObserverSight::TwitchesAlone:
      return "twitch alone";
    case ObserverSight::Twitches:
      return "sees twitch";
    case ObserverSight::TwitchesAndRelease:
      return "+ release";
  }
  return "?";
}

double expectedTwitches(double elapsed, double length) {
  const double p = elapsed / length;
  // ∫0^t (0.2 + 1.8 u²/L²) du = 0.2 t + 0.6 t³/L², written through twitchRate
  // so that the law has one home: twitchRate(p) = a + b p² gives a t + b t p²/3.
  const double a = twitchRate(0);
  const double b = twitchRate(1) - a;
  return a * elapsed + b * elapsed * p * p / 3.0;
}

namespace {

// ObserverSight::TwitchesAlone (the header says what it sees). Hypotheses:
// the episode began `before` seconds before its first twitch and lasts
// `length`, a pre-ictal phase or a decoy. Every twitch and every frame
// without one weigh them by the generator's twitch law; "no seizure yet"
// removes the pre-ictal phases that would have ended.
std::vector<ForecastPoint> twitchesAloneCurve(const Schedule& s, double horizonSeconds, double preictalShare) {
  struct Hypothesis {
    double before, length;
    double twitchLog = 0;  // Σ log twitchRate over the episode's twitches so far
    bool alive = true;     // every twitch so far falls inside it
  };
  std::vector<Hypothesis> grid;
  const int lengths = static_cast<int>(std::lround((kPreictalMaxSeconds - kPreictalMinSeconds) / kBlindGridSeconds));
  for (int j = 0; j < lengths; ++j) {
    const double length = kPreictalMinSeconds + (j + 0.5) * kBlindGridSeconds;
    // The first twitch falls inside the episode: it began at most `length` before.
    for (double before = 0.5 * kBlindGridSeconds; before < length; before += kBlindGridSeconds)
      grid.push_back({before, length});
  }
  std::vector<Twitch> twitches;
  for (const CueEpisode& c : s.cues) twitches.insert(twitches.end(), c.twitches.begin(), c.twitches.end());
  std::sort(twitches.begin(), twitches.end(), [](const Twitch& a, const Twitch& b) { return a.frame < b.frame; });

  std::vector<ForecastPoint> points;
  std::vector<double> logWeight(grid.size());
  size_t next = 0;
  while (next < twitches.size()) {
    // A new episode, learnt of at its first twitch.
    // Times from here on count from this twitch, in whole frames, so that the
    // same evidence gives the same posterior anywhere in the recording.
    const std::int64_t first = twitches[next].frame;
    for (Hypothesis& h : grid) {
      h.twitchLog = std::log(twitchRate(h.before / h.length));
      h.alive = true;
    }
    ++next;
    for (std::int64_t e = first + 1; e <= s.frameCount; ++e) {
      const double seen = static_cast<double>(e - 1 - first) / s.fps;  // the last frame seen
      bool allowed = true;
      for (; next < twitches.size() && twitches[next].frame < e; ++next) {
        const double u = static_cast<double>(twitches[next].frame - first) / s.fps;
        bool any = false;
        for (Hypothesis& h : grid) {
          const double progress = (h.before + u) / h.length;
          if (!h.alive || progress >= 1) {
            h.alive = false;
            continue;
          }
          h.twitchLog += std::log(twitchRate(progress));
          any = true;
        }
        if (!any) {
          allowed = false;  // this twitch begins the next episode
          break;
        }
      }
      if (!allowed) break;
      const double now = static_cast<double>(e - first) / s.fps;
      double top = -std::numeric_limits<double>::infinity();
      for (size_t k = 0; k < grid.size(); ++k) {
        const Hypothesis& h = grid[k];
        logWeight[k] = h.alive ? h.twitchLog - expectedTwitches(std::min(h.before + now, h.length), h.length)
                               : -std::numeric_limits<double>::infinity();
        top = std::max(top, logWeight[k]);
      }
      double soon = 0, preictal = 0, decoy = 0;
      if (std::isfinite(top)) {
        for (size_t k = 0; k < grid.size(); ++k) {
          if (!std::isfinite(logWeight[k])) continue;
          const Hypothesis& h = grid[k];
          const double w = std::exp(logWeight[k] - top);
          decoy += w;
          // A pre-ictal phase that would have ended is ruled out: no seizure began.
          const double end = h.length - h.before;
          if (end <= seen) continue;
          preictal += w;
          if (end - now <= horizonSeconds) soon += w;
        }
      }
      if (preictal == 0) break;  // no seizure can follow this episode any more
      const double whole = preictalShare * preictal + (1 - preictalShare) * decoy;
      points.push_back({e, preictalShare * soon / whole});
    }
  }
  return points;
}

}  // namespace

std::vector<ForecastPoint> idealObserverCurve(const Schedule& s, double horizonSeconds, double preictalShare,
                                              ObserverSight sight) {
  if (!(horizonSeconds > 0)) throw std::invalid_argument("the ideal observer needs a horizon above 0 s");
  if (!(preictalShare > 0 && preictalShare < 1)) {
    throw std::invalid_argument("the ideal observer needs a pre-ictal share in (0, 1)");
  }
  if (sight == ObserverSight::TwitchesAlone) return twitchesAloneCurve(s, horizonSeconds, preictalShare);
  const int n = static_cast<int>(std::lround((kPreictalMaxSeconds - kPreictalMinSeconds) / kGridSeconds));
  std::vector<double> lengths(static_cast<size_t>(n));
  for (int k = 0; k < n; ++k) lengths[static_cast<size_t>(k)] = kPreictalMinSeconds + (k + 0.5) * kGridSeconds;
  std::vector<double> twitchLog(lengths.size()), logWeight(lengths.size());

  const bool release = sight == ObserverSight::TwitchesAndRelease;
  std::vector<ForecastPoint> points;
  for (const CueEpisode& c : s.cues) {
    std::fill(twitchLog.begin(), twitchLog.end(), 0.0);
    size_t next = 0;
    for (std::int64_t e = c.start + 1; e <= c.end; ++e) {
      const double seen = static_cast<double>(e - 1 - c.start) / s.fps;  // the last frame seen, since the start
      if (release && c.decoy && static_cast<double>(c.end - (e - 1)) <= kCueRampSeconds * s.fps) {
        points.push_back({e, 0.0});  // the arrest is letting go: no seizure follows this one
        continue;
      }
      for (; next < c.twitches.size() && c.twitches[next].frame < e; ++next) {
        const double u = static_cast<double>(c.twitches[next].frame - c.start) / s.fps;
        for (size_t k = 0; k < lengths.size(); ++k) twitchLog[k] += std::log(twitchRate(std::min(1.0, u / lengths[k])));
      }
      const double elapsed = static_cast<double>(e - c.start) / s.fps;
      double top = -std::numeric_limits<double>::infinity();
      for (size_t k = 0; k < lengths.size(); ++k) {
        // A length the episode has already outlasted is ruled out.
        logWeight[k] = lengths[k] < seen ? -std::numeric_limits<double>::infinity()
                                         : twitchLog[k] - expectedTwitches(std::min(elapsed, lengths[k]), lengths[k]);
        top = std::max(top, logWeight[k]);
      }
      double soon = 0, preictal = 0, decoy = 0;
      if (std::isfinite(top)) {
        for (size_t k = 0; k < lengths.size(); ++k) {
          if (!std::isfinite(logWeight[k])) continue;
          const double w = std::exp(logWeight[k] - top);
          preictal += w;
          if (lengths[k] - elapsed <= horizonSeconds) soon += w;
          // A decoy this short would already be letting go, for an observer who sees it.
          if (!release || lengths[k] - kCueRampSeconds > seen) decoy += w;
        }
      }
      const double whole = preictalShare * preictal + (1 - preictalShare) * decoy;
      points.push_back({e, whole > 0 ? preictalShare * soon / whole : 0.0});
    }
  }
  std::sort(points.begin(), points.end(),
            [](const ForecastPoint& a, const ForecastPoint& b) { return a.windowEndFrame < b.windowEndFrame; });
  return points;
}

double preictalShare(const std::vector<const Schedule*>& schedules) {
  double preictal = 0, episodes = 0;
  for (const Schedule* s : schedules) {
    for (const CueEpisode& c : s->cues) preictal += c.decoy ? 0 : 1;
    episodes += static_cast<double>(s->cues.size());
  }
  if (preictal == 0 || preictal == episodes) {
    throw std::invalid_argument("the ideal observer needs both pre-ictal phases and decoys to learn its prior from");
  }
  return preictal / episodes;
}

CurveForSelection idealObserverRecording(const Schedule& s, double horizonSeconds, double share, ObserverSight sight) {
  CurveForSelection c;
  c.points = idealObserverCurve(s, horizonSeconds, share, sight);
  c.seizures = scheduleSeizures(s);
  c.fps = s.fps;
  c.frameCount = s.frameCount;
  return c;
}

IdealObserverForecast idealObserverForecast(const std::vector<const Schedule*>& selection,
                                            const std::vector<const Schedule*>& heldOut, const AlarmOptions& alarms,
                                            double maxFalseAlarmsPerHour, ObserverSight sight) {
  const double share = preictalShare(selection);
  std::vector<CurveForSelection> chosenOn, scoredOn;
  for (const Schedule* s : selection)
    chosenOn.push_back(idealObserverRecording(*s, alarms.horizonSeconds, share, sight));
  for (const Schedule* s : heldOut) scoredOn.push_back(idealObserverRecording(*s, alarms.horizonSeconds, share, sight));
  return idealObserverForecast(chosenOn, scoredOn, alarms, maxFalseAlarmsPerHour);
}

IdealObserverForecast idealObserverForecast(const std::vector<CurveForSelection>& selection,
                                            const std::vector<CurveForSelection>& heldOut, const AlarmOptions& alarms,
                                            double maxFalseAlarmsPerHour) {
  AlarmOptions options = alarms;
  options.consecutive = 1;
  IdealObserverForecast out;
  double warning = 0;
  out.operatingPoint = thresholdForFalseAlarmRate(selection, options, maxFalseAlarmsPerHour);
  options.threshold = out.operatingPoint.threshold;
  for (const CurveForSelection& c : heldOut) {
    const EventMetrics m = evaluateAlarms(c.points, c.seizures, c.fps, c.frameCount, options);
    out.heldOut.add(m);
    for (const SeizureForecast& f : m.seizures) warning += f.forecast ? f.warningSeconds : 0.0;
  }
  out.meanWarningSeconds =
      out.heldOut.forecast > 0 ? warning / out.heldOut.forecast : std::numeric_limits<double>::quiet_NaN();
  return out;
}

}  // namespace prodrome::core::synth
