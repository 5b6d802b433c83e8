#include "core/exchange/BorisExporter.h"

#include "core/exchange/BorisCodes.h"
#include "core/io/AtomicFile.h"
#include "database/Database.h"
#include "database/EventStore.h"
#include "database/PeriodStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

namespace prodrome::core {

namespace {

// BORIS keeps times as Decimals quantised to the millisecond.
double millis(double seconds) { return std::round(seconds * 1000.0) / 1000.0; }

QJsonObject behaviour(const std::string& code, const std::string& category) {
  return QJsonObject{{"type", "State event"}, {"key", ""},       {"code", QString::fromStdString(code)},
                     {"description", ""},     {"color", ""},     {"category", QString::fromStdString(category)},
                     {"modifiers", QJsonObject{}}, {"excluded", ""}, {"coding map", ""}};
}

// BORIS writes and reads an observation's date as yyyy-MM-ddTHH:mm:ss.zzz.
QString borisDate(const std::string& iso) {
  QDateTime date = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODateWithMs);
  if (!date.isValid()) date = QDateTime::currentDateTimeUtc();
  return date.toString("yyyy-MM-ddTHH:mm:ss.zzz");
}

// As BORIS's "relative to the project folder" option writes them: videos in
// the .boris file's folder or below it relative, others absolute, so that a
// folder of project and videos moves as one.
std::string mediaPath(const std::string& video, const std::filesystem::path& out) {
  std::error_code ec;
  const auto folder = std::filesystem::absolute(out, ec).parent_path().lexically_normal();
  const auto file = std::filesystem::absolute(video, ec).lexically_normal();
  const auto relative = file.lexically_relative(folder);
  if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return file.generic_string();
}

struct Mark {
  double time;
  std::string subject;
  std::string code;
  std::int64_t frame;
};

}  // namespace

