#include "ui/timeline/AlarmLane.h"

#include "ui/Clock.h"
#include "ui/timeline/TimelineColors.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace prodrome::ui {

namespace {

constexpr double kFlagWidth = 7;  // an alarm's flag; its height is the lane's less a margin

bool byFrame(const TimelineAlarm& a, double frame) { return static_cast<double>(a.frame) < frame; }

}  // namespace

QString AlarmLane::name() const { return tr("Alarms"); }

void AlarmLane::setShown(bool shown) {
  if (shown == shown_) return;
  shown_ = shown;
  Q_EMIT heightChanged();
}

void AlarmLane::setAlarms(std::vector<TimelineAlarm> alarms) {
  std::stable_sort(alarms.begin(), alarms.end(),
                   [](const TimelineAlarm& a, const TimelineAlarm& b) { return a.frame < b.frame; });
  alarms_ = std::move(alarms);
  Q_EMIT repaintNeeded();
}

void AlarmLane::setSelectedAlarm(std::optional<qint64> frame) {
  if (frame == selectedAlarm_) return;
  selectedAlarm_ = frame;
  Q_EMIT repaintNeeded();
}

QString AlarmLane::outcomeText(TimelineAlarm::Outcome outcome) {
  return outcome == TimelineAlarm::Outcome::True    ? tr("true alarm")
         : outcome == TimelineAlarm::Outcome::False ? tr("false alarm")
                                                    : tr("alarm during a seizure");
}

QColor AlarmLane::outcomeHue(TimelineAlarm::Outcome outcome, const TimelineColors& c) {
  switch (outcome) {
    case TimelineAlarm::Outcome::True:
      return c.alarmTrue;
    case TimelineAlarm::Outcome::False:
      return c.alarmFalse;
    case TimelineAlarm::Outcome::DuringSeizure:
      return c.alarmDuringSeizure;
  }
  return c.alarmFalse;
}

QString AlarmLane::describe(qint64 frame) const {
  const auto alarm = std::lower_bound(alarms_.begin(), alarms_.end(), static_cast<double>(frame), byFrame);
  if (alarm == alarms_.end() || alarm->frame != frame) return {};
  const QString outcome = outcomeText(alarm->outcome);
  const QString decision = alarm->decision == TimelineAlarm::Decision::Accepted   ? tr("accepted")
                           : alarm->decision == TimelineAlarm::Decision::Rejected ? tr("rejected")
                                                                                  : tr("not reviewed");
  return tr("%1, %2").arg(outcome, decision);
}

// The flag nearest the cursor within half a flag's width (and a pixel).
std::optional<std::size_t> AlarmLane::alarmAt(QPointF pos, const LaneContext& lane) const {
  if (alarms_.empty() || lane.rect.isEmpty() || !lane.rect.contains(pos)) return std::nullopt;
  const TimelineScale& s = lane.scale;
  const double slack = (kFlagWidth / 2 + 1) / s.pixelsPerFrame();
  const double at = s.position(pos.x());
  std::optional<std::size_t> best;
  double bestDistance = slack;
  for (auto it = std::lower_bound(alarms_.begin(), alarms_.end(), at - slack, byFrame);
       it != alarms_.end() && static_cast<double>(it->frame) <= at + slack; ++it) {
    const double d = std::abs(static_cast<double>(it->frame) - at);
    if (d <= bestDistance) {
      best = static_cast<std::size_t>(it - alarms_.begin());
      bestDistance = d;
    }
  }
  return best;
}

std::optional<Qt::CursorShape> AlarmLane::cursorAt(QPointF pos, const LaneContext& lane) const {
  if (alarmAt(pos, lane)) return Qt::PointingHandCursor;
  return std::nullopt;
}

