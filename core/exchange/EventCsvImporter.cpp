#include "core/exchange/EventCsvImporter.h"

#include "core/exchange/CsvTable.h"
#include "core/exchange/EventTypeText.h"
#include "core/exchange/PeriodTimeValue.h"
#include "core/exchange/RecordingLookup.h"
#include "core/exchange/TimeValue.h"
#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace prodrome::core {

namespace {

std::string lowerTrimmed(std::string_view s) {
  std::string out(trimmed(s));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The layouts of the periods rows name, laid out once each.
class PeriodLayouts {
 public:
  explicit PeriodLayouts(database::Database& database) : database_(database) {}
  const PeriodLayout& of(std::int64_t periodId) {
    auto it = layouts_.find(periodId);
    if (it == layouts_.end()) it = layouts_.emplace(periodId, layOutPeriod(database_, periodId)).first;
    return it->second;
  }

 private:
  database::Database& database_;
  std::map<std::int64_t, PeriodLayout> layouts_;
};

// "period:ID" or "period:NAME": the text after the prefix, else nullopt.
std::optional<std::string> periodReference(std::string_view field) {
  const std::string text(trimmed(field));
  if (lowerTrimmed(text.substr(0, 7)) != "period:") return std::nullopt;
  return std::string(trimmed(std::string_view(text).substr(7)));
}

std::int64_t findPeriod(database::Database& database, const std::string& name, const CsvRow& row,
                        const std::string& reference) {
  const auto all = database::PeriodStore(database).list();
  if (!reference.empty() && reference.find_first_not_of("0123456789") == std::string::npos) {
    const std::int64_t id = std::stoll(reference);
    for (const auto& p : all)
      if (p.id == id) return id;
    throw ImportError(name, row.line, "no period #" + reference + " in the project");
  }
  std::optional<std::int64_t> match;
  for (const auto& p : all) {
    if (p.name != reference) continue;
    if (match) throw ImportError(name, row.line, "several periods are named '" + reference + "': use its id");
    match = p.id;
  }
  if (!match) throw ImportError(name, row.line, "no period named '" + reference + "' in the project");
  return *match;
}

// An ISO 8601 wall-clock time of a recording row, as a frame of it. nullopt
// with `why` empty when the text is no wall-clock time (read it otherwise).
std::optional<std::int64_t> recordingWallClock(database::Database& database, PeriodLayouts& periods,
                                               const database::Recording& recording, const std::string& text,
                                               std::string* why) {
  why->clear();
  const auto periodId = database::PeriodStore(database).periodOf(recording.id);
  if (!periodId) return std::nullopt;
  const PeriodLayout& layout = periods.of(*periodId);
  const auto seconds = wallClockSeconds(text, layout, why);
  if (!seconds) return std::nullopt;
  const PlacedFile* file = layout.file(recording.id);
  const double local = *seconds - file->startSeconds;
  if (local < 0 || local > file->endSeconds - file->startSeconds) {
    *why = "'" + std::string(trimmed(text)) + "' lies outside recording #" + std::to_string(recording.id);
    return std::nullopt;
  }
  return secondsToFrame(local, FrameRate::fromDouble(recording.fps));
}

// One row of a period: its event in the file the onset lies in, cut at each
// boundary when it runs on into the next contiguous file (a stored event lies
// in one file); returns the events added.
std::int64_t addPeriodRow(database::Database& database, database::EventStore& events, PeriodLayouts& periods,
                          const std::string& name, const CsvRow& row, const std::string& reference,
                          const std::string& annotator, ImportSummary& summary) {
  const PeriodLayout& layout = periods.of(findPeriod(database, name, row, reference));
  std::string why;
  const auto onset = placeOnPeriod(row.fields[1], layout, PeriodEdge::Onset, &why);
  if (!onset) throw ImportError(name, row.line, "onset: " + why);
  std::optional<PeriodPlace> offset;
  if (!trimmed(row.fields[2]).empty()) {
    offset = placeOnPeriod(row.fields[2], layout, PeriodEdge::Offset, &why);
    if (!offset) throw ImportError(name, row.line, "offset: " + why);
    if (offset->file < onset->file || (offset->file == onset->file && offset->frame <= onset->frame))
      throw ImportError(name, row.line, "the onset is not before the offset");
    for (std::size_t k = onset->file + 1; k <= offset->file; ++k) {
      if (!layout.files[k].contiguousWithPrevious)
        throw ImportError(name, row.line,
                          "the event runs over the gap before recording #" +
                              std::to_string(layout.files[k].recordingId) + ": nothing was recorded there");
    }
  }
  const std::size_t last = offset ? offset->file : onset->file;
  if (last > onset->file) ++summary.splitAtBoundary;
  for (std::size_t k = onset->file; k <= last; ++k) {
    database::Event event;
    event.recordingId = layout.files[k].recordingId;
    event.annotator = annotator;
    event.onsetFrame = k == onset->file ? onset->frame : 0;
    if (offset) event.offsetFrame = k == last ? offset->frame : layout.files[k].frameCount;
    applyEventType(trimmed(row.fields[3]), event);
    try {
      events.add(event);
    } catch (const database::ValidationError& e) {
      throw ImportError(name, row.line, e.what());
    }
  }
  return static_cast<std::int64_t>(last - onset->file + 1);
}

}  // namespace

ImportSummary importEventsCsv(database::Database& database, const std::filesystem::path& file,
                              const std::string& annotator) {
  const std::string name = file.string();
  const std::vector<CsvRow> rows = readCsvFile(file);
  if (rows.empty()) throw ImportError(name, "", "no header row");

  static const std::vector<std::string> kRequired = {"recording", "onset", "offset", "type"};
  static const std::set<std::string> kOptional = {"onset_s", "offset_s", "id", "path", "annotator"};
  const CsvRow& header = rows.front();
  for (std::size_t k = 0; k < kRequired.size(); ++k) {
    if (k >= header.fields.size() || lowerTrimmed(header.fields[k]) != kRequired[k]) {
      throw ImportError(name, header.line,
                        "wrong columns: expected a header starting recording,onset,offset,type; column " +
                            std::to_string(k + 1) + " is '" +
                            (k < header.fields.size() ? header.fields[k] : std::string("(missing)")) + "'");
    }
  }
  for (std::size_t k = kRequired.size(); k < header.fields.size(); ++k) {
    const std::string column = lowerTrimmed(header.fields[k]);
    for (std::size_t j = 0; j < k; ++j)
      if (lowerTrimmed(header.fields[j]) == column)
        throw ImportError(name, header.line,
                          "column " + std::to_string(k + 1) + " '" + header.fields[k] + "' repeats column " +
                              std::to_string(j + 1) + "; which one to read cannot be told");
    if (!kOptional.count(column)) throw ImportError(name, header.line, "unknown column '" + header.fields[k] + "'");
  }
  const std::size_t columns = header.fields.size();
  std::optional<std::size_t> annotatorColumn;
  for (std::size_t k = kRequired.size(); k < columns; ++k)
    if (lowerTrimmed(header.fields[k]) == "annotator") annotatorColumn = k;

  RecordingLookup lookup(database);
  database::EventStore events(database);
  PeriodLayouts periods(database);
  ImportSummary summary;
  database::Transaction transaction(database);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    if (row.fields.size() != columns) {
      throw ImportError(name, row.line,
                        "expected " + std::to_string(columns) + " fields, found " + std::to_string(row.fields.size()));
    }
    std::string why;
    std::string annotatorOfRow = annotator;
    if (annotatorColumn) {
      const std::string named(trimmed(row.fields[*annotatorColumn]));
      if (!named.empty()) annotatorOfRow = named;
    }
    if (const auto period = periodReference(row.fields[0])) {
      summary.events += addPeriodRow(database, events, periods, name, row, *period, annotatorOfRow, summary);
      continue;
    }
    const auto recording = lookup.find(row.fields[0], &why);
    if (!recording) throw ImportError(name, row.line, why);
    FrameRate rate;
    try {
      rate = FrameRate::fromDouble(recording->fps);
    } catch (const std::exception& e) {
      throw ImportError(name, row.line, "recording #" + std::to_string(recording->id) + " has no usable frame rate");
    }
    database::Event event;
    event.recordingId = recording->id;
    event.annotator = annotatorOfRow;
    // A wall-clock time is read on the recording's own clock (its period's).
    const auto frameOf = [&](const std::string& text) -> std::optional<std::int64_t> {
      if (const auto wall = recordingWallClock(database, periods, *recording, text, &why)) return wall;
      if (!why.empty()) return std::nullopt;
      return parseTimeToFrame(text, rate, &why);
    };
    const auto onset = frameOf(row.fields[1]);
    if (!onset) throw ImportError(name, row.line, "onset: " + why);
    event.onsetFrame = *onset;
    if (!trimmed(row.fields[2]).empty()) {
      const auto offset = frameOf(row.fields[2]);
      if (!offset) throw ImportError(name, row.line, "offset: " + why);
      if (*offset <= *onset) {
        throw ImportError(name, row.line,
                          "onset (frame " + std::to_string(*onset) + ") is not before offset (frame " +
                              std::to_string(*offset) + ")");
      }
      event.offsetFrame = *offset;
    }
    const std::int64_t last = event.offsetFrame.value_or(event.onsetFrame + 1);
    if (recording->frameCount > 0 && last > recording->frameCount) {
      throw ImportError(name, row.line,
                        "event ends at frame " + std::to_string(last) + ", past the end of recording #" +
                            std::to_string(recording->id) + " (" + std::to_string(recording->frameCount) + " frames)");
    }
    applyEventType(trimmed(row.fields[3]), event);
    try {
      events.add(event);
    } catch (const database::ValidationError& e) {
      throw ImportError(name, row.line, e.what());
    }
    ++summary.events;
  }
  transaction.commit();
  return summary;
}

}  // namespace prodrome::core
