#include "core/synth/Schedule.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace prodrome::core::synth {

namespace {

constexpr double kLeadSeconds = 25;         // before the first onset: room for the longest pre-ictal reach
constexpr double kTailSeconds = 5;          // after the last offset (its stillness may run past the end)
constexpr double kMinStillSeconds = 10;     // stillness kept when seizures come close together
constexpr double kDecoyMarginSeconds = 10;  // decoys keep this far from pre-ictal phases and each other

struct Draw {
  double duration, stillness, preictal;
  int stage;
  std::string type;
  float strength;
};

Draw drawSeizure(Species species, const DifficultyModel& difficulty, SynthRandom& random) {
  Draw d{};
  if (species == Species::Rodent) {
    const double u = random.uniform();
    d.stage = u < 0.10 ? 1 : u < 0.25 ? 2 : u < 0.45 ? 3 : u < 0.70 ? 4 : 5;
    d.duration = 6 + 4 * d.stage + random.uniform(0, 8);
    d.stillness = random.uniform(15, 30);
    d.type = "Racine " + std::to_string(d.stage);
  } else {
    d.stage = random.chance(0.7) ? 2 : 1;
    d.duration = random.uniform(20, 55);
    d.stillness = random.uniform(30, 60);
    d.type = d.stage == 2 ? "tonic-clonic" : "focal clonic";
  }
  d.preictal = random.uniform(kPreictalMinSeconds, kPreictalMaxSeconds);
  d.strength = static_cast<float>(std::min(1.0, random.uniform(0.4, 1.0) * difficulty.cueScale()));
  return d;
}

std::vector<Twitch> drawTwitches(std::int64_t start, std::int64_t end, double fps, float strength,
                                 SynthRandom& random) {
  // Thinning: candidates at the peak rate, kept with probability rate(p)/peak.
  std::vector<Twitch> out;
  const double seconds = static_cast<double>(end - start) / fps;
  double t = 0;
  while (true) {
    t += random.exponential(kTwitchMaxRate);
    if (t >= seconds) break;
    const double p = t / seconds;
    if (!random.chance(twitchRate(p) / kTwitchMaxRate)) continue;
    Twitch tw;
    tw.frame = start + static_cast<std::int64_t>(t * fps);
    tw.amplitude = strength * static_cast<float>(random.uniform(0.6, 1.2));
    tw.direction = static_cast<float>(random.uniform(0, 6.283185307179586));
    tw.part = random.below(4);
    if (out.empty() || out.back().frame != tw.frame) out.push_back(tw);
  }
  return out;
}

double minutesText(double seconds) { return std::ceil(seconds / 6.0) / 10.0; }

}  // namespace