QString AlarmLane::toolTipAt(QPointF pos, const LaneContext& lane) const {
  if (lane.rect.isEmpty() || !lane.rect.contains(pos)) return {};
  const auto alarm = alarmAt(pos, lane);
  if (!alarm)
    return alarms_.empty() ? tr("No alarm at this threshold") : tr("Click an alarm to select it and go to it");
  const qint64 frame = alarms_[*alarm].frame;
  return tr("Alarm at %1 (frame %2)\n%3").arg(formatFrameClock(frame, lane.fps)).arg(frame).arg(describe(frame));
}

std::optional<qint64> AlarmLane::press(QPointF pos, const LaneContext& lane) {
  const auto alarm = alarmAt(pos, lane);
  if (!alarm) return std::nullopt;
  // A click on a flag seeks to the alarm itself, not to the pixel's frame.
  const qint64 frame = alarms_[*alarm].frame;
  Q_EMIT alarmClicked(frame);
  return frame;
}

// Flags of one kind that land on the same pixel column are drawn once, so
// that a zoomed-out lane with 10^3 alarms costs a few batched fills.
void AlarmLane::paint(QPainter& painter, const LaneContext& lane, const TimelineColors& c) {
  if (alarms_.empty() || lane.rect.isEmpty()) return;
  const TimelineScale& s = lane.scale;
  const double top = lane.rect.top() + 2, flagHeight = lane.rect.height() - 4;
  const double slack = kFlagWidth / s.pixelsPerFrame();
  for (auto& row : flags_)
    for (auto& flags : row) flags.clear();
  double lastX[3][3];
  for (auto& row : lastX) std::fill(std::begin(row), std::end(row), -1e9);
  const double end = s.start + s.span + slack;
  std::optional<double> selectedX;
  for (auto it = std::lower_bound(alarms_.begin(), alarms_.end(), s.start - slack, byFrame);
       it != alarms_.end() && static_cast<double>(it->frame) <= end; ++it) {
    const double x = std::round(s.x(static_cast<double>(it->frame))) + 0.5;
    if (selectedAlarm_ == it->frame) selectedX = x;
    const int o = static_cast<int>(it->outcome), d = static_cast<int>(it->decision);
    if (x - lastX[o][d] < 1.0) continue;
    lastX[o][d] = x;
    flags_[o][d].emplace_back(x - kFlagWidth / 2, top, kFlagWidth, flagHeight);
  }
  painter.save();
  painter.setClipRect(lane.rect, Qt::IntersectClip);
  const auto fill = [&](const std::vector<QRectF>& rects, const QColor& colour) {
    painter.setBrush(colour);
    painter.drawRects(rects.data(), static_cast<int>(rects.size()));
  };
  const auto inner = [&](const std::vector<QRectF>& rects) -> const std::vector<QRectF>& {
    inner_.clear();
    for (const QRectF& r : rects) inner_.push_back(r.adjusted(1.5, 1.5, -1.5, -1.5));
    return inner_;
  };
  // Outlines as two fills (outer, then inner) rather than stroked rects:
  // fills take the raster engine's fast path, a 1.5-px stroke the path
  // stroker, which dominated the cost of 10^3 marks.
  painter.setPen(Qt::NoPen);
  for (int o = 0; o < 3; ++o) {
    const auto& flags = flags_[o];
    const QColor hue = outcomeHue(static_cast<TimelineAlarm::Outcome>(o), c);
    const auto none = static_cast<int>(TimelineAlarm::Decision::None);
    const auto accepted = static_cast<int>(TimelineAlarm::Decision::Accepted);
    const auto rejected = static_cast<int>(TimelineAlarm::Decision::Rejected);
    fill(flags[none], hue);
    fill(flags[accepted], c.text);
    fill(inner(flags[accepted]), hue);
    fill(flags[rejected], hue);
    fill(inner(flags[rejected]), c.lane);
  }
  if (selectedX) {
    painter.setPen(QPen(c.selection, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(*selectedX - kFlagWidth / 2 - 2, top - 1, kFlagWidth + 4, flagHeight + 2));
  }
  painter.restore();
}

}  // namespace prodrome::ui
