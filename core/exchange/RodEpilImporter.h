#pragma once
// Imports a RodEpil-style folder of labelled rodent clips.
//
// PATH is either the folder that holds "0/" (normal) and "1/" (seizure), or
// a folder that holds "Seizure_detection_10sec/" with those two inside. Every
// *.avi in them (any case, sorted by name) becomes one recording:
//   subject  the 4th '_'-separated token from the end of the file name
//            without extension ("a_b_R07_c_d_e.avi" -> "R07"); species rodent
//   folder 1 one seizure event over the whole file, [0, frame count)
//   folder 0 no event
// and one clip over the whole file in the clip set "rodepil" (created on
// the first import, params "{}"; later imports add to it), labelled ictal
// (folder 1, with the event as its source) or normal (folder 0). The clip set
// is how a whole-file normal recording is marked as such: a recording with
// no event is otherwise only "not annotated". The whole-file clips are
// Rodents(Y)/(N)-style pre-training data (design.md §6).
//
// All or nothing: every file is probed first (a bad file is reported with its
// path), then everything is written in one transaction. A file whose content
// fingerprint is already in the project is refused (imported twice).

#include "core/exchange/ImportError.h"

#include <filesystem>
#include <functional>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

inline constexpr const char* kRodEpilClipSet = "rodepil";

// `progress(done, total, file)` is called before each file is probed.
ImportSummary importRodEpil(database::Database& database, const std::filesystem::path& folder,
                            const std::function<void(int, int, const std::filesystem::path&)>& progress = {});

// The subject code of a RodEpil file name, or empty when it has fewer than 4 tokens.
std::string rodEpilSubject(const std::filesystem::path& file);

}  // namespace prodrome::core
