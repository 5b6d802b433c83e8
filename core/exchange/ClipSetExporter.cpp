#include "core/exchange/ClipSetExporter.h"

#include "core/Error.h"
#include "core/clips/FrameRate.h"
#include "core/exchange/CsvTable.h"
#include "core/exchange/RecordingRelinker.h"
#include "core/exchange/StagingFolder.h"
#include "core/io/AtomicFile.h"
#include "core/video/FrameConverter.h"
#include "core/video/VideoSource.h"
#include "core/video/VideoWriter.h"
#include "database/ClipSetStore.h"
#include "database/ClipStore.h"
#include "database/Database.h"
#include "database/RecordingStore.h"
#include "database/SubjectStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace prodrome::core {

namespace {

struct SetSnapshot {
  std::vector<database::Clip> clips;
  std::map<std::int64_t, database::Recording> recordings;
  std::map<std::int64_t, std::string> subjects;  // subject id -> code
};

SetSnapshot loadSet(database::Database& database, const std::string& setName, const std::optional<std::string>& split) {
  database::Transaction snapshot(database, database::Transaction::Mode::Deferred);
  const auto set = database::ClipSetStore(database).findByName(setName);
  if (!set) throw Error("no clip set named '" + setName + "' in the project");
  SetSnapshot s;
  for (auto& c : database::ClipStore(database).listBySet(set->id))
    if (!split || c.split == *split) s.clips.push_back(std::move(c));
  for (auto& r : database::RecordingStore(database).list()) s.recordings[r.id] = r;
  for (auto& subject : database::SubjectStore(database).list()) s.subjects[subject.id] = subject.code;
  snapshot.commit();
  return s;
}

std::string seconds(std::int64_t frame, double fps) {
  char text[64];
  std::snprintf(text, sizeof text, "%.6f", fps > 0 ? static_cast<double>(frame) / fps : 0.0);
  return text;
}

}  // namespace

std::string clipFileName(std::int64_t clipId) {
  char name[64];
  std::snprintf(name, sizeof name, "clip_%06lld.mp4", static_cast<long long>(clipId));
  return name;
}

ClipExportResult exportVideoMaeList(database::Database& database, const std::string& setName,
                                    const std::filesystem::path& out, const std::filesystem::path& clipDir,
                                    const std::optional<std::string>& split) {
  const SetSnapshot s = loadSet(database, setName, split);
  const auto dir = std::filesystem::absolute(clipDir).lexically_normal();
  ClipExportResult result;
  std::string text;
  for (const auto& c : s.clips) {
    if (c.label == database::ClipLabel::Ictal) {
      ++result.skipped;
      continue;
    }
    text += (dir / clipFileName(c.id)).string();
    text += c.label == database::ClipLabel::Preictal ? " 1\n" : " 0\n";
    ++result.written;
  }
  writeFileAtomically(out, text);
  return result;
}

ClipExportResult exportClipManifest(database::Database& database, const std::string& setName,
                                    const std::filesystem::path& out, const std::optional<std::string>& split) {
  const SetSnapshot s = loadSet(database, setName, split);
  std::string text = csvLine({"clip_id", "recording", "recording_path", "start_frame", "end_frame", "start_s", "end_s",
                              "label", "split", "subject", "video"});
  ClipExportResult result;
  for (const auto& c : s.clips) {
    const auto& r = s.recordings.at(c.recordingId);
    const auto subject = s.subjects.find(r.subjectId);
    text += csvLine({std::to_string(c.id), std::to_string(c.recordingId), r.path, std::to_string(c.startFrame),
                     std::to_string(c.endFrame), seconds(c.startFrame, r.fps), seconds(c.endFrame, r.fps),
                     std::string(database::toString(c.label)), c.split,
                     subject == s.subjects.end() ? "" : subject->second, clipFileName(c.id)});
    ++result.written;
  }
  writeFileAtomically(out, text);
  return result;
}

ClipExportResult exportClipVideos(database::Database& database, const std::string& setName,
                                  const std::filesystem::path& dir, const std::optional<std::string>& split,
                                  const std::function<void(std::int64_t, std::int64_t)>& progress) {
  SetSnapshot s = loadSet(database, setName, split);
  // Every video of the set checked before the first clip is written.
  std::set<std::int64_t> inSet;
  for (const auto& c : s.clips) inSet.insert(c.recordingId);
  for (const auto id : inSet) requireLinkedVideo(s.recordings.at(id));
  std::filesystem::create_directories(dir);
  // All or nothing: the clips are written into a hidden folder inside `dir`
  // (the same disk, so moving them is a rename) and moved into place once
  // every one is complete. A failure midway (a full disk, a damaged frame)
  // or a cancel removes that folder and leaves `dir` as it was: a trainer
  // pointed at it never reads a set that is missing clips.
  StagingFolder staging(dir);
  // By recording, then start: one decoder per recording, mostly reading forwards.
  std::sort(s.clips.begin(), s.clips.end(), [](const database::Clip& a, const database::Clip& b) {
    return std::tie(a.recordingId, a.startFrame, a.id) < std::tie(b.recordingId, b.startFrame, b.id);
  });
  ClipExportResult result;
  std::optional<VideoSource> source;
  std::int64_t sourceRecording = -1;
  FrameConverter converter;
  std::vector<uint8_t> rgb;
  for (const auto& c : s.clips) {
    const auto& r = s.recordings.at(c.recordingId);
    if (c.recordingId != sourceRecording) {
      source.reset();
      source.emplace(r.path);
      converter = FrameConverter(r.path);
      sourceRecording = c.recordingId;
    }
    if (c.startFrame < 0 || c.endFrame > source->frameCount() || c.startFrame >= c.endFrame) {
      throw Error("clip #" + std::to_string(c.id) + " [" + std::to_string(c.startFrame) + ", " +
                  std::to_string(c.endFrame) + ") lies outside '" + r.path + "' (" +
                  std::to_string(source->frameCount()) + " frames)");
    }
    const FrameRate rate = FrameRate::fromDouble(r.fps);
    VideoWriterOptions options;
    options.width = source->info().width & ~1;
    options.height = source->info().height & ~1;
    options.timeBase = AVRational{static_cast<int>(rate.den), static_cast<int>(rate.num)};
    options.frameRate = AVRational{static_cast<int>(rate.num), static_cast<int>(rate.den)};
    options.codecOptions = {{"crf", "18"}, {"preset", "veryfast"}};
    VideoWriter writer(staging.path() / clipFileName(c.id), options);
    for (std::int64_t k = c.startFrame; k < c.endFrame; ++k) {
      const Frame frame = source->frame(k, VideoSource::Access::kStep);
      rgb.resize(static_cast<size_t>(frame.width()) * static_cast<size_t>(frame.height()) * 3);
      converter.toRgb24(frame, rgb.data(), frame.width() * 3);
      writer.writeRgb(rgb.data(), frame.width() * 3, k - c.startFrame);
    }
    writer.finish();
    ++result.written;
    if (progress) progress(result.written, static_cast<std::int64_t>(s.clips.size()));
  }
  for (const auto& c : s.clips) staging.moveInto(clipFileName(c.id), dir);
  return result;
}

}  // namespace prodrome::core
