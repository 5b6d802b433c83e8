#pragma once
// The error types that cross core/'s boundary. Messages say operation, object
// and cause: "cannot open video '/data/night3.mp4': Invalid data found when
// processing input".

#include <stdexcept>
#include <string>

namespace prodrome::core {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A video that cannot be opened, indexed or decoded. Carries the file and the
// FFmpeg error code (0 when the cause is not an FFmpeg call).
class VideoError : public Error {
 public:
  VideoError(std::string path, const std::string& what, int averror = 0)
      : Error(what), path_(std::move(path)), averror_(averror) {}
  const std::string& path() const noexcept { return path_; }
  int averror() const noexcept { return averror_; }

 private:
  std::string path_;
  int averror_;
};

// A file that could not be written (disk full, permissions, ...).
class IoError : public Error {
 public:
  using Error::Error;
};

// Work stopped by its cancel flag between two steps (indexing, decoding
// clips, training). Whatever was committed before stays; nothing is
// half-written.
class Cancelled : public Error {
 public:
  Cancelled() : Error("cancelled") {}
};

// What a user reads of an error message: the text without the C++ backtrace
// that LibTorch appends to its own errors (c10::Error's what() goes on with
// "\nException raised from <function> at <our source path>:<line> … frame #0:
// …"), which tells a user nothing and runs to kilobytes. Every place that
// shows or stores an error for people (the command line, the GUI's jobs, a
// run's log) passes it through here.
inline std::string withoutBacktrace(std::string text) {
  if (const auto cut = text.find("\nException raised from "); cut != std::string::npos) text.resize(cut);
  return text;
}
inline std::string messageOf(const std::exception& e) { return withoutBacktrace(e.what()); }

}  // namespace prodrome::core
