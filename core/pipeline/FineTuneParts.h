#pragma once
// What the fine-tuning and few-shot jobs share (internal to core/pipeline):
// the classifier a FineTuneSettings describes, its batches and optimiser
// options, probes on frozen features, and the metrics' JSON.

#include "core/pipeline/ClipCache.h"
#include "core/pipeline/EncodedWindows.h"
#include "core/pipeline/FineTuning.h"
#include "ml/ClipBatcher.h"
#include "ml/FineTuner.h"
#include "ml/LinearProbe.h"
#include "ml/VideoMAE.h"


#include <filesystem>
#include <string>
#include <vector>

namespace prodrome::database {
class Database;
}

namespace prodrome::core {

bool isProbeHead(const FineTuneSettings& s);  // throws core::Error for an unknown head name
// The probe's options for head inputs of `features` columns: with motion
// statistics the pooled tokens and the statistics are two blocks of equal say
// (ml/LinearProbe.h), else one.
ml::ProbeOptions probeOptions(const FineTuneSettings& s, std::int64_t features);

bool speciesMatches(const FineTuneSettings& s, const CachedClipInfo& c);
bool forecastingLabel(const CachedClipInfo& c);
// The settings' clip shape at the training frame rate of `clips`.
ClipShape clipShapeOf(database::Database& db, const FineTuneSettings& s, const std::vector<CachedClipInfo>& clips);
// With s.recordingNorm, features [indices.size(), D] standardised within the
// recording of each cached clip (labels unread); unchanged otherwise.
torch::Tensor recordingStandardised(const FineTuneSettings& s, const torch::Tensor& features, const ClipCache& cache,
                                    const std::vector<std::int64_t>& indices);

// The head's input for cached clips: the encoder's pooled features, with the
// motion statistics appended when s.motionStats, then recordingStandardised
// ([indices.size(), headInputDim] float32 on the CPU). The pooled features
// are also kept in `encoded`, when given, by the clips' windows.
torch::Tensor headInputs(ml::VideoMAEClassifier& model, const FineTuneSettings& s, const ClipCache& cache,
                         const std::vector<std::int64_t>& indices, const torch::Device& device,
                         const JobCallbacks& callbacks, const std::string& stage, EncodedWindows* encoded = nullptr);

// The classifier the settings describe, reading clips at `frameRate` (the
// cache's rate: trainingFrameRate), which it stores so that a base encoder
// trained at another rate is noted (ModelLoading.h) and a forecast reads at it.
ml::VideoMAEConfig architectureOf(const FineTuneSettings& s, double frameRate);
std::filesystem::path baseWeightsOf(database::Database& db, const FineTuneSettings& s);
// A classifier whose encoder comes from `base` (random without), seeded.
ml::VideoMAEClassifier freshClassifier(const ml::VideoMAEConfig& architecture, const std::filesystem::path& base,
                                       std::uint64_t seed, std::string* log);

ml::BatchOptions trainBatches(const FineTuneSettings& s, std::int64_t clips);
ml::BatchOptions evalBatches(const FineTuneSettings& s);
// Epochs grow so that at least s.minSteps optimiser steps are taken.
ml::FineTuningOptions tunerOptions(const FineTuneSettings& s, std::int64_t stepsPerEpoch, std::int64_t patience);
std::string progressLine(const char* prefix, const ml::TrainingProgress& p);

ml::BinaryMetrics undefinedMetrics();

// Labels (pre-ictal 1) of cache entries.
torch::Tensor labelsOf(const ClipCache& cache, const std::vector<std::int64_t>& indices);

}  // namespace prodrome::core
