#pragma once

#include "core/clips/ClipSetParams.h"
#include "core/clips/ClipWindow.h"
#include "core/clips/RecordingTimeline.h"

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace prodrome::core {

struct ClipSetBuild {
  std::vector<ClipWindow> windows;  // by recording id, then start frame, label, source event
  std::size_t preictalCount = 0;
  std::size_t normalCount = 0;
  std::size_t ictalCount = 0;
  // Seizures without an offset: they shaped the set by the rule below, and a
  // caller should tell the user that closing them may change it.
  std::size_t openSeizureCount = 0;
};

// A seizure as the builder reads it: its span [onset, spanEnd) is
// [onset, offset), or for an open seizure (no offset) up to the next onset or
// the end of the recording (the rule below).
struct SeizureSpan {
  std::int64_t id = 0;
  std::int64_t onset = 0;
  std::optional<std::int64_t> offset;
  std::int64_t spanEnd = 0;
  bool preictalHere = true;  // a neighbour's seizure across a gap: false
};

// The seizures of `recording` by onset (then id), with their spans: its own
// and its neighbours' (RecordingTimeline::neighbourSeizures); its other
// events are left out. Checks nothing (ClipSetBuilder::build does).
std::vector<SeizureSpan> seizureSpans(const RecordingTimeline& recording);

// Turns annotated recordings into training windows, exactly design.md §5.
// Pure and deterministic: no I/O, and the same recordings, parameters and
// seed give the same windows on every platform (see SeededRandom).
// Thread-safe (const, no shared state).
//
// Per recording, with fps from its FrameRate and every duration rounded to
// whole frames by FrameRate::framesFor (nearest, halves up):
//   W = frames(L), the window length; S = max(1, frames(stride));
//   H = frames(horizon); P = frames(postIctal); G = frames(gap of the species);
//   N = frame count. Every window lies inside [0, N).
// A seizure's *span* is [onset, offset). An open seizure (no offset) is
// assumed to last until the next seizure's onset, or the end of the
// recording: its true end is unknown, so no frame it might cover is called
// normal or counted as quiet time before a later seizure.
//
// Pre-ictal, for each seizure with onset o: window ends e = o - k*S for
// k = 0, 1, ... while e >= o - H (so e = o is always a candidate and the
// earliest end is o - floor(H/S)*S); the window is [e - W, e). Dropped when
// e - W < 0, e > N, or [e - W, o) meets the span or post-ictal period
// [onset', end' + P) of an earlier seizure. The design says "overlap the
// clip"; the builder also keeps the horizon gap [e, o) seizure-free, so a
// window is pre-ictal to the next seizure only and never carries two sources.
// Open seizures get pre-ictal windows: their onset is known.
//
// Normal, per recording: starts s = k * frames(normalStride) for k = 0, 1, ...
// with s + W <= N. Kept when, for every seizure span [o, end), the window ends
// at least G before the onset (s + W <= o - G) or starts at least G after the
// end (s >= end + G): the gap is measured between window edges and seizure
// edges, in frames. With artifactsExcludeNormals, a normal window also must
// not overlap an artifact or other event ([onset, offset), an open one being
// its onset frame only); no gap is kept from those.
//
// Ictal, for each closed seizure [o, off) with end = min(off, N): starts
// s = o + k*S with s + W <= end. A seizure shorter than W gives one window
// centred on it, [o - floor((W - len)/2), ...) shifted to lie inside [0, N),
// so that brief (rodent) seizures still contribute; none when N < W. Open
// seizures give no ictal windows. Post-ictal periods do not restrict ictal
// windows.
//
// Artifacts and other events never make windows.
//
// With params.species set, recordings of subjects of the other species are
// left out entirely (no windows, no checks, no open-seizure count).
//
// Caps (ClipSetParams) keep a uniform random subset with the seed, per seizure
// or per recording from a stream of their own (so one recording's draw does
// not depend on the others), then normalPerPreictal over the whole set.
class ClipSetBuilder {
 public:
  // Validates the parameters (core::Error).
  explicit ClipSetBuilder(ClipSetParams params);

  // Throws core::Error naming the recording (and event) for a recording
  // whose frame rate, frame count or seizure frames are unusable, or a
  // duplicated recording id.
  ClipSetBuild build(std::span<const RecordingTimeline> recordings) const;

  const ClipSetParams& params() const { return params_; }

 private:
  ClipSetParams params_;
};

}  // namespace prodrome::core
