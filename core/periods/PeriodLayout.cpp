#include "core/periods/PeriodLayout.h"

#include "core/Error.h"
#include "database/RecordingStore.h"

#include <algorithm>
#include <cmath>

namespace prodrome::core {

std::optional<QDateTime> parseWallClock(const std::string& iso) {
  const QString text = QString::fromStdString(iso).trimmed();
  QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
  if (!t.isValid()) t = QDateTime::fromString(text, Qt::ISODate);
  if (!t.isValid()) return std::nullopt;
  return t;
}

double PeriodLayout::observedSeconds() const {
  std::vector<std::pair<double, double>> spans;
  for (const auto& f : files) spans.emplace_back(f.startSeconds, f.endSeconds);
  std::sort(spans.begin(), spans.end());
  double total = 0, reach = -1e300;
  for (const auto& [a, b] : spans) {
    const double from = std::max(a, reach);
    if (b > from) total += b - from;
    reach = std::max(reach, b);
  }
  return total;
}

const PlacedFile* PeriodLayout::file(std::int64_t recordingId) const {
  for (const auto& f : files)
    if (f.recordingId == recordingId) return &f;
  return nullptr;
}

PeriodLayout layOutPeriod(const std::vector<PeriodFileFacts>& facts) {
  PeriodLayout layout;
  const std::size_t n = facts.size();
  std::vector<std::optional<qint64>> absolute(n);  // milliseconds since the epoch
  for (std::size_t k = 0; k < n; ++k) {
    const auto& f = facts[k];
    if (!(f.fps > 0) || f.frameCount <= 0)
      throw Error("recording #" + std::to_string(f.recordingId) + " has no known frame rate or length");
    if (f.source == database::StartSource::Previous || !f.startTime) continue;
    const auto t = parseWallClock(*f.startTime);
    if (!t)
      throw Error("recording #" + std::to_string(f.recordingId) + " has the start '" + *f.startTime +
                  "', which is not an ISO 8601 time");
    absolute[k] = t->toMSecsSinceEpoch();
  }
  const auto duration = [&](std::size_t k) { return static_cast<double>(facts[k].frameCount) / facts[k].fps; };
  // Seconds from the first dated file's start (small numbers: seconds since
  // the epoch in a double would blur milliseconds).
  std::vector<double> start(n, 0.0);
  const auto anchor = std::find_if(absolute.begin(), absolute.end(), [](const auto& a) { return a.has_value(); });
  const std::size_t first = anchor == absolute.end() ? n : static_cast<std::size_t>(anchor - absolute.begin());
  const qint64 anchorMs = first < n ? *absolute[first] : 0;
  const auto sinceAnchor = [&](std::size_t k) { return static_cast<double>(*absolute[k] - anchorMs) / 1000.0; };
  if (first < n)
    for (std::size_t k = first; k-- > 0;) start[k] = start[k + 1] - duration(k);
  for (std::size_t k = (first < n ? first + 1 : 0); k < n; ++k)
    start[k] = absolute[k] ? sinceAnchor(k) : (k == 0 ? 0.0 : start[k - 1] + duration(k - 1));
  const double origin = n ? start[0] : 0.0;
  if (first < n)
    layout.wallStart = QDateTime::fromMSecsSinceEpoch(anchorMs + std::llround(origin * 1000.0), Qt::UTC);
  for (std::size_t k = 0; k < n; ++k) {
    PlacedFile p;
    p.recordingId = facts[k].recordingId;
    p.fps = facts[k].fps;
    p.frameCount = facts[k].frameCount;
    p.source = facts[k].source;
    p.dated = absolute[k].has_value();
    p.startSeconds = start[k] - origin;
    p.endSeconds = p.startSeconds + duration(k);
    if (k > 0) {
      const PlacedFile& previous = layout.files.back();
      p.gapBeforeSeconds = p.startSeconds - previous.endSeconds;
      // One frame of slack, and a hair for the milliseconds of a timestamp.
      p.contiguousWithPrevious = p.gapBeforeSeconds <= 1.0 / previous.fps + 1e-6;
    }
    layout.files.push_back(p);
  }
  return layout;
}

PeriodLayout layOutPeriod(database::Database& db, std::int64_t periodId) {
  const auto period = database::PeriodStore(db).find(periodId);
  if (!period) throw Error("no period #" + std::to_string(periodId) + " in the project");
  std::vector<PeriodFileFacts> facts;
  database::RecordingStore recordings(db);
  for (const auto& f : period->files) {
    const auto r = recordings.find(f.recordingId);
    if (!r) continue;
    facts.push_back({r->id, r->fps, r->frameCount, r->startTime, f.source});
  }
  return layOutPeriod(facts);
}

std::optional<QDateTime> recordingWallStart(database::Database& db, std::int64_t recordingId) {
  const auto period = database::PeriodStore(db).periodOf(recordingId);
  if (!period) return std::nullopt;
  const PeriodLayout layout = layOutPeriod(db, *period);
  const PlacedFile* file = layout.file(recordingId);
  if (!layout.wallStart || !file) return std::nullopt;
  return layout.wallStart->addMSecs(std::llround(file->startSeconds * 1000.0));
}

}  // namespace prodrome::core
