#include "core/agreement/RaterAgreement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace prodrome::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using Spans = std::vector<FrameSpan>;

// Sorted, disjoint, non-empty spans covering the same frames.
Spans merged(Spans spans) {
  spans.erase(std::remove_if(spans.begin(), spans.end(), [](const FrameSpan& s) { return s.end <= s.begin; }),
              spans.end());
  std::sort(spans.begin(), spans.end(), [](const FrameSpan& x, const FrameSpan& y) { return x.begin < y.begin; });
  Spans out;
  for (const FrameSpan& s : spans) {
    if (!out.empty() && s.begin <= out.back().end)
      out.back().end = std::max(out.back().end, s.end);
    else
      out.push_back(s);
  }
  return out;
}

Spans intersected(const Spans& x, const Spans& y) {
  Spans out;
  std::size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    const std::int64_t begin = std::max(x[i].begin, y[j].begin);
    const std::int64_t end = std::min(x[i].end, y[j].end);
    if (begin < end) out.push_back({begin, end});
    (x[i].end < y[j].end ? i : j)++;
  }
  return out;
}

std::int64_t length(const Spans& spans) {
  std::int64_t n = 0;
  for (const FrameSpan& s : spans) n += s.end - s.begin;
  return n;
}

// The frames a rater labels a seizure: the closed events; an open one has no
// extent yet.
Spans labelled(const std::vector<RatedEvent>& events) {
  Spans spans;
  for (const RatedEvent& e : events)
    if (e.offset) spans.push_back({e.onset, *e.offset});
  return merged(std::move(spans));
}

std::vector<RatedEvent> byOnset(std::vector<RatedEvent> events) {
  std::stable_sort(events.begin(), events.end(),
                   [](const RatedEvent& x, const RatedEvent& y) { return x.onset < y.onset; });
  return events;
}

// The best non-crossing matching of a[ab..ae) with b[bb..be): most pairs,
// then smallest total onset distance. On a line an optimal matching can
// always be uncrossed without losing a pair or adding distance, so a
// dynamic programme over the two time-ordered lists is exact.
void matchCluster(const std::vector<RatedEvent>& a, std::size_t ab, std::size_t ae, const std::vector<RatedEvent>& b,
                  std::size_t bb, std::size_t be, double tolerance, std::vector<std::pair<std::size_t, std::size_t>>& out) {
  const std::size_t n = ae - ab, m = be - bb;
  if (n == 0 || m == 0) return;
  struct Cell {
    int pairs = 0;
    std::int64_t distance = 0;
  };
  const auto better = [](const Cell& x, const Cell& y) {
    return x.pairs != y.pairs ? x.pairs > y.pairs : x.distance < y.distance;
  };
  std::vector<Cell> dp((n + 1) * (m + 1));
  const auto at = [&](std::size_t i, std::size_t j) -> Cell& { return dp[i * (m + 1) + j]; };
  const auto within = [&](std::size_t i, std::size_t j) {
    return static_cast<double>(std::llabs(b[bb + j].onset - a[ab + i].onset)) <= tolerance;
  };
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      Cell best = better(at(i - 1, j), at(i, j - 1)) ? at(i - 1, j) : at(i, j - 1);
      if (within(i - 1, j - 1)) {
        Cell take = at(i - 1, j - 1);
        take.pairs += 1;
        take.distance += std::llabs(b[bb + j - 1].onset - a[ab + i - 1].onset);
        if (better(take, best)) best = take;
      }
      at(i, j) = best;
    }
  }
  // Walk back the same choices.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::size_t i = n, j = m;
  while (i > 0 && j > 0) {
    const Cell& here = at(i, j);
    if (within(i - 1, j - 1)) {
      const Cell& diag = at(i - 1, j - 1);
      if (here.pairs == diag.pairs + 1 &&
          here.distance == diag.distance + std::llabs(b[bb + j - 1].onset - a[ab + i - 1].onset)) {
        pairs.emplace_back(ab + i - 1, bb + j - 1);
        --i, --j;
        continue;
      }
    }
    const Cell& up = at(i - 1, j);
    if (up.pairs == here.pairs && up.distance == here.distance)
      --i;
    else
      --j;
  }
  out.insert(out.end(), pairs.rbegin(), pairs.rend());
}

DifferenceSummary summarise(const std::vector<std::int64_t>& differences, double fps) {
  DifferenceSummary s;
  s.count = static_cast<int>(differences.size());
  if (differences.empty()) {
    s.meanAbsolute = s.medianAbsolute = s.maxAbsolute = s.meanSigned = kNaN;
    return s;
  }
  std::vector<std::int64_t> absolute;
  double sum = 0, sumAbsolute = 0;
  for (std::int64_t d : differences) {
    absolute.push_back(std::llabs(d));
    sum += static_cast<double>(d);
    sumAbsolute += static_cast<double>(std::llabs(d));
  }
  std::sort(absolute.begin(), absolute.end());
  const std::size_t n = absolute.size();
  const double median = n % 2 ? static_cast<double>(absolute[n / 2])
                              : (static_cast<double>(absolute[n / 2 - 1]) + static_cast<double>(absolute[n / 2])) / 2;
  s.meanAbsolute = sumAbsolute / static_cast<double>(n) / fps;
  s.medianAbsolute = median / fps;
  s.maxAbsolute = static_cast<double>(absolute.back()) / fps;
  s.meanSigned = sum / static_cast<double>(n) / fps;
  return s;
}

