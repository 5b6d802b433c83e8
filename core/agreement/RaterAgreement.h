#pragma once
// How well two raters agree on the same recording (issue 14, section 3):
// their events matched one to one, the differences of matched onsets and
// offsets, each rater's sensitivity with the other as the reference, and
// Cohen's kappa on the per-frame labels. Everything is computed in frames and
// converted to seconds only for display: the field's standard coding tool
// compares rounded seconds and so gets events a second apart wrong.
//
// Plain data in, plain data out: the command line and the GUI's report read
// the events from the project and show what comes back.

#include "core/FrameSpan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::core {

// One rater's event on that timeline: frames [onset, offset), or an onset only
// (offset empty) while the rater has not closed it.
struct RatedEvent {
  std::int64_t id = 0;  // the project's event id, carried through to the report
  std::int64_t onset = 0;
  std::optional<std::int64_t> offset;
};

struct AgreementInput {
  double fps = 0;  // frames per second of the timeline; > 0
  // The frames that were watched: kappa counts these and nothing else (a
  // monitoring period's gaps are no one's "normal"). One span for a recording.
  std::vector<FrameSpan> observed;
  std::vector<RatedEvent> a;
  std::vector<RatedEvent> b;
  // Two onsets match when they are at most this far apart.
  double toleranceSeconds = 2.0;
};

// One line of the comparison: a matched pair, or an event of one rater that
// the other did not mark.
struct EventPairing {
  std::optional<RatedEvent> a;
  std::optional<RatedEvent> b;
  // b minus a, in frames; the offset only when both events are closed.
  std::optional<std::int64_t> onsetDifference;
  std::optional<std::int64_t> offsetDifference;
};

// Absolute differences of the matched pairs, in seconds, and their sign's
// drift (mean of b minus a: positive when b marks later).
struct DifferenceSummary {
  int count = 0;
  double meanAbsolute = 0;
  double medianAbsolute = 0;
  double maxAbsolute = 0;
  double meanSigned = 0;
};

// The 2x2 table of per-frame labels over the observed frames.
struct FrameTable {
  std::int64_t both = 0;     // both raters label the frame a seizure
  std::int64_t onlyA = 0;
  std::int64_t onlyB = 0;
  std::int64_t neither = 0;
  std::int64_t total() const { return both + onlyA + onlyB + neither; }
  double observedAgreement() const;  // NaN without frames
  double chanceAgreement() const;    // NaN without frames
  // Cohen's kappa; NaN when chance agreement is 1 (both raters label every
  // frame alike, e.g. neither marks anything): kappa is undefined there.
  double kappa() const;
};

struct RaterAgreement {
  std::vector<EventPairing> pairings;  // in time order
  int eventsA = 0;
  int eventsB = 0;
  int matched = 0;
  int openA = 0;  // events without an offset: matched on their onset, no frame labels
  int openB = 0;
  DifferenceSummary onset;
  DifferenceSummary offset;
  FrameTable frames;
  // A's sensitivity with B as the reference: the share of B's events that A
  // also marked; NaN when B marked none. And the other way round.
  double sensitivityA() const;
  double sensitivityB() const;
};

// Throws std::invalid_argument on a non-positive fps, a negative tolerance,
// or an event that ends before it begins.
//
// The matching pairs as many events as possible, and among the pairings with
// that many the one whose onsets are closest in total: a greedy nearest-first
// pairing would lose a match where three onsets sit within one tolerance.
RaterAgreement compareRaters(const AgreementInput& input);

}  // namespace prodrome::core
