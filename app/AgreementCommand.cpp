// prodrome agreement DB --recording ID | --period P --raters A,B: how two
// annotators agree on one recording or a monitoring period (issue 14, section 3): events matched by onset within a
// tolerance, onset and offset differences, each rater's sensitivity against
// the other, Cohen's kappa on per-frame labels; CSV for the statistics
// elsewhere. The rules are core/agreement's, as in the GUI's report.

#include "app/Command.h"
#include "app/CommandSupport.h"
#include "core/Error.h"
#include "core/agreement/AgreementCsv.h"
#include "core/agreement/RecordingAgreement.h"
#include "core/runs/MetricText.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace prodrome::app {

namespace {

constexpr const char* kCommand = "agreement";

std::string fixed(double value, int decimals, bool sign = false) {
  const QString text = core::metricText(value, decimals);  // "—" when undefined
  return ((sign && value >= 0 ? QStringLiteral("+") : QString()) + text).toStdString();
}

void printDifferences(const char* what, const core::DifferenceSummary& d) {
  if (d.count == 0) {
    std::printf("  %s difference (B - A): no matched pair to measure\n", what);
    return;
  }
  std::printf("  %s difference (B - A), %d pair(s): mean |d| %s s, median |d| %s s, max |d| %s s, mean %s s\n", what,
              d.count, fixed(d.meanAbsolute, 3).c_str(), fixed(d.medianAbsolute, 3).c_str(),
              fixed(d.maxAbsolute, 3).c_str(), fixed(d.meanSigned, 3, true).c_str());
}

void printReport(const core::RecordingAgreementRequest& request, const core::RecordingAgreement& result,
                 const QString& kindName) {
  const core::RaterAgreement& r = result.agreement;
  std::printf("%s #%lld, %s events; onsets match within %s s (%s frames at %s fps)\n",
              request.periodId ? "Period" : "Recording",
              static_cast<long long>(request.periodId.value_or(request.recordingId)), qPrintable(kindName),
              fixed(request.toleranceSeconds, 3).c_str(), fixed(request.toleranceSeconds * result.fps, 2).c_str(),
              fixed(result.fps, 3).c_str());
  std::printf("  A '%s': %d event(s), %d open    B '%s': %d event(s), %d open\n", request.raterA.c_str(), r.eventsA,
              r.openA, request.raterB.c_str(), r.eventsB, r.openB);
  std::printf("  matched %d, only A %d, only B %d\n", r.matched, r.eventsA - r.matched, r.eventsB - r.matched);
  std::printf("  sensitivity of A against B: %s (%d of %d)    of B against A: %s (%d of %d)\n",
              fixed(r.sensitivityA(), 3).c_str(), r.matched, r.eventsB, fixed(r.sensitivityB(), 3).c_str(),
              r.matched, r.eventsA);
  printDifferences("onset", r.onset);
  printDifferences("offset", r.offset);
  std::printf("  per-frame labels over %lld frames: both %lld, only A %lld, only B %lld, neither %lld\n",
              static_cast<long long>(r.frames.total()), static_cast<long long>(r.frames.both),
              static_cast<long long>(r.frames.onlyA), static_cast<long long>(r.frames.onlyB),
              static_cast<long long>(r.frames.neither));
  std::printf("  observed agreement %s, chance %s, Cohen's kappa %s\n", fixed(r.frames.observedAgreement(), 4).c_str(),
              fixed(r.frames.chanceAgreement(), 4).c_str(), fixed(r.frames.kappa(), 4).c_str());
  if (std::isnan(r.frames.kappa()))
    std::printf("  (kappa is undefined: the raters label every frame alike by chance alone)\n");
}

}  // namespace