void validate(const std::vector<RatedEvent>& events, const char* rater) {
  for (const RatedEvent& e : events)
    if (e.offset && *e.offset <= e.onset)
      throw std::invalid_argument(std::string("rater ") + rater + "'s event #" + std::to_string(e.id) +
                                  " ends at frame " + std::to_string(*e.offset) + ", not after its onset " +
                                  std::to_string(e.onset));
}

}  // namespace

double FrameTable::observedAgreement() const {
  const std::int64_t n = total();
  return n > 0 ? static_cast<double>(both + neither) / static_cast<double>(n) : kNaN;
}

double FrameTable::chanceAgreement() const {
  const std::int64_t n = total();
  if (n <= 0) return kNaN;
  const double pa = static_cast<double>(both + onlyA) / static_cast<double>(n);
  const double pb = static_cast<double>(both + onlyB) / static_cast<double>(n);
  return pa * pb + (1 - pa) * (1 - pb);
}

double FrameTable::kappa() const {
  const double pe = chanceAgreement();
  if (std::isnan(pe) || pe >= 1.0) return kNaN;
  return (observedAgreement() - pe) / (1 - pe);
}

double RaterAgreement::sensitivityA() const { return eventsB > 0 ? static_cast<double>(matched) / eventsB : kNaN; }
double RaterAgreement::sensitivityB() const { return eventsA > 0 ? static_cast<double>(matched) / eventsA : kNaN; }

RaterAgreement compareRaters(const AgreementInput& input) {
  if (!(input.fps > 0)) throw std::invalid_argument("the frame rate must be positive to compare raters");
  if (!(input.toleranceSeconds >= 0)) throw std::invalid_argument("the onset tolerance must not be negative");
  validate(input.a, "A");
  validate(input.b, "B");
  const auto a = byOnset(input.a);
  const auto b = byOnset(input.b);
  // In frames, with a hair of slack: 1.0 s at 30 fps is 30 frames exactly,
  // and two onsets 30 frames apart are within a 1 s tolerance.
  const double tolerance = input.toleranceSeconds * input.fps + 1e-9;

  // Clusters: runs of onsets (either rater's) each within the tolerance of
  // the previous. No pair can match across a cluster's edge, so each is
  // matched on its own and the tables stay small.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    const std::size_t ai = i, bj = j;
    std::int64_t last = std::numeric_limits<std::int64_t>::min();
    bool first = true;
    while (i < a.size() || j < b.size()) {
      const bool takeA = j >= b.size() || (i < a.size() && a[i].onset <= b[j].onset);
      const std::int64_t onset = takeA ? a[i].onset : b[j].onset;
      if (!first && static_cast<double>(onset - last) > tolerance) break;
      first = false;
      last = onset;
      (takeA ? i : j)++;
    }
    matchCluster(a, ai, i, b, bj, j, tolerance, pairs);
  }

  RaterAgreement r;
  r.eventsA = static_cast<int>(a.size());
  r.eventsB = static_cast<int>(b.size());
  r.matched = static_cast<int>(pairs.size());
  for (const auto& e : a) r.openA += e.offset ? 0 : 1;
  for (const auto& e : b) r.openB += e.offset ? 0 : 1;
  std::vector<bool> usedA(a.size()), usedB(b.size());
  std::vector<std::int64_t> onsetDiffs, offsetDiffs;
  for (const auto& [x, y] : pairs) {
    usedA[x] = usedB[y] = true;
    EventPairing p;
    p.a = a[x];
    p.b = b[y];
    p.onsetDifference = b[y].onset - a[x].onset;
    onsetDiffs.push_back(*p.onsetDifference);
    if (a[x].offset && b[y].offset) {
      p.offsetDifference = *b[y].offset - *a[x].offset;
      offsetDiffs.push_back(*p.offsetDifference);
    }
    r.pairings.push_back(p);
  }
  for (std::size_t x = 0; x < a.size(); ++x)
    if (!usedA[x]) r.pairings.push_back({a[x], std::nullopt, std::nullopt, std::nullopt});
  for (std::size_t y = 0; y < b.size(); ++y)
    if (!usedB[y]) r.pairings.push_back({std::nullopt, b[y], std::nullopt, std::nullopt});
  const auto firstOnset = [](const EventPairing& p) {
    return std::min(p.a ? p.a->onset : std::numeric_limits<std::int64_t>::max(),
                    p.b ? p.b->onset : std::numeric_limits<std::int64_t>::max());
  };
  std::stable_sort(r.pairings.begin(), r.pairings.end(),
                   [&](const EventPairing& x, const EventPairing& y) { return firstOnset(x) < firstOnset(y); });
  r.onset = summarise(onsetDiffs, input.fps);
  r.offset = summarise(offsetDiffs, input.fps);

  const Spans observed = merged(input.observed);
  const Spans labelsA = intersected(labelled(a), observed);
  const Spans labelsB = intersected(labelled(b), observed);
  const std::int64_t n = length(observed);
  const std::int64_t inA = length(labelsA), inB = length(labelsB);
  r.frames.both = length(intersected(labelsA, labelsB));
  r.frames.onlyA = inA - r.frames.both;
  r.frames.onlyB = inB - r.frames.both;
  r.frames.neither = n - r.frames.both - r.frames.onlyA - r.frames.onlyB;
  return r;
}

}  // namespace prodrome::core
