#pragma once
// Writes a project's events as a BORIS project (format "7.0", which BORIS
// v9.12.3 writes and opens; BorisProject.h names the reader followed), so that
// a lab can go on coding in BORIS, and the file imports back into Prodrome to
// the same events, frame for frame.
//
// One MEDIA observation per monitoring period (a lone recording is a period
// of one file) and annotator (media paths relative to the .boris file's
// folder for videos inside it, else absolute): player 1 plays the period's files in order,
// media_info.length is each file's frames / fps, so event times count across
// the files as BORIS counts them. A state behaviour per event type
// (BorisCodes.h); each event is a START and a STOP, times in seconds to the
// millisecond as BORIS stores them, with the frame index within its file as
// BORIS >= 8.11 writes it. The annotator is the observation's independent
// variable "annotator"; a "NAME/SUBJECT" stream becomes BORIS subject SUBJECT.
// Open events (an onset without offset) have no START/STOP pair in BORIS:
// they are left out and counted.

#include <cstdint>
#include <filesystem>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct BorisExportResult {
  std::int64_t observations = 0;
  std::int64_t events = 0;
  std::int64_t openLeftOut = 0;
};

// Writes atomically; throws IoError.
BorisExportResult exportBoris(database::Database& database, const std::filesystem::path& out);

}  // namespace prodrome::core
