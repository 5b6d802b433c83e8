#include "core/exchange/BorisProject.h"

#include "core/exchange/CsvTable.h"
#include "core/exchange/ImportError.h"
#include "core/io/AtomicFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace prodrome::core {

namespace {

std::optional<double> numberOf(const QJsonValue& v) {
  if (v.isDouble()) return v.toDouble();
  if (v.isString()) {
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    if (ok) return d;
  }
  return std::nullopt;
}

QJsonDocument parseJson(const std::filesystem::path& file) {
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
  QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(bytes), &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    const auto offset = std::min<std::size_t>(static_cast<std::size_t>(std::max(parseError.offset, 0)), bytes.size());
    const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
    throw ImportError(name, line, "not valid JSON: " + parseError.errorString().toStdString());
  }
  if (!document.isObject()) throw ImportError(name, "", "not a BORIS project (the top level is not a JSON object)");
  return document;
}

std::string readVersion(const std::string& name, const QJsonObject& root) {
  const QJsonValue v = root["project_format_version"];
  if (v.isUndefined())
    throw ImportError(name, "project_format_version",
                      "missing: not a BORIS project of format 7 or 8 (BORIS writes \"7.0\"; open and save older "
                      ".obs projects in BORIS first)");
  std::string version;
  if (v.isString()) {
    version = v.toString().trimmed().toStdString();
  } else if (v.isDouble()) {
    version = QString::number(v.toDouble()).toStdString();
  } else {
    throw ImportError(name, "project_format_version", "is not a version string");
  }
  const auto major = version.substr(0, version.find('.'));
  if (major != "7" && major != "8")
    throw ImportError(name, "project_format_version",
                      "format version '" + version + "' is not read (versions 7.x and 8.x are)");
  return version;
}

BorisObservation readObservation(const std::string& name, const QString& id, const QJsonValue& value) {
  BorisObservation o;
  o.id = id.toStdString();
  const std::string base = o.where();
  if (!value.isObject()) throw ImportError(name, base, "is not an object");
  const QJsonObject obs = value.toObject();
  o.type = obs.contains("type") ? obs["type"].toString().toUpper().toStdString() : "MEDIA";
  if (o.type != "MEDIA" && o.type != "LIVE" && o.type != "IMAGES")
    throw ImportError(name, base + ".type", "unknown observation type '" + o.type + "' (MEDIA, LIVE or IMAGES)");

  // LIVE observations hold {} or (older files) [] here.
  const QJsonValue fileValue = obs["file"];
  if (fileValue.isObject()) {
    const QJsonObject players = fileValue.toObject();
    for (auto p = players.begin(); p != players.end(); ++p) {
      const std::string where = base + ".file." + p.key().toStdString();
      bool ok = false;
      const int player = p.key().toInt(&ok);
      if (!ok || player < 1) throw ImportError(name, where, "is not a player number");
      if (!p.value().isArray()) throw ImportError(name, where, "is not a list of media files");
      std::vector<std::string> files;
      const QJsonArray list = p.value().toArray();
      for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list[i].isString() || list[i].toString().trimmed().isEmpty())
          throw ImportError(name, where + "[" + std::to_string(i) + "]", "is not a media file path");
        files.push_back(list[i].toString().toStdString());
      }
      if (!files.empty()) o.players[player] = std::move(files);
    }
  } else if (!(fileValue.isArray() && fileValue.toArray().isEmpty()) && o.type == "MEDIA") {
    throw ImportError(name, base + ".file", "missing or not an object of players");
  }
  if (o.type == "MEDIA" && o.players.count(1) == 0)
    throw ImportError(name, base + ".file.1", "player 1 has no media file");

  if (obs.contains("media_info")) {
    if (!obs["media_info"].isObject()) throw ImportError(name, base + ".media_info", "is not an object");
    const QJsonObject info = obs["media_info"].toObject();
    if (info.contains("length")) {
      if (!info["length"].isObject()) throw ImportError(name, base + ".media_info.length", "is not an object");
      const QJsonObject lengths = info["length"].toObject();
      for (auto l = lengths.begin(); l != lengths.end(); ++l) {
        const auto seconds = numberOf(l.value());
        if (!seconds || !std::isfinite(*seconds) || *seconds < 0)
          throw ImportError(name, base + ".media_info.length." + l.key().toStdString(), "is not a duration in seconds");
        o.lengths[l.key().toStdString()] = *seconds;
      }
    }
  }
  if (obs.contains("time offset")) {
    const auto v = numberOf(obs["time offset"]);
    if (!v || !std::isfinite(*v)) throw ImportError(name, base + ".time offset", "is not a number");
    o.timeOffset = *v;
  }
  o.creationDateAsOffset = obs["media_creation_date_as_offset"].toBool(false);
  const QJsonObject variables = obs["independent_variables"].toObject();
  for (auto v = variables.begin(); v != variables.end(); ++v)
    o.independentVariables[v.key().toStdString()] = v.value().toVariant().toString().toStdString();

  if (!obs["events"].isArray()) throw ImportError(name, base + ".events", "missing or not a list");
  const QJsonArray list = obs["events"].toArray();
  for (qsizetype i = 0; i < list.size(); ++i) {
    const std::string where = base + ".events[" + std::to_string(i) + "]";
    if (!list[i].isArray()) throw ImportError(name, where, "is not a list [time, subject, code, ...]");
    const QJsonArray e = list[i].toArray();
    if (e.size() < 3) throw ImportError(name, where, "has fewer than 3 fields [time, subject, code]");
    const auto t = numberOf(e[0]);
    // IMAGES observations may hold NaN times (an image without a time); they
    // are skipped whole, so only the others need a time.
    if ((!t || !std::isfinite(*t)) && o.type != "IMAGES") throw ImportError(name, where, "the time is not a number");
    if (!e[2].isString() || e[2].toString().isEmpty()) throw ImportError(name, where, "the behaviour code is missing");
    BorisEvent event;
    event.time = t.value_or(0);
    event.subject = e[1].toString().toStdString();
    event.code = e[2].toString().toStdString();
    if (e.size() > 3) event.modifier = e[3].toString().toStdString();
    event.where = where;
    o.events.push_back(std::move(event));
  }
  return o;
}

}  // namespace

BorisProject readBorisProject(const std::filesystem::path& file) {
  const std::string name = file.string();
  const QJsonObject root = parseJson(file).object();
  BorisProject project;
  project.file = file;
  project.version = readVersion(name, root);
  if (root.contains("behaviors_conf")) {
    if (!root["behaviors_conf"].isObject()) throw ImportError(name, "behaviors_conf", "is not an object");
    const QJsonObject conf = root["behaviors_conf"].toObject();
    for (auto it = conf.begin(); it != conf.end(); ++it) {
      const QJsonObject b = it.value().toObject();
      const std::string code = b["code"].toString().toStdString();
      if (b["type"].toString().startsWith("point", Qt::CaseInsensitive)) project.pointCodes.insert(code);
      project.categories[code] = b["category"].toString().toStdString();
    }
  }
  if (!root["observations"].isObject())
    throw ImportError(name, "observations", "missing or not an object (is this a BORIS project file?)");
  const QJsonObject observations = root["observations"].toObject();
  for (auto obs = observations.begin(); obs != observations.end(); ++obs)
    project.observations.push_back(readObservation(name, obs.key(), obs.value()));
  return project;
}

}  // namespace prodrome::core
