#pragma once
// The timeline's colours, derived from the widget's palette on every paint so
// that a dark theme or a high-contrast palette is followed without a restart:
// hues are fixed by meaning (seizure red, artifact grey, other blue; windows
// preictal orange, normal green, ictal red), lightness follows the base.

#include <QColor>
#include <QPalette>

namespace prodrome::ui {

struct TimelineColors {
  QColor background, lane, laneAlternate, grid, text, dimText;
  QColor seizure, artifact, other;
  QColor preictal, normal, ictal;
  QColor curve, threshold, alarm;
  QColor alarmTrue, alarmFalse, alarmDuringSeizure;  // review marks, by outcome
  QColor currentWindow, hoverWindow;                 // translucent spans in the probability lane
  QColor playhead, selection, rangeBox;
};

TimelineColors timelineColors(const QPalette& palette);

}  // namespace prodrome::ui
