#include "core/video/VideoWriter.h"

#include "core/Error.h"
#include "core/io/AtomicFile.h"
#include "core/video/FFmpegPtr.h"

extern "C" {
#include <libavutil/cpu.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>
}

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <string>

namespace prodrome::core {

struct VideoWriter::Impl {
  std::filesystem::path path;
  std::filesystem::path partial;
  VideoWriterOptions options;
  AVFormatContext* fmt = nullptr;  // output contexts have no single close call; freed in ~Impl
  CodecContextPtr enc;
  AVStream* stream = nullptr;
  SwsPtr sws;
  FramePtr frame = allocFrame();
  // The caller's RGB rows are copied here first: swscale's SIMD input
  // converters read up to 16 bytes past a row's end (valgrind saw it past
  // the end of a tightly packed picture), which FFmpeg's padded buffers allow.
  FramePtr rgb = allocFrame();
  PacketPtr pkt = allocPacket();
  int64_t written = 0;
  bool headerWritten = false;
  bool finished = false;

  [[noreturn]] void fail(const std::string& what, int err) const {
    throw VideoError(
        path.string(),
        "cannot write video '" + path.string() + "': " + what + (err ? ": " + averrorText(err) : std::string()), err);
  }

  ~Impl() {
    if (fmt) {
      if (fmt->pb) avio_closep(&fmt->pb);
      avformat_free_context(fmt);
    }
    if (!finished && !partial.empty()) {
      std::error_code ec;
      std::filesystem::remove(partial, ec);
    }
  }

