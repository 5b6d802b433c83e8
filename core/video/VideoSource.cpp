#include "core/video/VideoSource.h"

#include "core/Error.h"
#include "core/video/ContentFingerprint.h"
#include "core/video/FrameIndexCache.h"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/parseutils.h>
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cmath>
#include <list>
#include <set>
#include <unordered_map>

namespace prodrome::core {

namespace {

constexpr int64_t kNoTs = AV_NOPTS_VALUE;
// A request within this many frames of the previous one is a step: decode and
// cache the whole run so that the next step, in either direction, is a hit.
constexpr int64_t kStepWindow = 64;
// Decoding this many frames forward is cheaper than a seek and a restart.
constexpr int64_t kContinueWindow = 16;
// Going back one more keyframe each time a decode overshoots the target.
constexpr int kMaxSeekRetries = 3;

std::string quote(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

SharedFrame share(AVFrame* src) {
  AVFrame* f = av_frame_alloc();
  if (!f) throw std::bad_alloc();
  av_frame_move_ref(f, src);
  return SharedFrame(f, [](const AVFrame* p) {
    auto* m = const_cast<AVFrame*>(p);
    av_frame_free(&m);
  });
}

int64_t firstPacketTs(const std::vector<FrameIndexEntry>& frames) {
  if (frames.empty()) return INT64_MIN;
  const auto first = std::min_element(frames.begin(), frames.end(),
                                      [](const auto& a, const auto& b) { return a.decodeOrder < b.decodeOrder; });
  return first->dts != kNoTs ? first->dts : first->pts;
}

size_t pictureBytes(const AVFrame* f) {
  size_t n = sizeof(AVFrame);
  for (const AVBufferRef* b : f->buf) {
    if (b) n += b->size;
  }
  return n;
}

}  // namespace

struct VideoSource::Impl {
  std::filesystem::path path;
  VideoSourceOptions options;

  FormatContextPtr fmt;
  CodecContextPtr dec;
  AVStream* stream = nullptr;
  int streamIndex = -1;
  PacketPtr pkt = allocPacket();
  FramePtr picture = allocFrame();

  FrameIndex index;
  VideoInfo info;
  std::string fingerprint;
  bool intraOnly = false;
  int64_t startTs = INT64_MIN;  // dts (else pts) of the stream's first packet

  // ---- decoder position (valid while `positioned`) ----
  bool positioned = false;  // continuing to decode yields frames after lastOutput
  bool draining = false;    // a flush packet was sent; the decoder needs a reset
  int64_t seekBase = 0;     // frames below this are not trusted since the last seek
  int64_t lastOutput = -1;  // last frame number the decoder produced since the seek
  int64_t ordinal = 0;      // output counter when counting frames
  // Count decoder output from the stream start instead of matching
  // timestamps: for Matching::kOrdinal indexes, and for files whose demuxer
  // hands out different timestamps after a seek than in the index scan
  // (AVI without an index, damaged files).
  bool countOutput = false;
  bool timestampsUnreliable = false;      // set by readPacket, handled by frame()
  bool awaitingStart = false;             // dropping packets until the keyframe we seeked for
  size_t seekSlot = 0;                    // keyframes() slot of the last seek
  int64_t seekGopEnd = 0;                 // first keyframe after seekBase (frame number)
  std::vector<int64_t> decodedSinceSeek;  // cached frames to drop if the start proves bad
  // Keyframes that produced decoding errors when decoding started at them
  // (flagged sync samples that are not clean random access points in some
  // real files); requests go back to an earlier keyframe instead.
  std::vector<bool> badKeyframe;
  std::vector<bool> keyframeChecked;
  CodecContextPtr verifier;       // single-threaded, for verifyKeyframePacket
  bool verifyNextPacket = false;  // the next packet read is an unverified keyframe
  FrameIndexEntry startEntry;
  int lastReadError = 0;

  // ---- requests ----
  int64_t lastRequest = -1;
  int64_t lastReturned = -1;

  // ---- decoded-picture cache, LRU by bytes ----
  struct Cached {
    Frame frame;
    size_t bytes;
    std::list<int64_t>::iterator lru;
  };
  std::unordered_map<int64_t, Cached> cache;
  std::list<int64_t> lru;  // most recent first
  size_t cachedBytes = 0;

  Stats stats;

