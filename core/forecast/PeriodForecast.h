#pragma once
// A forecast over a monitoring period (issue 14): the files' probability
// curves as one curve on the period's clock, and the event-level figures of
// that curve, so that a night cut into files is judged as the night it was.
//
// - The clock is the period's (PeriodLayout), in milliseconds: the alarm
//   metrics run on it with 1000 "frames" per second.
// - Where two files overlap, the earlier file's windows are kept (one curve,
//   not two interleaved); the later file's windows there are dropped.
// - A seizure cut at a file boundary (an event ends at the end of one file
//   and the next begins at frame 0 of the following, contiguous file) is one
//   seizure, not a second onset; seizures of overlapping files that overlap
//   merge the same way.
// - Gaps between files are unobserved: no false-alarm hour, and windows on
//   either side are not "in a row". A seizure whose horizon lies in a gap can
//   only be missed: it was not watched.
// - An alarm late in one file forecasts a seizure early in the next: the
//   horizon runs across the boundary. Windows themselves lie within one file
//   (each file is scored on its own frames).

#include "core/forecast/AlarmMetrics.h"
#include "core/periods/PeriodLayout.h"

#include <cstdint>
#include <vector>

namespace prodrome::core {

struct FileForecast {
  std::int64_t recordingId = 0;
  std::vector<ForecastPoint> points;      // the file's own curve (window ends in its frames)
  std::vector<SeizureInterval> seizures;  // the file's seizures (RecordingSeizures.h)
};

struct PeriodPoint {
  std::int64_t milliseconds = 0;  // window end on the period's clock
  std::int64_t recordingId = 0;
  std::int64_t windowEndFrame = 0;  // in that file
  double probability = 0;
};

struct PeriodEvaluation {
  std::vector<PeriodPoint> curve;          // the one curve, by time
  std::vector<SeizureInterval> seizures;   // merged, in milliseconds of the period clock
  EventMetrics events;                     // frames are milliseconds of the period clock
  std::vector<FrameSpan> gaps;             // unobserved, in milliseconds
  double spanHours = 0;
  double observedHours = 0;
};

// `files` name recordings of `layout` (others are an std::invalid_argument);
// a file of the layout without a forecast counts as unobserved.
PeriodEvaluation evaluatePeriod(const PeriodLayout& layout, const std::vector<FileForecast>& files,
                                const AlarmOptions& options);

}  // namespace prodrome::core