  void drain(bool flush) {
    int ret = avcodec_send_frame(enc.get(), flush ? nullptr : frame.get());
    if (ret < 0) fail("encoding failed", ret);
    while ((ret = avcodec_receive_packet(enc.get(), pkt.get())) >= 0) {
      av_packet_rescale_ts(pkt.get(), enc->time_base, stream->time_base);
      pkt->stream_index = stream->index;
      ret = av_interleaved_write_frame(fmt, pkt.get());
      if (ret < 0) fail("muxing failed", ret);
    }
    if (ret != AVERROR(EAGAIN) && ret != AVERROR_EOF) fail("encoding failed", ret);
  }
};

namespace {

// x264 r3095's AVX-512 kernels make its bitstream depend on the process's
// memory layout: the same pictures encoded in one process gave two different
// videos depending on how many environment variables it started with (a
// synthetic project made twice from one seed then differed, and so did stage
// 1's losses on it). Capped at AVX2, the output is a function of the
// pictures alone (24 of 24 layouts against 14 of 24; issue 12, item 9). A
// caller that chose x264's instruction set keeps its choice.
void capX264InstructionSet(AVDictionary** opts) {
  if (!(av_get_cpu_flags() & AV_CPU_FLAG_AVX512)) return;  // the cap only removes AVX-512
  const AVDictionaryEntry* params = av_dict_get(*opts, "x264-params", nullptr, 0);
  std::string value = params ? params->value : "";
  if (value.find("asm=") != std::string::npos) return;
  value += (value.empty() ? "" : ":") + std::string("asm=AVX2");  // AVX2 names it and everything below
  av_dict_set(opts, "x264-params", value.c_str(), 0);
}

}  // namespace

VideoWriter::VideoWriter(const std::filesystem::path& path, VideoWriterOptions options) : d_(std::make_unique<Impl>()) {
  Impl& d = *d_;
  d.path = path;
  d.options = std::move(options);
  const auto& o = d.options;
  if (o.width <= 0 || o.height <= 0) d.fail("invalid picture size", 0);
  // Unique per process: two writers of the same target never share a partial.
  d.partial = path.parent_path() /
              ("." + path.filename().string() + ".part" + std::to_string(::getpid()) + path.extension().string());

  int ret =
      avformat_alloc_output_context2(&d.fmt, nullptr, o.format.empty() ? nullptr : o.format.c_str(), path.c_str());
  if (ret < 0 || !d.fmt) d.fail("unknown container", ret);
  // The muxer names the file it writes by url (MP4's faststart reads it
  // back to move its index forward): the partial, not the final name.
  av_free(d.fmt->url);
  d.fmt->url = av_strdup(d.partial.c_str());
  if (!d.fmt->url) throw std::bad_alloc();
  const AVCodec* codec = avcodec_find_encoder_by_name(o.encoder.c_str());
  if (!codec) d.fail("no encoder '" + o.encoder + "' in this FFmpeg", 0);
  d.stream = avformat_new_stream(d.fmt, nullptr);
  if (!d.stream) throw std::bad_alloc();
  d.enc.reset(avcodec_alloc_context3(codec));
  if (!d.enc) throw std::bad_alloc();
  AVCodecContext* c = d.enc.get();
  c->width = o.width;
  c->height = o.height;
  c->pix_fmt = o.pixelFormat;
  c->time_base = o.timeBase;
  c->framerate = o.frameRate;
  c->gop_size = o.gopSize;
  c->max_b_frames = o.maxBFrames;
  c->thread_count = o.threads;
  if (o.pixelFormat == AV_PIX_FMT_YUVJ420P || o.pixelFormat == AV_PIX_FMT_YUVJ422P ||
      o.pixelFormat == AV_PIX_FMT_YUVJ444P) {
    c->color_range = AVCOL_RANGE_JPEG;
  }
  if (o.quality >= 0) {
    c->flags |= AV_CODEC_FLAG_QSCALE;
    c->global_quality = FF_QP2LAMBDA * o.quality;
  }
  if (d.fmt->oformat->flags & AVFMT_GLOBALHEADER) c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  AVDictionary* opts = nullptr;
  for (const auto& [k, v] : o.codecOptions) av_dict_set(&opts, k.c_str(), v.c_str(), 0);
  if (o.encoder == "libx264") capX264InstructionSet(&opts);
  ret = avcodec_open2(c, codec, &opts);
  const AVDictionaryEntry* unused = av_dict_get(opts, "", nullptr, AV_DICT_IGNORE_SUFFIX);
  const std::string unusedName = unused ? unused->key : "";
  av_dict_free(&opts);
  if (ret < 0) d.fail("cannot open encoder '" + o.encoder + "'", ret);
  if (!unusedName.empty()) d.fail("encoder '" + o.encoder + "' has no option '" + unusedName + "'", 0);
  ret = avcodec_parameters_from_context(d.stream->codecpar, c);
  if (ret < 0) d.fail("cannot set stream parameters", ret);
  d.stream->time_base = o.timeBase;
  d.stream->avg_frame_rate = o.frameRate;
  for (const auto& [k, v] : o.metadata) av_dict_set(&d.fmt->metadata, k.c_str(), v.c_str(), 0);

  ret = avio_open(&d.fmt->pb, d.partial.c_str(), AVIO_FLAG_WRITE);
  if (ret < 0) d.fail("cannot create the file", ret);
  AVDictionary* muxer = nullptr;
  for (const auto& [k, v] : o.muxerOptions) av_dict_set(&muxer, k.c_str(), v.c_str(), 0);
  ret = avformat_write_header(d.fmt, &muxer);
  av_dict_free(&muxer);
  if (ret < 0) d.fail("cannot write the header", ret);
  d.headerWritten = true;

  d.frame->format = o.pixelFormat;
  d.frame->width = o.width;
  d.frame->height = o.height;
  ret = av_frame_get_buffer(d.frame.get(), 0);
  if (ret < 0) d.fail("cannot allocate a frame", ret);
  d.rgb->format = AV_PIX_FMT_RGB24;
  d.rgb->width = o.width;
  d.rgb->height = o.height;
  ret = av_frame_get_buffer(d.rgb.get(), 0);
  if (ret < 0) d.fail("cannot allocate a frame", ret);
  d.sws.reset(sws_getContext(o.width, o.height, AV_PIX_FMT_RGB24, o.width, o.height, o.pixelFormat,
                             SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INP, nullptr, nullptr, nullptr));
  if (!d.sws) d.fail("cannot convert RGB to " + std::string(av_get_pix_fmt_name(o.pixelFormat)), 0);
}

VideoWriter::~VideoWriter() = default;

void VideoWriter::writeRgb(const uint8_t* rgb24, int stride, int64_t pts) {
  Impl& d = *d_;
  if (d.finished) d.fail("write after finish()", 0);
  int ret = av_frame_make_writable(d.frame.get());
  if (ret < 0) d.fail("cannot reuse the frame buffer", ret);
  av_image_copy_plane(d.rgb->data[0], d.rgb->linesize[0], rgb24, stride, d.options.width * 3, d.options.height);
  sws_scale(d.sws.get(), d.rgb->data, d.rgb->linesize, 0, d.options.height, d.frame->data, d.frame->linesize);
  d.frame->pts = pts;
  d.drain(false);
  ++d.written;
}

void VideoWriter::finish() {
  Impl& d = *d_;
  if (d.finished) return;
  d.drain(true);
  int ret = av_write_trailer(d.fmt);
  if (ret < 0) d.fail("cannot write the trailer", ret);
  ret = avio_closep(&d.fmt->pb);
  if (ret < 0) d.fail("cannot close the file", ret);
  const int fd = ::open(d.partial.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
  replaceFileAtomically(d.partial, d.path);
  d.finished = true;
}

int64_t VideoWriter::framesWritten() const { return d_->written; }

}  // namespace prodrome::core