  [[noreturn]] void fail(const std::string& what, int err = 0) const {
    std::string msg = what + " " + quote(path);
    if (err != 0) msg += ": " + averrorText(err);
    throw VideoError(path.string(), msg, err);
  }

  void openInput();
  CodecContextPtr makeDecoder(int threads) const;
  void openDecoder();
  bool verifyKeyframePacket(const AVPacket* keyPacket, SharedFrame* keep = nullptr);
  void loadOrBuildIndex();
  FrameIndex scanPackets();
  std::vector<FrameIndexEntry> dropUndecodableHead(std::vector<FrameIndexEntry> frames);
  void fillInfo();

  void resetDecoder();
  void seekToStart();
  void seekToFrame(int64_t keyframe);
  enum class Outcome { kFound, kOvershoot, kDamaged, kRestart, kEnd };
  Outcome decodeForward(int64_t k, Access mode, Frame& out);
  int64_t numberOf(const AVFrame* f);
  bool readPacket();  // false at end of stream or on a read error

  void checkFrameNumber(int64_t k) const {
    if (k < 0 || k >= index.size()) {
      throw std::out_of_range("frame " + std::to_string(k) + " is outside 0.." + std::to_string(index.size() - 1) +
                              " of " + quote(path));
    }
  }

  void cacheInsert(const Frame& f);
  void cacheErase(int64_t k);
  const Frame* cacheFind(int64_t k);
  void cacheClear();
};

// ---------------------------------------------------------------- opening

void VideoSource::Impl::openInput() {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) fail("cannot open video: no such file");
  if (std::filesystem::is_directory(status)) fail("cannot open video: is a directory,");
  if (!std::filesystem::is_regular_file(status)) fail("cannot open video: not a regular file,");
  if (std::filesystem::file_size(path, ec) == 0) fail("cannot open video: the file is empty,");

  AVFormatContext* raw = nullptr;
  int ret = avformat_open_input(&raw, path.c_str(), nullptr, nullptr);
  if (ret < 0) fail("cannot open video", ret);
  fmt.reset(raw);
  ret = avformat_find_stream_info(fmt.get(), nullptr);
  if (ret < 0) fail("cannot read stream information of", ret);

