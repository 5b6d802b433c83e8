#pragma once
// Finding moved videos again (issue 16 §8): a recording is re-linked to a file
// only when the file's content fingerprint (size and hashes of its first and
// last MiB, core/video/ContentFingerprint.h) is the one stored when it was
// added, never by its name, so a different night of the same patient with the
// same file name cannot be attached to the wrong annotations. One recording
// at a time (File ▸ Re-link Recording…, `prodrome recording relink DB ID FILE`)
// or every missing recording from one folder and the folders under it (the
// project copied to another machine, its videos to another drive).

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
struct Recording;
}

namespace prodrome::core {

// Re-links recording `recordingId` to `file`. Throws core::Error naming the
// recording and the file when the recording does not exist or the file is
// not its video (both fingerprints in the message); IoError when the file
// cannot be read. Changes nothing then.
void relinkRecording(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file);

// The file at `recording`'s path is still the video the project took in:
// its content fingerprint is the stored one. A forecast counts seizures and
// inter-ictal hours on the stored frame count and timeline, and a clip cache
// holds frames decoded from the file: a video replaced, re-encoded or cut
// after it was added would be scored against the wrong timeline, or its old
// frames reused, without a word. Throws VideoError naming the file and the
// recording when the file is missing or is another file. A row whose
// fingerprint is not of core/video/ContentFingerprint.h's form (written by
// other tools) is only checked for its file.
void requireLinkedVideo(const database::Recording& recording);

// The same check as an answer rather than an error, for lists that show
// every file (the GUI's period strip, `period list`).
enum class LinkState { Linked, Missing, Replaced };
LinkState linkStateOf(const database::Recording& recording);

struct FolderRelink {
  std::int64_t missing = 0;  // recordings whose video was not at its path
  std::vector<std::pair<std::int64_t, std::filesystem::path>> relinked;  // recording id, its video now
  std::vector<std::int64_t> stillMissing;                                // in increasing id order
  std::int64_t filesHashed = 0;  // candidates of a missing video's size whose fingerprint was read
};

// Searches `folder` recursively for the videos of every recording whose file
// is missing: files of a missing video's size are fingerprinted, the others
// skipped unread. All matches are stored in one transaction at the end (a
// cancelled or failed search changes nothing). Unreadable folders and files
// are passed over. Throws core::Error when `folder` is not a folder,
// Cancelled when *cancel becomes true. `progress` gets the fraction of the
// candidates hashed.
FolderRelink relinkFromFolder(database::Database& db, const std::filesystem::path& folder,
                              const std::function<void(double)>& progress = {},
                              const std::atomic<bool>* cancel = nullptr);

}  // namespace prodrome::core
