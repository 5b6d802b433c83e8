#include "ml/FineTuner.h"

#include "ml/CheckpointIO.h"
#include "ml/PrecisionCasts.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAEWeights.h"
#include "ml/WarmupCosineSchedule.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

namespace prodrome::ml {

namespace {

// Layer id as in the official fine-tuning code: the embedding is layer 0,
// block i is layer i + 1, everything after the blocks is the last layer.
int64_t layerId(const std::string& name, int64_t depth) {
  if (name.rfind("encoder.patch_embed.", 0) == 0) return 0;
  if (name.rfind("encoder.blocks.", 0) == 0) {
    const auto start = std::string("encoder.blocks.").size();
    return std::stoll(name.substr(start, name.find('.', start) - start)) + 1;
  }
  return depth + 1;
}

}  // namespace

FineTuner::FineTuner(VideoMAEClassifier model, FineTuningOptions options)
    : model_(std::move(model)), options_(options) {
  TORCH_CHECK(model_->config().num_classes == 1, "FineTuner: BCE forecasting needs num_classes = 1, got ",
              model_->config().num_classes);
  TORCH_CHECK(options_.layer_decay > 0 && options_.layer_decay <= 1, "FineTuner: layer_decay must be in (0, 1]");
  // One group per (layer, decays?) pair; its lr multiplier kept beside it.
  std::map<std::pair<int64_t, bool>, std::vector<torch::Tensor>> groups;
  const auto depth = model_->config().depth;
  for (const auto& p : model_->named_parameters()) {
    groups[{layerId(p.key(), depth), p.value().dim() > 1}].push_back(p.value());
  }
  std::vector<torch::optim::OptimizerParamGroup> param_groups;
  for (auto& [key, params] : groups) {
    const double wd = key.second ? options_.weight_decay : 0.0;
    param_groups.emplace_back(
        params, std::make_unique<torch::optim::AdamWOptions>(
                    torch::optim::AdamWOptions(options_.lr).betas({options_.beta1, options_.beta2}).weight_decay(wd)));
    group_scales_.push_back(std::pow(options_.layer_decay, static_cast<double>(depth + 1 - key.first)));
  }
  optimizer_ = std::make_unique<torch::optim::AdamW>(param_groups, torch::optim::AdamWOptions(options_.lr));
}

FineTuner::~FineTuner() = default;

double FineTuner::lrScale(const std::string& parameter_name) const {
  const auto depth = model_->config().depth;
  return std::pow(options_.layer_decay, static_cast<double>(depth + 1 - layerId(parameter_name, depth)));
}

Predictions FineTuner::predict(ClipBatcher& batches) {
  Predictions out;
  torch::NoGradGuard no_grad;
  model_->eval();
  const auto device = model_->head->weight.device();
  const PrecisionGuard precision(resolvePrecision(options_.precision, device));
  batches.startEpoch(0);
  while (auto batch = batches.next()) {
    const auto probs = torch::sigmoid(model_->forward(batch->video.to(device))).squeeze(1).to(torch::kCPU);  // [B]
    const auto p = probs.accessor<float, 1>();
    const auto l = batch->labels.accessor<float, 1>();
    for (int64_t i = 0; i < probs.size(0); ++i) {
      out.probabilities.push_back(p[i]);
      out.labels.push_back(l[i] > 0.5f ? 1 : 0);
      out.indices.push_back(batch->indices[static_cast<size_t>(i)]);
    }
  }
  return out;
}

FineTuningResult FineTuner::run(ClipBatcher& train, ClipBatcher* validation, const ProgressCallback& progress,
                                const std::atomic<bool>* cancel, const EpochCallback& on_epoch) {
  FineTuningResult result;
  const auto per_epoch = train.batchesPerEpoch();
  TORCH_CHECK(per_epoch > 0, "FineTuner: the training set yields no batch of ", train.options().batch_size);
  TORCH_CHECK(batches_per_epoch_ == 0 || batches_per_epoch_ == per_epoch, "FineTuner: the checkpoint was written with ",
              batches_per_epoch_, " batches per epoch, this training set gives ", per_epoch);
  batches_per_epoch_ = per_epoch;
  const auto total = per_epoch * options_.epochs;
  const WarmupCosineSchedule schedule(options_.lr, options_.min_lr, options_.warmup_steps, total);
  const auto device = model_->head->weight.device();
  const PrecisionGuard precision(resolvePrecision(options_.precision, device));

  torch::Tensor pos_weight;
  // A balanced batcher already evens the classes out; weighting on top would
  // tip the balance the other way.
  if (options_.balance_classes && !train.options().balanced_sampling) {
    double pos = 0, neg = 0;
    const auto& data = train.dataset();
    for (int64_t i = 0; i < data.size(); ++i) (data.label(i) == 1 ? pos : neg) += 1;
    if (pos > 0 && neg > 0) pos_weight = torch::tensor({static_cast<float>(neg / pos)}, torch::TensorOptions(device));
  }
  const auto checkpointDue = [&] {
    return options_.checkpoint_every > 0 && !options_.checkpoint_dir.empty() && step_ % options_.checkpoint_every == 0;
  };
  const auto report = [&] {
    result.epochs = reports_;
    result.best_epoch = best_epoch_;
    result.stopped_early = stopped_early_;
    return result;
  };

  using Clock = std::chrono::steady_clock;
  const auto started = Clock::now();
  const int64_t first_step = step_;
  while (!stopped_early_ && static_cast<int64_t>(reports_.size()) < options_.epochs) {
    const auto epoch = static_cast<int64_t>(reports_.size());
    const auto epoch_end = (epoch + 1) * per_epoch;
    int64_t skip = step_ - epoch * per_epoch;  // batches of this epoch a resumed run has already trained on
    model_->train();
    train.startEpoch(epoch);
    while (auto batch = train.next()) {
      if (skip > 0) {
        --skip;
        continue;
      }
      if (cancel != nullptr && cancel->load()) {
        result.cancelled = true;
        return report();
      }
      const auto logits = model_->forward(batch->video.to(device)).squeeze(1);  // [B]
      auto opts = torch::nn::functional::BinaryCrossEntropyWithLogitsFuncOptions();
      if (pos_weight.defined()) opts.pos_weight(pos_weight);
      auto loss = torch::nn::functional::binary_cross_entropy_with_logits(logits, batch->labels.to(device), opts);
      optimizer_->zero_grad();
      loss.backward();
      if (options_.clip_grad > 0) torch::nn::utils::clip_grad_norm_(model_->parameters(), options_.clip_grad);
      const double lr = schedule.at(step_);
      auto& groups = optimizer_->param_groups();
      for (size_t g = 0; g < groups.size(); ++g) groups[g].options().set_lr(lr * group_scales_[g]);
      optimizer_->step();
      ++step_;
      const double value = loss.item<double>();
      TORCH_CHECK(std::isfinite(value), "fine-tuning diverged: loss is ", value, " at step ", step_);
      epoch_loss_sum_ += value;
      result.losses.push_back(value);
      // A checkpoint on an epoch's last step waits for the epoch's report.
      if (step_ < epoch_end && checkpointDue()) saveCheckpoint(options_.checkpoint_dir);
      if (progress) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
        const auto done = static_cast<double>(step_ - first_step);
        TrainingProgress p;
        p.step = step_;
        p.total_steps = total;
        p.loss = value;
        p.lr = lr;
        p.clips_per_second = done * static_cast<double>(train.options().batch_size) / std::max(elapsed, 1e-9);
        p.eta_seconds = elapsed / done * static_cast<double>(total - step_);
        progress(p);
      }
    }
    finishEpoch(validation, step_ - epoch * per_epoch);
    if (checkpointDue()) saveCheckpoint(options_.checkpoint_dir);
    if (on_epoch) on_epoch(reports_.back());
  }
  if (!best_weights_.empty()) {
    torch::NoGradGuard no_grad;
    auto params = model_->parameters();
    for (size_t i = 0; i < params.size(); ++i) params[i].copy_(best_weights_[i]);
  }
  if (!options_.checkpoint_dir.empty()) saveCheckpoint(options_.checkpoint_dir);
  return report();
}

