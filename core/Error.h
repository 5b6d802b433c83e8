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

}  // namespace prodrome::core
