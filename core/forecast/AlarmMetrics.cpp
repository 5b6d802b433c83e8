#include "core/forecast/AlarmMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace prodrome::core {

namespace {

using Span = FrameSpan;

// Seizure plus post-ictal spans, merged, clipped to the recording.
std::vector<Span> excludedSpans(const std::vector<SeizureInterval>& seizures, std::int64_t postIctalFrames,
                                std::int64_t frameCount, std::vector<Span> spans = {}) {
  for (const auto& s : seizures) {
    const std::int64_t end = s.offsetFrame ? *s.offsetFrame + postIctalFrames : s.onsetFrame;
    if (end > s.onsetFrame) spans.push_back({s.onsetFrame, std::min(end, frameCount)});
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (const auto& s : spans) {
    if (!merged.empty() && s.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, s.end);
    else
      merged.push_back(s);
  }
  return merged;
}

bool inside(const std::vector<Span>& spans, std::int64_t frame) {
  auto it =
      std::upper_bound(spans.begin(), spans.end(), frame, [](std::int64_t f, const Span& s) { return f < s.begin; });
  if (it == spans.begin()) return false;
  --it;
  return frame >= it->begin && frame < it->end;
}

}  // namespace

EventMetrics evaluateAlarms(const std::vector<ForecastPoint>& points, const std::vector<SeizureInterval>& seizuresIn,
                            double fps, std::int64_t frameCount, const AlarmOptions& options,
                            const std::vector<FrameSpan>& unobserved) {
  if (!(fps > 0)) throw std::invalid_argument("evaluateAlarms: fps must be positive");
  if (options.consecutive < 1) throw std::invalid_argument("evaluateAlarms: consecutive must be at least 1");
  for (std::size_t i = 1; i < points.size(); ++i)
    if (points[i].windowEndFrame <= points[i - 1].windowEndFrame)
      throw std::invalid_argument("evaluateAlarms: window ends must increase");

  std::vector<SeizureInterval> seizures = seizuresIn;
  std::sort(seizures.begin(), seizures.end(),
            [](const SeizureInterval& a, const SeizureInterval& b) { return a.onsetFrame < b.onsetFrame; });
  const auto frames = [&](double seconds) { return static_cast<std::int64_t>(std::llround(seconds * fps)); };
  const std::int64_t horizon = frames(options.horizonSeconds);
  const std::int64_t refractory =
      frames(options.refractorySeconds < 0 ? options.horizonSeconds : options.refractorySeconds);
  // Unrecorded time is out of the hours like a seizure's, without being one.
  const auto excluded = excludedSpans(seizures, frames(options.postIctalSeconds), frameCount, unobserved);
  const auto gapBetween = [&](std::int64_t a, std::int64_t b) {
    for (const auto& u : unobserved)
      if (u.begin >= a && u.begin < b) return true;
    return false;
  };

  EventMetrics m;
  for (const auto& s : seizures)
    m.seizures.push_back({s.onsetFrame, false, 0, std::numeric_limits<double>::quiet_NaN()});

  int run = 0;
  std::optional<std::int64_t> lastAlarm;
  std::optional<std::int64_t> previous;
  for (const auto& p : points) {
    if (previous && gapBetween(*previous, p.windowEndFrame)) run = 0;
    previous = p.windowEndFrame;
    run = p.probability >= options.threshold ? run + 1 : 0;
    if (run < options.consecutive) continue;
    if (lastAlarm && p.windowEndFrame - *lastAlarm < refractory) continue;
    lastAlarm = p.windowEndFrame;
    Alarm alarm{p.windowEndFrame, p.probability, AlarmOutcome::False, -1};
    for (std::size_t i = 0; i < seizures.size(); ++i) {
      const std::int64_t o = seizures[i].onsetFrame;
      if (alarm.frame >= o - horizon && alarm.frame <= o) {
        alarm.outcome = AlarmOutcome::True;
        alarm.seizure = static_cast<int>(i);
        auto& f = m.seizures[i];
        const double warning = static_cast<double>(o - alarm.frame) / fps;
        if (!f.forecast || warning > f.warningSeconds) f.warningSeconds = warning;
        f.forecast = true;
        break;
      }
    }
    if (alarm.outcome == AlarmOutcome::False && inside(excluded, alarm.frame))
      alarm.outcome = AlarmOutcome::DuringSeizure;
    if (alarm.outcome == AlarmOutcome::True) ++m.trueAlarms;
    if (alarm.outcome == AlarmOutcome::False) ++m.falseAlarms;
    m.alarms.push_back(alarm);
  }

  // A missed seizure's first alarm while it lasted, if any.
  for (std::size_t i = 0; i < seizures.size(); ++i) {
    if (m.seizures[i].forecast || !seizures[i].offsetFrame) continue;
    const std::int64_t o = seizures[i].onsetFrame;
    for (const auto& a : m.alarms)
      if (a.frame > o && a.frame <= *seizures[i].offsetFrame) {
        m.seizures[i].lateSeconds = static_cast<double>(a.frame - o) / fps;
        break;
      }
  }
  const double nan = std::numeric_limits<double>::quiet_NaN();
  double warningSum = 0;
  for (const auto& f : m.seizures)
    if (f.forecast) {
      ++m.forecastSeizures;
      warningSum += f.warningSeconds;
    }
  m.sensitivity = seizures.empty() ? nan : static_cast<double>(m.forecastSeizures) / seizures.size();
  m.meanWarningSeconds = m.forecastSeizures ? warningSum / m.forecastSeizures : nan;
  std::int64_t excludedFrames = 0;
  for (const auto& s : excluded) excludedFrames += s.end - s.begin;
  m.interictalHours = static_cast<double>(std::max<std::int64_t>(0, frameCount - excludedFrames)) / fps / 3600.0;
  m.falseAlarmsPerHour = m.interictalHours > 0 ? m.falseAlarms / m.interictalHours : nan;
  return m;
}

std::vector<double> lateAlarms(const EventMetrics& m, double withinSeconds) {
  std::vector<double> late;
  for (const auto& f : m.seizures)
    if (!f.forecast && f.lateSeconds <= withinSeconds) late.push_back(f.lateSeconds);  // NaN compares false
  return late;
}

void EventTotals::add(const EventMetrics& m) {
  seizures += static_cast<int>(m.seizures.size());
  forecast += m.forecastSeizures;
  falseAlarms += m.falseAlarms;
  interictalHours += m.interictalHours;
}

void EventTotals::add(const EventTotals& more) {
  seizures += more.seizures;
  forecast += more.forecast;
  falseAlarms += more.falseAlarms;
  interictalHours += more.interictalHours;
}

double EventTotals::sensitivity() const {
  return seizures ? static_cast<double>(forecast) / seizures : std::numeric_limits<double>::quiet_NaN();
}

double EventTotals::falseAlarmsPerHour() const {
  return interictalHours > 0 ? falseAlarms / interictalHours : std::numeric_limits<double>::quiet_NaN();
}

ml::CountInterval EventTotals::sensitivityInterval() const { return ml::proportionInterval95(forecast, seizures); }

ml::CountInterval EventTotals::falseAlarmsPerHourInterval() const {
  return ml::poissonRateInterval95(falseAlarms, interictalHours);
}

}  // namespace prodrome::core