void FineTuner::finishEpoch(ClipBatcher* validation, int64_t batches) {
  EpochReport report;
  report.epoch = static_cast<int64_t>(reports_.size());
  report.train_loss = batches > 0 ? epoch_loss_sum_ / static_cast<double>(batches) : 0;
  report.validation.roc_auc = std::numeric_limits<double>::quiet_NaN();
  epoch_loss_sum_ = 0;
  if (validation != nullptr) {
    const auto pred = predict(*validation);
    report.validation = binaryMetrics(pred.probabilities, pred.labels);
    const double score = report.validation.roc_auc;
    if (!std::isnan(score) && score > best_score_) {
      best_score_ = score;
      best_epoch_ = report.epoch;
      since_best_ = 0;
      best_weights_.clear();
      for (const auto& p : model_->parameters()) best_weights_.push_back(p.detach().clone());
    } else {
      ++since_best_;
    }
  }
  reports_.push_back(report);
  stopped_early_ = options_.patience > 0 && validation != nullptr && since_best_ >= options_.patience;
}

namespace {

constexpr const char* kWeightsFile = "model.safetensors";
constexpr const char* kBestWeightsFile = "best.safetensors";
constexpr const char* kStateFile = "trainer_state.safetensors";
constexpr int64_t kReportFields = 11;

// Epoch reports as float64 rows, so NaN metrics and exact losses survive.
torch::Tensor reportsToTensor(const std::vector<EpochReport>& reports) {
  auto t = torch::empty({static_cast<int64_t>(reports.size()), kReportFields}, torch::kFloat64);
  auto a = t.accessor<double, 2>();
  for (size_t i = 0; i < reports.size(); ++i) {
    const auto& r = reports[i];
    const auto& m = r.validation;
    const double row[kReportFields] = {static_cast<double>(r.epoch),
                                       r.train_loss,
                                       static_cast<double>(m.tp),
                                       static_cast<double>(m.fp),
                                       static_cast<double>(m.tn),
                                       static_cast<double>(m.fn),
                                       m.sensitivity,
                                       m.specificity,
                                       m.balanced_accuracy,
                                       m.roc_auc,
                                       m.pr_auc};
    for (int64_t j = 0; j < kReportFields; ++j) a[static_cast<int64_t>(i)][j] = row[j];
  }
  return t;
}

std::vector<EpochReport> reportsFromTensor(const torch::Tensor& t) {
  TORCH_CHECK(t.dim() == 2 && t.size(1) == kReportFields && t.scalar_type() == torch::kFloat64,
              "fine-tuning checkpoint: malformed epoch reports ", t.sizes());
  std::vector<EpochReport> reports;
  const auto a = t.accessor<double, 2>();
  for (int64_t i = 0; i < t.size(0); ++i) {
    EpochReport r;
    r.epoch = static_cast<int64_t>(a[i][0]);
    r.train_loss = a[i][1];
    r.validation.tp = static_cast<int64_t>(a[i][2]);
    r.validation.fp = static_cast<int64_t>(a[i][3]);
    r.validation.tn = static_cast<int64_t>(a[i][4]);
    r.validation.fn = static_cast<int64_t>(a[i][5]);
    r.validation.sensitivity = a[i][6];
    r.validation.specificity = a[i][7];
    r.validation.balanced_accuracy = a[i][8];
    r.validation.roc_auc = a[i][9];
    r.validation.pr_auc = a[i][10];
    reports.push_back(r);
  }
  return reports;
}

}  // namespace

