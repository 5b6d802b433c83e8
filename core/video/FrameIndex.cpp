#include "core/video/FrameIndex.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <stdexcept>

namespace prodrome::core {

namespace {

constexpr char kMagic[8] = {'P', 'R', 'D', 'M', 'F', 'I', 'D', 'X'};
// Bump when the layout or the meaning of an entry changes: old cache files
// are then ignored and rebuilt.
constexpr uint32_t kFormatVersion = 3;  // 3: a file's cut-short last packets are no frames (VideoSource)

template <typename T>
void put(std::string& out, T v) {
  char buf[sizeof(T)];
  std::memcpy(buf, &v, sizeof(T));
  out.append(buf, sizeof(T));
}

class Reader {
 public:
  explicit Reader(const std::string& s) : s_(s) {}
  template <typename T>
  T get() {
    if (s_.size() - at_ < sizeof(T)) throw std::runtime_error("frame index file is truncated");
    T v;
    std::memcpy(&v, s_.data() + at_, sizeof(T));
    at_ += sizeof(T);
    return v;
  }
  size_t remaining() const { return s_.size() - at_; }

 private:
  const std::string& s_;
  size_t at_ = 0;
};

// FNV-1a over the payload: detects a torn or bit-rotted cache file (the file
// is rebuilt then), not an attacker.
uint64_t checksum(const char* p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; ++i) {
    h ^= static_cast<unsigned char>(p[i]);
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

FrameIndex::FrameIndex(std::vector<FrameIndexEntry> frames, AVRational timeBase, int streamIndex, Matching matching)
    : frames_(std::move(frames)), timeBase_(timeBase), streamIndex_(streamIndex), matching_(matching) {
  buildKeyframeList();
}

void FrameIndex::buildKeyframeList() {
  keyframes_.clear();
  for (int64_t k = 0; k < size(); ++k) {
    if (frames_[static_cast<size_t>(k)].keyframe) keyframes_.push_back(k);
  }
  // Frame 0 is always a valid start: seeking to the stream start and decoding
  // reaches it even when the first packet lacks the keyframe flag.
  if (!frames_.empty() && (keyframes_.empty() || keyframes_.front() != 0)) {
    keyframes_.insert(keyframes_.begin(), 0);
  }
}

int64_t FrameIndex::frameForPts(int64_t pts) const {
  auto it = std::lower_bound(frames_.begin(), frames_.end(), pts,
                             [](const FrameIndexEntry& e, int64_t v) { return e.pts < v; });
  if (it == frames_.end() || it->pts != pts) return -1;
  return it - frames_.begin();
}

int64_t FrameIndex::frameAtOrBefore(int64_t pts) const {
  if (frames_.empty()) return -1;
  auto it = std::upper_bound(frames_.begin(), frames_.end(), pts,
                             [](int64_t v, const FrameIndexEntry& e) { return v < e.pts; });
  if (it == frames_.begin()) return 0;
  return (it - frames_.begin()) - 1;
}

size_t FrameIndex::keyframeSlotFor(int64_t k) const {
  auto it = std::upper_bound(keyframes_.begin(), keyframes_.end(), k);
  return it == keyframes_.begin() ? 0 : static_cast<size_t>((it - keyframes_.begin()) - 1);
}

double FrameIndex::secondsOf(int64_t k) const {
  if (frames_.empty()) return 0.0;
  return static_cast<double>(frames_[static_cast<size_t>(k)].pts - frames_.front().pts) * av_q2d(timeBase_);
}

double FrameIndex::durationSeconds() const {
  if (frames_.empty()) return 0.0;
  int64_t lastDuration = frames_.back().duration;
  if (lastDuration <= 0 && frames_.size() >= 2) {
    lastDuration = frames_.back().pts - frames_[frames_.size() - 2].pts;
  }
  return static_cast<double>(frames_.back().pts - frames_.front().pts + std::max<int64_t>(lastDuration, 0)) *
         av_q2d(timeBase_);
}

AVRational FrameIndex::estimatedFrameRate() const {
  if (frames_.size() < 2) return {0, 1};
  // The most common interval is the nominal one; a plain average would be
  // pulled off by dropped frames in VFR recordings.
  std::map<int64_t, int64_t> counts;
  for (size_t i = 1; i < frames_.size(); ++i) ++counts[frames_[i].pts - frames_[i - 1].pts];
  const auto mode =
      std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (mode->first <= 0) return {0, 1};
  AVRational r;
  av_reduce(&r.num, &r.den, timeBase_.den, static_cast<int64_t>(timeBase_.num) * mode->first, INT32_MAX);
  return r;
}

bool FrameIndex::variableFrameRate() const {
  if (frames_.size() < 3) return false;
  int64_t lo = INT64_MAX, hi = INT64_MIN;
  for (size_t i = 1; i < frames_.size(); ++i) {
    const int64_t d = frames_[i].pts - frames_[i - 1].pts;
    lo = std::min(lo, d);
    hi = std::max(hi, d);
  }
  // A one-tick jitter comes from rounding a rational rate into the time base.
  return hi - lo > 1;
}

FrameIndex::ClockDrift FrameIndex::clockDrift(double fps) const {
  ClockDrift drift;
  if (!(fps > 0)) return drift;
  for (int64_t k = 0; k < size(); ++k) {
    const double off = std::abs(static_cast<double>(k) / fps - secondsOf(k));
    if (off > drift.seconds) drift = {off, k};
  }
  return drift;
}

std::string FrameIndex::serialize() const {
  std::string payload;
  payload.reserve(32 + frames_.size() * 41);
  put<int32_t>(payload, timeBase_.num);
  put<int32_t>(payload, timeBase_.den);
  put<int32_t>(payload, streamIndex_);
  put<uint8_t>(payload, static_cast<uint8_t>(matching_));
  put<uint64_t>(payload, frames_.size());
  for (const auto& e : frames_) {
    put<int64_t>(payload, e.pts);
    put<int64_t>(payload, e.dts);
    put<int64_t>(payload, e.pos);
    put<int64_t>(payload, e.decodeOrder);
    put<int64_t>(payload, e.duration);
    put<uint8_t>(payload, e.keyframe ? 1 : 0);
  }
  std::string out(kMagic, sizeof kMagic);
  put<uint32_t>(out, kFormatVersion);
  put<uint64_t>(out, checksum(payload.data(), payload.size()));
  out += payload;
  return out;
}

FrameIndex FrameIndex::deserialize(const std::string& bytes) {
  if (bytes.size() < sizeof kMagic + 12 || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    throw std::runtime_error("not a Prodrome frame index file");
  }
  Reader header(bytes);
  for (size_t i = 0; i < sizeof kMagic; ++i) header.get<char>();
  const auto version = header.get<uint32_t>();
  if (version != kFormatVersion) {
    throw std::runtime_error("frame index format " + std::to_string(version) + " is not " +
                             std::to_string(kFormatVersion));
  }
  const auto sum = header.get<uint64_t>();
  const size_t payloadAt = sizeof kMagic + 12;
  if (checksum(bytes.data() + payloadAt, bytes.size() - payloadAt) != sum) {
    throw std::runtime_error("frame index file fails its checksum");
  }
  const std::string payload = bytes.substr(payloadAt);
  Reader r(payload);
  AVRational tb;
  tb.num = r.get<int32_t>();
  tb.den = r.get<int32_t>();
  const int stream = r.get<int32_t>();
  const auto matching = r.get<uint8_t>();
  const auto n = r.get<uint64_t>();
  constexpr size_t kEntryBytes = 5 * 8 + 1;
  if (tb.num <= 0 || tb.den <= 0 || matching > 1 || n > r.remaining() / kEntryBytes) {
    throw std::runtime_error("frame index file has an invalid header");
  }
  std::vector<FrameIndexEntry> frames(n);
  for (auto& e : frames) {
    e.pts = r.get<int64_t>();
    e.dts = r.get<int64_t>();
    e.pos = r.get<int64_t>();
    e.decodeOrder = r.get<int64_t>();
    e.duration = r.get<int64_t>();
    e.keyframe = r.get<uint8_t>() != 0;
  }
  return FrameIndex(std::move(frames), tb, stream, static_cast<Matching>(matching));
}

}  // namespace prodrome::core
