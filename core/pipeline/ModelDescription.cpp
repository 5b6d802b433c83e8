// The words of `prodrome model show` and the GUI's model view: a model's
// stored config read back as one line per thing a user asks of it.

#include "core/pipeline/ModelDescription.h"

#include "core/Error.h"
#include "core/forecast/OperatingPoint.h"
#include "core/pipeline/ModelOperatingPoint.h"
#include "core/pipeline/WindowMotion.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAEWeights.h"

#include <cstdio>
#include <string>

namespace prodrome::core {

namespace {

// printf into a std::string (every line here is short).
template <typename... Args>
std::string format(const char* pattern, Args... args) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, pattern, args...);
  return buffer;
}

std::string seconds(double s) { return format("%.4g s", s); }
// "5-s", as a length before a noun.
std::string secondsLong(double s) { return format("%.4g-s", s); }

std::string architectureLines(const ml::VideoMAEConfig& c, bool forecaster) {
  std::string out = format(
      "architecture: %lld blocks of width %lld (%lld heads); %lld frames of %lld×%lld px, in "
      "tubelets of %lld frames and %lld-px patches\n",
      static_cast<long long>(c.depth), static_cast<long long>(c.embed_dim), static_cast<long long>(c.num_heads),
      static_cast<long long>(c.num_frames), static_cast<long long>(c.img_size), static_cast<long long>(c.img_size),
      static_cast<long long>(c.tubelet_size), static_cast<long long>(c.patch_size));
  // How a window becomes its frames (ClipReader::sampleIndices), with the
  // time the frames span where the rate is known.
  const long long frames = c.num_frames, stride = c.sample_stride;
  if (stride > 0) {
    out += stride == 1
               ? format("sampling: the window's last %lld frames", frames)
               : format("sampling: %lld frames, one in every %lld, ending at the window's last frame", frames, stride);
    if (c.frame_rate > 0)
      out +=
          format(" (%.2g s at %.4g fps)", static_cast<double>((frames - 1) * stride + 1) / c.frame_rate, c.frame_rate);
    out += "\n";
  } else {
    out += "sampling: evenly over the window\n";
  }
  if (c.frame_rate <= 0)
    out += "frame rate: not stored\n";
  else if (forecaster)
    // The rate a forecast reads a faster recording at (core/forecast/FrameGrid.h).
    out += format(
        "frame rate: %.4g fps (its clips were read at it; a forecast reads a faster recording at it, a "
        "slower one frame by frame)\n",
        c.frame_rate);
  else
    out += format("frame rate: %.4g fps (its clips were read at it)\n", c.frame_rate);
  return out;
}

std::string headLine(const ml::VideoMAEConfig& c) {
  std::string out = "head: ";
  out += !c.use_mean_pooling ? "the first token"
         : c.motion_pooling  ? "the mean token with the mean and max of its changes (motion pooling)"
                             : "the mean token";
  if (c.motion_stats) {
    out += format(", with %lld frame-difference statistics", static_cast<long long>(ml::kMotionStatistics));
    if (c.motion_scales > 1) {
      out += " over the whole window";
      for (long long s = 1; s < c.motion_scales; ++s)
        out += format(", its last %.0f %%", 100 * kMotionScaleFractions[s]);
    }
    if (c.motion_lags > 0)
      out += format(", and the same of %lld earlier window(s)", static_cast<long long>(c.motion_lags));
  }
  if (c.recording_norm) out += "; each feature standardised over its recording";
  return out + "\n";
}

std::string forecasterLines(const ml::VideoMAEConfig& c) {
  std::string out;
  out += c.window_seconds > 0 && c.horizon_seconds > 0
             ? "trained for: " + secondsLong(c.window_seconds) + " windows, onsets within " +
                   seconds(c.horizon_seconds) + " of a window's end\n"
             : std::string("trained for: windows and horizon not stored (a forecast uses its own)\n");
  if (c.gap_seconds_human >= 0 || c.gap_seconds_rodent >= 0 || c.post_ictal_seconds >= 0) {
    out += "judged with: normal windows at least ";
    out += c.gap_seconds_human >= 0 ? seconds(c.gap_seconds_human) + " from a seizure (patients)" : "— (patients)";
    out += ", ";
    out += c.gap_seconds_rodent >= 0 ? seconds(c.gap_seconds_rodent) + " (rodents)" : "— (rodents)";
    out += c.post_ictal_seconds >= 0 ? "; " + seconds(c.post_ictal_seconds) + " after each offset left out\n"
                                     : std::string("\n");
  } else {
    out += "judged with: not stored (a forecast uses its species' defaults)\n";
  }
  out += headLine(c);
  if (c.jerk_weight > 0)
    out += format("brief jerks: each weighs %.3g beside the head's probability p: 1 − (1 − p)(1 − %.3g)^jerks\n",
                  c.jerk_weight, c.jerk_weight);
  const auto calibration = calibrationOf(c);
  out += calibration.isIdentity()
             ? std::string("calibration: none (its probabilities are the head's)\n")
             : "calibration: " + calibration.formula() + ": the chance of an onset within the horizon\n";
  out += neverAlarms(c.decision_threshold)
             ? std::string("operating point: none (no threshold met its false-alarm budget: it raises no alarm)\n")
             : format("operating point: threshold %.3f, %lld window(s) in a row\n", c.decision_threshold,
                      static_cast<long long>(c.decision_consecutive));
  return out;
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
  std::string out = format("model %lld: %s\n", static_cast<long long>(model.id), model.name.c_str());
  out += std::string("kind: ") + modelKindName(kind) +
         (kind == ModelKind::Forecaster ? " (an encoder with a forecasting head)\n"
          : kind == ModelKind::Encoder  ? " (an encoder, with or without its decoder)\n"
                                        : "\n");
  out += "weights: " + model.weightsPath + "\n";
  if (!model.created.empty()) out += "created: " + model.created + "\n";
  if (model.parentId)
    out +=
        parent
            ? format("trained from: model %lld (%s)\n", static_cast<long long>(*model.parentId), parent->name.c_str())
            : format("trained from: model %lld (no longer in the project)\n", static_cast<long long>(*model.parentId));
  if (!config) return out + "architecture: not stored in the file (the loader infers it from the tensors)\n";
  out += architectureLines(*config, kind == ModelKind::Forecaster);
  if (kind == ModelKind::Forecaster) out += forecasterLines(*config);
  return out;
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