int runAgreementCommand(const QStringList& args) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      "Compare two annotators' events on one recording of project DB. An event of A matches one of B when their "
      "onsets are at most --tolerance apart (each event matches at most one; as many pairs as possible, then the "
      "closest). Reports the matches, onset and offset differences (B - A), each rater's sensitivity with the "
      "other as the reference, and Cohen's kappa on the per-frame labels (frames inside a closed event of the "
      "kind). Everything is computed in frames. Without --raters, the recording's two annotators; more than two: "
      "name them.");
  parser.addPositionalArgument("DB", "The project file.");
  parser.addOption({"recording", "The recording's id.", "ID"});
  parser.addOption({"period",
                    "Instead of --recording: the monitoring period's id, its files compared on one frame axis by "
                    "the wall clock (the gaps between files count for no one).",
                    "P"});
  parser.addOption({"raters", "The two annotators to compare, as stored on the events: A,B.", "A,B"});
  parser.addOption({"tolerance", "Onsets at most this many seconds apart match (default 2; 0: same frame).", "SEC"});
  parser.addOption({"kind", "The events compared: seizure (default), artifact, other or all.", "KIND"});
  parser.addOption({"csv", "Write every pairing (matched, only A, only B) with frames and seconds to FILE.", "FILE"});
  parser.addOption({"summary-csv", "Write the figures as metric,value rows to FILE.", "FILE"});
  if (auto exit = parseCommandLine(parser, kCommand, "prodrome agreement", args, 1)) return *exit;
  if (parser.isSet("recording") == parser.isSet("period")) {
    printError(kCommand, "--recording ID is required (or --period P for a monitoring period, not both)");
    return kExitUsage;
  }
  core::RecordingAgreementRequest request;
  if (parser.isSet("period")) {
    const auto period = integerOption(kCommand, parser, "period", 1);
    if (!period) return kExitUsage;
    request.periodId = *period;
  } else {
    const auto recording = integerOption(kCommand, parser, "recording", 1);
    if (!recording) return kExitUsage;
    request.recordingId = *recording;
  }
  if (parser.isSet("tolerance")) {
    bool ok = false;
    request.toleranceSeconds = parser.value("tolerance").toDouble(&ok);
    if (!ok || !(request.toleranceSeconds >= 0) || !std::isfinite(request.toleranceSeconds)) {
      printError(kCommand, "--tolerance must be a number of seconds, 0 or more, got '" + parser.value("tolerance") + "'");
      return kExitUsage;
    }
  }
  const QString kind = parser.isSet("kind") ? parser.value("kind") : QStringLiteral("seizure");
  if (kind == "all") {
    request.kind.reset();
  } else {
    try {
      request.kind = database::eventKindFromString(kind.toStdString());
    } catch (const std::exception&) {
      printError(kCommand, "--kind must be seizure, artifact, other or all, got '" + kind + "'");
      return kExitUsage;
    }
  }
  QStringList raters;
  if (parser.isSet("raters")) {
    raters = parser.value("raters").split(',');
    for (auto& r : raters) r = r.trimmed();
    if (raters.size() != 2) {
      printError(kCommand, "--raters takes two names separated by a comma, got '" + parser.value("raters") + "'");
      return kExitUsage;
    }
  }
  auto database = openProjectFile(kCommand, parser.positionalArguments()[0]);
  if (!database) return kExitFailure;
  try {
    if (raters.isEmpty()) {
      const auto everyone = request.periodId ? core::ratersOfPeriod(*database, *request.periodId, std::nullopt)
                                             : core::ratersOf(*database, request.recordingId, std::nullopt);
      if (everyone.size() != 2) {
        QString names;
        for (const auto& r : everyone) names += QString(names.isEmpty() ? "" : ", ") + QString::fromStdString(r.name);
        printError(kCommand, QString("%1 has %2 annotator(s)%3; name two with --raters A,B")
                                 .arg(request.periodId ? QString("period #%1").arg(*request.periodId)
                                                       : QString("recording #%1").arg(request.recordingId))
                                 .arg(everyone.size())
                                 .arg(names.isEmpty() ? QString() : " (" + names + ")"));
        return kExitUsage;
      }
      raters = {QString::fromStdString(everyone[0].name), QString::fromStdString(everyone[1].name)};
    }
    request.raterA = raters[0].toStdString();
    request.raterB = raters[1].toStdString();
    const auto result = core::compareRatersOnRecording(*database, request);
    printReport(request, result, kind);
    const core::AgreementLabels labels{request.raterA, request.raterB, result.fps, request.toleranceSeconds};
    if (parser.isSet("csv")) {
      core::writeAgreementCsv(parser.value("csv").toStdString(), core::agreementEventsCsv(result.agreement, labels));
      std::printf("pairings: %s\n", qPrintable(parser.value("csv")));
    }
    if (parser.isSet("summary-csv")) {
      core::writeAgreementCsv(parser.value("summary-csv").toStdString(),
                              core::agreementSummaryCsv(result.agreement, labels));
      std::printf("summary: %s\n", qPrintable(parser.value("summary-csv")));
    }
    return kExitOk;
  } catch (const std::exception& e) {
    printError(kCommand, QString::fromUtf8(e.what()));
    return kExitFailure;
  }
}

}  // namespace prodrome::app
