// runFewShot (FineTuning.h): k-shot episodes scored per arm. Every arm sees
// the same episodes: the support and query clips come from the episode seed
// alone, which derives from the run's seed, the shot count and the episode
// number, so two runs with the same seed over the same clip set (with and
// without stage 1, say) are paired episode by episode.

#include "core/Error.h"
#include "core/clips/EpisodeSampler.h"
#include "core/pipeline/CachedClipDataset.h"
#include "core/pipeline/ClipFeatures.h"
#include "core/pipeline/DeviceSetup.h"
#include "core/pipeline/FineTuneParts.h"
#include "core/pipeline/FineTuning.h"
#include "core/pipeline/RunClipCache.h"
#include "core/runs/RunRecord.h"
#include "database/Database.h"
#include "ml/Statistics.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <stdexcept>

namespace prodrome::core {

using database::ClipLabel;

namespace {

// A few hundred clips pin down a feature's mean and spread; more only cost
// encoder passes.
constexpr std::size_t kMaxReferenceClips = 256;

// At most `limit` of `v`, evenly spaced (deterministic, spread over subjects).
std::vector<std::int64_t> everyNth(const std::vector<std::int64_t>& v, std::size_t limit) {
  if (v.size() <= limit) return v;
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < limit; ++i) out.push_back(v[i * v.size() / limit]);
  return out;
}

std::vector<double> toVector(const torch::Tensor& t) {
  const auto d = t.to(torch::kDouble).contiguous();
  return {d.data_ptr<double>(), d.data_ptr<double>() + d.numel()};
}

torch::Tensor rows(const torch::Tensor& x, const std::vector<std::size_t>& positions) {
  std::vector<std::int64_t> p(positions.begin(), positions.end());
  return x.index_select(0, torch::tensor(p, torch::kLong));
}

// One arm's probe on precomputed features: fitted on the support rows,
// standardised on `reference` (unlabelled clips of other subjects) when there
// are any, scored on the query rows.
std::vector<double> probeScores(const torch::Tensor& features, const torch::Tensor& labels,
                                const torch::Tensor& reference, const Episode& episode,
                                const ml::ProbeOptions& options) {
  const auto probe = ml::fitProbe(rows(features, episode.support), rows(labels, episode.support), options,
                                  reference.defined() && reference.size(0) > 1 ? reference : torch::Tensor());
  return toVector(probe.probabilities(rows(features, episode.query)));
}

}  // namespace

