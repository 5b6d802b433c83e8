#include "ml/PreTrainer.h"

#include "ml/CheckpointIO.h"
#include "ml/PixelLoss.h"
#include "ml/PrecisionCasts.h"
#include "ml/SafeTensors.h"
#include "ml/VideoMAEWeights.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>

namespace prodrome::ml {

namespace {

constexpr const char* kWeightsFile = "model.safetensors";
constexpr const char* kStateFile = "trainer_state.safetensors";

// Weight decay shrinks weight matrices only: biases, norms (all 1-D) and the
// mask token are left alone, as in the official recipe.
std::vector<torch::optim::OptimizerParamGroup> parameterGroups(VideoMAEForPreTraining& model, double weight_decay,
                                                               bool adamw, double beta1, double beta2, double lr) {
  std::vector<torch::Tensor> decay;
  std::vector<torch::Tensor> no_decay;
  for (const auto& p : model->named_parameters()) {
    (p.value().dim() <= 1 || p.key() == "mask_token" ? no_decay : decay).push_back(p.value());
  }
  std::vector<torch::optim::OptimizerParamGroup> groups;
  const auto options = [&](double wd) -> std::unique_ptr<torch::optim::OptimizerOptions> {
    if (adamw)
      return std::make_unique<torch::optim::AdamWOptions>(
          torch::optim::AdamWOptions(lr).betas({beta1, beta2}).weight_decay(wd));
    return std::make_unique<torch::optim::AdamOptions>(
        torch::optim::AdamOptions(lr).betas({beta1, beta2}).weight_decay(wd));
  };
  groups.emplace_back(decay, options(weight_decay));
  groups.emplace_back(no_decay, options(0.0));
  return groups;
}

void setLr(torch::optim::Optimizer& optimizer, double lr) {
  for (auto& group : optimizer.param_groups()) group.options().set_lr(lr);
}

}  // namespace

PreTrainer::PreTrainer(VideoMAEForPreTraining model, PreTrainingOptions options)
    : model_(std::move(model)),
      options_(std::move(options)),
      schedule_(options_.lr, options_.min_lr, options_.warmup_steps, options_.total_steps),
      masks_(model_->config(), options_.mask_ratio, options_.seed) {
  auto groups =
      parameterGroups(model_, options_.weight_decay, options_.adamw, options_.beta1, options_.beta2, options_.lr);
  if (options_.adamw) {
    optimizer_ = std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(options_.lr));
  } else {
    optimizer_ = std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(options_.lr));
  }
}

PreTrainer::~PreTrainer() = default;

double PreTrainer::step(const torch::Tensor& video) {
  const auto& c = model_->config();
  TORCH_CHECK(
      video.dim() == 5 && video.size(2) == c.num_frames && video.size(3) == c.img_size && video.size(4) == c.img_size,
      "PreTrainer: batch ", video.sizes(), " does not match the configured ", c.num_frames, "x", c.img_size, "x",
      c.img_size, " input");
  model_->train();
  const auto device = model_->mask_token.device();
  const PrecisionGuard precision(resolvePrecision(options_.precision, device));
  const auto input = video.to(device);
  const auto mask = masks_.nextBatch(video.size(0)).to(device);  // [B, N], true = masked
  const auto prediction = model_->forward(input, mask);          // [B, N_mask, K]
  auto loss = reconstructionLoss(prediction, input, mask, c.tubelet_size, c.patch_size, c.norm_pix_loss);
  optimizer_->zero_grad();
  loss.backward();
  if (options_.clip_grad > 0) torch::nn::utils::clip_grad_norm_(model_->parameters(), options_.clip_grad);
  setLr(*optimizer_, schedule_.at(step_));
  optimizer_->step();
  ++step_;
  const double value = loss.item<double>();
  TORCH_CHECK(std::isfinite(value), "pre-training diverged: loss is ", value, " at step ", step_);
  return value;
}

PreTrainingResult PreTrainer::run(ClipBatcher& batches, const ProgressCallback& progress,
                                  const std::atomic<bool>* cancel) {
  PreTrainingResult result;
  const auto per_epoch = batches.batchesPerEpoch();
  TORCH_CHECK(per_epoch > 0, "PreTrainer: the data set yields no full batch of ", batches.options().batch_size);
  using Clock = std::chrono::steady_clock;
  const auto started = Clock::now();
  const int64_t first_step = step_;
  while (step_ < options_.total_steps) {
    const int64_t epoch = step_ / per_epoch;
    int64_t skip = step_ % per_epoch;  // batches of this epoch a resumed run has already seen
    batches.startEpoch(epoch);
    while (step_ < options_.total_steps) {
      if (cancel != nullptr && cancel->load()) {
        result.cancelled = true;
        result.steps = step_;
        return result;
      }
      auto batch = batches.next();
      if (!batch) break;
      if (skip > 0) {
        --skip;
        continue;
      }
      const double loss = step(batch->video);
      result.losses.push_back(loss);
      if (options_.checkpoint_every > 0 && !options_.checkpoint_dir.empty() && step_ % options_.checkpoint_every == 0) {
        saveCheckpoint(options_.checkpoint_dir);
      }
      if (progress) {
        const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
        const double steps_done = static_cast<double>(step_ - first_step);
        TrainingProgress p;
        p.step = step_;
        p.total_steps = options_.total_steps;
        p.loss = loss;
        p.lr = schedule_.at(step_ - 1);
        p.clips_per_second = elapsed > 0 ? steps_done * static_cast<double>(batch->video.size(0)) / elapsed : 0;
        p.eta_seconds = steps_done > 0 ? elapsed / steps_done * static_cast<double>(options_.total_steps - step_) : 0;
        progress(p);
      }
    }
  }
  if (!options_.checkpoint_dir.empty()) saveCheckpoint(options_.checkpoint_dir);
  result.steps = step_;
  return result;
}

void PreTrainer::saveCheckpoint(const std::filesystem::path& dir) const {
  beginCheckpoint(dir, kStateFile);
  saveWeights(dir / kWeightsFile, model_);
  saveOptimizer(dir / kOptimizerFile, *optimizer_, model_->named_parameters());
  // The state file goes last: its presence marks a complete checkpoint.
  saveSafeTensors(dir / kStateFile, {{"cpu_rng_state", cpuRngState()}},
                  {{"step", std::to_string(step_)},
                   {"mask_rng_state", masks_.state()},
                   {"mask_ratio", std::to_string(options_.mask_ratio)},
                   {"config", configToJson(model_->config())}});
}

void PreTrainer::loadCheckpoint(const std::filesystem::path& dir) {
  const auto state = SafeTensorsFile::load(dir / kStateFile);
  const auto field = [&](const char* key) -> const std::string& { return checkpointField(state, key); };
  if (configFromJson(field("config")) != model_->config()) {
    throw std::runtime_error("checkpoint '" + dir.string() + "' was written for another model config");
  }
  const auto weights = SafeTensorsFile::load(dir / kWeightsFile);
  loadWeights(model_, weights, /*strict=*/true);
  loadOptimizer(dir / kOptimizerFile, *optimizer_, model_->named_parameters());
  masks_.setState(field("mask_rng_state"));
  setCpuRngState(state.tensor("cpu_rng_state"));
  step_ = std::stoll(field("step"));
}

}  // namespace prodrome::ml
