#include "core/forecast/OperatingPoint.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <stdexcept>

namespace prodrome::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kNever = -std::numeric_limits<double>::infinity();  // a window that cannot fire

// Max-tree over an array, answering "the first index >= from whose value is
// >= t" in O(log n): the next window that can fire at threshold t.
class FirstAtLeast {
 public:
  explicit FirstAtLeast(const std::vector<double>& values) : n_(values.size()) {
    size_ = 1;
    while (size_ < n_) size_ *= 2;
    tree_.assign(2 * size_, kNever);
    std::copy(values.begin(), values.end(), tree_.begin() + static_cast<std::ptrdiff_t>(size_));
    for (std::size_t i = size_ - 1; i >= 1; --i) tree_[i] = std::max(tree_[2 * i], tree_[2 * i + 1]);
  }

  // n when there is none.
  std::size_t find(std::size_t from, double t) const {
    if (from >= n_) return n_;
    const std::size_t found = descend(1, 0, size_, from, t);
    return std::min(found, n_);
  }

 private:
  std::size_t descend(std::size_t node, std::size_t begin, std::size_t end, std::size_t from, double t) const {
    if (end <= from || tree_[node] < t) return n_;
    if (end - begin == 1) return begin;
    const std::size_t middle = (begin + end) / 2;
    const std::size_t left = descend(2 * node, begin, middle, from, t);
    return left != n_ ? left : descend(2 * node + 1, middle, end, from, t);
  }

  std::size_t n_, size_;
  std::vector<double> tree_;  // 1-based heap layout, leaves at [size_, 2·size_)
};

// One curve, prepared once so that any threshold's alarms follow by jumps.
struct PreparedCurve {
  std::vector<std::int64_t> frames;
  // The window's run minimum: the lowest probability among the last
  // `consecutive` windows up to it, so it can fire at threshold t exactly when
  // runMinimum >= t (kNever before the first full run; NaN never reaches).
  std::vector<double> runMinimum;
  std::vector<AlarmOutcome> outcome;  // what an alarm here would be
  std::int64_t refractoryFrames = 0;
  double interictalHours = 0;
  FirstAtLeast next{{}};
};

PreparedCurve prepare(const CurveForSelection& curve, const AlarmOptions& alarms) {
  PreparedCurve c;
  // evaluateAlarms validates the curve and gives the inter-ictal hours (no
  // alarm can fire at +inf) ...
  AlarmOptions silent = alarms;
  silent.threshold = std::numeric_limits<double>::infinity();
  const auto base = evaluateAlarms(curve.points, curve.seizures, curve.fps, curve.frameCount, silent);
  c.interictalHours = base.interictalHours;
  // ... and, with every window firing (one in a row, no refractory time), the
  // outcome an alarm at each window would have: the same classification the
  // real evaluation applies, not a copy of it.
  std::vector<ForecastPoint> all = curve.points;
  for (auto& p : all) p.probability = 1;
  AlarmOptions every = alarms;
  every.threshold = 0.5;
  every.consecutive = 1;
  every.refractorySeconds = 0;
  const auto fired = evaluateAlarms(all, curve.seizures, curve.fps, curve.frameCount, every);
  const std::size_t n = curve.points.size();
  if (fired.alarms.size() != n) throw std::logic_error("thresholdForFalseAlarmRate: not every window fired");
  c.frames.resize(n);
  c.outcome.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    c.frames[i] = curve.points[i].windowEndFrame;
    c.outcome[i] = fired.alarms[i].outcome;
  }
  // The refractory time in frames, rounded as evaluateAlarms rounds it.
  const double refractorySeconds = alarms.refractorySeconds < 0 ? alarms.horizonSeconds : alarms.refractorySeconds;
  c.refractoryFrames = static_cast<std::int64_t>(std::llround(refractorySeconds * curve.fps));

  // Sliding minimum over `consecutive` windows (monotone deque, O(n)); a NaN
  // probability never reaches a threshold, like a value below every one.
  const std::size_t k = static_cast<std::size_t>(alarms.consecutive);
  c.runMinimum.assign(n, kNever);
  std::deque<std::size_t> window;
  const auto value = [&](std::size_t i) {
    const double p = curve.points[i].probability;
    return std::isnan(p) ? kNever : p;
  };
  for (std::size_t i = 0; i < n; ++i) {
    while (!window.empty() && value(window.back()) >= value(i)) window.pop_back();
    window.push_back(i);
    if (window.front() + k <= i) window.pop_front();
    if (i + 1 >= k) c.runMinimum[i] = value(window.front());
  }
  c.next = FirstAtLeast(c.runMinimum);
  return c;
}

