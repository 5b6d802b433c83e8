#pragma once
// Two raters compared on one recording of a project: the project's events of
// one kind, grouped by their annotator, handed to compareRaters over the
// recording's frames. The command line and the GUI's report both come here,
// so that they choose the same events and refuse the same mistakes.

#include "core/agreement/RaterAgreement.h"
#include "database/EventStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct RaterCount {
  std::string name;  // as stored on the events; "" for events with no annotator
  int events = 0;    // of the kind asked for
};

// Everyone who annotated events of `kind` (or any kind: nullopt) on the
// recording, by name. Throws Error when the recording does not exist.
std::vector<RaterCount> ratersOf(database::Database& db, std::int64_t recordingId,
                                 std::optional<database::EventKind> kind);

// The same over every file of a monitoring period. Throws Error when the
// period does not exist.
std::vector<RaterCount> ratersOfPeriod(database::Database& db, std::int64_t periodId,
                                       std::optional<database::EventKind> kind);

struct RecordingAgreementRequest {
  std::int64_t recordingId = 0;
  // Set: the whole monitoring period instead, its files on one frame axis
  // by the wall clock (gaps between them are no one's frames), recordingId
  // unused.
  std::optional<std::int64_t> periodId;
  std::string raterA;
  std::string raterB;
  std::optional<database::EventKind> kind = database::EventKind::Seizure;  // nullopt: every kind
  double toleranceSeconds = 2.0;
};

struct RecordingAgreement {
  RaterAgreement agreement;
  double fps = 0;
  std::int64_t frames = 0;
};

// Throws Error naming what is wrong: no such recording or period, a
// recording whose frame rate or length is unknown, a period of files at
// different frame rates, the same rater twice, or a rater with no
// event of any kind on it (a misspelt name, which would otherwise read as a
// rater who found nothing).
RecordingAgreement compareRatersOnRecording(database::Database& db, const RecordingAgreementRequest& request);

}  // namespace prodrome::core
