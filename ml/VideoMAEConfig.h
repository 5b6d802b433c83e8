#pragma once
// VideoMAE architecture numbers. Field names follow the official VideoMAE /
// timm code (embed_dim, num_heads, tubelet_size, ...) so that configs read
// like the paper and map one to one onto the published checkpoints.

#include <cstdint>
#include <string>
#include <vector>

namespace prodrome::ml {

// How many motion statistics a motion_stats head reads (core's MotionFeatures
// has this many; core/pipeline/ClipFeatures.cpp checks it at compile time).
inline constexpr int64_t kMotionStatistics = 4;
// At most this many time scales of them (VideoMAEConfig::motion_scales).
inline constexpr int64_t kMaxMotionScales = 3;
// At most this many earlier windows whose statistics the head also reads
// (VideoMAEConfig::motion_lags).
inline constexpr int64_t kMaxMotionLags = 2;

// Sizes no VideoMAE has (the largest, ViT-g, is 1408 wide and 40 deep; the
// longest inputs 32 frames of 448 px, 12,544 tokens) and that a config read
// from an untrusted weights file must not reach: before, num_frames 10^6
// asked the allocator for 37 GB and the user read its backtrace.
inline constexpr int64_t kMaxFrames = 512;
inline constexpr int64_t kMaxImageSize = 2048;
inline constexpr int64_t kMaxTokens = 16384;
inline constexpr int64_t kMaxWidth = 4096;  // embed_dim and decoder_embed_dim
inline constexpr int64_t kMaxDepth = 64;    // depth and decoder_depth

struct VideoMAEConfig {
  // Encoder.
  int64_t img_size = 224;
  int64_t patch_size = 16;
  int64_t num_frames = 16;
  int64_t tubelet_size = 2;
  int64_t in_chans = 3;
  int64_t embed_dim = 768;
  int64_t depth = 12;
  int64_t num_heads = 12;
  double mlp_ratio = 4.0;
  bool qkv_bias = true;          // q_bias and v_bias; the key never has a bias
  double drop_path_rate = 0.0;   // reached by the last block, linear from 0
  double layer_norm_eps = 1e-6;  // official VideoMAE; HF's config says 1e-12
  // Pre-training decoder.
  int64_t decoder_embed_dim = 384;
  int64_t decoder_depth = 4;
  int64_t decoder_num_heads = 6;
  bool norm_pix_loss = true;
  // Classifier.
  bool use_mean_pooling = true;  // false: first token after the final LayerNorm
  // With mean pooling: append, per channel, the mean and the max over space
  // and time of |token(t+1) − token(t)| at the same spatial position, so that
  // a linear head sees how much and how abruptly the video moves (a frozen
  // encoder's mean token cannot express a magnitude of change). Pooled width
  // 3·embed_dim. Not part of HF's VideoMAE: such models do not export to HF.
  bool motion_pooling = false;
  int64_t num_classes = 1;       // 1 = one forecasting logit for BCE
  double init_scale = 0.001;     // classifier head weights are scaled by this at init
  // How a window becomes num_frames frames (read by core/, stored here so that
  // a model carries the sampling it was trained with): 0 = evenly over the
  // window (centres of equal parts); k > 0 = every k-th frame, the last one
  // being the window's last frame (the paper's "16 frames at stride 2").
  int64_t sample_stride = 0;
  // The classifier's operating point, chosen on validation data when it was
  // trained (core/forecast/OperatingPoint.h): a window whose probability
  // reaches it counts as pre-ictal. Stored here so that it travels with the
  // weights; 0.5 for models trained without a validation split.
  double decision_threshold = 0.5;
  // The head reads each feature standardised over the recording its window
  // comes from (minus the recording's mean, over its standard deviation,
  // ml/GroupStandardise.h). Subjects differ from each other far more than a
  // subject's pre-ictal windows from its normal ones: on the demo's held-out
  // patients this took a 4-shot probe from ROC-AUC 0.46 to 0.80 (issue 12).
  // forward() sees one clip and cannot know its recording: for such a model
  // the forecast is features() of every window, standardised together, then
  // headLogits().
  bool recording_norm = false;
  // The head also reads kMotionStatistics statistics of the frame
  // differences over every frame of the window (core/pipeline/WindowMotion.h:
  // level, peak, spikes, spread), appended to the pooled features and
  // standardised with them (so it needs recording_norm). The encoder sees
  // about a second; the statistics see the whole window: on the demo's
  // held-out patients window ROC-AUC 0.77 without them, 0.90 with (issue 12).
  // forward() cannot compute them: use features(), then headLogits() on the
  // features with the statistics appended.
  bool motion_stats = false;
  // How many time scales of those statistics the head reads, each
  // kMotionStatistics wide: 1 = the whole window; 2 adds its last 40 %; 3 also
  // its last 20 % (core/pipeline/WindowMotion.h holds the fractions). A
  // forecaster must tell the end of a pre-ictal phase from its start: the
  // whole window says that movement is arrested, the last second whether the
  // jerks are coming faster now (issue 12).
  int64_t motion_scales = 1;
  // How many earlier windows' statistics the head also reads, at the same
  // scales: lag k is the window ending k window lengths earlier
  // (core/pipeline/WindowMotion.h). A pre-ictal arrest lasts 8-20 s, longer
  // than a 5-s window: when it began and how the jerks have grown since are
  // cues one window cannot hold (issue 12: on 30 fresh recordings, lags 0 to
  // 2 took the statistics' held-out sensitivity from 21-24 to 28-32 of 60
  // seizures at the same false-alarm budget, bench_cue_perception).
  int64_t motion_lags = 0;
  // Windows in a row at or above decision_threshold that raise an alarm,
  // chosen with it (core/forecast/OperatingPoint.h); 1 for models trained
  // without a validation split.
  int64_t decision_consecutive = 1;
  // With motion_stats: the weight each brief jerk in a window carries beside
  // the head's probability p, 1 − (1 − p)(1 − jerk_weight)^jerks
  // (core/pipeline/BriefJerks.h), chosen on validation curves with the
  // operating point, which is on that combined probability; 0: the head's
  // probability alone. A head fitted on a few patients' clips weighs the
  // statistics for the whole window, where one jerk is a spike among many
  // frames; counted, jerks forecast more held-out seizures within the
  // false-alarm budget (issue 12: in the demo's proportions at its seeds
  // 7-15, the statistics alone 20 of 54 held-out seizures and with jerks 26
  // of 54, the weight chosen by this rule, bench_cue_perception).
  double jerk_weight = 0;
  // The map from that probability (the jerks weighed in) to the chance that a
  // seizure begins within the horizon, σ(calibration_slope · logit(p) +
  // calibration_offset) (core/forecast/ProbabilityCalibration.h), fitted on
  // the windows the operating point is chosen on; decision_threshold is on
  // the calibrated scale. 1 and 0: none (a model stored before it existed, or
  // chosen without validation windows of both labels).
  double calibration_slope = 1;
  double calibration_offset = 0;
  // The window length L and horizon H, in seconds, of the clip set a
  // forecaster was fine-tuned on: its head saw clips of L seconds, and its
  // operating point and calibration were chosen on curves of L-s windows
  // against onsets within H. A forecast reads windows of the same length
  // and judges alarms with the same horizon unless told otherwise
  // (core/runs/ForecastConfig.h). 0: not stored (an encoder, or a model
  // saved before these fields).
  double window_seconds = 0;
  double horizon_seconds = 0;
  // The frame rate it was fine-tuned at (the median over its training
  // clips' recordings; faster ones were read at this rate): sample_stride
  // counts frames and the motion statistics difference consecutive ones, so
  // at another rate the encoder sees another span of time and the statistics
  // other steps: a forecast reads a faster recording at this rate and notes
  // a slower one (core/forecast/FrameGrid.h). 0: not stored.
  double frame_rate = 0;
  // The window labels its operating point was judged with, its clip set's:
  // normal windows keep gap_seconds_human (patients) or gap_seconds_rodent
  // from every seizure, and post_ictal_seconds after each offset are left
  // out. A forecast judges its window-level ROC and its alarms with the same
  // unless told otherwise. -1: not stored (0 is a value: no exclusion).
  double gap_seconds_human = -1;
  double gap_seconds_rodent = -1;
  double post_ictal_seconds = -1;