FewShotOutcome runFewShot(database::Database& db, const FewShotConfig& config, const JobCallbacks& callbacks) {
  if (config.shots.empty() || config.episodes < 1) throw Error("few-shot evaluation needs shots and episodes");
  if (config.tokensAlone && !(isProbeHead(config.settings) && config.settings.motionStats))
    throw Error("the tokens-alone arm needs a probe head (logreg or ncm) that also reads the motion statistics");
  QJsonObject record;
  record["fewshot"] = config.toJson();
  RunRecord run(db, database::RunKind::Finetune, record);
  FewShotOutcome outcome;
  outcome.runId = run.id();
  return runRecorded(run, outcome, [&]() -> FewShotOutcome {
    const auto& s = config.settings;
    const bool probe = isProbeHead(s);
    const auto device = prepareDevice(s.device);
    const auto inPool = [&](const CachedClipInfo& c) {
      return (config.split.empty() || c.split == config.split) && speciesMatches(s, c) && forecastingLabel(c);
    };
    // Clips are read at the episodes' clips' frame rate (trainingFrameRate).
    std::vector<CachedClipInfo> poolEntries;
    std::ranges::copy_if(ClipCache::entries(db, config.clipSet), std::back_inserter(poolEntries), inPool);
    std::vector<ClipWindow> pool;
    for (const auto& c : poolEntries)
      pool.push_back({c.recordingId, c.subjectId, c.startFrame, c.endFrame, c.label, std::nullopt, c.split});
    // Every episode is drawn before a clip is decoded: a pool too small for
    // its shots or queries is refused at once, saying so.
    std::vector<Episode> episodes;
    for (int k : config.shots)
      for (int e = 0; e < config.episodes; ++e) {
        EpisodeOptions eo;
        eo.shots = k;
        eo.queryPerClass = config.queryPerClass;
        // One seed per (k, episode), derived from the run's: episodes are
        // independent draws, and the same config draws them again.
        eo.seed = static_cast<std::int64_t>((s.seed * 1000003ULL) ^ (static_cast<std::uint64_t>(k) << 32) ^
                                            static_cast<std::uint64_t>(e + 1));
        episodes.push_back(sampleEpisode(pool, eo));
      }
    auto cache = openRunClipCache(db, config.clipSet, clipShapeOf(db, s, poolEntries), callbacks, run);
    // The same clips in the same order as the entries the pool was made of.
    const auto poolIdx = selectClips(*cache, inPool);
    if (poolIdx.size() != pool.size())
      throw std::logic_error("few-shot: the clip cache lists another pool than the clip set's entries");
    // Feature scales come from clips of the other subjects (their labels are
    // not used), never from the evaluation subjects' query clips.
    const auto referenceIdx = everyNth(selectClips(*cache,
                                                   [&](const CachedClipInfo& c) {
                                                     return !config.split.empty() && c.split != config.split &&
                                                            speciesMatches(s, c) && forecastingLabel(c);
                                                   }),
                                       kMaxReferenceClips);
    const auto architecture = architectureOf(s, cache->rate());
    const auto base = baseWeightsOf(db, s);
    // Where the encoder came from is the line freshClassifier gives, below.
    run.log("head " + s.head + ", device " + device.description + ", pool " + std::to_string(pool.size()) +
            " clips, reference " + std::to_string(referenceIdx.size()) + " clips");

    const auto poolLabels = labelsOf(*cache, poolIdx);
    torch::Tensor poolFeatures, referenceFeatures;
    if (probe) {
      useThreadsFor(device, Workload::Inference);
      std::string initLog;
      auto encoder = freshClassifier(architecture, base, s.seed, &initLog);
      run.log(initLog);
      encoder->to(device.device);
      poolFeatures = encoderFeatures(encoder, *cache, poolIdx, device.device, callbacks, "features");
      if (!referenceIdx.empty())
        referenceFeatures =
            encoderFeatures(encoder, *cache, referenceIdx, device.device, callbacks, "reference features");
    }
    // The head reads as many time scales as its settings ask; the baseline
    // reads the whole clip's four statistics (below), so it stays the same
    // classical yardstick whatever the head.
    torch::Tensor poolMotion, referenceMotion;
    if (config.baseline || s.motionStats) {
      poolMotion = motionFeatures(*cache, poolIdx, callbacks, s.motionStats ? s.motionScales : 1,
                                  s.motionStats ? s.motionLags : 0);
      if (!referenceIdx.empty())
        referenceMotion = motionFeatures(*cache, referenceIdx, callbacks, s.motionStats ? s.motionScales : 1,
                                         s.motionStats ? s.motionLags : 0);
    }
    const std::int64_t tokenCount = probe ? poolFeatures.size(1) : 0;
    const bool tokensAlone = config.tokensAlone;
    if (probe && s.motionStats) {  // the head reads them beside the pooled tokens (as the forecaster does)
      poolFeatures = torch::cat({poolFeatures, poolMotion}, 1);
      if (referenceFeatures.defined()) referenceFeatures = torch::cat({referenceFeatures, referenceMotion}, 1);
    }
    // Every arm, the baseline too, reads features standardised within their
    // recording when the settings ask for it: the comparison stays fair.
    poolFeatures = recordingStandardised(s, poolFeatures, *cache, poolIdx);
    referenceFeatures = recordingStandardised(s, referenceFeatures, *cache, referenceIdx);
    poolMotion = recordingStandardised(s, poolMotion, *cache, poolIdx);
    referenceMotion = recordingStandardised(s, referenceMotion, *cache, referenceIdx);
    // The baseline: the whole clip's statistics, the first columns.
    if (poolMotion.defined()) poolMotion = poolMotion.narrow(1, 0, ml::kMotionStatistics);
    if (referenceMotion.defined()) referenceMotion = referenceMotion.narrow(1, 0, ml::kMotionStatistics);
    ml::ProbeOptions baselineProbe;  // the classical arm: logistic regression on 4 motion statistics
    baselineProbe.kind = ml::ProbeKind::LogisticRegression;
    // The tokens alone: the first columns of the head's inputs (standardising
    // works column by column, so they are what the tokens would be alone).
    torch::Tensor poolTokens, referenceTokens;
    if (tokensAlone) {
      poolTokens = poolFeatures.narrow(1, 0, tokenCount);
      if (referenceFeatures.defined()) referenceTokens = referenceFeatures.narrow(1, 0, tokenCount);
    }
    // The model's probe, chosen once for every episode.
    const auto modelProbe = probe ? probeOptions(s, poolFeatures.size(1)) : ml::ProbeOptions{};
    // The same head on the tokens alone: one block, as without the statistics.
    const auto tokensProbe = [&] {
      auto alone = s;
      alone.motionStats = false;
      return tokensAlone ? probeOptions(alone, tokenCount) : ml::ProbeOptions{};
    }();
    // An arm scored beside the model on the same support and query clips.
    const auto scoreArm = [&](ArmScores& arm, const EpisodeScore& score, const Episode& episode,
                              const torch::Tensor& features, const torch::Tensor& reference,
                              const ml::ProbeOptions& options) {
      EpisodeScore b = score;
      b.predictions.scores = probeScores(features, poolLabels, reference, episode, options);
      b.metrics = ml::binaryMetrics(b.predictions.scores, b.predictions.labels);
      arm.episodes.push_back(std::move(b));
    };
    outcome.baseline.method = "motion energy: logistic regression on 4 frame-difference statistics";
    outcome.tokensAlone.method = "the same probe on the encoder's pooled tokens alone";

    const int total = static_cast<int>(config.shots.size()) * config.episodes;
    int done = 0;
    for (int k : config.shots) {
      for (int e = 0; e < config.episodes; ++e) {
        throwIfCancelled(callbacks.cancel);
        const auto& episode = episodes.at(static_cast<std::size_t>(done));
        std::vector<std::int64_t> support, query;
        for (auto i : episode.support) support.push_back(poolIdx[i]);
        for (auto i : episode.query) query.push_back(poolIdx[i]);
        std::vector<int> queryLabels;
        EpisodeScore score;
        score.shots = k;
        score.episode = e;
        score.seed = episode.seed;
        score.support = static_cast<int>(support.size());
        score.query = static_cast<int>(query.size());
        for (auto i : support) score.supportClips.push_back(cache->info(i).clipId);
        for (auto i : query) {
          score.queryClips.push_back(cache->info(i).clipId);
          queryLabels.push_back(cache->info(i).label == ClipLabel::Preictal ? 1 : 0);
        }
        char prefix[64];
        std::snprintf(prefix, sizeof prefix, "%s%s%d-shot episode %d/%d", config.label.c_str(),
                      config.label.empty() ? "" : ": ", k, e + 1, config.episodes);

        std::vector<double> scores;
        if (probe) {
          scores = probeScores(poolFeatures, poolLabels, referenceFeatures, episode, modelProbe);
          if (callbacks.stage) callbacks.stage("episodes", static_cast<double>(done + 1) / total, prefix);
        } else {
          useThreadsFor(device, Workload::Training);
          FineTuneSettings es = s;
          es.seed = static_cast<std::uint64_t>(episode.seed);
          // The first episode's line says where the encoder came from (and
          // notes another frame rate); every episode starts from the same.
          std::string initLog;
          auto model = freshClassifier(architecture, base, es.seed, done == 0 ? &initLog : nullptr);
          if (!initLog.empty()) run.log(initLog);
          model->to(device.device);
          auto supportSet = std::make_shared<CachedClipDataset>(cache, support);
          ml::ClipBatcher train(supportSet, trainBatches(es, supportSet->size()));
          ml::FineTuner tuner(model, tunerOptions(es, train.batchesPerEpoch(), 0));
          const auto result = tuner.run(
              train, nullptr,
              [&](const ml::TrainingProgress& p) {
                if (callbacks.training) callbacks.training(p);
                if (callbacks.stage)
                  callbacks.stage(
                      "fine-tune",
                      (done + static_cast<double>(p.step) / std::max<std::int64_t>(1, p.total_steps)) / total,
                      progressLine(prefix, p));
              },
              callbacks.cancel);
          if (result.cancelled) throw Cancelled();
          useThreadsFor(device, Workload::Inference);
          ml::ClipBatcher queryBatches(std::make_shared<CachedClipDataset>(cache, query), evalBatches(es));
          scores = tuner.predict(queryBatches).probabilities;  // in query order (evalBatches does not shuffle)
        }
        score.metrics = ml::binaryMetrics(scores, queryLabels);
        score.predictions = {scores, queryLabels, score.queryClips};
        if (config.baseline) scoreArm(outcome.baseline, score, episode, poolMotion, referenceMotion, baselineProbe);
        if (tokensAlone) scoreArm(outcome.tokensAlone, score, episode, poolTokens, referenceTokens, tokensProbe);
        outcome.episodes.push_back(std::move(score));
        ++done;
      }
    }
    for (int k : config.shots) outcome.perShot.push_back(summarise(outcome.episodes, k));
    outcome.overall = summarise(outcome.episodes, 0);
    for (ArmScores* arm : {&outcome.baseline, &outcome.tokensAlone}) {
      if (arm->episodes.empty()) continue;
      for (int k : config.shots) arm->perShot.push_back(summarise(arm->episodes, k));
      arm->overall = summarise(arm->episodes, 0);
    }
    run.finish(database::RunStatus::Succeeded, outcome.toJson());
    return outcome;
  });
}

}  // namespace prodrome::core
