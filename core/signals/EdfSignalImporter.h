#pragma once
// Imports the signals of an EDF, EDF+ or BDF file (the formats EEG and
// polygraphy systems export) beside a recording's video (issue 14 §2), read
// with EDFlib (Debian's libedf, the reference reader by EDFbrowser's author).
//
// Every signal of the file becomes one channel, named by its label (with
// `namePrefix` before it), at its own sampling rate, in physical units. The
// file's start time places it on the video's clock when the recording's
// wall-clock start is known (its own or its monitoring period's): EDF gives
// no time zone, so its clock is taken as local time, as EDFbrowser shows it.
// Otherwise the signal starts with the video. The offset can be nudged after
// (signal offset). EDF+ annotations become markers of the first signal, at
// their onset (with their duration when given). A discontinuous EDF+D
// file is refused (EDFlib reads only continuous ones).
//
// All or nothing, like the CSV importer: an error names the file and what is
// wrong, and nothing is stored.

#include "core/signals/SignalCsvImporter.h"

#include <filesystem>
#include <string>

namespace prodrome::core {

SignalImport importSignalEdf(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file,
                             const std::string& namePrefix = {}, const SignalProgress& progress = {});

// EDF/BDF by the file's extension (.edf, .bdf, any case), else CSV: the one
// rule the command and the GUI share.
SignalImport importSignalFile(database::Database& db, std::int64_t recordingId, const std::filesystem::path& file,
                              const std::string& namePrefix = {}, const SignalProgress& progress = {});

}  // namespace prodrome::core