  const AVCodec* codec = nullptr;
  ret = av_find_best_stream(fmt.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
  if (ret == AVERROR_STREAM_NOT_FOUND) fail("no video stream in");
  if (ret == AVERROR_DECODER_NOT_FOUND) {
    // Name the codec so the user knows what is missing.
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
      if (fmt->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
        fail(std::string("no decoder for codec '") + avcodec_get_name(fmt->streams[i]->codecpar->codec_id) + "' in");
      }
    }
    fail("no decoder for the video stream of");
  }
  if (ret < 0) fail("cannot select the video stream of", ret);
  streamIndex = ret;
  stream = fmt->streams[streamIndex];
  for (unsigned i = 0; i < fmt->nb_streams; ++i) {
    if (static_cast<int>(i) != streamIndex) fmt->streams[i]->discard = AVDISCARD_ALL;
  }
  const AVCodecParameters* par = stream->codecpar;
  if (par->width <= 0 || par->height <= 0) fail("video stream has no picture size in");
  const AVCodecDescriptor* desc = avcodec_descriptor_get(par->codec_id);
  intraOnly = desc && (desc->props & AV_CODEC_PROP_INTRA_ONLY);
  openDecoder();
}

CodecContextPtr VideoSource::Impl::makeDecoder(int threads) const {
  const AVCodec* codec = avcodec_find_decoder(stream->codecpar->codec_id);
  if (!codec) fail(std::string("no decoder for codec '") + avcodec_get_name(stream->codecpar->codec_id) + "' in");
  CodecContextPtr ctx(avcodec_alloc_context3(codec));
  if (!ctx) throw std::bad_alloc();
  int ret = avcodec_parameters_to_context(ctx.get(), stream->codecpar);
  if (ret < 0) fail("cannot configure the decoder for", ret);
  ctx->pkt_timebase = stream->time_base;
  ctx->thread_count = threads;  // 0: FFmpeg picks one per core
  ctx->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  ret = avcodec_open2(ctx.get(), codec, nullptr);
  if (ret < 0) fail("cannot open the decoder for", ret);
  return ctx;
}

void VideoSource::Impl::openDecoder() { dec = makeDecoder(options.decoderThreads); }

// Some real files flag sync samples that are not clean starts: decoding
// from them conceals errors a sequential decode never has (seen in a
// DeepLabCut example video, and in ffmpeg -ss on it). The first time a
// keyframe serves as a start, its packet is also decoded alone on a
// single-threaded decoder, whose error flags (unlike a frame-threaded one's)
// are deterministic; a keyframe whose picture has errors is never used as a
// start again. One extra picture per keyframe, no extra seek.
bool VideoSource::Impl::verifyKeyframePacket(const AVPacket* keyPacket, SharedFrame* keep) {
  keyframeChecked[seekSlot] = true;
  if (!verifier) verifier = makeDecoder(1);
  bool clean = avcodec_send_packet(verifier.get(), keyPacket) >= 0;
  avcodec_send_packet(verifier.get(), nullptr);
  int pictures = 0;
  while (avcodec_receive_frame(verifier.get(), picture.get()) >= 0) {
    ++pictures;
    if (picture->decode_error_flags != 0 || (picture->flags & AV_FRAME_FLAG_CORRUPT)) clean = false;
    if (keep && pictures == 1) {
      *keep = share(picture.get());
    } else {
      av_frame_unref(picture.get());
    }
  }
  avcodec_flush_buffers(verifier.get());
  if (pictures == 0) clean = false;
  badKeyframe[seekSlot] = !clean;
  return clean;
}

void VideoSource::Impl::loadOrBuildIndex() {
  try {
    fingerprint = contentFingerprint(path);
  } catch (const IoError& e) {
    throw VideoError(path.string(), e.what());
  }
  FrameIndexCache cache(options.indexCacheDir);
  if (options.useIndexCache) {
    if (auto cached = cache.load(fingerprint); cached && cached->streamIndex() == streamIndex && !cached->empty()) {
      index = std::move(*cached);
      startTs = firstPacketTs(index.frames());
      stats.indexFromCache = true;
      return;
    }
  }
  index = scanPackets();
  if (options.useIndexCache) cache.store(fingerprint, index);
}

FrameIndex VideoSource::Impl::scanPackets() {
  std::error_code ec;
  const double fileSize = static_cast<double>(std::max<uintmax_t>(1, std::filesystem::file_size(path, ec)));
  std::vector<FrameIndexEntry> frames;
  int64_t order = 0;
  int ret = 0;
  size_t corruptTail = 0;  // packets at the end, so far, that the file holds only part of
  while ((ret = av_read_frame(fmt.get(), pkt.get())) >= 0) {
    if (pkt->stream_index == streamIndex && !(pkt->flags & AV_PKT_FLAG_DISCARD)) {
      corruptTail = (pkt->flags & AV_PKT_FLAG_CORRUPT) ? corruptTail + 1 : 0;
      FrameIndexEntry e;
      e.pts = pkt->pts;
      e.dts = pkt->dts;
      e.pos = pkt->pos;
      e.duration = pkt->duration;
      e.keyframe = (pkt->flags & AV_PKT_FLAG_KEY) != 0;
      e.decodeOrder = order++;
      frames.push_back(e);
      if ((order & 255) == 0) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) throw Cancelled();
        if (options.indexProgress && pkt->pos >= 0) options.indexProgress(std::min(1.0, pkt->pos / fileSize));
      }
    }
    av_packet_unref(pkt.get());
  }
  // A read error after some packets is a truncated or damaged tail: the
  // frames before it stay usable. Nothing at all is an error.
  //
  // A file cut short mid-packet (a camera that lost power, a copy that
  // stopped) still lists its last sample in the container's tables; the
  // demuxer returns what is there, flagged corrupt, and no decoder makes a
  // picture of it. Indexed, it was a last frame that never decodes. Packets
  // last in decode order are referenced by none that come after them, so
  // dropping them leaves every other frame exact.
  frames.resize(frames.size() - corruptTail);
  if (frames.empty()) {
    fail("no video packets could be read from", ret == AVERROR_EOF ? AVERROR_INVALIDDATA : ret);
  }

  const bool allPts = std::all_of(frames.begin(), frames.end(), [](const auto& e) { return e.pts != kNoTs; });
  bool duplicates = false;
  if (allPts) {
    std::stable_sort(frames.begin(), frames.end(), [](const auto& a, const auto& b) { return a.pts < b.pts; });
    duplicates = std::adjacent_find(frames.begin(), frames.end(),
                                    [](const auto& a, const auto& b) { return a.pts == b.pts; }) != frames.end();
  }
  auto matching = FrameIndex::Matching::kPts;
  if (!allPts || duplicates) {
    // Without a pts on every packet (AVI with B-frames, raw streams) frames
    // are counted from the stream start instead (FrameIndex::Matching).
    matching = FrameIndex::Matching::kOrdinal;
    std::stable_sort(frames.begin(), frames.end(),
                     [](const auto& a, const auto& b) { return a.decodeOrder < b.decodeOrder; });
    int64_t lastTs = kNoTs;
    for (auto& e : frames) {
      // Presentation times for display only: dts where known, else
      // extrapolated from the previous packet.
      if (e.dts != kNoTs && (lastTs == kNoTs || e.dts > lastTs)) {
        e.pts = e.dts;
      } else {
        e.pts = lastTs == kNoTs ? 0 : lastTs + std::max<int64_t>(1, e.duration);
      }
      lastTs = e.pts;
    }
  }
  if (options.indexProgress) options.indexProgress(1.0);
  startTs = firstPacketTs(frames);

  if (matching == FrameIndex::Matching::kPts) {
    frames = dropUndecodableHead(std::move(frames));
    if (frames.empty()) fail("no decodable video frames in");
  }
  return FrameIndex(std::move(frames), stream->time_base, streamIndex, matching);
}

