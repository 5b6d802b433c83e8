#include "core/agreement/RecordingAgreement.h"

#include "core/Error.h"
#include "core/periods/PeriodLayout.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <stdexcept>

namespace prodrome::core {

namespace {

database::Recording recordingOrThrow(database::Database& db, std::int64_t id) {
  auto r = database::RecordingStore(db).find(id);
  if (!r) throw Error("no recording #" + std::to_string(id) + " in the project");
  return *r;
}

std::string listed(const std::vector<RaterCount>& raters) {
  std::string text;
  for (const auto& r : raters) {
    if (!text.empty()) text += ", ";
    text += (r.name.empty() ? std::string("(no name)") : "'" + r.name + "'") + " (" + std::to_string(r.events) + ")";
  }
  return text.empty() ? std::string("nobody") : text;
}

}  // namespace

std::vector<RaterCount> ratersOf(database::Database& db, std::int64_t recordingId,
                                 std::optional<database::EventKind> kind) {
  recordingOrThrow(db, recordingId);
  std::map<std::string, int> counts;
  for (const auto& e : database::EventStore(db).listByRecording(recordingId))
    if (!kind || e.kind == *kind) ++counts[e.annotator];
  std::vector<RaterCount> out;
  for (const auto& [name, n] : counts) out.push_back({name, n});
  return out;
}

std::vector<RaterCount> ratersOfPeriod(database::Database& db, std::int64_t periodId,
                                       std::optional<database::EventKind> kind) {
  const auto period = database::PeriodStore(db).find(periodId);
  if (!period) throw Error("no period #" + std::to_string(periodId) + " in the project");
  std::map<std::string, int> counts;
  for (const auto& f : period->files)
    for (const auto& r : ratersOf(db, f.recordingId, kind)) counts[r.name] += r.events;
  std::vector<RaterCount> out;
  for (const auto& [name, n] : counts) out.push_back({name, n});
  return out;
}

RecordingAgreement compareRatersOnRecording(database::Database& db, const RecordingAgreementRequest& request) {
  // The files compared, each at its first frame on the common axis: the
  // recording alone, or a monitoring period's files placed by its layout.
  struct Part {
    database::Recording recording;
    std::int64_t offset = 0;
  };
  std::vector<Part> parts;
  std::string where;
  if (request.periodId) {
    where = "period #" + std::to_string(*request.periodId);
    const PeriodLayout layout = layOutPeriod(db, *request.periodId);
    for (const PlacedFile& f : layout.files) {
      // One frame axis for the whole night: the files must share their rate.
      if (std::abs(f.fps / layout.files.front().fps - 1.0) > 1e-6)
        throw Error(where + " mixes frame rates (" + std::to_string(layout.files.front().fps) + " and " +
                    std::to_string(f.fps) + " fps); compare its recordings one by one");
      parts.push_back({recordingOrThrow(db, f.recordingId), std::llround(f.startSeconds * f.fps)});
    }
  } else {
    parts.push_back({recordingOrThrow(db, request.recordingId), 0});
    where = "recording #" + std::to_string(request.recordingId);
  }
  for (const Part& p : parts)
    if (!(p.recording.fps > 0) || p.recording.frameCount <= 0)
      throw Error("recording #" + std::to_string(p.recording.id) +
                  " has no known frame rate or length; probe its video first");
  if (request.raterA == request.raterB)
    throw Error("the two raters are the same person ('" + request.raterA + "'); name two different annotators");
  const auto everyone = request.periodId ? ratersOfPeriod(db, *request.periodId, std::nullopt)
                                         : ratersOf(db, request.recordingId, std::nullopt);
  for (const std::string& name : {request.raterA, request.raterB}) {
    bool known = false;
    for (const auto& r : everyone) known = known || r.name == name;
    if (!known)
      throw Error("'" + name + "' annotated nothing on " + where + "; its annotators are " + listed(everyone));
  }
  AgreementInput input;
  input.fps = parts.front().recording.fps;
  input.toleranceSeconds = request.toleranceSeconds;
  std::int64_t end = 0;
  // An event across a file boundary is stored as a piece per file (one ends
  // at its file's last frame, the next begins at its file's first): on the
  // period's axis the pieces are one event again, or a rater who marked a
  // seizure across the boundary would count two.
  struct Piece {
    RatedEvent event;
    database::EventKind kind;
    bool endsFile = false, startsFile = false;
  };
  std::vector<Piece> piecesA, piecesB;
  for (const Part& p : parts) {
    input.observed.push_back({p.offset, p.offset + p.recording.frameCount});
    end = std::max(end, p.offset + p.recording.frameCount);
    for (const auto& e : database::EventStore(db).listByRecording(p.recording.id)) {
      if (request.kind && e.kind != *request.kind) continue;
      const Piece piece{{e.id, p.offset + e.onsetFrame,
                         e.offsetFrame ? std::optional<std::int64_t>(p.offset + *e.offsetFrame) : std::nullopt},
                        e.kind, e.offsetFrame == p.recording.frameCount, e.onsetFrame == 0};
      if (e.annotator == request.raterA) piecesA.push_back(piece);
      if (e.annotator == request.raterB) piecesB.push_back(piece);
    }
  }
  const auto joined = [](std::vector<Piece> pieces) {
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const Piece& x, const Piece& y) { return x.event.onset < y.event.onset; });
    std::vector<Piece> out;
    for (const Piece& piece : pieces) {
      Piece* last = out.empty() ? nullptr : &out.back();
      if (last && last->endsFile && piece.startsFile && last->kind == piece.kind && last->event.offset &&
          std::llabs(piece.event.onset - *last->event.offset) <= 1) {
        last->event.offset = piece.event.offset;
        last->endsFile = piece.endsFile;
        continue;
      }
      out.push_back(piece);
    }
    std::vector<RatedEvent> events;
    for (const Piece& piece : out) events.push_back(piece.event);
    return events;
  };
  input.a = joined(std::move(piecesA));
  input.b = joined(std::move(piecesB));
  try {
    return {compareRaters(input), input.fps, end};
  } catch (const std::invalid_argument& e) {
    throw Error(where + ": " + e.what());
  }
}

}  // namespace prodrome::core
