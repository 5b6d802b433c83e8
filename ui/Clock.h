#pragma once
// The one clock of the GUI (issue 16): every time it shows is hh:mm:ss.mmm
// from the start of the video, milliseconds rounded, so that a frame reads the
// same in the event list, the caption under the video, the timeline's ruler,
// the alarm table and the review report. (The event list used to show
// hh:mm:ss.ff, ff the frame within its second: frame 3031 at 15 fps read
// "00:03:22.01" there and "00:03:22.067" under the video.) The frame number
// is always shown beside a time where exactness matters.
//
// Video people count frames, so the clock can instead read as a timecode,
// hh:mm:ss:ff with ff the frame within its second (View ▸ Show Frames in the
// Clock). The colon before the frames is the SMPTE convention, and it keeps
// the two styles from being mistaken for each other: a '.' is always
// milliseconds, a ':' before the last field always frames. The style is one
// setting for the whole GUI, never chosen per widget.

#include <QString>
#include <QtGlobal>

namespace prodrome::ui {

enum class ClockStyle { Milliseconds, Frames };

// The style every time below is shown in: the user's setting, read once.
ClockStyle clockStyle();
// Changes and remembers the style; views repaint to show it.
void setClockStyle(ClockStyle style);

// "01:02:05.233"; a negative time has a leading '-'. Always milliseconds: a
// time without its frame rate has no frames to count.
QString formatClock(double seconds);
// The time of `frame` at `fps` frames per second in the current style:
// "00:03:22.067", or "00:03:22:01" when frames are chosen; the frame number
// itself when the rate is unknown (fps <= 0).
QString formatFrameClock(qint64 frame, double fps);
// Either style, whatever the setting (the report and tests name theirs).
QString formatFrameClock(qint64 frame, double fps, ClockStyle style);
// What the digits mean in the current style, for the tooltips of the places
// that show the clock.
QString clockLegend();

}  // namespace prodrome::ui
