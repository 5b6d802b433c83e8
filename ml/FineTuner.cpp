#include "ml/FineTuner.h"

#include "ml/WarmupCosineSchedule.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <limits>
#include <map>

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
                                const std::atomic<bool>* cancel) {
  FineTuningResult result;
  const auto per_epoch = train.batchesPerEpoch();
  TORCH_CHECK(per_epoch > 0, "FineTuner: the training set yields no batch of ", train.options().batch_size);
  const auto total = per_epoch * options_.epochs;
  const WarmupCosineSchedule schedule(options_.lr, options_.min_lr, options_.warmup_steps, total);
  const auto device = model_->head->weight.device();

  torch::Tensor pos_weight;
  if (options_.balance_classes) {
    double pos = 0, neg = 0;
    const auto& data = train.dataset();
    for (int64_t i = 0; i < data.size(); ++i) (data.label(i) == 1 ? pos : neg) += 1;
    if (pos > 0 && neg > 0) pos_weight = torch::tensor({static_cast<float>(neg / pos)}, torch::TensorOptions(device));
  }

  using Clock = std::chrono::steady_clock;
  const auto started = Clock::now();
  int64_t step = 0;
  double best = -std::numeric_limits<double>::infinity();
  std::vector<torch::Tensor> best_weights;
  int64_t since_best = 0;
  for (int64_t epoch = 0; epoch < options_.epochs; ++epoch) {
    model_->train();
    train.startEpoch(epoch);
    double loss_sum = 0;
    int64_t batches = 0;
    while (auto batch = train.next()) {
      if (cancel != nullptr && cancel->load()) {
        result.cancelled = true;
        return result;
      }
      const auto logits = model_->forward(batch->video.to(device)).squeeze(1);  // [B]
      auto opts = torch::nn::functional::BinaryCrossEntropyWithLogitsFuncOptions();
      if (pos_weight.defined()) opts.pos_weight(pos_weight);
      auto loss = torch::nn::functional::binary_cross_entropy_with_logits(logits, batch->labels.to(device), opts);
      optimizer_->zero_grad();
      loss.backward();
      if (options_.clip_grad > 0) torch::nn::utils::clip_grad_norm_(model_->parameters(), options_.clip_grad);
      const double lr = schedule.at(step);
      auto& groups = optimizer_->param_groups();
      for (size_t g = 0; g < groups.size(); ++g) groups[g].options().set_lr(lr * group_scales_[g]);
      optimizer_->step();
      ++step;
      const double value = loss.item<double>();
      loss_sum += value;
      ++batches;
      if (progress) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
        TrainingProgress p;
        p.step = step;
        p.total_steps = total;
        p.loss = value;
        p.lr = lr;
        p.clips_per_second = static_cast<double>(step * train.options().batch_size) / std::max(elapsed, 1e-9);
        p.eta_seconds = elapsed / static_cast<double>(step) * static_cast<double>(total - step);
        progress(p);
      }
    }
    EpochReport report;
    report.epoch = epoch;
    report.train_loss = batches > 0 ? loss_sum / static_cast<double>(batches) : 0;
    report.validation.roc_auc = std::numeric_limits<double>::quiet_NaN();
    if (validation != nullptr) {
      const auto pred = predict(*validation);
      report.validation = binaryMetrics(pred.probabilities, pred.labels);
      const double score = report.validation.roc_auc;
      if (!std::isnan(score) && score > best) {
        best = score;
        result.best_epoch = epoch;
        since_best = 0;
        best_weights.clear();
        for (const auto& p : model_->parameters()) best_weights.push_back(p.detach().clone());
      } else {
        ++since_best;
      }
    }
    result.epochs.push_back(report);
    if (options_.patience > 0 && validation != nullptr && since_best >= options_.patience) {
      result.stopped_early = true;
      break;
    }
  }
  if (!best_weights.empty()) {
    torch::NoGradGuard no_grad;
    auto params = model_->parameters();
    for (size_t i = 0; i < params.size(); ++i) params[i].copy_(best_weights[i]);
  }
  return result;
}

}  // namespace prodrome::ml
