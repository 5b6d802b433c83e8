#pragma once
// Exports a stored clip set for training outside Prodrome.
//
// Clip video files: one H.264 .mp4 per clip, named clipFileName(id), holding
// frames [start, end) of its recording decoded exactly (VideoSource), at the
// recording's frame rate. An odd width or height loses its last column/row
// (4:2:0 H.264 needs even sizes). No clip appears unless every one does:
// a failure or a cancel midway leaves the folder as it was.
//
// VideoMAE list: "PATH LABEL" per line, PATH the clip's video file in
// `clipDir` (what exportClipVideos writes there), LABEL 1 for pre-ictal and 0
// for normal: the binary forecasting task of design.md §6. Ictal clips
// belong to no class of that task and are left out (counted in the result).
//
// Manifest CSV: clip_id,recording,recording_path,start_frame,end_frame,
// start_s,end_s,label,split,subject,video: every clip, ictal included.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

struct ClipExportResult {
  std::int64_t written = 0;  // lines, rows or video files
  std::int64_t skipped = 0;  // clips left out (ictal in a VideoMAE list)
};

std::string clipFileName(std::int64_t clipId);  // "clip_000042.mp4"

// Each throws Error when the set does not exist, IoError/VideoError on failure.
// `split`: only clips of that split (nullopt: all).
ClipExportResult exportVideoMaeList(database::Database& database, const std::string& setName,
                                    const std::filesystem::path& out, const std::filesystem::path& clipDir,
                                    const std::optional<std::string>& split = {});
ClipExportResult exportClipManifest(database::Database& database, const std::string& setName,
                                    const std::filesystem::path& out, const std::optional<std::string>& split = {});
// Writes into `dir` (created). `progress(done, total)` after each clip.
ClipExportResult exportClipVideos(database::Database& database, const std::string& setName,
                                  const std::filesystem::path& dir, const std::optional<std::string>& split = {},
                                  const std::function<void(std::int64_t, std::int64_t)>& progress = {});

}  // namespace prodrome::core
