#include "core/signals/EdfSignalImporter.h"

#include "core/exchange/TimeValue.h"
#include "core/periods/PeriodLayout.h"
#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/RecordingStore.h"
#include "database/SignalStore.h"
#include "database/Transaction.h"

#include <edflib.h>

#include <QDateTime>

#include <algorithm>
#include <cctype>
#include <map>

namespace prodrome::core {

namespace {

// EDFlib's handle, closed on every path out.
class EdfFile {
 public:
  EdfFile(const std::filesystem::path& file, edf_hdr_struct& header) {
    if (edfopen_file_readonly(file.c_str(), &header, EDFLIB_READ_ALL_ANNOTATIONS) == 0) handle_ = header.handle;
  }
  ~EdfFile() {
    if (handle_ >= 0) edfclose_file(handle_);
  }
  EdfFile(const EdfFile&) = delete;
  EdfFile& operator=(const EdfFile&) = delete;
  bool isOpen() const { return handle_ >= 0; }
  int handle() const { return handle_; }

 private:
  int handle_ = -1;
};

std::string openError(int code) {
  switch (code) {
    case EDFLIB_NO_SUCH_FILE_OR_DIRECTORY:
      return "no such file";
    case EDFLIB_FILE_CONTAINS_FORMAT_ERRORS:
      return "not a valid EDF/BDF file (its header breaks the format; EDFbrowser names the fault)";
    case EDFLIB_FILE_READ_ERROR:
      return "could not be read: shorter than an EDF header (256 bytes), or a read error";
    case EDFLIB_FILE_IS_DISCONTINUOUS:
      return "an EDF+D/BDF+D file with interruptions: only continuous files are read";
    case EDFLIB_MALLOC_ERROR:
      return "out of memory";
    default:
      return "could not be opened as EDF/BDF (EDFlib error " + std::to_string(code) + ")";
  }
}

}  // namespace

SignalImport importSignalEdf(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file,
                             const std::string& namePrefix, const SignalProgress& progress) {
  const std::string name = file.string();
  if (!database::RecordingStore(db).find(recordingId))
    throw ImportError(name, "", "no recording #" + std::to_string(recordingId) + " in the project");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw ImportError(name, "", "no such file");
  // The header struct is large (EDFLIB_MAXSIGNALS signals): not on the stack.
  auto header = std::make_unique<edf_hdr_struct>();
  EdfFile edf(file, *header);
  if (!edf.isOpen()) throw ImportError(name, "", openError(header->filetype));
  if (header->edfsignals < 1) throw ImportError(name, "", "the file holds no signal");
  if (header->datarecord_duration <= 0) throw ImportError(name, "", "its data records have no duration");

  // Where the file starts on the video's clock.
  double start = 0;
  const QDateTime fileStart(QDate(header->startdate_year, header->startdate_month, header->startdate_day),
                            QTime(header->starttime_hour, header->starttime_minute, header->starttime_second),
                            Qt::LocalTime);
  const auto videoStart = recordingWallStart(db, recordingId);
  if (videoStart && fileStart.isValid())
    start = static_cast<double>(videoStart->msecsTo(fileStart)) / 1000.0 +
            static_cast<double>(header->starttime_subsecond) / 1e7;

  const double recordSeconds = static_cast<double>(header->datarecord_duration) / 1e7;
  std::vector<database::Signal> signals;
  std::map<std::string, int> seen;
  for (int s = 0; s < header->edfsignals; ++s) {
    const edf_param_struct& p = header->signalparam[s];
    database::Signal signal;
    std::string label(trimmed(p.label));
    if (label.empty()) label = "signal " + std::to_string(s + 1);
    // EDF allows two signals of one label; the project wants names apart.
    if (const int n = ++seen[label]; n > 1) label += " (" + std::to_string(n) + ")";
    signal.info.recordingId = recordingId;
    signal.info.name = namePrefix + label;
    signal.info.source = file.filename().string();
    signal.info.startSeconds = start;
    if (p.smp_in_datarecord < 1 || p.smp_in_file < 1)
      throw ImportError(name, "signal " + std::to_string(s + 1), "'" + label + "' has no samples");
    signal.info.sampleRate = p.smp_in_datarecord / recordSeconds;
    signal.samples.reserve(static_cast<std::size_t>(p.smp_in_file));
    std::vector<double> buffer(static_cast<std::size_t>(std::min<long long>(p.smp_in_file, 1 << 20)));
    for (long long done = 0; done < p.smp_in_file;) {
      const int want = static_cast<int>(std::min<long long>(p.smp_in_file - done, static_cast<long long>(buffer.size())));
      const int got = edfread_physical_samples(edf.handle(), s, want, buffer.data());
      if (got <= 0)
        throw ImportError(name, "signal " + std::to_string(s + 1),
                          "'" + label + "' could not be read after " + std::to_string(done) + " samples (the file is "
                          "cut short?)");
      for (int i = 0; i < got; ++i) signal.samples.push_back(static_cast<float>(buffer[static_cast<std::size_t>(i)]));
      done += got;
      if (progress)
        progress((s + static_cast<double>(done) / static_cast<double>(p.smp_in_file)) / header->edfsignals);
    }
    signals.push_back(std::move(signal));
  }

  // EDF+ annotations (events the recording system or its user wrote) as
  // markers of the first signal, on the same clock as its samples.
  for (long long n = 0; n < header->annotations_in_file; ++n) {
    edf_annotation_struct a{};
    if (edf_get_annotation(edf.handle(), static_cast<int>(n), &a) != 0) continue;
    database::SignalMarker m;
    m.seconds = start + static_cast<double>(a.onset) / static_cast<double>(EDFLIB_TIME_DIMENSION);
    if (a.duration_l >= 0) m.duration = static_cast<double>(a.duration_l) / static_cast<double>(EDFLIB_TIME_DIMENSION);
    m.label = std::string(trimmed(a.annotation));
    if (m.label.empty()) m.label = "annotation";
    signals.front().markers.push_back(std::move(m));
  }

  SignalImport result;
  result.regular = true;
  result.markers = static_cast<std::int64_t>(signals.front().markers.size());
  result.samples = static_cast<std::int64_t>(signals.front().samples.size());
  database::Transaction transaction(db);
  database::SignalStore store(db);
  for (const auto& signal : signals) {
    try {
      result.signalIds.push_back(store.add(signal));
    } catch (const database::ValidationError& e) {
      throw ImportError(name, "", e.what());
    }
  }
  transaction.commit();
  return result;
}

SignalImport importSignalFile(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file,
                              const std::string& namePrefix, const SignalProgress& progress) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  if (extension == ".edf" || extension == ".bdf") return importSignalEdf(db, recordingId, file, namePrefix, progress);
  return importSignalCsv(db, recordingId, file, namePrefix, progress);
}

}  // namespace prodrome::core
