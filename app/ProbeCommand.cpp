// prodrome probe FILE: one JSON object describing the video stream.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/Error.h"
#include "core/video/VideoSource.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace prodrome::app {

int runProbe(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Print the facts of FILE's video stream as one JSON object: codec, width, height, pixel_format, fps_num, "
      "fps_den, frame_count, duration_s, keyframe_count and more. Builds the frame index on first use (cached).");
  parser.addPositionalArgument("FILE", "The video file.");
  QCommandLineOption noCache("no-index-cache", "Do not read or write the on-disk frame index cache.");
  parser.addOption(noCache);
  if (auto exit = parseCommandLine(parser, "probe", "prodrome probe", args, 1)) return *exit;
  const QString file = parser.positionalArguments().front();
  try {
    core::VideoSourceOptions options;
    options.useIndexCache = !parser.isSet(noCache);
    core::VideoSource source(file.toStdString(), options);
    const core::VideoInfo& i = source.info();
    QJsonObject o;
    o["path"] = QString::fromStdString(i.path);
    o["container"] = QString::fromStdString(i.container);
    o["codec"] = QString::fromStdString(i.codec);
    o["codec_long_name"] = QString::fromStdString(i.codecLongName);
    o["width"] = i.width;
    o["height"] = i.height;
    o["pixel_format"] = QString::fromStdString(i.pixelFormat);
    o["color_range"] = QString::fromStdString(i.colorRange);
    o["color_space"] = QString::fromStdString(i.colorSpace);
    o["rotation"] = i.rotation;
    o["fps_num"] = i.frameRate.num;
    o["fps_den"] = i.frameRate.den;
    o["fps"] = i.frameRate.value();
    o["variable_frame_rate"] = i.variableFrameRate;
    o["time_base_num"] = i.timeBase.num;
    o["time_base_den"] = i.timeBase.den;
    o["frame_count"] = static_cast<qint64>(i.frameCount);
    o["keyframe_count"] = static_cast<qint64>(i.keyframeCount);
    o["duration_s"] = i.durationSeconds;
    o["first_pts"] = source.frameCount() > 0 ? static_cast<qint64>(source.index()[0].pts) : 0;
    o["has_audio"] = i.hasAudio;
    if (i.creationTimeUs != 0) o["creation_time_us"] = static_cast<qint64>(i.creationTimeUs);
    o["fingerprint"] = QString::fromStdString(source.fingerprint());
    o["index_from_cache"] = source.stats().indexFromCache;
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
    return kExitOk;
  } catch (const std::exception& e) {
    printError("probe", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
