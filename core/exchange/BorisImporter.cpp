#include "core/exchange/BorisImporter.h"

#include "core/exchange/CsvTable.h"
#include "core/exchange/EventTypeText.h"
#include "core/exchange/RecordingLookup.h"
#include "core/exchange/TimeValue.h"
#include "core/io/AtomicFile.h"
#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/EventStore.h"
#include "database/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace prodrome::core {

namespace {

struct Occurrence {
  double seconds = 0;
  std::string where;  // JSON path of the event entry
};

std::optional<double> numberOf(const QJsonValue& v) {
  if (v.isDouble()) return v.toDouble();
  if (v.isString()) {
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    if (ok) return d;
  }
  return std::nullopt;
}

}  // namespace

ImportSummary importBoris(database::Database& database, const std::filesystem::path& file,
                          const std::string& annotator) {
  const std::string name = file.string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) throw ImportError(name, "", "no such file");
  std::string bytes;
  try {
    bytes = readWholeFile(file);
  } catch (const std::exception& e) {
    throw ImportError(name, "", e.what());
  }
  if (bytes.empty()) throw ImportError(name, "", "the file is empty (0 bytes)");
  if (const auto bad = firstInvalidUtf8(bytes); bad != std::string::npos) {
    const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    throw ImportError(name, line, "invalid UTF-8 at byte " + std::to_string(bad));
  }
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(bytes), &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    const auto offset = std::min<std::size_t>(static_cast<std::size_t>(std::max(parseError.offset, 0)), bytes.size());
    const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    throw ImportError(name, line, "not valid JSON: " + parseError.errorString().toStdString());
  }
  if (!document.isObject()) throw ImportError(name, "", "not a BORIS project (the top level is not a JSON object)");
  const QJsonObject root = document.object();

  // Which behaviour codes are point events (everything else is a state).
  std::set<std::string> pointCodes;
  if (root.contains("behaviors_conf")) {
    if (!root["behaviors_conf"].isObject()) throw ImportError(name, "behaviors_conf", "is not an object");
    const QJsonObject conf = root["behaviors_conf"].toObject();
    for (auto it = conf.begin(); it != conf.end(); ++it) {
      const QJsonObject b = it.value().toObject();
      if (b["type"].toString().contains("point", Qt::CaseInsensitive))
        pointCodes.insert(b["code"].toString().toStdString());
    }
  }
  if (!root["observations"].isObject())
    throw ImportError(name, "observations", "missing or not an object (is this a BORIS project file?)");
  const QJsonObject observations = root["observations"].toObject();

  RecordingLookup lookup(database);
  database::EventStore events(database);
  ImportSummary summary;
  database::Transaction transaction(database);
  for (auto obs = observations.begin(); obs != observations.end(); ++obs) {
    const std::string base = "observations." + obs.key().toStdString();
    if (!obs.value().isObject()) throw ImportError(name, base, "is not an object");
    const QJsonObject o = obs.value().toObject();

    // The media file of player 1.
    if (!o["file"].isObject()) throw ImportError(name, base + ".file", "missing or not an object");
    const QJsonValue player = o["file"].toObject()["1"];
    if (!player.isArray()) throw ImportError(name, base + ".file.1", "missing or not a list of media files");
    const QJsonArray media = player.toArray();
    if (media.size() != 1 || !media[0].isString()) {
      throw ImportError(name, base + ".file.1",
                        "expected exactly one media file, found " + std::to_string(media.size()) +
                            " (observations over several files are not supported)");
    }
    std::string why;
    const auto recording = lookup.find(media[0].toString().toStdString(), &why);
    if (!recording) throw ImportError(name, base + ".file.1[0]", why);
    FrameRate rate;
    try {
      rate = FrameRate::fromDouble(recording->fps);
    } catch (const std::exception&) {
      throw ImportError(name, base, "recording #" + std::to_string(recording->id) + " has no usable frame rate");
    }
    double timeOffset = 0;
    if (o.contains("time offset")) {
      const auto v = numberOf(o["time offset"]);
      if (!v) throw ImportError(name, base + ".time offset", "is not a number");
      timeOffset = *v;
    }

    if (!o["events"].isArray()) throw ImportError(name, base + ".events", "missing or not a list");
    const QJsonArray list = o["events"].toArray();
    // (subject, code) -> occurrences in time order.
    std::map<std::pair<std::string, std::string>, std::vector<Occurrence>> states;
    for (qsizetype i = 0; i < list.size(); ++i) {
      const std::string where = base + ".events[" + std::to_string(i) + "]";
      if (!list[i].isArray()) throw ImportError(name, where, "is not a list [time, subject, code, ...]");
      const QJsonArray e = list[i].toArray();
      if (e.size() < 3) throw ImportError(name, where, "has fewer than 3 fields [time, subject, code]");
      const auto t = numberOf(e[0]);
      if (!t || !std::isfinite(*t)) throw ImportError(name, where, "the time is not a number");
      if (!e[2].isString() || e[2].toString().isEmpty())
        throw ImportError(name, where, "the behaviour code is missing");
      const std::string code = e[2].toString().toStdString();
      const std::string subject = e[1].toString().toStdString();
      if (pointCodes.count(code)) {
        ++summary.skipped;
        continue;
      }
      const double seconds = *t - timeOffset;
      if (seconds < 0) throw ImportError(name, where, "the time lies before the start of the media file");
      states[{subject, code}].push_back({seconds, where});
    }
    for (auto& [key, occurrences] : states) {
      std::stable_sort(occurrences.begin(), occurrences.end(),
                       [](const Occurrence& a, const Occurrence& b) { return a.seconds < b.seconds; });
      if (occurrences.size() % 2 != 0) {
        throw ImportError(name, occurrences.back().where,
                          "unpaired state event: behaviour '" + key.second + "'" +
                              (key.first.empty() ? "" : " of subject '" + key.first + "'") +
                              " starts here and never stops");
      }
      for (std::size_t k = 0; k < occurrences.size(); k += 2) {
        database::Event event;
        event.recordingId = recording->id;
        event.annotator = annotator;
        event.onsetFrame = secondsToFrame(occurrences[k].seconds, rate);
        const std::int64_t offset = secondsToFrame(occurrences[k + 1].seconds, rate);
        if (offset <= event.onsetFrame) {
          throw ImportError(
              name, occurrences[k + 1].where,
              "the STOP falls on or before the frame of its START (frame " + std::to_string(event.onsetFrame) + ")");
        }
        if (recording->frameCount > 0 && offset > recording->frameCount) {
          throw ImportError(name, occurrences[k + 1].where,
                            "ends at frame " + std::to_string(offset) + ", past the end of recording #" +
                                std::to_string(recording->id) + " (" + std::to_string(recording->frameCount) +
                                " frames)");
        }
        event.offsetFrame = offset;
        applyEventType(key.second, event);
        try {
          events.add(event);
        } catch (const database::ValidationError& e) {
          throw ImportError(name, occurrences[k].where, e.what());
        }
        ++summary.events;
      }
    }
  }
  transaction.commit();
  return summary;
}

}  // namespace prodrome::core