// A stream cut out of a longer one (a capture started mid-GOP) begins with
// packets that reference pictures it does not contain; the decoder drops
// them, so a full decode has fewer frames than packets. Decode from the
// start until the first keyframe's picture comes out and drop the head
// entries that never appeared: frame k then means the same as in a plain
// sequential decode.
std::vector<FrameIndexEntry> VideoSource::Impl::dropUndecodableHead(std::vector<FrameIndexEntry> frames) {
  const auto firstKey = std::min_element(frames.begin(), frames.end(), [](const auto& a, const auto& b) {
    return std::make_tuple(!a.keyframe, a.decodeOrder) < std::make_tuple(!b.keyframe, b.decodeOrder);
  });
  if (!firstKey->keyframe) return frames;
  const int64_t keyPts = firstKey->pts;
  const int64_t headPackets = firstKey->decodeOrder;
  const bool keyFirstInBoth = headPackets == 0 && frames.front().pts == keyPts;
  if (keyFirstInBoth) return frames;  // the common case: nothing before the first keyframe

  seekToStart();
  std::set<int64_t> seen;
  bool done = false;
  int64_t sent = 0;
  const int64_t limit = headPackets + 256;
  while (!done && sent <= limit) {
    int ret;
    while ((ret = avcodec_receive_frame(dec.get(), picture.get())) >= 0) {
      const int64_t ts = picture->best_effort_timestamp;
      seen.insert(ts);
      av_frame_unref(picture.get());
      if (ts >= keyPts) done = true;
    }
    if (done || ret == AVERROR_EOF) break;
    if (!readPacket()) {
      avcodec_send_packet(dec.get(), nullptr);
      draining = true;
      continue;
    }
    if (avcodec_send_packet(dec.get(), pkt.get()) < 0) ++stats.corruptPackets;
    av_packet_unref(pkt.get());
    ++sent;
  }
  positioned = false;
  std::vector<FrameIndexEntry> kept;
  kept.reserve(frames.size());
  for (const auto& e : frames) {
    if (e.pts >= keyPts || seen.count(e.pts)) kept.push_back(e);
  }
  return kept;
}

