#pragma once
// Monitoring periods (issue 14): the recordings of one subject chained in
// time order, a night or a week of video cut into files by the recorder.
// Every recording belongs to exactly one period: RecordingStore::add gives a
// new recording a period of its own, and a recording chained into another
// period leaves its old one (an emptied period is deleted).
//
// A file's wall-clock start is recordings.start_time (ISO 8601); its source
// says where that came from. A file whose source is Previous has no start of
// its own: it begins directly after the previous file ends (core/periods
// works that out; the first file of a period without a start has no known
// wall clock). Every call is one committed transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace prodrome::database {

class Database;

enum class StartSource { Container, User, Previous };
std::string_view toString(StartSource source);
StartSource startSourceFromString(std::string_view text);  // throws ValidationError

struct PeriodFile {
  std::int64_t recordingId = 0;
  int position = 0;  // orders the files in time; may skip numbers where a file was removed
  StartSource source = StartSource::Previous;
};

struct Period {
  std::int64_t id = 0;
  std::int64_t subjectId = 0;
  std::string name;
  std::string created;
  std::vector<PeriodFile> files;  // by position
};

class PeriodStore {
 public:
  explicit PeriodStore(Database& database) : database_(database) {}

  // A new period of `recordingIds`, in that order, all of `subjectId`. Each
  // leaves the period it was in. Throws ValidationError naming the recording
  // that does not exist, belongs to another subject or is listed twice.
  std::int64_t create(std::int64_t subjectId, const std::vector<std::int64_t>& recordingIds,
                      const std::string& name = {});
  // Appends a recording of the period's subject at its end (moving it from
  // its own period).
  void append(std::int64_t periodId, std::int64_t recordingId);
  // Sets a file's wall-clock start as the user gave it, or (nullopt) makes
  // it begin directly after the previous file.
  void setStart(std::int64_t recordingId, const std::optional<std::string>& isoStart);

  std::optional<Period> find(std::int64_t id);
  std::optional<std::int64_t> periodOf(std::int64_t recordingId);
  std::vector<Period> list();  // by id

  // For RecordingStore::add, inside its transaction: the new recording's own
  // period. A start known at adding came from the container.
  static void addSingleFilePeriod(Database& database, std::int64_t recordingId, std::int64_t subjectId,
                                  bool startKnown);
  // For RecordingStore::remove, inside its transaction.
  static void deleteEmptyPeriods(Database& database);

 private:
  void moveInto(std::int64_t periodId, std::int64_t recordingId, int position);
  Database& database_;
};

}  // namespace prodrome::database
