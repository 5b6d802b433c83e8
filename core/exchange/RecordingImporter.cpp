#include "core/exchange/RecordingImporter.h"

#include "core/video/VideoSource.h"
#include "database/Database.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/Transaction.h"

#include <QDateTime>
#include <QTimeZone>

namespace prodrome::core {

AddedRecording addRecording(database::Database& database, const std::filesystem::path& file,
                            const std::string& subjectCode, database::Species species,
                            std::optional<std::int64_t> periodId) {
  // Probe before the transaction: indexing an hour-long file takes seconds,
  // and the write lock should not be held meanwhile.
  const std::filesystem::path absolute = std::filesystem::absolute(file).lexically_normal();
  VideoSource source(absolute);
  const VideoInfo& info = source.info();
  if (source.frameCount() <= 0) throw Error("cannot add '" + absolute.string() + "': the video has no frames");
  const double fps = info.frameRate.value();
  if (!(fps > 0)) throw Error("cannot add '" + absolute.string() + "': the video has no frame rate");

  AddedRecording added;
  database::Transaction transaction(database);
  database::SubjectStore subjects(database);
  if (auto subject = subjects.findByCode(subjectCode)) {
    if (subject->species != species) {
      throw Error("subject '" + subjectCode + "' exists as " + std::string(database::toString(subject->species)) +
                  ", not " + std::string(database::toString(species)));
    }
    added.subjectId = subject->id;
  } else {
    added.subjectId = subjects.add(database::Subject{0, subjectCode, species, ""});
    added.subjectCreated = true;
  }
  database::Recording recording;
  recording.subjectId = added.subjectId;
  recording.path = absolute.string();
  recording.fingerprint = source.fingerprint();
  recording.fps = fps;
  recording.frameCount = source.frameCount();
  recording.width = info.width;
  recording.height = info.height;
  // The container's creation_time is the file's wall-clock start (issue 14):
  // recorders stamp each file they cut, and a monitoring period chains the
  // files by it.
  if (info.creationTimeUs != 0)
    recording.startTime = QDateTime::fromMSecsSinceEpoch(info.creationTimeUs / 1000, QTimeZone::utc())
                              .toString(Qt::ISODateWithMs)
                              .toStdString();
  added.recordingId = database::RecordingStore(database).add(recording);
  if (periodId) database::PeriodStore(database).append(*periodId, added.recordingId);
  added.frameCount = recording.frameCount;
  added.fps = fps;
  if (info.variableFrameRate) {
    const auto drift = source.index().clockDrift(fps);
    added.driftSeconds = drift.seconds;
    added.driftFrame = drift.frame;
  }
  transaction.commit();
  return added;
}

}  // namespace prodrome::core