void FineTuner::saveCheckpoint(const std::filesystem::path& dir) const {
  beginCheckpoint(dir, kStateFile);
  saveWeights(dir / kWeightsFile, model_);
  if (!best_weights_.empty()) {
    NamedTensors best;
    const auto names = model_->named_parameters().keys();
    for (size_t i = 0; i < best_weights_.size(); ++i) best.emplace_back(names[i], best_weights_[i]);
    saveSafeTensors(dir / kBestWeightsFile, best);
  }
  saveOptimizer(dir / kOptimizerFile, *optimizer_, model_->named_parameters());
  // The state file goes last: its presence marks a complete checkpoint.
  const auto scalars = torch::tensor({epoch_loss_sum_, best_score_}, torch::kFloat64);
  saveSafeTensors(dir / kStateFile,
                  {{"cpu_rng_state", cpuRngState()},
                   {"epoch_reports", reportsToTensor(reports_)},
                   {"loss_sum_and_best_score", scalars}},
                  {{"step", std::to_string(step_)},
                   {"batches_per_epoch", std::to_string(batches_per_epoch_)},
                   {"best_epoch", std::to_string(best_epoch_)},
                   {"since_best", std::to_string(since_best_)},
                   {"stopped_early", stopped_early_ ? "1" : "0"},
                   {"config", configToJson(model_->config())}});
}

void FineTuner::loadCheckpoint(const std::filesystem::path& dir) {
  const auto state = SafeTensorsFile::load(dir / kStateFile);
  const auto field = [&](const char* key) -> const std::string& { return checkpointField(state, key); };
  if (configFromJson(field("config")) != model_->config()) {
    throw std::runtime_error("checkpoint '" + dir.string() + "' was written for another model config");
  }
  const auto best_epoch = std::stoll(field("best_epoch"));
  std::vector<torch::Tensor> best;
  if (best_epoch >= 0) {
    const auto file = SafeTensorsFile::load(dir / kBestWeightsFile);
    for (const auto& p : model_->named_parameters()) {
      auto t = file.tensor(p.key());
      TORCH_CHECK(t.sizes() == p.value().sizes(), "checkpoint '", dir.string(), "': best weights of '", p.key(),
                  "' are ", t.sizes(), ", the model's ", p.value().sizes());
      best.push_back(t.to(p.value().options()));
    }
  }
  const auto scalars = state.tensor("loss_sum_and_best_score");
  TORCH_CHECK(scalars.numel() == 2 && scalars.scalar_type() == torch::kFloat64, "checkpoint '", dir.string(),
              "': malformed loss_sum_and_best_score");
  auto reports = reportsFromTensor(state.tensor("epoch_reports"));
  loadWeights(model_, SafeTensorsFile::load(dir / kWeightsFile), /*strict=*/true);
  loadOptimizer(dir / kOptimizerFile, *optimizer_, model_->named_parameters());
  setCpuRngState(state.tensor("cpu_rng_state"));
  step_ = std::stoll(field("step"));
  batches_per_epoch_ = std::stoll(field("batches_per_epoch"));
  reports_ = std::move(reports);
  epoch_loss_sum_ = scalars[0].item<double>();
  best_score_ = scalars[1].item<double>();
  best_epoch_ = best_epoch;
  since_best_ = std::stoll(field("since_best"));
  stopped_early_ = field("stopped_early") == "1";
  best_weights_ = std::move(best);
}

}  // namespace prodrome::ml
