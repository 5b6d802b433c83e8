// The words of `prodrome model show` and the GUI's model view: a model's
// stored config read back as one line per thing a user asks of it.

#include "core/pipeline/ModelDescription.h"

#include "core/Error.h"
#include "core/forecast/OperatingPoint.h"
#include "core/pipeline/ModelOperatingPoint.h"
#include "core/pipeline/WindowMotion.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAEWeights.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace prodrome::core {

namespace {

// lupdate files ModelText::tr() under this context: the GUI's model view
// shows these lines in the user's language; the CLI installs no translator
// and prints them in English.
struct ModelText {
  Q_DECLARE_TR_FUNCTIONS(prodrome::core::ModelDescription)
};

QString number(double v, int digits) { return QString::number(v, 'g', digits); }
QString seconds(double s) { return ModelText::tr("%1 s").arg(number(s, 4)); }

QString architectureLines(const ml::VideoMAEConfig& c, bool forecaster) {
  QString out = ModelText::tr(
                    "architecture: %1 blocks of width %2 (%3 heads); %4 frames of %5×%5 px, in tubelets of %6 frames "
                    "and %7-px patches")
                    .arg(c.depth)
                    .arg(c.embed_dim)
                    .arg(c.num_heads)
                    .arg(c.num_frames)
                    .arg(c.img_size)
                    .arg(c.tubelet_size)
                    .arg(c.patch_size) +
                "\n";
  // How a window becomes its frames (ClipReader::sampleIndices), with the
  // time the frames span where the rate is known.
  const long long frames = c.num_frames, stride = c.sample_stride;
  if (stride > 0) {
    out += stride == 1 ? ModelText::tr("sampling: the window's last %1 frames").arg(frames)
                       : ModelText::tr("sampling: %1 frames, one in every %2, ending at the window's last frame")
                             .arg(frames)
                             .arg(stride);
    if (c.frame_rate > 0)
      out += ModelText::tr(" (%1 s at %2 fps)")
                 .arg(number(static_cast<double>((frames - 1) * stride + 1) / c.frame_rate, 2))
                 .arg(number(c.frame_rate, 4));
    out += "\n";
  } else {
    out += ModelText::tr("sampling: evenly over the window") + "\n";
  }
  if (c.frame_rate <= 0)
    out += ModelText::tr("frame rate: not stored") + "\n";
  else if (forecaster)
    // The rate a forecast reads a faster recording at (core/forecast/FrameGrid.h).
    out += ModelText::tr(
               "frame rate: %1 fps (its clips were read at it; a forecast reads a faster recording at it, a slower "
               "one frame by frame)")
               .arg(number(c.frame_rate, 4)) +
           "\n";
  else
    out += ModelText::tr("frame rate: %1 fps (its clips were read at it)").arg(number(c.frame_rate, 4)) + "\n";
  return out;
}

QString headLine(const ml::VideoMAEConfig& c) {
  QString out = ModelText::tr("head: %1")
                    .arg(!c.use_mean_pooling ? ModelText::tr("the first token")
                         : c.motion_pooling
                             ? ModelText::tr("the mean token with the mean and max of its changes (motion pooling)")
                             : ModelText::tr("the mean token"));
  if (c.motion_stats) {
    out += ModelText::tr(", with %1 frame-difference statistics").arg(ml::kMotionStatistics);
    if (c.motion_scales > 1) {
      out += ModelText::tr(" over the whole window");
      for (long long s = 1; s < c.motion_scales; ++s)
        out += ModelText::tr(", its last %1 %").arg(QString::number(100 * kMotionScaleFractions[s], 'f', 0));
    }
    if (c.motion_lags > 0) out += ModelText::tr(", and the same of %1 earlier window(s)").arg(c.motion_lags);
  }
  if (c.recording_norm) out += ModelText::tr("; each feature standardised over its recording");
  return out + "\n";
}

QString forecasterLines(const ml::VideoMAEConfig& c) {
  QString out;
  out += c.window_seconds > 0 && c.horizon_seconds > 0
             ? ModelText::tr("trained for: %1-s windows, onsets within %2 of a window's end")
                   .arg(number(c.window_seconds, 4))
                   .arg(seconds(c.horizon_seconds))
             : ModelText::tr("trained for: windows and horizon not stored (a forecast uses its own)");
  out += "\n";
  if (c.gap_seconds_human >= 0 || c.gap_seconds_rodent >= 0 || c.post_ictal_seconds >= 0) {
    out += ModelText::tr("judged with: normal windows at least %1, %2")
               .arg(c.gap_seconds_human >= 0
                        ? ModelText::tr("%1 from a seizure (patients)").arg(seconds(c.gap_seconds_human))
                        : ModelText::tr("— (patients)"))
               .arg(c.gap_seconds_rodent >= 0 ? ModelText::tr("%1 (rodents)").arg(seconds(c.gap_seconds_rodent))
                                              : ModelText::tr("— (rodents)"));
    if (c.post_ictal_seconds >= 0)
      out += ModelText::tr("; %1 after each offset left out").arg(seconds(c.post_ictal_seconds));
  } else {
    out += ModelText::tr("judged with: not stored (a forecast uses its species' defaults)");
  }
  out += "\n" + headLine(c);
  if (c.jerk_weight > 0)
    out += ModelText::tr("brief jerks: each weighs %1 beside the head's probability p: 1 − (1 − p)(1 − %1)^jerks")
               .arg(number(c.jerk_weight, 3)) +
           "\n";
  const auto calibration = calibrationOf(c);
  out += calibration.isIdentity() ? ModelText::tr("calibration: none (its probabilities are the head's)")
                                  : ModelText::tr("calibration: %1: the chance of an onset within the horizon")
                                        .arg(QString::fromStdString(calibration.formula()));
  out += "\n";
  out += neverAlarms(c.decision_threshold)
             ? ModelText::tr("operating point: none (no threshold met its false-alarm budget: it raises no alarm)")
             : ModelText::tr("operating point: threshold %1, %2 window(s) in a row")
                   .arg(QString::number(c.decision_threshold, 'f', 3))
                   .arg(c.decision_consecutive);
  return out + "\n";
}

}  // namespace

