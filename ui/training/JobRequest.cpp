#include "ui/training/JobRequest.h"

#include "core/pipeline/FineTuning.h"
#include "core/pipeline/Forecasting.h"
#include "core/pipeline/ModelTransfer.h"
#include "core/pipeline/Pretraining.h"
#include "core/pipeline/SnapshotProbes.h"
#include "database/ClipSetStore.h"
#include "database/Database.h"
#include "database/ModelStore.h"
#include "database/Statement.h"
#include "ml/TrainingReports.h"
#include "ui/NumberText.h"
#include "ui/ProjectSession.h"

#include <QStringList>

namespace prodrome::ui {

namespace {

std::int64_t newestRunId(database::Database& db) {
  auto s = db.cached("SELECT COALESCE(MAX(id), 0) FROM runs");
  s->step();
  return s->getInt64(0);
}

// Learns the id of the run the core function created (the first one after
// `before`, the queue running one job at a time) and the device it logged,
// from the worker's own connection, until both are known.
class RunWatcher {
 public:
  RunWatcher(database::Database& db, JobReporter& reporter, std::int64_t known)
      : db_(db), reporter_(reporter), before_(known ? known - 1 : newestRunId(db)), runId_(known) {
    if (known) reporter_.setRunId(known);
  }

  void look() {
    // Jobs that never log a device (or log it late) stop asking after a while:
    // the query runs on every progress report until then.
    if ((runId_ != 0 && !device_.isEmpty()) || (runId_ != 0 && ++looksAfterRun_ > kMaxLooks)) return;
    auto s = db_.cached("SELECT id, log FROM runs WHERE id > ? ORDER BY id LIMIT 1");
    s->bindInt64(1, before_);
    if (!s->step()) return;
    if (runId_ == 0) {
      runId_ = s->getInt64(0);
      reporter_.setRunId(runId_);
    }
    // RunRecord logs "device <description>" first thing.
    const QString log = QString::fromStdString(s->getText(1));
    const int at = log.lastIndexOf(QLatin1String("device "));
    if (at >= 0) {
      // "cpu (intra-op 1, BLAS 2 threads)": up to the closing parenthesis, else the next comma.
      QString rest = log.mid(at + 7).section(QLatin1Char('\n'), 0, 0);
      const int open = rest.indexOf(QLatin1Char('('));
      const int comma = rest.indexOf(QLatin1Char(','));
      if (open >= 0 && (comma < 0 || open < comma))
        rest = rest.left(rest.indexOf(QLatin1Char(')'), open) + 1);
      else if (comma >= 0)
        rest = rest.left(comma);
      device_ = rest.trimmed();
      reporter_.setDevice(device_);
    }
  }