// Whether threshold t's pooled false alarms per hour exceed the target, with
// the alarms raised as evaluateAlarms raises them: jump to the next window
// whose run reaches t, fire, skip the refractory time. Stops at the first
// false alarm over the budget, so a rejected threshold costs little.
bool overBudget(const std::vector<PreparedCurve>& curves, double t, double hours, double maxPerHour) {
  long long falseAlarms = 0;
  for (const auto& c : curves) {
    const std::size_t n = c.frames.size();
    for (std::size_t i = c.next.find(0, t); i < n;) {
      // Divided exactly as evaluateAt divides, so both agree on the boundary.
      if (c.outcome[i] == AlarmOutcome::False && static_cast<double>(++falseAlarms) / hours > maxPerHour) return true;
      // The next alarm may fire at the first window end >= this one + refractory.
      const auto after = std::lower_bound(c.frames.begin(), c.frames.end(), c.frames[i] + c.refractoryFrames);
      const std::size_t j = std::max(i + 1, static_cast<std::size_t>(after - c.frames.begin()));
      i = c.next.find(j, t);
    }
  }
  return false;
}

// The most alarms a curve can raise on windows whose alarm would not be false
// (true, ictal, post-ictal), at any threshold: the greedy earliest-first pick
// on those windows alone, which is the largest set with the refractory spacing.
long long notFalseCapacity(const PreparedCurve& c) {
  long long count = 0;
  bool fired = false;
  std::int64_t last = 0;
  for (std::size_t i = 0; i < c.frames.size(); ++i)
    if (c.outcome[i] != AlarmOutcome::False && (!fired || c.frames[i] - last >= c.refractoryFrames)) {
      ++count;
      fired = true;
      last = c.frames[i];
    }
  return count;
}

// Whether threshold t raises so many alarms that, even if `capacity` of them
// were not false, the rest exceed the target. All alarms at t form a set with
// the refractory spacing within the eligible windows, and the greedy pick is
// the largest such set, so the count can only grow as t falls: a threshold
// for which this holds rules out every lower one too.
bool surelyOverBudget(const std::vector<PreparedCurve>& curves, double t, long long capacity, double hours,
                      double maxPerHour) {
  long long alarms = 0;
  for (const auto& c : curves) {
    const std::size_t n = c.frames.size();
    for (std::size_t i = c.next.find(0, t); i < n;) {
      if (++alarms > capacity && static_cast<double>(alarms - capacity) / hours > maxPerHour) return true;
      const auto after = std::lower_bound(c.frames.begin(), c.frames.end(), c.frames[i] + c.refractoryFrames);
      i = c.next.find(std::max(i + 1, static_cast<std::size_t>(after - c.frames.begin())), t);
    }
  }
  return false;
}

OperatingPointChoice evaluateAt(const std::vector<CurveForSelection>& curves, const AlarmOptions& alarms, double t) {
  AlarmOptions a = alarms;
  a.threshold = t;
  long long falseAlarms = 0, seizures = 0, forecast = 0;
  double hours = 0;
  for (const auto& c : curves) {
    const auto m = evaluateAlarms(c.points, c.seizures, c.fps, c.frameCount, a);
    falseAlarms += m.falseAlarms;
    hours += m.interictalHours;
    seizures += static_cast<long long>(m.seizures.size());
    forecast += m.forecastSeizures;
  }
  OperatingPointChoice o;
  o.threshold = t;
  o.sensitivity = seizures ? static_cast<double>(forecast) / static_cast<double>(seizures) : kNaN;
  o.falseAlarmsPerHour = static_cast<double>(falseAlarms) / hours;
  return o;
}

}  // namespace

std::string toString(ThresholdRule rule) {
  switch (rule) {
    case ThresholdRule::Youden:
      return "youden";
    case ThresholdRule::FalseAlarmRate:
      return "false-alarm-rate";
  }
  throw std::invalid_argument("toString: unknown ThresholdRule " + std::to_string(static_cast<int>(rule)));
}

ThresholdRule thresholdRuleFromString(const std::string& name) {
  if (name == "youden") return ThresholdRule::Youden;
  if (name == "false-alarm-rate") return ThresholdRule::FalseAlarmRate;
  throw std::invalid_argument("unknown threshold rule '" + name + "' (expected youden or false-alarm-rate)");
}