const char* modelKindName(ModelKind kind) {
  switch (kind) {
    case ModelKind::Forecaster:
      return "classifier";
    case ModelKind::Encoder:
      return "pre-training";
    case ModelKind::Unreadable:
      break;
  }
  return "unreadable";
}

std::string modelDescription(const database::Model& model, const std::optional<database::Model>& parent, ModelKind kind,
                             const std::optional<ml::VideoMAEConfig>& config) {
  const auto name = [](const std::string& n) { return QString::fromStdString(n); };
  QString out = ModelText::tr("model %1: %2").arg(model.id).arg(name(model.name)) + "\n";
  const QString kindName = QString::fromLatin1(modelKindName(kind));
  out +=
      (kind == ModelKind::Forecaster ? ModelText::tr("kind: %1 (an encoder with a forecasting head)").arg(kindName)
       : kind == ModelKind::Encoder  ? ModelText::tr("kind: %1 (an encoder, with or without its decoder)").arg(kindName)
                                     : ModelText::tr("kind: %1").arg(kindName)) +
      "\n";
  out += ModelText::tr("weights: %1").arg(name(model.weightsPath)) + "\n";
  if (!model.created.empty()) out += ModelText::tr("created: %1").arg(name(model.created)) + "\n";
  if (model.parentId)
    out += (parent ? ModelText::tr("trained from: model %1 (%2)").arg(*model.parentId).arg(name(parent->name))
                   : ModelText::tr("trained from: model %1 (no longer in the project)").arg(*model.parentId)) +
           "\n";
  if (!config)
    out += ModelText::tr("architecture: not stored in the file (the loader infers it from the tensors)") + "\n";
  else {
    out += architectureLines(*config, kind == ModelKind::Forecaster);
    if (kind == ModelKind::Forecaster) out += forecasterLines(*config);
  }
  return out.toStdString();
}

std::string describeModel(database::Database& db, std::int64_t modelId) {
  database::ModelStore store(db);
  const auto model = store.find(modelId);
  if (!model) throw Error("model " + std::to_string(modelId) + " does not exist in the project");
  const std::optional<database::Model> parent = model->parentId ? store.find(*model->parentId) : std::nullopt;
  const auto header = ml::readSafeTensorsHeader(model->weightsPath);
  const auto config = ml::configFromMetadata(header.metadata, model->weightsPath);
  return modelDescription(*model, parent, modelKindOfTensors(header.names), config);
}

}  // namespace prodrome::core
