#include "core/clips/ClipSetBuilder.h"

#include "core/clips/SeizureUnion.h"

#include "core/Error.h"
#include "core/clips/SeededRandom.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <tuple>
#include <unordered_map>

namespace prodrome::core {

namespace {

// Random streams under one seed: one per purpose and object id.
enum class Stream : std::uint64_t { Preictal = 1, Ictal = 2, Normal = 3, NormalBalance = 4 };

std::uint64_t streamId(Stream purpose, std::int64_t id) {
  return (static_cast<std::uint64_t>(purpose) << 56) ^ static_cast<std::uint64_t>(id);
}

struct Interval {
  std::int64_t begin;
  std::int64_t end;
};

using Seizure = SeizureSpan;

std::string describe(const RecordingTimeline& recording) { return "recording #" + std::to_string(recording.id); }

// Keeps a uniform subset of `windows` (appended after `from`) of size `cap`.
void capTail(std::vector<ClipWindow>& windows, std::size_t from, int cap, SeededRandom random) {
  const std::size_t count = windows.size() - from;
  if (cap <= 0 || count <= static_cast<std::size_t>(cap)) return;
  const auto keep = random.sampleSorted(count, static_cast<std::size_t>(cap));
  for (std::size_t i = 0; i < keep.size(); ++i) windows[from + i] = std::move(windows[from + keep[i]]);
  windows.resize(from + keep.size());
}

class RecordingBuilder {
 public:
  RecordingBuilder(const ClipSetParams& params, const RecordingTimeline& recording)
      : params_(params), recording_(recording) {
    const FrameRate& fps = recording.fps;
    if (!fps.isValid())
      throw Error("cannot build clips for " + describe(recording) + ": frame rate " + std::to_string(fps.num) + "/" +
                  std::to_string(fps.den) + " is not positive");
    if (recording.frameCount < 0)
      throw Error("cannot build clips for " + describe(recording) + ": negative frame count");
    window_ = fps.framesFor(params.clipSeconds);
    if (window_ < 1)
      throw Error("cannot build clips for " + describe(recording) + ": a " + std::to_string(params.clipSeconds) +
                  " s clip is less than one frame at " + std::to_string(fps.value()) + " fps");
    stride_ = std::max<std::int64_t>(1, fps.framesFor(params.strideSeconds));
    normalStride_ = std::max<std::int64_t>(1, fps.framesFor(params.effectiveNormalStrideSeconds()));
    horizon_ = fps.framesFor(params.horizonSeconds);
    postIctal_ = fps.framesFor(params.postIctalSeconds);
    gap_ = fps.framesFor(params.gapSeconds(recording.species));
    collectEvents();
  }

  std::size_t openSeizures() const {
    return static_cast<std::size_t>(
        std::count_if(seizures_.begin(), seizures_.end(), [](const Seizure& s) { return !s.offset; }));
  }

  void build(std::vector<ClipWindow>& out) const {
    if (params_.buildPreictal) buildPreictal(out);
    if (params_.buildIctal) buildIctal(out);
    if (params_.buildNormal) buildNormal(out);
  }

 private:
  void collectEvents() {
    for (const NeighbourSeizure& n : recording_.neighbourSeizures)
      if (n.offsetFrame && *n.offsetFrame <= n.onsetFrame)
        throw Error("cannot build clips for " + describe(recording_) + ": the neighbouring file's seizure #" +
                    std::to_string(n.id) + " ends before it begins");
    for (const TimelineEvent& event : recording_.events) {
      if (event.onsetFrame < 0 || (event.offsetFrame && *event.offsetFrame <= event.onsetFrame))
        throw Error("cannot build clips for " + describe(recording_) + ": event #" + std::to_string(event.id) +
                    " has onset " + std::to_string(event.onsetFrame) + " and offset " +
                    (event.offsetFrame ? std::to_string(*event.offsetFrame) : std::string("(open)")) +
                    " (need 0 <= onset < offset)");
      if (event.kind != EventKind::Seizure)
        artifacts_.push_back(Interval{event.onsetFrame, event.offsetFrame.value_or(event.onsetFrame + 1)});
    }
    seizures_ = seizureSpans(recording_);
  }

  ClipWindow makeWindow(std::int64_t start, ClipLabel label, std::optional<std::int64_t> source) const {
    return ClipWindow{recording_.id, recording_.subjectId, start, start + window_, label, source, {}};
  }