void VideoSource::Impl::fillInfo() {
  const AVCodecParameters* par = stream->codecpar;
  info.path = path.string();
  info.container = fmt->iformat->name;
  info.codec = avcodec_get_name(par->codec_id);
  if (const AVCodecDescriptor* desc = avcodec_descriptor_get(par->codec_id); desc && desc->long_name) {
    info.codecLongName = desc->long_name;
  }
  const char* pixName = av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format));
  info.pixelFormat = pixName ? pixName : "unknown";
  const char* range = av_color_range_name(par->color_range);
  info.colorRange = (par->color_range == AVCOL_RANGE_UNSPECIFIED || !range) ? "unknown" : (range);
  const char* space = av_color_space_name(par->color_space);
  info.colorSpace = (par->color_space == AVCOL_SPC_UNSPECIFIED || !space) ? "unknown" : space;
  info.width = par->width;
  info.height = par->height;

  if (const auto* matrix =
          reinterpret_cast<const int32_t*>(av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr))) {
    // av_display_rotation_get is counter-clockwise; players rotate clockwise.
    const double ccw = av_display_rotation_get(matrix);
    if (!std::isnan(ccw)) {
      int cw = static_cast<int>(std::lround(-ccw)) % 360;
      if (cw < 0) cw += 360;
      info.rotation = (cw + 45) / 90 * 90 % 360;
    }
  }

  info.timeBase = {stream->time_base.num, stream->time_base.den};
  // The nominal rate: r_frame_rate (FFmpeg's smallest rate that represents
  // every timestamp, e.g. 120/1) when it agrees with the measured average to
  // 1%, else the average (frames over duration, right for VFR), else our
  // own estimate from the index.
  const auto valid = [](AVRational r) { return r.num > 0 && r.den > 0 && av_q2d(r) < 1000; };
  const AVRational avg = stream->avg_frame_rate;
  const AVRational nominal = stream->r_frame_rate;
  AVRational rate = index.estimatedFrameRate();
  if (valid(avg)) rate = avg;
  if (valid(nominal) && (!valid(avg) || std::abs(av_q2d(nominal) / av_q2d(avg) - 1.0) < 0.01)) rate = nominal;
  info.frameRate = {rate.num, rate.den};
  info.variableFrameRate = index.variableFrameRate();
  info.frameCount = index.size();
  info.keyframeCount = static_cast<int64_t>(
      std::count_if(index.frames().begin(), index.frames().end(), [](const auto& e) { return e.keyframe; }));
  info.durationSeconds = index.durationSeconds();
  for (unsigned i = 0; i < fmt->nb_streams; ++i) {
    if (fmt->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO) info.hasAudio = true;
  }
  if (const AVDictionaryEntry* t = av_dict_get(fmt->metadata, "creation_time", nullptr, 0)) {
    int64_t us = 0;
    if (av_parse_time(&us, t->value, 0) == 0) info.creationTimeUs = us;
  }
}

// ---------------------------------------------------------------- seeking

void VideoSource::Impl::resetDecoder() {
  avcodec_flush_buffers(dec.get());
  draining = false;
  positioned = true;
  lastOutput = -1;
  ordinal = 0;
  awaitingStart = false;
  lastReadError = 0;
  decodedSinceSeek.clear();
  verifyNextPacket = false;
  ++stats.seeks;
}

void VideoSource::Impl::seekToStart() {
  resetDecoder();
  seekBase = 0;
  seekSlot = 0;
  // Seeking to the first packet's own timestamp lands on it for every
  // demuxer that can seek at all (INT64_MIN is silently ignored by some);
  // the others are rewound by reopening the file.
  if (avformat_seek_file(fmt.get(), streamIndex, INT64_MIN, startTs, startTs, 0) < 0 &&
      av_seek_frame(fmt.get(), streamIndex, startTs, AVSEEK_FLAG_BACKWARD) < 0) {
    fmt.reset();
    AVFormatContext* raw = nullptr;
    if (int ret = avformat_open_input(&raw, path.c_str(), nullptr, nullptr); ret < 0) fail("cannot reopen", ret);
    fmt.reset(raw);
    if (int ret = avformat_find_stream_info(fmt.get(), nullptr); ret < 0) fail("cannot reopen", ret);
    stream = fmt->streams[streamIndex];
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
      if (static_cast<int>(i) != streamIndex) fmt->streams[i]->discard = AVDISCARD_ALL;
    }
  }
}

void VideoSource::Impl::seekToFrame(int64_t keyframe) {
  if (keyframe == 0) {
    seekToStart();
    return;
  }
  const FrameIndexEntry& e = index[keyframe];
  resetDecoder();
  seekBase = keyframe;
  seekSlot = index.keyframeSlotFor(keyframe);
  seekGopEnd = seekSlot + 1 < index.keyframes().size() ? index.keyframes()[seekSlot + 1] : index.size();
  verifyNextPacket = !keyframeChecked[seekSlot];
  const int64_t ts = e.dts != kNoTs ? e.dts : e.pts;
  // max_ts = ts: land on a keyframe at or before ours, never after; the
  // packets between are then dropped unread by the decoder (awaitingStart).
  int ret = avformat_seek_file(fmt.get(), streamIndex, INT64_MIN, ts, ts, 0);
  if (ret < 0) ret = av_seek_frame(fmt.get(), streamIndex, ts, AVSEEK_FLAG_BACKWARD);
  if (ret < 0) {
    seekToStart();
    seekBase = keyframe;
    return;
  }
  awaitingStart = (e.dts != kNoTs) || (e.pos >= 0);
  startEntry = e;
}

