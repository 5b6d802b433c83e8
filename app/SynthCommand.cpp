// prodrome synth DB --species rodent|human ...: synthetic monitoring videos
// with known seizures, straight into a project (issue 5 §1).

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/synth/SynthProject.h"

#include <QFileInfo>

#include <cstdio>

namespace prodrome::app {

namespace {

std::optional<double> realOption(const QCommandLineParser& parser, const QString& name, double lo, double hi) {
  bool ok = false;
  const double value = parser.value(name).toDouble(&ok);
  if (!ok || !(value >= lo && value <= hi)) {
    printError(
        "synth",
        QString("--%1 must be a number from %2 to %3, got '%4'").arg(name).arg(lo).arg(hi).arg(parser.value(name)));
    return std::nullopt;
  }
  return value;
}

}  // namespace

int runSynthCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Generate synthetic monitoring videos with known seizures into project DB (created if missing): per subject "
      "one H.264 MP4 in --out, the subject (with its species), its recording and its seizures as events (annotator "
      "'synth'). Rodents: a rat in a home cage (top or side view), seizures after the Racine scale. Humans: a "
      "patient in bed under a blanket (top or side view, colour or infrared), tonic-clonic or focal clonic seizures. "
      "Before each onset a pre-ictal phase of 8-20 s (behavioural arrest, twitches becoming more frequent); the "
      "same cues appear as rare decoys in normal time. See core/synth/README.md. Short human recordings yield "
      "normal clips only with an inter-ictal gap far below the 30-min default.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"species", "rodent or human.", "SPECIES"});
  parser.addOption({"subjects", "Number of subjects, one recording each (default 3).", "N", "3"});
  parser.addOption({"minutes", "Length of each recording in minutes (default 5).", "M", "5"});
  parser.addOption({"seizures", "Seizures per recording (default 3).", "K", "3"});
  parser.addOption({"seed", "Seed: the same seed gives the same videos (default 1).", "S", "1"});
  parser.addOption({"size", "Picture size WxH, even numbers (default 160x120).", "WxH", "160x120"});
  parser.addOption({"fps", "Frame rate (default 15).", "F", "15"});
  parser.addOption({"difficulty",
                    "0 to 1 (default 0.5): fainter pre-ictal cues, more decoys and more sensor noise as it grows.", "D",
                    "0.5"});
  parser.addOption({"out", "Folder for the videos (default: DB's name with -videos, beside it).", "DIR"});
  parser.addOption({"prefix", "Subject code prefix (default synth-<species>-s<seed>-).", "P"});
  if (auto exit = parseCommandLine(parser, "synth", "prodrome synth", args, 1)) return *exit;

  core::synth::SynthOptions options;
  options.species = parser.value("species").toStdString();
  if (options.species != "rodent" && options.species != "human") {
    printError("synth", "--species must be rodent or human, got '" + parser.value("species") + "'");
    return kExitUsage;
  }
  const auto subjects = integerOption("synth", parser, "subjects", 1);
  const auto seizures = integerOption("synth", parser, "seizures", 0);
  const auto seed = integerOption("synth", parser, "seed", 0);
  const auto minutes = realOption(parser, "minutes", 0.01, 24 * 60);
  const auto fps = realOption(parser, "fps", 1, 240);
  const auto difficulty = realOption(parser, "difficulty", 0, 1);
  if (!subjects || !seizures || !seed || !minutes || !fps || !difficulty) return kExitUsage;
  const QStringList size = parser.value("size").toLower().split('x');
  bool okW = false, okH = false;
  if (size.size() == 2) {
    options.width = size[0].toInt(&okW);
    options.height = size[1].toInt(&okH);
  }
  if (!okW || !okH) {
    printError("synth", "--size must be WxH (e.g. 160x120), got '" + parser.value("size") + "'");
    return kExitUsage;
  }
  options.subjects = static_cast<int>(std::min<qint64>(*subjects, 1000));
  options.seizures = static_cast<int>(std::min<qint64>(*seizures, 100000));
  options.seed = static_cast<std::uint64_t>(*seed);
  options.minutes = *minutes;
  options.fps = *fps;
  options.difficulty = *difficulty;
  options.subjectPrefix = parser.value("prefix").toStdString();
  const QString db = parser.positionalArguments()[0];
  if (parser.isSet("out")) {
    options.outputDir = parser.value("out").toStdString();
  } else {
    const QFileInfo info(db);
    options.outputDir = (info.absolutePath() + "/" + info.completeBaseName() + "-videos").toStdString();
  }

  auto database = openProjectFile("synth", db, true);
  if (!database) return kExitFailure;
  try {
    int lastPercent = -1;
    const auto summary = core::synth::synthesize(*database, options, [&](double fraction) {
      const int percent = static_cast<int>(fraction * 100);
      if (percent / 10 != lastPercent / 10) std::fprintf(stderr, "synth: %d%%\n", percent);
      lastPercent = percent;
    });
    std::int64_t frames = 0;
    for (const auto& r : summary.recordings) {
      frames += r.frameCount;
      std::string types;
      for (const auto& t : r.seizureTypes) types += (types.empty() ? "" : ", ") + t;
      std::printf("%s: recording %lld, %lld frames, %s view, %zu seizure(s)%s%s%s -> %s\n", r.subjectCode.c_str(),
                  static_cast<long long>(r.recordingId), static_cast<long long>(r.frameCount), r.camera.c_str(),
                  r.seizures.size(), types.empty() ? "" : " (", types.c_str(), types.empty() ? "" : ")",
                  r.video.string().c_str());
    }
    std::fprintf(stderr, "%zu recording(s), %lld frames in %.1f s (%.0f frames/s)\n", summary.recordings.size(),
                 static_cast<long long>(frames), summary.seconds,
                 summary.seconds > 0 ? static_cast<double>(frames) / summary.seconds : 0.0);
    if (summary.minQuietSeconds > 0) {
      std::fprintf(stderr,
                   "note: seizures are as little as %.0f s apart; for normal clips build with an inter-ictal gap "
                   "below %.0f s\n",
                   summary.minQuietSeconds, summary.minQuietSeconds / 2);
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError("synth", QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
