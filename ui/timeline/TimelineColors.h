#pragma once
// The timeline's colours, derived from the widget's palette on every paint so
// that a dark theme or a high-contrast palette is followed without a restart:
// hues are fixed by meaning (seizure red, artifact grey, other blue; windows
// preictal orange, normal green, ictal red), lightness follows the base.

#include <QColor>
#include <QPalette>

#include <cstddef>

namespace prodrome::ui {

struct TimelineColors {
  QColor background, lane, laneAlternate, grid, text, dimText;
  QColor seizure, artifact, other;
  // Each rater's seizures in a lane and colour of their own (issue 14): the
  // first is `seizure`, the others stay in the red-to-purple family so that a
  // seizure still reads as one; more raters than hues reuse them in turn.
  QColor raterSeizure[4];
  QColor preictal, normal, ictal;
  QColor curve, threshold, alarm;
  QColor alarmTrue, alarmFalse, alarmDuringSeizure;  // review marks, by outcome
  QColor currentWindow, hoverWindow;                 // translucent spans in the probability lane
  QColor playhead, selection, rangeBox;
};

TimelineColors timelineColors(const QPalette& palette);

}  // namespace prodrome::ui