  void buildPreictal(std::vector<ClipWindow>& out) const {
    // Latest end (plus post-ictal period) of the seizures before the current
    // one: a window [s, o) that starts before it meets one of them.
    std::int64_t quietFrom = std::numeric_limits<std::int64_t>::min();
    std::size_t earlier = 0;
    for (const Seizure& seizure : seizures_) {
      // Seizures sharing an onset are not "earlier" than each other.
      for (; earlier < seizures_.size() && seizures_[earlier].onset < seizure.onset; ++earlier)
        quietFrom = std::max(quietFrom, seizures_[earlier].spanEnd + postIctal_);
      if (!seizure.preictalHere) continue;  // a later file's seizure across a gap
      const std::size_t first = out.size();
      for (std::int64_t k = 0; k * stride_ <= horizon_; ++k) {
        const std::int64_t end = seizure.onset - k * stride_;
        const std::int64_t start = end - window_;
        if (start < 0 || start < quietFrom) break;  // earlier ends only start earlier
        if (end > recording_.frameCount) continue;
        out.push_back(makeWindow(start, ClipLabel::Preictal, seizure.id));
      }
      std::reverse(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
      capTail(out, first, params_.maxPreictalPerSeizure, SeededRandom(seed(), streamId(Stream::Preictal, seizure.id)));
    }
  }

  void buildIctal(std::vector<ClipWindow>& out) const {
    const std::int64_t frames = recording_.frameCount;
    for (const Seizure& seizure : seizures_) {
      if (!seizure.offset || seizure.onset >= frames || *seizure.offset <= 0) continue;
      // An earlier file's seizure that runs into this one: its part here.
      const std::int64_t begin = std::max<std::int64_t>(seizure.onset, 0);
      const std::int64_t end = std::min(*seizure.offset, frames);
      const std::size_t first = out.size();
      if (end - begin >= window_) {
        for (std::int64_t start = begin; start + window_ <= end; start += stride_)
          out.push_back(makeWindow(start, ClipLabel::Ictal, seizure.id));
      } else if (seizure.onset < 0) {
        // Its few frames here are the tail of a seizure whose windows lie
        // in the file it began in.
      } else if (frames >= window_) {
        const std::int64_t centred = seizure.onset - (window_ - (end - seizure.onset)) / 2;
        out.push_back(makeWindow(std::clamp<std::int64_t>(centred, 0, frames - window_), ClipLabel::Ictal, seizure.id));
      }
      capTail(out, first, params_.maxIctalPerSeizure, SeededRandom(seed(), streamId(Stream::Ictal, seizure.id)));
    }
  }

  void buildNormal(std::vector<ClipWindow>& out) const {
    std::vector<Interval> blocked;
    blocked.reserve(seizures_.size() + artifacts_.size());
    for (const Seizure& seizure : seizures_) blocked.push_back(Interval{seizure.onset - gap_, seizure.spanEnd + gap_});
    if (params_.artifactsExcludeNormals) blocked.insert(blocked.end(), artifacts_.begin(), artifacts_.end());
    std::sort(blocked.begin(), blocked.end(), [](const Interval& a, const Interval& b) { return a.begin < b.begin; });

    const std::size_t first = out.size();
    // Walk the free stretches between blocked intervals (sorted by start;
    // `reach` is how far the blocked ones seen so far extend) and put every
    // grid window that fits in one.
    std::int64_t freeFrom = 0;
    auto fill = [&](std::int64_t freeTo) {
      freeTo = std::min(freeTo, recording_.frameCount);
      if (freeTo - freeFrom < window_) return;
      // First grid start >= freeFrom.
      std::int64_t start = (freeFrom + normalStride_ - 1) / normalStride_ * normalStride_;
      for (; start + window_ <= freeTo; start += normalStride_)
        out.push_back(makeWindow(start, ClipLabel::Normal, std::nullopt));
    };
    for (const Interval& interval : blocked) {
      if (interval.end <= freeFrom) continue;
      if (interval.begin > freeFrom) fill(interval.begin);
      freeFrom = std::max(freeFrom, interval.end);
      if (freeFrom >= recording_.frameCount) break;
    }
    if (freeFrom < recording_.frameCount) fill(recording_.frameCount);
    capTail(out, first, params_.maxNormalPerRecording, SeededRandom(seed(), streamId(Stream::Normal, recording_.id)));
  }

  std::uint64_t seed() const { return static_cast<std::uint64_t>(params_.seed); }

  const ClipSetParams& params_;
  const RecordingTimeline& recording_;
  std::int64_t window_ = 0;
  std::int64_t stride_ = 1;
  std::int64_t normalStride_ = 1;
  std::int64_t horizon_ = 0;
  std::int64_t postIctal_ = 0;
  std::int64_t gap_ = 0;
  std::vector<Seizure> seizures_;  // by onset, then id
  std::vector<Interval> artifacts_;
};

}  // namespace

std::vector<SeizureSpan> seizureSpans(const RecordingTimeline& recording) {
  std::vector<SeizureMark> marks;
  std::unordered_map<std::int64_t, bool> preictalHere;  // by id: own seizures always
  for (const TimelineEvent& event : recording.events)
    if (event.kind == EventKind::Seizure) marks.push_back(SeizureMark{event.id, event.onsetFrame, event.offsetFrame});
  for (const NeighbourSeizure& n : recording.neighbourSeizures) {
    marks.push_back(SeizureMark{n.id, n.onsetFrame, n.offsetFrame});
    preictalHere[n.id] = n.continuous;
  }
  // Two raters' marks of one seizure are one seizure here (by onset, then id).
  std::vector<SeizureSpan> seizures;
  for (const SeizureMark& m : unionOfSeizures(std::move(marks))) {
    const auto neighbour = preictalHere.find(m.id);
    seizures.push_back(SeizureSpan{m.id, m.onset, m.offset, 0, neighbour == preictalHere.end() || neighbour->second});
  }
  for (std::size_t i = 0; i < seizures.size(); ++i) {
    SeizureSpan& seizure = seizures[i];
    if (seizure.offset) {
      seizure.spanEnd = *seizure.offset;
    } else {
      const std::int64_t next = i + 1 < seizures.size() ? seizures[i + 1].onset : recording.frameCount;
      seizure.spanEnd = std::max(next, seizure.onset + 1);
    }
  }
  return seizures;
}

ClipSetBuilder::ClipSetBuilder(ClipSetParams params) : params_(std::move(params)) { params_.validate(); }

ClipSetBuild ClipSetBuilder::build(std::span<const RecordingTimeline> recordings) const {
  std::vector<const RecordingTimeline*> ordered;
  ordered.reserve(recordings.size());
  for (const RecordingTimeline& recording : recordings) ordered.push_back(&recording);
  std::sort(ordered.begin(), ordered.end(), [](auto* a, auto* b) { return a->id < b->id; });
  for (std::size_t i = 1; i < ordered.size(); ++i)
    if (ordered[i]->id == ordered[i - 1]->id)
      throw Error("cannot build clips: recording #" + std::to_string(ordered[i]->id) + " is given twice");

  ClipSetBuild result;
  for (const RecordingTimeline* recording : ordered) {
    // Skipped before any check: a recording of the other species or of a
    // subject not chosen is no part of the set, whatever its frame rate or events.
    if (!params_.includes(recording->species, recording->subjectCode)) continue;
    RecordingBuilder builder(params_, *recording);
    const std::size_t first = result.windows.size();
    builder.build(result.windows);
    std::sort(result.windows.begin() + static_cast<std::ptrdiff_t>(first), result.windows.end(),
              [](const ClipWindow& a, const ClipWindow& b) {
                return std::tie(a.startFrame, a.label, a.sourceEventId) <
                       std::tie(b.startFrame, b.label, b.sourceEventId);
              });
    result.openSeizureCount += builder.openSeizures();
  }

  std::size_t preictal = 0;
  for (const ClipWindow& window : result.windows) preictal += window.label == ClipLabel::Preictal;
  if (params_.buildNormal && params_.normalPerPreictal > 0) {
    std::vector<std::size_t> normals;
    for (std::size_t i = 0; i < result.windows.size(); ++i)
      if (result.windows[i].label == ClipLabel::Normal) normals.push_back(i);
    const auto allowed =
        static_cast<std::size_t>(std::floor(params_.normalPerPreictal * static_cast<double>(preictal)));
    if (normals.size() > allowed) {
      SeededRandom random(static_cast<std::uint64_t>(params_.seed), streamId(Stream::NormalBalance, 0));
      std::vector<bool> drop(result.windows.size(), false);
      for (std::size_t i : normals) drop[i] = true;
      for (std::size_t k : random.sampleSorted(normals.size(), allowed)) drop[normals[k]] = false;
      std::size_t kept = 0;
      for (std::size_t i = 0; i < result.windows.size(); ++i)
        if (!drop[i]) result.windows[kept++] = std::move(result.windows[i]);
      result.windows.resize(kept);
    }
  }
  for (const ClipWindow& window : result.windows) {
    switch (window.label) {
      case ClipLabel::Preictal:
        ++result.preictalCount;
        break;
      case ClipLabel::Normal:
        ++result.normalCount;
        break;
      case ClipLabel::Ictal:
        ++result.ictalCount;
        break;
    }
  }
  return result;
}

}  // namespace prodrome::core
