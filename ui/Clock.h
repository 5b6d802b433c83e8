#pragma once
// The one clock of the GUI (issue 16): every time it shows is hh:mm:ss.mmm
// from the start of the video, milliseconds rounded, so that a frame reads the
// same in the event list, the caption under the video, the timeline's ruler,
// the alarm table and the review report. (The event list used to show
// hh:mm:ss.ff, ff the frame within its second: frame 3031 at 15 fps read
// "00:03:22.01" there and "00:03:22.067" under the video.) The frame number
// is always shown beside a time where exactness matters.

#include <QString>
#include <QtGlobal>

namespace prodrome::ui {

// "01:02:05.233"; a negative time has a leading '-'.
QString formatClock(double seconds);
// The time of `frame` at `fps` frames per second (formatClock of frame / fps);
// the frame number itself when the rate is unknown (fps <= 0).
QString formatFrameClock(qint64 frame, double fps);
// What the digits mean, for the tooltips of the places that show the clock.
QString clockLegend();

}  // namespace prodrome::ui