 private:
  database::Database& db_;
  JobReporter& reporter_;
  std::int64_t before_;
  std::int64_t runId_;
  QString device_;
  static constexpr int kMaxLooks = 200;
  int looksAfterRun_ = 0;
};

core::JobCallbacks callbacksFor(JobReporter& reporter, RunWatcher& watcher) {
  core::JobCallbacks c;
  c.cancel = reporter.cancelFlag();
  c.stage = [&reporter, &watcher](const std::string& stage, double fraction, const std::string& detail) {
    watcher.look();
    reporter.stage(QString::fromStdString(stage), fraction, QString::fromStdString(detail));
  };
  c.training = [&reporter, &watcher](const ml::TrainingProgress& p) {
    watcher.look();
    reporter.step(p.step, p.total_steps, p.loss, p.lr, p.clips_per_second, p.eta_seconds);
  };
  c.epoch = [&reporter](const ml::EpochReport& e) {
    EpochPoint p;
    p.epoch = e.epoch;
    p.trainLoss = e.train_loss;
    p.rocAuc = e.validation.roc_auc;
    p.balancedAccuracy = e.validation.balanced_accuracy;
    reporter.epoch(p);
  };
  return c;
}

// A resumed run brings its stored config; the request's is not read then.
template <typename Config>
Config configOf(const JobRequest& r) {
  return r.resumeRunId ? Config{} : Config::fromJson(r.config);
}

std::optional<std::int64_t> resumeOf(const JobRequest& r) {
  return r.resumeRunId ? std::optional<std::int64_t>(r.resumeRunId) : std::nullopt;
}

QString fixed(double v, int digits) { return numberText(v, digits); }

// A model or clip set by name ('forecaster'), else by id.
template <typename Store>
QString nameOf(database::Database* db, qint64 id) {
  if (db)
    if (const auto row = Store(*db).find(id)) return QStringLiteral("'%1'").arg(QString::fromStdString(row->name));
  return QString::number(id);
}

}  // namespace

QString jobTitle(const JobRequest& r, database::Database* db) {
  const QString name = r.config.value(QStringLiteral("model_name")).toString();
  switch (r.kind) {
    case JobKind::Pretrain:
      return r.resumeRunId ? JobQueue::tr("Resume pre-training run %1").arg(r.resumeRunId)
                           : JobQueue::tr("Pre-train %1").arg(name);
    case JobKind::FineTune:
      return r.resumeRunId ? JobQueue::tr("Resume fine-tuning run %1").arg(r.resumeRunId)
                           : JobQueue::tr("Fine-tune %1").arg(name);
    case JobKind::FewShot:
      if (r.probeSnapshotsOf > 0)
        return JobQueue::tr("Probe the snapshots of run %1 on clip set %2")
            .arg(r.probeSnapshotsOf)
            .arg(nameOf<database::ClipSetStore>(db, r.config.value(QStringLiteral("clip_set")).toInteger()));
      return JobQueue::tr("Few-shot evaluation on clip set %1")
          .arg(nameOf<database::ClipSetStore>(db, r.config.value(QStringLiteral("clip_set")).toInteger()));
    case JobKind::Forecast:
      return JobQueue::tr("Forecast with model %1")
          .arg(nameOf<database::ModelStore>(db, r.config.value(QStringLiteral("model")).toInteger()));
    case JobKind::ImportModel:
      return JobQueue::tr("Import model %1").arg(name);
    case JobKind::ExportModel:
      return JobQueue::tr("Export model");
    case JobKind::Demo:  // DemoActions titles it
    case JobKind::ImportData:
    case JobKind::ExportData:
    case JobKind::AddRecordings:
    case JobKind::RelinkRecordings:
      break;  // file jobs: ExchangeActions titles them
  }
  return {};
}

JobWork pipelineWork(const JobRequest& request, const std::string& projectFile) {
  return [request, projectFile](JobReporter& reporter) -> JobOutcome {
    auto db = ProjectSession::openWorkerConnection(projectFile);
    RunWatcher watcher(*db, reporter, request.resumeRunId);
    const auto callbacks = callbacksFor(reporter, watcher);
    JobOutcome result;
    try {
      switch (request.kind) {
        case JobKind::Pretrain: {
          const auto out =
              core::runPretraining(*db, configOf<core::PretrainConfig>(request), callbacks, resumeOf(request));
          result = {out.runId, out.modelId, out.cancelled, {}, {}, {}};
          if (!out.cancelled && !out.losses.empty())
            result.summary = JobQueue::tr("Pre-training run %1: loss %2 → %3 in %4 s")
                                 .arg(out.runId)
                                 .arg(fixed(out.losses.front(), 4), fixed(out.losses.back(), 4))
                                 .arg(out.seconds, 0, 'f', 0);
          break;
        }
        case JobKind::FineTune: {
          const auto out =
              core::runFineTune(*db, configOf<core::FineTuneConfig>(request), callbacks, resumeOf(request));
          result = {out.runId, out.modelId, out.cancelled, {}, {}, {}};
          result.summary = JobQueue::tr("Fine-tuning run %1: validation ROC-AUC %2, balanced accuracy %3")
                               .arg(out.runId)
                               .arg(fixed(out.validation.roc_auc, 3), fixed(out.validation.balanced_accuracy, 3));
          break;
        }
        case JobKind::FewShot: {
          if (request.probeSnapshotsOf > 0) {
            const auto out = core::probeSnapshots(*db, request.probeSnapshotsOf,
                                                  core::FewShotConfig::fromJson(request.config), callbacks);
            result.cancelled = out.cancelled;
            // The run whose view shows the curve, opened when the job ends.
            result.runId = request.probeSnapshotsOf;
            if (!out.probes.empty()) {
              QStringList points;
              for (const auto& p : out.probes)
                points << JobQueue::tr("%1: %2").arg(p.steps).arg(fixed(p.outcome.tokensAlone.overall.rocAuc, 3));
              result.summary = JobQueue::tr("Probe curve of run %1 (tokens alone, ROC-AUC by step): %2; its view "
                                            "shows the whole curve")
                                   .arg(request.probeSnapshotsOf)
                                   .arg(points.join(QStringLiteral(", ")));
            }
            break;
          }
          const auto out = core::runFewShot(*db, core::FewShotConfig::fromJson(request.config), callbacks);
          result = {out.runId, 0, out.cancelled, {}, {}, {}};
          result.summary = JobQueue::tr("Few-shot run %1: ROC-AUC %2 over %3 episodes")
                               .arg(out.runId)
                               .arg(fixed(out.overall.rocAuc, 3))
                               .arg(out.overall.episodes);
          break;
        }
        case JobKind::Forecast: {
          const auto out = core::runForecast(*db, core::ForecastConfig::fromJson(request.config), callbacks);
          result = {out.runId, 0, out.cancelled, {}, {}, {}};
          result.summary = JobQueue::tr("Forecast run %1: %n recording(s)", "", static_cast<int>(out.recordings.size()))
                               .arg(out.runId);
          break;
        }
        case JobKind::ImportModel: {
          reporter.stage(JobQueue::tr("import"), -1, {});
          const auto id = core::importModel(*db, core::ModelImport::fromJson(request.config));
          result.modelId = id;
          result.summary = JobQueue::tr("Imported model %1 (id %2)")
                               .arg(request.config.value(QStringLiteral("model_name")).toString())
                               .arg(id);
          break;
        }
        case JobKind::ExportModel: {
          reporter.stage(JobQueue::tr("export"), -1, {});
          const auto written = core::exportModel(*db, core::ModelExport::fromJson(request.config));
          result.summary = JobQueue::tr("Exported to %1").arg(QString::fromStdString(written.string()));
          break;
        }
        case JobKind::Demo:
          throw core::Error("the demo is not a job on a project (DemoActions runs it)");
        case JobKind::ImportData:
        case JobKind::ExportData:
        case JobKind::AddRecordings:
        case JobKind::RelinkRecordings:
          throw core::Error("a file job is not a pipeline job (ExchangeActions runs it)");
      }
    } catch (...) {
      // A failed run is still a run: the job names it (unless the database is what failed).
      try {
        watcher.look();
      } catch (const std::exception&) {
      }
      throw;
    }
    watcher.look();
    return result;
  };
}

}  // namespace prodrome::ui
