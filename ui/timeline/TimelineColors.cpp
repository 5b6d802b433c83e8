#include "ui/timeline/TimelineColors.h"

namespace prodrome::ui {

namespace {
// On a dark base the fixed hues are lifted so that they keep their contrast.
QColor hue(int h, int s, int lightOnLight, int lightOnDark, bool dark) {
  return QColor::fromHsl(h, s, dark ? lightOnDark : lightOnLight);
}
QColor withAlpha(QColor colour, int alpha) {
  colour.setAlpha(alpha);
  return colour;
}
}  // namespace

TimelineColors timelineColors(const QPalette& palette) {
  const QColor base = palette.color(QPalette::Base);
  const bool dark = base.lightness() < 128;
  TimelineColors c;
  c.background = palette.color(QPalette::Window);
  c.lane = base;
  c.laneAlternate = palette.color(QPalette::AlternateBase);
  if (c.laneAlternate == c.lane) c.laneAlternate = dark ? base.lighter(115) : base.darker(104);
  c.text = palette.color(QPalette::WindowText);
  c.dimText = palette.color(QPalette::PlaceholderText);
  c.grid = withAlpha(palette.color(QPalette::Mid), 110);
  c.seizure = hue(2, 170, 118, 150, dark);
  c.raterSeizure[0] = c.seizure;
  c.raterSeizure[1] = hue(322, 140, 112, 160, dark);
  c.raterSeizure[2] = hue(22, 200, 112, 150, dark);
  c.raterSeizure[3] = hue(282, 110, 112, 170, dark);
  c.artifact = hue(0, 0, 140, 150, dark);
  c.other = hue(212, 150, 120, 160, dark);
  c.preictal = hue(30, 220, 125, 145, dark);
  c.normal = hue(120, 120, 105, 130, dark);
  c.ictal = hue(355, 170, 118, 150, dark);
  c.curve = hue(270, 110, 95, 175, dark);
  c.threshold = withAlpha(c.text, 150);
  c.alarm = withAlpha(hue(2, 200, 140, 120, dark), 70);
  c.alarmTrue = hue(135, 150, 95, 140, dark);
  c.alarmFalse = hue(22, 230, 115, 145, dark);
  c.alarmDuringSeizure = hue(0, 0, 120, 160, dark);
  c.currentWindow = withAlpha(palette.color(QPalette::Highlight), 55);
  c.hoverWindow = withAlpha(c.text, 28);
  c.playhead = c.text;
  c.selection = palette.color(QPalette::Highlight);
  c.rangeBox = palette.color(QPalette::Highlight);
  return c;
}

}  // namespace prodrome::ui