Schedule makeSchedule(Species species, double seconds, double fps, int seizures, const DifficultyModel& difficulty,
                      SynthRandom random) {
  if (!(fps > 0) || !(seconds > 0) || seizures < 0) {
    throw Error("cannot plan a synthetic recording of " + std::to_string(seconds) + " s at " + std::to_string(fps) +
                " fps with " + std::to_string(seizures) + " seizures");
  }
  Schedule s;
  s.fps = fps;
  s.frameCount = static_cast<std::int64_t>(std::llround(seconds * fps));
  const auto frames = [&](double sec) { return static_cast<std::int64_t>(std::llround(sec * fps)); };

  SynthRandom seizureRandom = random.fork(1);
  std::vector<Draw> draws;
  for (int i = 0; i < seizures; ++i) draws.push_back(drawSeizure(species, difficulty, seizureRandom));

  // Layout in seconds: lead, [seizure, quiet] ..., seizure, tail.
  std::vector<double> floors;  // the least quiet time after seizure i
  double busy = seizures > 0 ? kLeadSeconds : 0.0;
  for (int i = 0; i < seizures; ++i) {
    busy += draws[i].duration;
    if (i + 1 < seizures) {
      floors.push_back(kMinStillSeconds + draws[i + 1].preictal + 5);
      busy += floors.back();
    } else {
      busy += kTailSeconds;
    }
  }
  if (busy > seconds) {
    std::ostringstream msg;
    msg << "a " << seconds / 60 << "-minute " << database::toString(species) << " recording cannot hold " << seizures
        << " seizures with their pre-ictal and post-ictal phases: it needs at least " << minutesText(busy)
        << " minutes (or fewer seizures)";
    throw Error(msg.str());
  }
  std::vector<double> quiet(floors);
  double spare = seconds - busy;
  for (size_t i = 0; i < quiet.size(); ++i) {
    // Lift every gap towards the preferred quiet time, evenly, as far as the
    // recording allows.
    const double want = std::max(0.0, kPreferredQuietSeconds - quiet[i]);
    const double give = std::min(want, spare / static_cast<double>(quiet.size() - i));
    quiet[i] += give;
    spare -= give;
  }
  // The rest goes to the lead, the gaps and the tail at random.
  SynthRandom layoutRandom = random.fork(2);
  std::vector<double> weights(static_cast<size_t>(seizures) + 1);
  double total = 0;
  for (double& w : weights) total += (w = layoutRandom.uniform(0.3, 1.7));
  double t = kLeadSeconds + spare * weights[0] / total;
  for (int i = 0; i < seizures; ++i) {
    PlannedSeizure p;
    p.onset = frames(t);
    p.offset = std::max(p.onset + 1, frames(t + draws[i].duration));
    // Stillness gives way to the next pre-ictal phase when they would meet.
    const double gap = i + 1 < seizures ? quiet[i] + spare * weights[i + 1] / total : seconds - t - draws[i].duration;
    const double room = i + 1 < seizures ? gap - draws[i + 1].preictal - 5 : gap;
    p.stillnessEnd = std::min(s.frameCount, frames(t + draws[i].duration + std::min(draws[i].stillness, room)));
    p.stage = draws[i].stage;
    p.type = draws[i].type;
    s.seizures.push_back(p);
    CueEpisode cue;
    cue.start = std::max<std::int64_t>(0, p.onset - frames(draws[i].preictal));
    cue.end = p.onset;
    cue.strength = draws[i].strength;
    s.cues.push_back(cue);
    t += draws[i].duration + gap;
  }
  s.minQuietSeconds = 0;
  for (size_t i = 0; i + 1 < s.seizures.size(); ++i) {
    const double q = static_cast<double>(s.seizures[i + 1].onset - s.seizures[i].offset) / fps;
    s.minQuietSeconds = i == 0 ? q : std::min(s.minQuietSeconds, q);
  }

  // Decoys: the pre-ictal look-alike in normal time.
  SynthRandom decoyRandom = random.fork(3);
  const std::int64_t margin = frames(kDecoyMarginSeconds);
  const auto isFree = [&](std::int64_t a, std::int64_t b) {
    if (a < 0 || b > s.frameCount) return false;
    for (const auto& p : s.seizures) {
      // Until the sort below, cues[i] is seizure i's pre-ictal phase (decoys come after).
      const auto& pre = s.cues[static_cast<size_t>(&p - s.seizures.data())];
      const std::int64_t lo = pre.start - margin, hi = p.stillnessEnd + frames(5);
      if (a < hi && b > lo) return false;
    }
    for (const auto& c : s.cues) {
      if (c.decoy && a < c.end + margin && b > c.start - margin) return false;
    }
    return true;
  };
  std::int64_t freeFrames = 0;
  for (std::int64_t f = 0; f < s.frameCount; f += frames(1)) freeFrames += isFree(f, f + 1) ? frames(1) : 0;
  const double freeMinutes = static_cast<double>(freeFrames) / fps / 60.0;
  const double expected = difficulty.decoysPerMinute() * freeMinutes;
  int count = static_cast<int>(std::floor(expected + decoyRandom.uniform()));
  if (freeMinutes >= 0.5) count = std::max(count, 1);
  for (int d = 0; d < count; ++d) {
    const Draw look = drawSeizure(species, difficulty, decoyRandom);  // same length and strength laws
    const std::int64_t len = frames(look.preictal);
    for (int attempt = 0; attempt < 200 && s.frameCount > len; ++attempt) {
      const std::int64_t a = static_cast<std::int64_t>(decoyRandom.uniform() * static_cast<double>(s.frameCount - len));
      if (!isFree(a, a + len)) continue;
      CueEpisode cue;
      cue.start = a;
      cue.end = a + len;
      cue.strength = look.strength;
      cue.decoy = true;
      s.cues.push_back(cue);
      break;
    }
  }
  std::sort(s.cues.begin(), s.cues.end(), [](const CueEpisode& a, const CueEpisode& b) { return a.start < b.start; });
  SynthRandom twitchRandom = random.fork(4);
  for (size_t i = 0; i < s.cues.size(); ++i) {
    CueEpisode& c = s.cues[i];
    c.twitches = drawTwitches(c.start, c.end, fps, c.strength, twitchRandom);
    if (!c.decoy) {
      for (auto& p : s.seizures) {
        if (p.onset == c.end) p.cueIndex = static_cast<int>(i);
      }
    }
  }
  return s;
}

Moment ScheduleCursor::at(std::int64_t frame) {
  Moment m;
  const double fps = schedule_.fps;
  for (const auto& p : schedule_.seizures) {
    if (frame >= p.onset && frame < p.offset) {
      m.phase = Phase::Ictal;
      m.progress = static_cast<double>(frame - p.onset) / static_cast<double>(p.offset - p.onset);
      m.phaseSeconds = static_cast<double>(frame - p.onset) / fps;
      m.seizure = &p;
      return m;
    }
    if (frame >= p.offset && frame < p.stillnessEnd) {
      m.phase = Phase::Postictal;
      m.progress = static_cast<double>(frame - p.offset) / static_cast<double>(p.stillnessEnd - p.offset);
      m.phaseSeconds = static_cast<double>(frame - p.offset) / fps;
      m.seizure = &p;
      return m;
    }
  }
  for (const auto& c : schedule_.cues) {
    if (frame < c.start || frame >= c.end) continue;
    m.phase = c.decoy ? Phase::Decoy : Phase::Preictal;
    m.progress = static_cast<double>(frame - c.start) / static_cast<double>(c.end - c.start);
    m.phaseSeconds = static_cast<double>(frame - c.start) / fps;
    double ramp = std::min(1.0, m.phaseSeconds / kCueRampSeconds);
    if (c.decoy) ramp = std::min(ramp, static_cast<double>(c.end - frame) / fps / kCueRampSeconds);
    m.arrest = static_cast<float>(c.strength * std::clamp(ramp, 0.0, 1.0));
    for (const auto& tw : c.twitches) {
      if (tw.frame > frame) break;
      m.twitch = tw;
      m.twitchAge = static_cast<double>(frame - tw.frame);
    }
    if (m.twitchAge > 0.5 * fps) m.twitchAge = -1;
    return m;
  }
  return m;
}

}  // namespace prodrome::core::synth
