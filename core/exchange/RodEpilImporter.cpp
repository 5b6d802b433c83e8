#include "core/exchange/RodEpilImporter.h"

#include "core/video/VideoSource.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/DatabaseError.h"
#include "database/EventStore.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <cctype>

namespace prodrome::core {

namespace {

struct Probed {
  std::filesystem::path path;
  bool seizure = false;
  std::string subject;
  std::string fingerprint;
  double fps = 0;
  std::int64_t frameCount = 0;
  int width = 0;
  int height = 0;
};

bool isAvi(const std::filesystem::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".avi";
}

}  // namespace

std::string rodEpilSubject(const std::filesystem::path& file) {
  const std::string stem = file.stem().string();
  std::vector<std::string> tokens;
  std::size_t start = 0;
  for (;;) {
    const auto sep = stem.find('_', start);
    tokens.push_back(stem.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
    if (sep == std::string::npos) break;
    start = sep + 1;
  }
  if (tokens.size() < 4) return {};
  return tokens[tokens.size() - 4];
}

ImportSummary importRodEpil(database::Database& database, const std::filesystem::path& folder,
                            const std::function<void(int, int, const std::filesystem::path&)>& progress) {
  const std::string name = folder.string();
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) throw ImportError(name, "", "not a folder");
  std::filesystem::path root = folder;
  if (std::filesystem::is_directory(folder / "Seizure_detection_10sec", ec)) root = folder / "Seizure_detection_10sec";
  const bool has0 = std::filesystem::is_directory(root / "0", ec);
  const bool has1 = std::filesystem::is_directory(root / "1", ec);
  if (!has0 && !has1) {
    throw ImportError(name, "", "not a RodEpil folder: neither 0/ nor 1/ (nor Seizure_detection_10sec/) inside");
  }

  std::vector<Probed> files;
  for (const auto& [sub, seizure] : {std::pair{"0", false}, std::pair{"1", true}}) {
    const auto dir = root / sub;
    if (!std::filesystem::is_directory(dir, ec)) continue;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.is_regular_file() && isAvi(entry.path())) paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      Probed f;
      f.path = std::filesystem::absolute(p).lexically_normal();
      f.seizure = seizure;
      files.push_back(std::move(f));
    }
  }
  if (files.empty()) throw ImportError(name, "", "no .avi files in 0/ or 1/");

  // Probe everything before writing anything.
  for (std::size_t k = 0; k < files.size(); ++k) {
    Probed& f = files[k];
    if (progress) progress(static_cast<int>(k), static_cast<int>(files.size()), f.path);
    f.subject = rodEpilSubject(f.path);
    if (f.subject.empty())
      throw ImportError(f.path.string(), "", "the file name has fewer than 4 '_'-separated tokens (no subject)");
    try {
      VideoSource source(f.path);
      f.fingerprint = source.fingerprint();
      f.fps = source.info().frameRate.value();
      f.frameCount = source.frameCount();
      f.width = source.info().width;
      f.height = source.info().height;
    } catch (const std::exception& e) {
      throw ImportError(f.path.string(), "", e.what());
    }
    if (f.frameCount <= 0 || !(f.fps > 0)) throw ImportError(f.path.string(), "", "the video has no frames");
  }

  ImportSummary summary;
  database::Transaction transaction(database);
  database::SubjectStore subjects(database);
  database::RecordingStore recordings(database);
  database::EventStore events(database);
  database::ClipSetStore clipSets(database);
  std::int64_t setId = 0;
  if (auto existing = clipSets.findByName(kRodEpilClipSet)) {
    setId = existing->id;
  } else {
    database::ClipSet created;
    created.name = kRodEpilClipSet;
    setId = clipSets.add(created);
  }
  std::vector<database::Clip> clips;
  for (const Probed& f : files) {
    const std::string where = f.path.string();
    if (auto existing = recordings.findByFingerprint(f.fingerprint); !existing.empty()) {
      throw ImportError(where, "",
                        "already in the project as recording #" + std::to_string(existing.front().id) + " (" +
                            existing.front().path + ")");
    }
    std::int64_t subjectId = 0;
    if (auto s = subjects.findByCode(f.subject)) {
      if (s->species != database::Species::Rodent)
        throw ImportError(where, "", "subject '" + f.subject + "' exists as a human subject");
      subjectId = s->id;
    } else {
      subjectId = subjects.add(database::Subject{0, f.subject, database::Species::Rodent, ""});
      ++summary.subjects;
    }
    database::Recording r;
    r.subjectId = subjectId;
    r.path = f.path.string();
    r.fingerprint = f.fingerprint;
    r.fps = f.fps;
    r.frameCount = f.frameCount;
    r.width = f.width;
    r.height = f.height;
    const std::int64_t recordingId = recordings.add(r);
    ++summary.recordings;
    database::Clip clip;
    clip.clipSetId = setId;
    clip.recordingId = recordingId;
    clip.startFrame = 0;
    clip.endFrame = f.frameCount;
    clip.label = database::ClipLabel::Normal;
    if (f.seizure) {
      database::Event e;
      e.recordingId = recordingId;
      e.onsetFrame = 0;
      e.offsetFrame = f.frameCount;
      e.kind = database::EventKind::Seizure;
      e.annotator = "rodepil";
      try {
        clip.sourceEventId = events.add(e);
      } catch (const database::ValidationError& error) {
        throw ImportError(where, "", error.what());
      }
      clip.label = database::ClipLabel::Ictal;
      ++summary.events;
    }
    clips.push_back(clip);
  }
  database::ClipStore(database).addAll(clips);
  summary.clips = static_cast<std::int64_t>(clips.size());
  transaction.commit();
  return summary;
}

}  // namespace prodrome::core