bool VideoSource::Impl::readPacket() {
  for (;;) {
    const int ret = av_read_frame(fmt.get(), pkt.get());
    if (ret < 0) {
      if (ret != AVERROR_EOF) lastReadError = ret;
      return false;
    }
    if (pkt->stream_index != streamIndex) {
      av_packet_unref(pkt.get());
      continue;
    }
    if (awaitingStart) {
      const bool dtsKnown = startEntry.dts != kNoTs && pkt->dts != kNoTs;
      const bool isStart = dtsKnown ? pkt->dts == startEntry.dts : (pkt->pos >= 0 && pkt->pos == startEntry.pos);
      if (!isStart) {
        const bool past = dtsKnown && pkt->dts > startEntry.dts;
        av_packet_unref(pkt.get());
        if (past) {
          // The demuxer landed after our keyframe (an imprecise index):
          // start over from the beginning, which is always correct.
          const int64_t base = seekBase;
          seekToStart();
          seekBase = base;
        }
        continue;
      }
      awaitingStart = false;
    }
    if (!countOutput && !index.empty() && pkt->pts != kNoTs && !(pkt->flags & AV_PKT_FLAG_DISCARD) &&
        pkt->pts >= index[0].pts) {
      // Every packet must be where the index scan saw it; if not, this
      // demuxer's timestamps cannot be trusted after a seek.
      const int64_t n = index.frameForPts(pkt->pts);
      if (n < 0 || (pkt->pos >= 0 && index[n].pos >= 0 && index[n].pos != pkt->pos)) {
        av_packet_unref(pkt.get());
        timestampsUnreliable = true;
        return false;
      }
    }
    return true;
  }
}

int64_t VideoSource::Impl::numberOf(const AVFrame* f) {
  if (countOutput) return ordinal++;
  int64_t ts = f->best_effort_timestamp;
  if (ts == kNoTs) ts = f->pts;
  if (ts == kNoTs) return -1;
  return index.frameForPts(ts);
}

VideoSource::Impl::Outcome VideoSource::Impl::decodeForward(int64_t k, Access mode, Frame& out) {
  const int64_t targetPts = index[k].pts;
  const bool mayskip = mode == Access::kJump && !intraOnly && !countOutput;
  // Any finite file ends; this bound only guards against a demuxer that
  // keeps returning packets without progress on hostile input.
  const int64_t packetLimit = index.size() + 4096;
  int64_t packets = 0;
  for (;;) {
    int ret;
    while ((ret = avcodec_receive_frame(dec.get(), picture.get())) >= 0) {
      ++stats.framesDecoded;
      const int64_t n = numberOf(picture.get());
      if (n < 0 || n < seekBase || n <= lastOutput) {
        av_frame_unref(picture.get());
        continue;
      }
      // A picture with decoding errors in the first GOP after a seek means
      // the keyframe was not a clean start (a sequential decode has none
      // there): forget what this start produced and go further back.
      const bool damaged = picture->decode_error_flags != 0 || (picture->flags & AV_FRAME_FLAG_CORRUPT);
      if (damaged && seekBase > 0 && n < seekGopEnd) {
        av_frame_unref(picture.get());
        for (int64_t m : decodedSinceSeek) cacheErase(m);
        decodedSinceSeek.clear();
        badKeyframe[seekSlot] = true;
        keyframeChecked[seekSlot] = true;
        positioned = false;
        return Outcome::kDamaged;
      }
      lastOutput = n;
      Frame f{n, index[n].pts, share(picture.get())};
      // A jump keeps only its target: caching the references decoded on the
      // way would hold each of their buffers, so a freshly opened decoder
      // allocated (and the kernel faulted in) a new 720p picture for every
      // one of them and the first jump into a file took 2.3x a later one.
      // A step caches the run, which stepping back reads; a stream keeps
      // nothing, so that the decoder's buffer pool reuses its pictures.
      if (mode == Access::kStep || (mode == Access::kJump && n == k)) cacheInsert(f);
      decodedSinceSeek.push_back(n);
      if (n == k) {
        out = std::move(f);
        return Outcome::kFound;
      }
      if (n > k) return Outcome::kOvershoot;
    }
    if (ret == AVERROR_EOF) {
      positioned = false;  // drained: the next request must reset the decoder
      return Outcome::kEnd;
    }
    if (ret != AVERROR(EAGAIN)) {
      // A decoding error on one picture; FFmpeg recovers at the next packet.
      ++stats.corruptPackets;
    }
    if (draining) continue;
    if (++packets > packetLimit) {
      positioned = false;
      return Outcome::kEnd;
    }
    if (!readPacket()) {
      if (timestampsUnreliable) {
        countOutput = true;
        timestampsUnreliable = false;
        positioned = false;
        cacheClear();  // numbered by timestamps that proved wrong
        return Outcome::kRestart;
      }
      avcodec_send_packet(dec.get(), nullptr);
      draining = true;
      continue;
    }
    if (verifyNextPacket) {
      verifyNextPacket = false;
      if (!verifyKeyframePacket(pkt.get())) {
        av_packet_unref(pkt.get());
        positioned = false;
        return Outcome::kDamaged;
      }
    }
    const AVDiscard skip =
        (mayskip && pkt->pts != kNoTs && pkt->pts < targetPts) ? AVDISCARD_NONREF : AVDISCARD_DEFAULT;
    if (dec->skip_frame != skip) dec->skip_frame = skip;
    ret = avcodec_send_packet(dec.get(), pkt.get());
    av_packet_unref(pkt.get());
    if (ret < 0 && ret != AVERROR(EAGAIN)) ++stats.corruptPackets;
    ++stats.packetsSent;
  }
}

