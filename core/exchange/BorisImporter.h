#pragma once
// Imports the events of a BORIS project (BorisProject.h: format 7.x and
// 8.x as BORIS v9.12.3 reads them) into a Prodrome project, all or nothing.
//
// Observations:
//   MEDIA   player 1's files are matched to recordings (RecordingLookup: path
//           as stored, or file name). Several files played in a row become a
//           monitoring period of those files in that order (an existing one
//           is kept when it already chains them so); event times run across
//           them as BORIS counts them, by media_info.length, which must agree
//           with the file's frames within kLengthTolerance seconds. A state
//           running over a file change is cut in two at the boundary (a
//           stored event lies in one file; counted in splitAtBoundary).
//           Players 2..8 are other camera views of the same time: events stay
//           on player 1's files; a view's media is matched, or added with
//           --add-media, and reported (Prodrome has no synchronised second
//           view yet).
//   LIVE, IMAGES  no video to place events on: skipped and counted.
// Media not in the project: refused (every observation and file named),
// skipped (UnknownMedia::Skip) or added as recordings (UnknownMedia::Add;
// files found as BORIS finds them, as stored, then relative to the .boris
// file's folder, then by file name in that folder).
//
// Events: "time offset" is subtracted (BORIS stores media time + offset; it
// may be negative). State events pair START/STOP per (subject, code,
// modifier) in time order, as BORIS's events_start_stop does; an unpaired
// START is an error naming its place. Point events become onset-only events
// with Points::Onset, else are skipped and counted. Behaviours (which are
// seizures) and subjects map as BorisCodes.h says.

#include "core/exchange/ImportError.h"
#include "database/SubjectStore.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <set>
#include <vector>
#include <string>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct BorisImportOptions {
  enum class UnknownMedia { Refuse, Skip, Add };
  enum class Points { Skip, Onset };

  std::string annotator = "boris";
  // The behaviour codes that are seizures (BorisCodes.h); empty: the
  // ethogram's category "seizure", or every behaviour.
  std::set<std::string> seizureCodes;
  UnknownMedia unknownMedia = UnknownMedia::Refuse;
  Points points = Points::Skip;
  // For UnknownMedia::Add: the subject of added recordings (default: the
  // subject of the observation's player-1 files the project holds, else the
  // observation's one BORIS subject) and its species (default: the
  // subject's, when it exists).
  std::optional<std::string> subject;
  std::optional<database::Species> species;
  // Called before each media file is probed and added; may throw to cancel
  // (the import then changes nothing).
  std::function<void(int done, int total, const std::string& file)> progress;
};

// How far (seconds) BORIS's length of a chained file may differ from its
// frames / fps: containers and players round durations to a frame or so.
inline constexpr double kBorisLengthTolerance = 0.5;

ImportSummary importBoris(database::Database& database, const std::filesystem::path& file,
                          const BorisImportOptions& options = {});

// What an import would meet, read without writing, for the GUI's import
// dialog to offer its choices: throws ImportError as importBoris does for a
// file it cannot read.
struct BorisSurvey {
  std::int64_t observations = 0;
  std::int64_t withoutVideo = 0;           // LIVE and IMAGES
  std::vector<std::string> unknownMedia;   // "'observation': file, file" for each naming media not in the project
  std::set<std::string> subjects;          // BORIS subjects coded
  std::set<std::string> behaviours;        // state behaviour codes of the ethogram
  std::set<std::string> seizureCategory;   // those in its category "seizure" (BorisCodes.h)
};
BorisSurvey surveyBoris(database::Database& database, const std::filesystem::path& file);

}  // namespace prodrome::core
