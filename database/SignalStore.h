#pragma once
// Signals beside the video (issue 14, section 2): one channel of a time
// series (EEG band power, an accelerometer axis, heart rate) on a recording's
// clock, in seconds from the video's start, drawn as a lane under it. The
// samples live in the project (schema v6). Every call is one committed
// transaction; add() of several channels of one file goes in the caller's
// transaction, so that an import stores all of them or none.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace prodrome::database {

class Database;

struct SignalInfo {
  std::int64_t id = 0;  // assigned by the store
  std::int64_t recordingId = 0;
  std::string name;    // unique per recording: "accel_x", "hr"
  std::string source;  // the file it came from, for the record
  std::int64_t sampleCount = 0;
  double startSeconds = 0;            // the first sample's time
  std::optional<double> sampleRate;   // regular sampling; empty: times are stored
  double offsetSeconds = 0;           // the user's alignment nudge: drawn this much later
  std::string created;
};

// A time the recording system marked beside its samples (issue 14 §2), on
// the recording's clock before the signal's offset (schema v7).
struct SignalMarker {
  double seconds = 0;
  std::optional<double> duration;  // seconds, when the source gave one
  std::string label;
};

// Where a marker falls on the video's clock: its time plus its signal's
// offset (the nudge moves the marks with the samples).
inline double markerVideoSeconds(const SignalInfo& signal, const SignalMarker& marker) {
  return marker.seconds + signal.offsetSeconds;
}

struct Signal {
  SignalInfo info;
  std::vector<SignalMarker> markers;  // by time
  std::vector<double> times;  // irregular sampling only: one per sample, increasing
  std::vector<float> samples;  // NaN: no value at that time
  double timeOf(std::size_t i) const {
    return info.sampleRate ? info.startSeconds + static_cast<double>(i) / *info.sampleRate : times[i];
  }
};

class SignalStore {
 public:
  explicit SignalStore(Database& database) : database_(database) {}

  // Stores the signal with its markers. Throws ValidationError (naming the
  // signal) for a marker whose time or duration is not a finite number, no samples, times that do
  // not match the samples or do not increase, a rate that is not positive, a
  // missing recording or a name the recording has already.
  std::int64_t add(const Signal& signal);
  // With its markers.
  std::optional<Signal> load(std::int64_t id);
  std::vector<SignalInfo> listByRecording(std::int64_t recordingId);  // by name
  std::vector<SignalInfo> list();                                     // by recording, name
  void setOffset(std::int64_t id, double offsetSeconds);
  bool remove(std::int64_t id);

 private:
  Database& database_;
};

}  // namespace prodrome::database
