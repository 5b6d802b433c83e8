#include "core/exchange/EventCsvImporter.h"

#include "core/exchange/CsvTable.h"
#include "core/exchange/EventTypeText.h"
#include "core/exchange/RecordingLookup.h"
#include "core/exchange/TimeValue.h"
#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/EventStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <optional>
#include <set>

namespace prodrome::core {

namespace {

std::string lowerTrimmed(std::string_view s) {
  std::string out(trimmed(s));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
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
    if (!kOptional.count(lowerTrimmed(header.fields[k])))
      throw ImportError(name, header.line, "unknown column '" + header.fields[k] + "'");
  }
  const std::size_t columns = header.fields.size();
  std::optional<std::size_t> annotatorColumn;
  for (std::size_t k = kRequired.size(); k < columns; ++k)
    if (lowerTrimmed(header.fields[k]) == "annotator") annotatorColumn = k;

  RecordingLookup lookup(database);
  database::EventStore events(database);
  ImportSummary summary;
  database::Transaction transaction(database);
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const CsvRow& row = rows[r];
    if (row.fields.size() != columns) {
      throw ImportError(name, row.line,
                        "expected " + std::to_string(columns) + " fields, found " + std::to_string(row.fields.size()));
    }
    std::string why;
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
    event.annotator = annotator;
    if (annotatorColumn) {
      const std::string named(trimmed(row.fields[*annotatorColumn]));
      if (!named.empty()) event.annotator = named;
    }
    const auto onset = parseTimeToFrame(row.fields[1], rate, &why);
    if (!onset) throw ImportError(name, row.line, "onset: " + why);
    event.onsetFrame = *onset;
    if (!trimmed(row.fields[2]).empty()) {
      const auto offset = parseTimeToFrame(row.fields[2], rate, &why);
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
