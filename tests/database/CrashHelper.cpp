// Child process for CrashTest: opens the project, then adds one event per
// transaction forever, printing each id only after its commit returned.
// Usage: database_crash_helper PROJECT

#include "database/DatabaseError.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/Schema.h"
#include "database/Statement.h"
#include "database/SubjectStore.h"

#include <unistd.h>
#include <cstdio>
#include <string>

using namespace prodrome::database;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s PROJECT\n", argv[0]);
    return 2;
  }
  try {
    Database database = openProject(argv[1]);
    SubjectStore subjects(database);
    RecordingStore recordings(database);
    EventStore events(database);

    auto subject = subjects.findByCode("crash");
    const std::int64_t subjectId = subject ? subject->id : subjects.add(Subject{0, "crash", Species::Rodent, ""});
    auto existing = recordings.findByFingerprint("crash-fingerprint");
    std::int64_t recordingId = 0;
    if (!existing.empty()) {
      recordingId = existing.front().id;
    } else {
      Recording recording;
      recording.subjectId = subjectId;
      recording.path = "/crash.mp4";
      recording.fingerprint = "crash-fingerprint";
      recording.fps = 30;
      recordingId = recordings.add(recording);
    }

    Statement last(database, "SELECT coalesce(max(offset_frame), 0) FROM events WHERE recording_id = ?");
    last.bindAll(recordingId);
    last.step();
    std::int64_t onset = last.getInt64(0) + 10;
    last.reset();

    for (;;) {
      Event event;
      event.recordingId = recordingId;
      event.onsetFrame = onset;
      event.offsetFrame = onset + 5;
      event.annotator = "crash-helper";
      const std::int64_t id = events.add(event);  // committed when this returns
      onset += 10;
      // One write(2) per line: a line is either whole in the pipe or absent.
      const std::string line = std::to_string(id) + "\n";
      if (write(STDOUT_FILENO, line.data(), line.size()) != static_cast<ssize_t>(line.size())) return 3;
    }
  } catch (const DatabaseError& error) {
    std::fprintf(stderr, "%s\n", error.what());
    return 1;
  }
}