  // Derived sizes.
  int64_t gridSize() const { return img_size / patch_size; }
  int64_t temporalSlots() const { return num_frames / tubelet_size; }
  int64_t patchesPerFrame() const { return gridSize() * gridSize(); }
  int64_t numPatches() const { return temporalSlots() * patchesPerFrame(); }
  // Values predicted per masked token: C · tubelet · patch².
  int64_t tubeletValues() const { return in_chans * tubelet_size * patch_size * patch_size; }
  // Width of the classifier's pooled feature vector (what fc_norm and the head see).
  int64_t pooledDim() const { return motion_pooling ? 3 * embed_dim : embed_dim; }
  // Width of the head's input: the pooled features, then the motion statistics.
  int64_t motionFeatureCount() const {
    return motion_stats ? kMotionStatistics * motion_scales * (1 + motion_lags) : 0;
  }
  int64_t headInputDim() const { return pooledDim() + motionFeatureCount(); }

  // Throws std::invalid_argument naming the first inconsistent field.
  void validate() const;

  bool operator==(const VideoMAEConfig&) const = default;
};

// "vit-tiny" 192/12/3 (decoder 96/4/3), "vit-small" 384/12/6 (192/4/3),
// "vit-base" 768/12/12 (384/4/6); tiny and small default to 16×112, base to
// 16×224. Throws std::invalid_argument for an unknown name.
VideoMAEConfig presetConfig(const std::string& name);
std::vector<std::string> presetNames();

// JSON with the field names above. fromJson starts from `base` and overrides
// the fields present; unknown fields and wrong types are errors.
std::string configToJson(const VideoMAEConfig& config);
VideoMAEConfig configFromJson(const std::string& json, const VideoMAEConfig& base = {});

}  // namespace prodrome::ml