// ---------------------------------------------------------------- cache

void VideoSource::Impl::cacheInsert(const Frame& f) {
  if (options.cacheBytes == 0) return;
  if (auto it = cache.find(f.number); it != cache.end()) {
    cachedBytes -= it->second.bytes;
    lru.erase(it->second.lru);
    cache.erase(it);
  }
  const size_t bytes = pictureBytes(f.picture.get());
  lru.push_front(f.number);
  cache.emplace(f.number, Cached{f, bytes, lru.begin()});
  cachedBytes += bytes;
  while (cachedBytes > options.cacheBytes && lru.size() > 1) {
    const int64_t victim = lru.back();
    lru.pop_back();
    auto it = cache.find(victim);
    cachedBytes -= it->second.bytes;
    cache.erase(it);
  }
}

void VideoSource::Impl::cacheErase(int64_t k) {
  auto it = cache.find(k);
  if (it == cache.end()) return;
  cachedBytes -= it->second.bytes;
  lru.erase(it->second.lru);
  cache.erase(it);
}

const Frame* VideoSource::Impl::cacheFind(int64_t k) {
  auto it = cache.find(k);
  if (it == cache.end()) return nullptr;
  lru.splice(lru.begin(), lru, it->second.lru);
  return &it->second.frame;
}

void VideoSource::Impl::cacheClear() {
  cache.clear();
  lru.clear();
  cachedBytes = 0;
}

// ---------------------------------------------------------------- public

VideoSource::VideoSource(const std::filesystem::path& path, VideoSourceOptions options) : d_(std::make_unique<Impl>()) {
  d_->path = path;
  d_->options = std::move(options);
  d_->openInput();
  d_->loadOrBuildIndex();
  d_->badKeyframe.assign(d_->index.keyframes().size(), false);
  d_->keyframeChecked.assign(d_->index.keyframes().size(), false);
  d_->countOutput = d_->index.matching() == FrameIndex::Matching::kOrdinal;
  d_->fillInfo();
}

VideoSource::~VideoSource() = default;
VideoSource::VideoSource(VideoSource&&) noexcept = default;
VideoSource& VideoSource::operator=(VideoSource&&) noexcept = default;

const VideoInfo& VideoSource::info() const { return d_->info; }
const FrameIndex& VideoSource::index() const { return d_->index; }
const std::string& VideoSource::fingerprint() const { return d_->fingerprint; }
int64_t VideoSource::frameCount() const { return d_->index.size(); }
VideoSource::Stats VideoSource::stats() const { return d_->stats; }
void VideoSource::clearCache() { d_->cacheClear(); }

