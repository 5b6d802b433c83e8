// prodrome frame FILE --index N -o OUT.png: one exact frame as an RGB PNG.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/video/FrameConverter.h"
#include "core/video/PngWriter.h"
#include "core/video/VideoSource.h"

#include <QCommandLineParser>

namespace prodrome::app {

int runFrame(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Write frame N of FILE (the N-th picture in presentation order, counting from 0) at its native size as an "
      "8-bit RGB PNG. Display rotation is not applied.");
  parser.addPositionalArgument("FILE", "The video file.");
  QCommandLineOption index(QStringList{"i", "index"}, "Frame number N (0-based).", "N");
  QCommandLineOption output(QStringList{"o", "output"}, "The PNG file to write (replaced atomically).", "OUT.png");
  parser.addOption(index);
  parser.addOption(output);
  if (auto exit = parseCommandLine(parser, "frame", "prodrome frame", args, 1)) return *exit;
  if (!parser.isSet(index) || !parser.isSet(output)) {
    printError("frame", "usage: prodrome frame FILE --index N -o OUT.png (see --help)");
    return kExitUsage;
  }
  bool ok = false;
  const qlonglong n = parser.value(index).toLongLong(&ok);
  if (!ok || n < 0) {
    printError("frame", "--index must be a non-negative integer, not '" + parser.value(index) + "'");
    return kExitUsage;
  }
  const QString file = parser.positionalArguments().front();
  try {
    // One picture is wanted: caching the GOP's others would keep every
    // decoded picture alive, so the decoder could reuse none of its buffers
    // and would fault in fresh memory for each (2-3x slower to the frame).
    core::VideoSourceOptions options;
    options.cacheBytes = 0;
    core::VideoSource source(file.toStdString(), options);
    if (n >= source.frameCount()) {
      printError("frame", QString("frame %1 does not exist: '%2' has %3 frames (0..%4)")
                              .arg(n)
                              .arg(file)
                              .arg(source.frameCount())
                              .arg(source.frameCount() - 1));
      return kExitFailure;
    }
    const core::Frame f = source.frame(n, core::VideoSource::Access::kJump);
    core::FrameConverter converter(file.toStdString());
    const auto rgb = converter.toRgb24(f);
    core::writePng(parser.value(output).toStdString(), rgb.data(), f.width(), f.height(), f.width() * 3);
    return kExitOk;
  } catch (const std::exception& e) {
    printError("frame", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