BorisExportResult exportBoris(database::Database& database, const std::filesystem::path& out) {
  database::Transaction snapshot(database, database::Transaction::Mode::Deferred);
  std::map<std::int64_t, database::Recording> recordings;
  for (auto& r : database::RecordingStore(database).list()) recordings[r.id] = r;
  std::map<std::int64_t, std::string> subjectCodes;
  for (auto& s : database::SubjectStore(database).list()) subjectCodes[s.id] = s.code;
  const auto periods = database::PeriodStore(database).list();
  std::map<std::int64_t, std::vector<database::Event>> eventsOf;
  for (auto& e : database::EventStore(database).list()) eventsOf[e.recordingId].push_back(e);
  snapshot.commit();

  BorisExportResult result;
  std::map<std::string, std::string> codes;  // code -> category
  std::set<std::string> subjects, ids;
  QJsonObject observations;
  for (const auto& period : periods) {
    // Per annotator: BORIS has no rater of an event, only of an observation.
    // And per layer: BORIS pairs a behaviour's START and STOP by alternation,
    // so two overlapping events of one code and subject (artifacts and
    // 'other' events may overlap) go into observations of their own.
    std::map<std::pair<std::string, int>, std::vector<Mark>> marks;
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<double>> layerEnds;
    QJsonArray files;
    QJsonObject length, fps, hasVideo, hasAudio, display;
    double start = 0;
    for (const auto& f : period.files) {
      const auto& r = recordings.at(f.recordingId);
      const QString path = QString::fromStdString(mediaPath(r.path, out));
      // Lengths to the millisecond like the event times: a file then starts
      // on BORIS's clock exactly where an event at its frame 0 lies, and the
      // importer puts that event in this file, not at the end of the last.
      const double seconds = millis(r.fps > 0 ? static_cast<double>(r.frameCount) / r.fps : 0);
      files.append(path);
      length[path] = seconds;
      fps[path] = r.fps;
      hasVideo[path] = true;
      hasAudio[path] = false;
      display[path] = "Nothing";
      for (const auto& e : eventsOf[r.id]) {
        if (!e.offsetFrame) {
          ++result.openLeftOut;
          continue;
        }
        const auto [annotator, subject] = splitBorisStream(e.annotator);
        const auto [code, category] = BorisBehaviours::codeOf(e);
        codes[code] = category;
        if (!subject.empty()) subjects.insert(subject);
        const double onset = millis(start + millis(e.onsetFrame / r.fps));
        const double offset = millis(start + millis(*e.offsetFrame / r.fps));
        auto& ends = layerEnds[{annotator, subject, code}];
        std::size_t layer = 0;
        while (layer < ends.size() && ends[layer] > onset) ++layer;
        if (layer == ends.size()) ends.push_back(0);
        ends[layer] = offset;
        auto& list = marks[{annotator, static_cast<int>(layer)}];
        list.push_back({onset, subject, code, e.onsetFrame});
        list.push_back({offset, subject, code, *e.offsetFrame});
        ++result.events;
      }
      start += seconds;
    }
    if (marks.empty()) marks[{"", 0}];  // a period without events is still there to code in BORIS
    std::set<std::string> annotators;
    for (const auto& [key, list] : marks) annotators.insert(key.first);
    const auto& first = recordings.at(period.files.front().recordingId);
    const std::string base = !period.name.empty() ? period.name
                             : period.files.size() == 1
                                 ? std::filesystem::path(first.path).filename().string()
                                 : subjectCodes[period.subjectId] + " period " + std::to_string(period.id);
    for (auto& [key, list] : marks) {
      const auto& [annotator, layer] = key;
      std::stable_sort(list.begin(), list.end(), [](const Mark& a, const Mark& b) { return a.time < b.time; });
      QJsonArray events;
      for (const auto& m : list)
        events.append(QJsonArray{m.time, QString::fromStdString(m.subject), QString::fromStdString(m.code), "", "",
                                 static_cast<qint64>(m.frame)});
      std::string id = base + (annotator.empty() || annotators.size() == 1 ? "" : " (" + annotator + ")") +
                       (layer == 0 ? "" : " (overlap " + std::to_string(layer + 1) + ")");
      while (ids.count(id)) id += " #" + std::to_string(period.id);
      ids.insert(id);
      QJsonObject players{{"1", files}};
      for (int p = 2; p <= 8; ++p) players[QString::number(p)] = QJsonArray{};
      QJsonObject variables;
      if (!annotator.empty()) variables[QString::fromStdString(std::string(kBorisAnnotatorVariable))] = QString::fromStdString(annotator);
      observations[QString::fromStdString(id)] = QJsonObject{
          {"type", "MEDIA"},
          {"date", borisDate(first.startTime.value_or(period.created))},
          {"description", QString("Exported by Prodrome (subject %1)").arg(QString::fromStdString(subjectCodes[period.subjectId]))},
          {"time offset", 0.0},
          {"observation time interval", QJsonArray{0, 0}},
          {"file", players},
          {"media_info", QJsonObject{{"length", length}, {"fps", fps}, {"hasVideo", hasVideo}, {"hasAudio", hasAudio},
                                     {"offset", QJsonObject{{"1", 0.0}}}, {"display", display}}},
          {"events", events},
          {"independent_variables", variables},
          {"visualize_spectrogram", false},
          {"visualize_waveform", false},
          {"media_creation_date_as_offset", false},
          {"media_scan_sampling_duration", 0},
          {"image_display_duration", 1},
          {"close_behaviors_between_videos", false}};
      ++result.observations;
    }
  }

  QJsonObject behaviours;
  int index = 0;
  std::set<std::string> categories;
  for (const auto& [code, category] : codes) {
    behaviours[QString::number(index++)] = behaviour(code, category);
    categories.insert(category);
  }
  QJsonArray categoryList;
  QJsonObject categoryConfig;
  for (const auto& c : categories) {
    categoryConfig[QString::number(categoryList.size())] = QJsonObject{{"name", QString::fromStdString(c)}, {"color", ""}};
    categoryList.append(QString::fromStdString(c));
  }
  QJsonObject subjectsConf;
  index = 0;
  for (const auto& s : subjects)
    subjectsConf[QString::number(index++)] =
        QJsonObject{{"key", ""}, {"name", QString::fromStdString(s)}, {"description", ""}};
  const QJsonObject root{
      {"time_format", "hh:mm:ss"},
      {"project_date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
      {"project_name", QString::fromStdString(out.stem().string())},
      {"project_description", "Exported by Prodrome"},
      {"project_format_version", "7.0"},
      {"subjects_conf", subjectsConf},
      {"behaviors_conf", behaviours},
      {"observations", observations},
      {"behavioral_categories", categoryList},
      {"behavioral_categories_config", categoryConfig},
      {"independent_variables",
       QJsonObject{{"0", QJsonObject{{"label", QString::fromStdString(std::string(kBorisAnnotatorVariable))},
                                     {"description", "who coded the observation (Prodrome)"},
                                     {"type", "text"},
                                     {"default value", ""},
                                     {"possible values", ""}}}}},
      {"coding_map", QJsonObject{}},
      {"behaviors_coding_map", QJsonArray{}},
      {"converters", QJsonObject{}}};
  writeFileAtomically(out, QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString());
  return result;
}

}  // namespace prodrome::core
