#include "core/video/FrameConverter.h"

#include "core/Error.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <stdexcept>

namespace prodrome::core {

namespace {

// swscale warns about and mishandles the deprecated full-range "J" formats;
// convert them to their plain twins and pass the range explicitly.
AVPixelFormat dejpeg(AVPixelFormat f, bool& fullRange) {
  switch (f) {
    case AV_PIX_FMT_YUVJ420P:
      fullRange = true;
      return AV_PIX_FMT_YUV420P;
    case AV_PIX_FMT_YUVJ422P:
      fullRange = true;
      return AV_PIX_FMT_YUV422P;
    case AV_PIX_FMT_YUVJ444P:
      fullRange = true;
      return AV_PIX_FMT_YUV444P;
    case AV_PIX_FMT_YUVJ440P:
      fullRange = true;
      return AV_PIX_FMT_YUV440P;
    case AV_PIX_FMT_YUVJ411P:
      fullRange = true;
      return AV_PIX_FMT_YUV411P;
    default:
      return f;
  }
}

int swsColorspace(const AVFrame* f) {
  switch (f->colorspace) {
    case AVCOL_SPC_BT709:
      return SWS_CS_ITU709;
    case AVCOL_SPC_FCC:
      return SWS_CS_FCC;
    case AVCOL_SPC_SMPTE240M:
      return SWS_CS_SMPTE240M;
    case AVCOL_SPC_BT2020_NCL:
    case AVCOL_SPC_BT2020_CL:
      return SWS_CS_BT2020;
    case AVCOL_SPC_BT470BG:
    case AVCOL_SPC_SMPTE170M:
      return SWS_CS_ITU601;
    default:
      return f->height >= 720 ? SWS_CS_ITU709 : SWS_CS_ITU601;
  }
}

}  // namespace

void FrameConverter::fail(const Frame& frame, const std::string& what) const {
  const std::string video = source_.empty() ? std::string("a video") : "video '" + source_ + "'";
  throw VideoError(source_, "cannot convert frame " + std::to_string(frame.number) + " of " + video + ": " + what);
}

void FrameConverter::convert(const Frame& frame, int cropX, int cropY, int cropW, int cropH, int dstW, int dstH,
                             uint8_t* out, int outStride, int flags) {
  const AVFrame* src = frame.picture.get();
  bool fullRange = src->color_range == AVCOL_RANGE_JPEG;
  const AVPixelFormat fmt = dejpeg(static_cast<AVPixelFormat>(src->format), fullRange);
  const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(fmt);
  if (!desc) fail(frame, "unknown pixel format " + std::to_string(src->format));

  // Crop by offsetting plane pointers; offsets are rounded down to the chroma
  // grid so luma and chroma stay aligned.
  const int alignX = 1 << desc->log2_chroma_w;
  const int alignY = 1 << desc->log2_chroma_h;
  cropX -= cropX % alignX;
  cropY -= cropY % alignY;
  const uint8_t* planes[4] = {};
  int strides[4] = {};
  for (int p = 0; p < 4 && src->data[p]; ++p) {
    // The first component stored in plane p tells its byte step and whether
    // the plane is subsampled (chroma of a YUV format).
    int component = 0;
    while (component < desc->nb_components && desc->comp[component].plane != p) ++component;
    if (component == desc->nb_components) component = 0;
    const bool chroma = (component == 1 || component == 2) && !(desc->flags & AV_PIX_FMT_FLAG_RGB);
    const int x = chroma ? cropX >> desc->log2_chroma_w : cropX;
    const int y = chroma ? cropY >> desc->log2_chroma_h : cropY;
    planes[p] = src->data[p] + static_cast<ptrdiff_t>(y) * src->linesize[p] +
                static_cast<ptrdiff_t>(x) * desc->comp[component].step;
    strides[p] = src->linesize[p];
  }

  SwsContext* ctx = sws_getCachedContext(sws_.release(), cropW, cropH, fmt, dstW, dstH, AV_PIX_FMT_RGB24, flags,
                                         nullptr, nullptr, nullptr);
  if (!ctx) fail(frame, "swscale cannot convert " + std::to_string(cropW) + "x" + std::to_string(cropH) + " " +
                           desc->name + " to " + std::to_string(dstW) + "x" + std::to_string(dstH) + " RGB");
  sws_.reset(ctx);
  const int* coeffs = sws_getCoefficients(swsColorspace(src));
  sws_setColorspaceDetails(ctx, coeffs, fullRange ? 1 : 0, sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
  uint8_t* dst[4] = {out, nullptr, nullptr, nullptr};
  int dstStride[4] = {outStride, 0, 0, 0};
  sws_scale(ctx, planes, strides, 0, cropH, dst, dstStride);
}

std::vector<uint8_t> FrameConverter::toRgb24(const Frame& frame) {
  std::vector<uint8_t> out(static_cast<size_t>(frame.width()) * frame.height() * 3);
  toRgb24(frame, out.data(), frame.width() * 3);
  return out;
}

void FrameConverter::toRgb24(const Frame& frame, uint8_t* out, int outStride) {
  if (!frame.valid()) throw std::invalid_argument("toRgb24: empty frame");
  const AVFrame* f = frame.picture.get();
  // Exact conversion at native size: no scaling, so accurate rounding and
  // full chroma interpolation are cheap and worth it.
  convert(frame, 0, 0, f->width, f->height, f->width, f->height, out, outStride,
          SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT);
}

void FrameConverter::toSquareRgb24(const Frame& frame, int size, uint8_t* out) {
  if (!frame.valid()) throw std::invalid_argument("toSquareRgb24: empty frame");
  if (size <= 0) throw std::invalid_argument("toSquareRgb24: size must be positive");
  const AVFrame* f = frame.picture.get();
  const int side = std::min(f->width, f->height);
  const int x = (f->width - side) / 2;
  const int y = (f->height - side) / 2;
  // swscale's bilinear widens its kernel when shrinking, so a downscale is
  // area-averaged (anti-aliased), like torchvision's antialiased resize.
  convert(frame, x, y, side, side, size, size, out, size * 3, SWS_BILINEAR);
}

}  // namespace prodrome::core
