#include "app/Command.h"
#include "core/Error.h"

#include <cstdio>

// Compiled into both entries: prodrome-torch runs every command; prodrome
// lists them all but runs only those without LibTorch (TORCH: no run
// function there, so main() hands the command over).
#ifdef PRODROME_TORCH_BINARY
#define TORCH(run) run
#else
#define TORCH(run) nullptr
#endif

namespace prodrome::app {

int runProbe(const QStringList& args);
int runFrame(const QStringList& args);
int runModelCommand(const QStringList& args);
int runProjectCommand(const QStringList& args);
int runRecordingCommand(const QStringList& args);
int runImportCommand(const QStringList& args);
int runEventsCommand(const QStringList& args);
int runClipsCommand(const QStringList& args);
int runSynthCommand(const QStringList& args);
int runDemoCommand(const QStringList& args);
int runPretrainCommand(const QStringList& args);
int runFinetuneCommand(const QStringList& args);
int runForecastCommand(const QStringList& args);
int runExperimentCommand(const QStringList& args);
int runReviewCommand(const QStringList& args);
int runRunsCommand(const QStringList& args);
int runAgreementCommand(const QStringList& args);
int runPeriodCommand(const QStringList& args);
int runSignalCommand(const QStringList& args);
bool reviewPaints(const QStringList& args);

const std::vector<Command>& commands() {
  static const std::vector<Command> all = {
      {"probe", "print a video's stream facts and frame index summary as JSON", runProbe},
      {"frame", "write one exact frame of a video as an RGB PNG", runFrame},
      {"model",
       "import, export, list and show a project's models; run weights on tensors (model import|export|list|show|run "
       "...)",
       TORCH(runModelCommand)},
      {"project", "create a project file (project init DB)", runProjectCommand},
      {"recording", "add a video to a project (recording add DB FILE --subject CODE --species S)", runRecordingCommand},
      {"period", "monitoring periods: recordings chained in time (period create|list|set-start DB ...)",
       runPeriodCommand},
      {"signal", "time series beside a recording's video (signal import|list|offset DB ...)", runSignalCommand},
      {"import", "import events or labelled clips (import csv|boris|rodepil DB PATH)", runImportCommand},
      {"events", "list, add and export annotated events (events list|add|export DB ...)", runEventsCommand},
      {"clips", "build and export clip sets (clips build|export DB ...)", runClipsCommand},
      {"synth", "generate synthetic videos with known seizures (synth DB --species rodent|human ...)", runSynthCommand},
      {"demo", "run the whole method on synthetic data and write a report (demo [--dir DIR] [--quick])",
       TORCH(runDemoCommand), alwaysPaints},
      {"pretrain", "stage 1: VideoMAE continual pre-training on clip sets (pretrain DB --name N --clip-sets A,B)",
       TORCH(runPretrainCommand)},
      {"finetune", "stage 2: forecasting fine-tune or k-shot evaluation (finetune DB --clip-set S ...)",
       TORCH(runFinetuneCommand)},
      {"forecast", "score whole recordings with a forecaster; alarms and event metrics (forecast DB ...)",
       TORCH(runForecastCommand)},
      {"review", "a forecast run's alarms: list, accept, reject, forget, export (review list|accept|... DB --run ID)",
       runReviewCommand, reviewPaints},
      {"agreement",
       "how two annotators agree on a recording: matches, differences, kappa (agreement DB --recording ID)",
       runAgreementCommand},
      {"runs", "list a project's runs and show one's metrics, config and log (runs list|show DB ...)", runRunsCommand},
      {"experiment", "the paper's ablation grid: mask ratio x data configuration x shots (experiment DB ...)",
       TORCH(runExperimentCommand), alwaysPaints},
  };
  return all;
}

void printError(const char* command, const QString& message) {
  QString line = QString::fromStdString(core::withoutBacktrace(message.toStdString()));
  line.replace('\n', ' ');
  std::fprintf(stderr, "prodrome %s: %s\n", command, line.toUtf8().constData());
}

}  // namespace prodrome::app
