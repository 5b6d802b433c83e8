#include "core/exchange/RecordingRelinker.h"

#include "core/Error.h"
#include "core/video/ContentFingerprint.h"
#include "database/RecordingStore.h"
#include "database/Transaction.h"

#include <algorithm>
#include <map>
#include <system_error>

namespace prodrome::core {

namespace {

// The size a fingerprint starts with ("<size>-<hash>"), or -1.
std::intmax_t sizeOf(const std::string& fingerprint) {
  const auto dash = fingerprint.find('-');
  if (dash == std::string::npos || dash == 0) return -1;
  try {
    return static_cast<std::intmax_t>(std::stoll(fingerprint.substr(0, dash)));
  } catch (const std::exception&) {
    return -1;
  }
}

}  // namespace

void relinkRecording(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file) {
  database::RecordingStore store(db);
  const auto recording = store.find(recordingId);
  if (!recording) throw Error("cannot re-link recording " + std::to_string(recordingId) + ": it does not exist");
  const std::string fingerprint = contentFingerprint(file);
  if (fingerprint != recording->fingerprint)
    throw Error("cannot re-link recording " + std::to_string(recordingId) + ": '" + file.string() +
                "' is not its video (content fingerprint " + fingerprint + ", expected " + recording->fingerprint +
                ")");
  store.updatePath(recordingId, std::filesystem::absolute(file).lexically_normal().string());
}

void requireLinkedVideo(const database::Recording& recording) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(recording.path, error))
    throw VideoError(recording.path, "recording " + std::to_string(recording.id) + ": its video '" + recording.path +
                                         "' is missing (find it with `prodrome recording relink` or File ▸ Re-link "
                                         "Recording…)");
  if (!isContentFingerprint(recording.fingerprint)) return;
  const std::string fingerprint = contentFingerprint(recording.path);
  if (fingerprint != recording.fingerprint)
    throw VideoError(recording.path,
                     "recording " + std::to_string(recording.id) + ": '" + recording.path +
                         "' is no longer the video that was added (content fingerprint " + fingerprint + ", expected " +
                         recording.fingerprint +
                         "): it was replaced, re-encoded or cut, so its frames no longer match the recording's " +
                         std::to_string(recording.frameCount) +
                         " frames and annotations. Put the original back or re-link the recording to it; a new "
                         "video is a new recording");
}

LinkState linkStateOf(const database::Recording& recording) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(recording.path, error)) return LinkState::Missing;
  try {
    requireLinkedVideo(recording);
  } catch (const VideoError&) {
    return LinkState::Replaced;
  }
  return LinkState::Linked;
}

FolderRelink relinkFromFolder(database::Database& db, const std::filesystem::path& folder,
                              const std::function<void(double)>& progress, const std::atomic<bool>* cancel) {
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error))
    throw Error("cannot re-link from '" + folder.string() + "': it is not a folder");
  FolderRelink result;
  // The missing recordings by fingerprint (several rows may share a video).
  std::map<std::string, std::vector<std::int64_t>> wanted;
  std::map<std::intmax_t, int> sizes;
  for (const database::Recording& r : database::RecordingStore(db).list()) {
    if (std::filesystem::is_regular_file(r.path, error)) continue;
    ++result.missing;
    wanted[r.fingerprint].push_back(r.id);
    ++sizes[sizeOf(r.fingerprint)];
  }
  if (wanted.empty()) return result;

  // Candidates first (a directory walk reads no file), so progress counts hashing.
  std::vector<std::filesystem::path> candidates;
  const auto options = std::filesystem::directory_options::skip_permission_denied;
  for (auto it = std::filesystem::recursive_directory_iterator(folder, options, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (cancel && cancel->load()) throw Cancelled();
    std::error_code entryError;
    if (!it->is_regular_file(entryError)) continue;
    const auto size = static_cast<std::intmax_t>(it->file_size(entryError));
    if (!entryError && sizes.count(size)) candidates.push_back(it->path());
  }
  std::sort(candidates.begin(), candidates.end());  // the same folder relinks the same way

  std::map<std::int64_t, std::filesystem::path> found;
  for (std::size_t i = 0; i < candidates.size() && found.size() < static_cast<std::size_t>(result.missing); ++i) {
    if (cancel && cancel->load()) throw Cancelled();
    std::string fingerprint;
    try {
      fingerprint = contentFingerprint(candidates[i]);
    } catch (const std::exception&) {
      continue;  // unreadable: passed over
    }
    ++result.filesHashed;
    if (progress) progress(static_cast<double>(i + 1) / static_cast<double>(candidates.size()));
    const auto match = wanted.find(fingerprint);
    if (match == wanted.end()) continue;
    for (const std::int64_t id : match->second) found.emplace(id, candidates[i]);  // the first copy found wins
  }

  database::Transaction transaction(db);
  database::RecordingStore store(db);
  for (const auto& [id, file] : found) {
    store.updatePath(id, std::filesystem::absolute(file).lexically_normal().string());
    result.relinked.emplace_back(id, file);
  }
  transaction.commit();
  for (const auto& [fingerprint, ids] : wanted)
    for (const std::int64_t id : ids)
      if (!found.count(id)) result.stillMissing.push_back(id);
  std::sort(result.stillMissing.begin(), result.stillMissing.end());
  return result;
}

}  // namespace prodrome::core