Frame VideoSource::frame(int64_t k, Access access) {
  Impl& d = *d_;
  d.checkFrameNumber(k);
  if (access == Access::kAuto) {
    access = (d.lastRequest >= 0 && std::llabs(k - d.lastRequest) <= kStepWindow) ? Access::kStep : Access::kJump;
  }
  d.lastRequest = k;
  if (const Frame* hit = d.cacheFind(k)) {
    ++d.stats.cacheHits;
    d.lastReturned = k;
    return *hit;
  }

  const auto previousGoodSlot = [&d](size_t slot) {
    while (slot > 0 && d.badKeyframe[slot]) --slot;
    return slot;
  };
  size_t slot = d.countOutput ? 0 : previousGoodSlot(d.index.keyframeSlotFor(k));
  Frame out;
  int overshoots = 0;
  for (int attempt = 0;; ++attempt) {
    // Continue the running decoder when it has not yet passed k and either
    // no later keyframe lies between it and k or k is only a few frames
    // ahead (sequential reading crosses keyframes without seeking).
    const bool canContinue = attempt == 0 && d.positioned && k > d.lastOutput &&
                             (d.index.keyframes()[slot] <= std::max<int64_t>(d.lastOutput, d.seekBase) ||
                              k - d.lastOutput <= kContinueWindow);
    if (!canContinue) {
      slot = previousGoodSlot(slot);
      d.seekToFrame(d.index.keyframes()[slot]);
    }
    const Impl::Outcome outcome = d.decodeForward(k, access, out);
    if (outcome == Impl::Outcome::kFound) {
      d.lastReturned = k;
      return out;
    }
    d.positioned = false;
    if (outcome == Impl::Outcome::kRestart) {
      slot = 0;  // now counting frames from the start
      continue;
    }
    if (outcome == Impl::Outcome::kDamaged) {
      slot = d.seekSlot;  // marked bad now: the loop goes to an earlier one
      continue;
    }
    // Overshoot (the start did not lead to k) or the end of the data: go
    // back a keyframe a few times, then give up.
    if ((slot == 0 && !canContinue) || ++overshoots > kMaxSeekRetries) break;
    if (!canContinue && slot > 0) --slot;
  }
  std::string msg = "cannot decode frame " + std::to_string(k) + " of " + quote(d.path);
  if (d.lastReadError != 0) {
    msg += ": " + averrorText(d.lastReadError);
  } else {
    msg += ": the decoder did not produce it (damaged or missing data)";
  }
  throw VideoError(d.path.string(), msg, d.lastReadError);
}

Frame VideoSource::keyframeBefore(int64_t k) {
  Impl& d = *d_;
  d.checkFrameNumber(k);
  for (;;) {
    size_t slot = d.index.keyframeSlotFor(k);
    while (slot > 0 && d.badKeyframe[slot]) --slot;
    const int64_t keyframe = d.index.keyframes()[slot];
    if (const Frame* hit = d.cacheFind(keyframe)) {
      ++d.stats.cacheHits;
      return *hit;
    }
    // From the stream start the decoder has to run anyway.
    if (slot == 0 || d.countOutput) return frame(keyframe, Access::kJump);
    d.seekToFrame(keyframe);
    d.verifyNextPacket = false;  // done right here, keeping the picture
    if (!d.readPacket()) {
      d.timestampsUnreliable = false;
      d.positioned = false;
      return frame(keyframe, Access::kJump);
    }
    SharedFrame picture;
    const bool clean = d.verifyKeyframePacket(d.pkt.get(), &picture);
    if (!clean || !picture) {
      av_packet_unref(d.pkt.get());
      d.positioned = false;
      continue;  // marked bad: the next round takes an earlier keyframe
    }
    // Feed the same packet to the main decoder: a frame(k) that follows
    // continues from this keyframe instead of seeking again.
    if (avcodec_send_packet(d.dec.get(), d.pkt.get()) < 0) ++d.stats.corruptPackets;
    ++d.stats.packetsSent;
    av_packet_unref(d.pkt.get());
    Frame f{keyframe, d.index[keyframe].pts, std::move(picture)};
    d.cacheInsert(f);
    return f;
  }
}

std::optional<Frame> VideoSource::next() {
  const int64_t k = d_->lastReturned + 1;
  if (k >= d_->index.size()) return std::nullopt;
  return frame(k, Access::kStream);
}

}  // namespace prodrome::core