double youdenThreshold(const std::vector<double>& scores, const std::vector<int>& labels) {
  if (scores.size() != labels.size())
    throw std::invalid_argument("youdenThreshold: " + std::to_string(scores.size()) + " scores but " +
                                std::to_string(labels.size()) + " labels");
  std::vector<std::pair<double, int>> byScore;
  byScore.reserve(scores.size());
  long long positives = 0, negatives = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (labels[i] != 0 && labels[i] != 1) throw std::invalid_argument("youdenThreshold: labels must be 0 or 1");
    if (!std::isfinite(scores[i])) throw std::invalid_argument("youdenThreshold: scores must be finite");
    byScore.emplace_back(scores[i], labels[i]);
    (labels[i] ? positives : negatives) += 1;
  }
  if (positives == 0 || negatives == 0)
    throw std::invalid_argument("youdenThreshold: both classes must be present, got " + std::to_string(positives) +
                                " pre-ictal and " + std::to_string(negatives) + " normal windows");
  // Descending: lowering the threshold past each distinct score turns all its
  // windows positive at once.
  std::sort(byScore.begin(), byScore.end(), [](const auto& a, const auto& b) { return a.first > b.first; });

  // J = tp/P − fp/N compared as the integer tp·N − fp·P (same order, no
  // rounding), so exact ties are recognised and go to the higher threshold.
  // Start with the threshold above every score: J = 0.
  long long tp = 0, fp = 0, best = 0;
  double threshold = std::nextafter(byScore.front().first, std::numeric_limits<double>::infinity());
  for (std::size_t i = 0; i < byScore.size();) {
    std::size_t j = i;
    for (; j < byScore.size() && byScore[j].first == byScore[i].first; ++j) (byScore[j].second ? tp : fp) += 1;
    const long long score = tp * negatives - fp * positives;
    if (score > best) {
      best = score;
      // Between this score and the next lower one; the lowest score's split
      // (everything positive) has J = 0 and never wins.
      const double here = byScore[i].first;
      const double below = j < byScore.size() ? byScore[j].first : here;
      double middle = (here + below) / 2;
      // Adjacent doubles (or an overflowing sum): stay on the positive side.
      if (!std::isfinite(middle) || !(middle > below)) middle = here;
      threshold = middle;
    }
    i = j;
  }
  return threshold;
}

OperatingPointChoice thresholdForFalseAlarmRate(const std::vector<CurveForSelection>& curves,
                                                const AlarmOptions& alarms, double maxFalseAlarmsPerHour) {
  if (std::isnan(maxFalseAlarmsPerHour) || maxFalseAlarmsPerHour < 0)
    throw std::invalid_argument("thresholdForFalseAlarmRate: the target rate must be >= 0, got " +
                                std::to_string(maxFalseAlarmsPerHour));
  std::vector<PreparedCurve> prepared;
  prepared.reserve(curves.size());
  std::vector<double> candidates;
  double hours = 0;
  for (const auto& curve : curves) {
    prepared.push_back(prepare(curve, alarms));
    hours += prepared.back().interictalHours;
    for (const auto& p : curve.points)
      if (!std::isnan(p.probability)) candidates.push_back(p.probability);
  }
  if (candidates.empty())
    throw std::invalid_argument("thresholdForFalseAlarmRate: no forecast points to choose a threshold on");
  if (!(hours > 0))
    throw std::invalid_argument("thresholdForFalseAlarmRate: no inter-ictal time to measure a false-alarm rate on");
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  // The thresholds at which some window's run starts or stops reaching it: a
  // candidate raises the same alarms as the lowest run minimum at or above it,
  // so a candidate that maps to an already rejected one is rejected unseen.
  std::vector<double> levels;
  for (const auto& c : prepared)
    for (double m : c.runMinimum)
      if (m != kNever) levels.push_back(m);
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());

  // Skip, by bisection, the low candidates whose alarm count alone rules them
  // out (on real curves most candidates: the low thresholds alarm all the
  // time); then try the rest in increasing order.
  long long capacity = 0;
  for (const auto& c : prepared) capacity += notFalseCapacity(c);
  std::size_t low = 0, high = candidates.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if (surelyOverBudget(prepared, candidates[middle], capacity, hours, maxFalseAlarmsPerHour))
      low = middle + 1;
    else
      high = middle;
  }

  double rejectedLevel = kNever;
  for (std::size_t k = low; k < candidates.size(); ++k) {
    const double t = candidates[k];
    const auto level = std::lower_bound(levels.begin(), levels.end(), t);
    if (level == levels.end()) return evaluateAt(curves, alarms, t);  // no alarms at all: 0 per hour qualifies
    if (*level == rejectedLevel) continue;
    if (!overBudget(prepared, t, hours, maxFalseAlarmsPerHour)) return evaluateAt(curves, alarms, t);
    rejectedLevel = *level;
  }
  return evaluateAt(curves, alarms, std::nextafter(candidates.back(), std::numeric_limits<double>::infinity()));
}

bool betterOperatingPoint(const OperatingPointChoice& a, const OperatingPointChoice& b) {
  const double sa = std::isnan(a.sensitivity) ? -1 : a.sensitivity, sb = std::isnan(b.sensitivity) ? -1 : b.sensitivity;
  if (sa != sb) return sa > sb;
  return a.falseAlarmsPerHour < b.falseAlarmsPerHour;
}

OperatingPointChoice bestOperatingPoint(const std::vector<CurveForSelection>& curves, const AlarmOptions& alarms,
                                        int maxConsecutive, double maxFalseAlarmsPerHour, int& consecutive) {
  if (maxConsecutive < 1)
    throw std::invalid_argument("the most windows in a row to try must be at least 1, got " +
                                std::to_string(maxConsecutive));
  OperatingPointChoice choice;
  for (int k = 1; k <= maxConsecutive; ++k) {
    auto a = alarms;
    a.consecutive = k;
    const auto c = thresholdForFalseAlarmRate(curves, a, maxFalseAlarmsPerHour);
    if (k == 1 || betterOperatingPoint(c, choice)) {
      choice = c;
      consecutive = k;
    }
  }
  return choice;
}

}  // namespace prodrome::core
