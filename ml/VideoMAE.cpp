// VideoMAE (Tong et al., NeurIPS 2022) in LibTorch; see VideoMAE.h.
#include "ml/VideoMAE.h"

#include "ml/CpuInferenceProducts.h"
#include "ml/PrecisionCasts.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace prodrome::ml {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

torch::Tensor sinusoidPositionTable(int64_t n_position, int64_t d_hid) {
  TORCH_CHECK(n_position > 0 && d_hid > 0, "sinusoidPositionTable: sizes must be positive, got ", n_position, " x ",
              d_hid);
  auto pos = torch::arange(n_position, torch::kFloat64).unsqueeze(1);  // [n, 1]
  auto j = torch::arange(d_hid, torch::kFloat64);                      // [d]
  // 2⌊j/2⌋: channel pairs (2i, 2i+1) share one frequency.
  auto exponent = torch::floor(j / 2) * 2 / static_cast<double>(d_hid);
  auto angle = pos / torch::pow(10000.0, exponent).unsqueeze(0);  // [n, d]
  auto table = torch::empty_like(angle);
  using torch::indexing::None;
  using torch::indexing::Slice;
  table.index_put_({Slice(), Slice(0, None, 2)}, torch::sin(angle.index({Slice(), Slice(0, None, 2)})));
  table.index_put_({Slice(), Slice(1, None, 2)}, torch::cos(angle.index({Slice(), Slice(1, None, 2)})));
  return table.to(torch::kFloat32).unsqueeze(0);  // [1, n, d]
}

void truncNormal_(torch::Tensor tensor, double std, double mean, double a, double b) {
  torch::NoGradGuard no_grad;
  // Inverse-CDF sampling restricted to [a, b]: exact, no rejection loop.
  const auto cdf = [](double x) { return 0.5 * (1.0 + std::erf(x / std::sqrt(2.0))); };
  const double lo = cdf((a - mean) / std);
  const double hi = cdf((b - mean) / std);
  tensor.uniform_(2 * lo - 1, 2 * hi - 1);
  tensor.erfinv_();
  tensor.mul_(std * std::sqrt(2.0)).add_(mean);
  tensor.clamp_(a, b);
}

// ---------------------------------------------------------------------------
// PatchEmbed

PatchEmbedImpl::PatchEmbedImpl(const VideoMAEConfig& config) : config_(config) { reset(); }

void PatchEmbedImpl::reset() {
  const auto t = config_.tubelet_size;
  const auto p = config_.patch_size;
  proj = register_module(
      "proj", nn::Conv3d(nn::Conv3dOptions(config_.in_chans, config_.embed_dim, {t, p, p}).stride({t, p, p})));
}

torch::Tensor PatchEmbedImpl::forward(const torch::Tensor& video, const torch::Tensor& visible) {
  TORCH_CHECK(video.dim() == 5, "PatchEmbed: expected video [B, C, T, H, W], got ", video.sizes());
  TORCH_CHECK(video.size(1) == config_.in_chans, "PatchEmbed: expected ", config_.in_chans, " channels, got ",
              video.size(1));
  TORCH_CHECK(video.size(2) % config_.tubelet_size == 0 && video.size(3) % config_.patch_size == 0 &&
                  video.size(4) % config_.patch_size == 0,
              "PatchEmbed: input ", video.sizes(), " is not divisible into ", config_.tubelet_size, "x",
              config_.patch_size, "x", config_.patch_size, " tubelets");
  const auto B = video.size(0);
  const auto C = video.size(1);
  const auto t = config_.tubelet_size;
  const auto p = config_.patch_size;
  const auto Tn = video.size(2) / t;
  const auto Hn = video.size(3) / p;
  const auto Wn = video.size(4) / p;
  // A convolution whose kernel equals its stride is one matrix product over
  // tubelets flattened in the weight's (c, dt, dy, dx) order; as a product it
  // runs as one GEMM (in bf16 under a bf16 guard) and, with `visible`, only
  // over the tokens the encoder will see: 10% of them at mask ratio 0.9.
  auto grid =
      video.reshape({B, C, Tn, t, Hn, p, Wn, p}).permute({0, 2, 4, 6, 1, 3, 5, 7});  // [B, T', H', W', C, t, p, p]
  torch::Tensor tubes;
  if (visible.defined()) {
    TORCH_CHECK(visible.dim() == 2 && visible.size(0) == B && visible.size(1) == Tn * Hn * Wn,
                "PatchEmbed: visible mask ", visible.sizes(), " does not match ", B, " clips of ", Tn * Hn * Wn,
                " tokens");
    const auto at = visible.nonzero();  // [M, 2] (clip, token), row-major like a boolean index
    const auto n = at.select(1, 1);
    tubes = grid.index({at.select(1, 0), n.div(Hn * Wn, "floor"), n.div(Wn, "floor").remainder(Hn), n.remainder(Wn)});
    tubes = tubes.reshape({B, -1, C * t * p * p});  // [B, N_vis, C·t·p·p]
  } else {
    tubes = grid.reshape({B, Tn * Hn * Wn, C * t * p * p});  // [B, N, C·t·p·p]
  }
  const auto weight = proj->weight.view({proj->weight.size(0), -1});  // [D, C·t·p·p]
  auto x = linearProduct(tubes, weight, proj->bias);
  return x.to(video.scalar_type());  // [B, N(_vis), D], token index t·(H/p·W/p) + h·W/p + w
}

// ---------------------------------------------------------------------------
// Attention

AttentionImpl::AttentionImpl(int64_t dim, int64_t num_heads, bool qkv_bias)
    : dim_(dim), num_heads_(num_heads), qkv_bias_(qkv_bias) {
  reset();
}

void AttentionImpl::reset() {
  TORCH_CHECK(dim_ % num_heads_ == 0, "Attention: dim ", dim_, " is not divisible by num_heads ", num_heads_);
  qkv = register_module("qkv", nn::Linear(nn::LinearOptions(dim_, 3 * dim_).bias(false)));
  if (qkv_bias_) {
    q_bias = register_parameter("q_bias", torch::zeros({dim_}));
    v_bias = register_parameter("v_bias", torch::zeros({dim_}));
  }
  proj = register_module("proj", nn::Linear(dim_, dim_));
}

torch::Tensor AttentionImpl::forward(const torch::Tensor& x) {
  const auto B = x.size(0);
  const auto N = x.size(1);
  const auto head_dim = dim_ / num_heads_;
  torch::Tensor bias;
  if (qkv_bias_) bias = torch::cat({q_bias, torch::zeros_like(v_bias), v_bias});
  // Under a bf16 guard q, k, v and the products are bfloat16 (Precision.h).
  auto qkv_out = linearProduct(x, qkv->weight, bias);                                      // [B, N, 3D]
  auto heads = qkv_out.reshape({B, N, 3, num_heads_, head_dim}).permute({2, 0, 3, 1, 4});  // [3, B, H, N, hd]
  // unbind, not three selects: its backward stacks the three gradients in one
  // pass where each select's backward would zero-fill and add a full-size copy.
  const auto qkv_split = heads.unbind(0);
  const auto& q = qkv_split[0];
  const auto& k = qkv_split[1];
  const auto& v = qkv_split[2];
#if TORCH_VERSION_MAJOR >= 2
  // Fused kernel (flash / memory-efficient on CUDA, flash on the CPU); same
  // 1/sqrt(hd) scale, and it accumulates the softmax in float32 itself.
  auto out = at::scaled_dot_product_attention(q, k, v);  // [B, H, N, hd]
#else
  const double scale = 1.0 / std::sqrt(static_cast<double>(head_dim));
  // float32 inference on a CPU: every (window, head) a task of its own.
  if (splitCpuProducts(q)) return linear(proj, splitAttention(q, k, v, scale));
  // Softmax in float32 whatever the product's dtype: bf16's 8-bit mantissa
  // would flatten the attention weights of long sequences.
  const auto softmax_dtype = q.scalar_type() == torch::kBFloat16 ? torch::kFloat32 : q.scalar_type();
  auto attn = torch::matmul(q * scale, k.transpose(-2, -1)).softmax(-1, softmax_dtype);  // [B, H, N, N]
  auto out = torch::matmul(attn.to(v.scalar_type()), v);                                 // [B, H, N, hd]
#endif
  return linear(proj, out.transpose(1, 2).reshape({B, N, dim_}));  // [B, N, D]
}

// ---------------------------------------------------------------------------
// Mlp

MlpImpl::MlpImpl(int64_t dim, int64_t hidden) : dim_(dim), hidden_(hidden) { reset(); }

void MlpImpl::reset() {
  fc1 = register_module("fc1", nn::Linear(dim_, hidden_));
  fc2 = register_module("fc2", nn::Linear(hidden_, dim_));
}

// GELU runs in the products' dtype: elementwise, it adds one bf16 rounding
// where casting the widest activation there and back would cost two passes.
torch::Tensor MlpImpl::forward(const torch::Tensor& x) { return linear(fc2, torch::gelu(linear(fc1, x))); }

// ---------------------------------------------------------------------------
// Block

BlockImpl::BlockImpl(int64_t dim, int64_t num_heads, double mlp_ratio, bool qkv_bias, double drop_path, double eps)
    : dim_(dim), num_heads_(num_heads), mlp_ratio_(mlp_ratio), qkv_bias_(qkv_bias), drop_path_(drop_path), eps_(eps) {
  reset();
}

void BlockImpl::reset() {
  norm1 = register_module("norm1", nn::LayerNorm(nn::LayerNormOptions({dim_}).eps(eps_)));
  attn = register_module("attn", Attention(dim_, num_heads_, qkv_bias_));
  norm2 = register_module("norm2", nn::LayerNorm(nn::LayerNormOptions({dim_}).eps(eps_)));
  mlp = register_module("mlp", Mlp(dim_, static_cast<int64_t>(static_cast<double>(dim_) * mlp_ratio_)));
}

torch::Tensor BlockImpl::dropPath(const torch::Tensor& x) const {
  if (!is_training() || drop_path_ <= 0.0) return x;
  const double keep = 1.0 - drop_path_;
  // One Bernoulli draw per sample, rescaled so the expectation is unchanged.
  auto shape = std::vector<int64_t>(static_cast<size_t>(x.dim()), 1);
  shape[0] = x.size(0);
  auto keep_mask = torch::empty(shape, x.options()).bernoulli_(keep).div_(keep);  // [B, 1, 1]
  return x * keep_mask;
}

torch::Tensor BlockImpl::forward(const torch::Tensor& x) {
  // The residual stream keeps x's dtype (float32 under a bf16 guard too), so
  // LayerNorm and the drop-path draws see the same dtype in both precisions.
  auto h = x + dropPath(attn(norm1(x)).to(x.scalar_type()));
  return h + dropPath(mlp(norm2(h)).to(x.scalar_type()));
}

namespace {

// Stochastic-depth rates rising linearly from 0 to `rate` over `depth` blocks.
std::vector<double> dropPathSchedule(double rate, int64_t depth) {
  std::vector<double> dpr(static_cast<size_t>(depth), 0.0);
  for (int64_t i = 0; i < depth; ++i) {
    dpr[static_cast<size_t>(i)] = depth > 1 ? rate * static_cast<double>(i) / static_cast<double>(depth - 1) : 0.0;
  }
  return dpr;
}

nn::ModuleList makeBlocks(int64_t dim, int64_t depth, int64_t heads, const VideoMAEConfig& c) {
  nn::ModuleList list;
  const auto dpr = dropPathSchedule(c.drop_path_rate, depth);
  for (int64_t i = 0; i < depth; ++i) {
    list->push_back(Block(dim, heads, c.mlp_ratio, c.qkv_bias, dpr[static_cast<size_t>(i)], c.layer_norm_eps));
  }
  return list;
}

// Gathers the rows of x [B, N, D] where `select` [B, N] is true into
// [B, n, D]; every row must select the same number of tokens.
torch::Tensor gatherTokens(const torch::Tensor& x, const torch::Tensor& select) {
  const auto B = x.size(0);
  return x.index({select}).reshape({B, -1, x.size(-1)});  // [B, n, D]
}

void initLinearAndNorm(nn::Module& root, bool xavier) {
  torch::NoGradGuard no_grad;
  // Children only: initWeights runs inside constructors, before a shared_ptr
  // owns the model, and the root itself is never a Linear or a LayerNorm.
  for (auto& module : root.modules(/*include_self=*/false)) {
    if (auto* linear = module->as<nn::Linear>()) {
      if (xavier)
        nn::init::xavier_uniform_(linear->weight);
      else
        truncNormal_(linear->weight, 0.02);
      if (linear->bias.defined()) linear->bias.zero_();
    } else if (auto* ln = module->as<nn::LayerNorm>()) {
      ln->weight.fill_(1.0);
      ln->bias.zero_();
    }
  }
}

}  // namespace

void checkMask(const torch::Tensor& mask, int64_t B, int64_t N) {
  TORCH_CHECK(mask.scalar_type() == torch::kBool, "bool_masked_pos must be a bool tensor, got ", mask.scalar_type());
  TORCH_CHECK(mask.dim() == 2 && mask.size(0) == B && mask.size(1) == N, "bool_masked_pos must be [", B, ", ", N,
              "], got ", mask.sizes());
  const auto counts = mask.sum(1);
  TORCH_CHECK(B == 0 || (counts == counts[0]).all().item<bool>(),
              "bool_masked_pos must mask the same number of tokens in every sample");
}

// ---------------------------------------------------------------------------
// Encoder

VideoMAEEncoderImpl::VideoMAEEncoderImpl(const VideoMAEConfig& config, bool final_norm)
    : config_(config), final_norm_(final_norm) {
  config_.validate();
  reset();
}

void VideoMAEEncoderImpl::reset() {
  patch_embed = register_module("patch_embed", PatchEmbed(config_));
  blocks = register_module("blocks", makeBlocks(config_.embed_dim, config_.depth, config_.num_heads, config_));
  if (final_norm_) {
    norm =
        register_module("norm", nn::LayerNorm(nn::LayerNormOptions({config_.embed_dim}).eps(config_.layer_norm_eps)));
  }
  pos_embed = register_buffer("pos_embed", sinusoidPositionTable(config_.numPatches(), config_.embed_dim));
}

torch::Tensor VideoMAEEncoderImpl::positionTable(int64_t n, const torch::TensorOptions& options) const {
  if (n == pos_embed.size(1)) return pos_embed.to(options);
  return sinusoidPositionTable(n, config_.embed_dim).to(options);
}

torch::Tensor VideoMAEEncoderImpl::forward(const torch::Tensor& video, const torch::Tensor& bool_masked_pos) {
  TORCH_CHECK(video.dim() == 5, "VideoMAEEncoder: expected video [B, C, T, H, W], got ", video.sizes());
  const auto B = video.size(0);
  const auto N = (video.size(2) / config_.tubelet_size) * (video.size(3) / config_.patch_size) *
                 (video.size(4) / config_.patch_size);
  torch::Tensor x;
  if (bool_masked_pos.defined()) {
    checkMask(bool_masked_pos, B, N);
    const auto visible = bool_masked_pos.logical_not();
    // Only visible tokens are embedded; each keeps its own position.
    x = patch_embed(video, visible);                                                                   // [B, N_vis, D]
    x = x + gatherTokens(positionTable(N, x.options()).expand({B, N, x.size(-1)}), visible).detach();  // [B, N_vis, D]
  } else {
    x = patch_embed(video);                          // [B, N, D]
    x = x + positionTable(N, x.options()).detach();  // [B, N, D]
  }
  for (const auto& block : *blocks) x = block->as<Block>()->forward(x);
  if (final_norm_) x = norm(x);
  return x;
}

// ---------------------------------------------------------------------------
// Decoder

VideoMAEDecoderImpl::VideoMAEDecoderImpl(const VideoMAEConfig& config) : config_(config) {
  config_.validate();
  reset();
}

void VideoMAEDecoderImpl::reset() {
  blocks = register_module(
      "blocks", makeBlocks(config_.decoder_embed_dim, config_.decoder_depth, config_.decoder_num_heads, config_));
  norm = register_module("norm",
                         nn::LayerNorm(nn::LayerNormOptions({config_.decoder_embed_dim}).eps(config_.layer_norm_eps)));
  head = register_module("head", nn::Linear(config_.decoder_embed_dim, config_.tubeletValues()));
}

torch::Tensor VideoMAEDecoderImpl::forward(const torch::Tensor& x, int64_t return_token_num) {
  auto h = x;
  for (const auto& block : *blocks) h = block->as<Block>()->forward(h);
  using torch::indexing::Slice;
  // Only the trailing mask tokens are reconstructed; skipping norm and head
  // for the visible ones saves work and matches the official model.
  h = h.index({Slice(), Slice(h.size(1) - return_token_num, torch::indexing::None)});  // [B, n, Dd]
  return linear(head, norm(h));                                                        // [B, n, K]
}

// ---------------------------------------------------------------------------
// Pre-training model

VideoMAEForPreTrainingImpl::VideoMAEForPreTrainingImpl(const VideoMAEConfig& config) : config_(config) {
  config_.validate();
  reset();
  initWeights();
}

void VideoMAEForPreTrainingImpl::reset() {
  encoder = register_module("encoder", VideoMAEEncoder(config_, /*final_norm=*/true));
  encoder_to_decoder = register_module(
      "encoder_to_decoder", nn::Linear(nn::LinearOptions(config_.embed_dim, config_.decoder_embed_dim).bias(false)));
  mask_token = register_parameter("mask_token", torch::zeros({1, 1, config_.decoder_embed_dim}));
  decoder = register_module("decoder", VideoMAEDecoder(config_));
  pos_embed = register_buffer("pos_embed", sinusoidPositionTable(config_.numPatches(), config_.decoder_embed_dim));
}

void VideoMAEForPreTrainingImpl::initWeights() {
  initLinearAndNorm(*this, /*xavier=*/true);
  truncNormal_(mask_token, 0.02);
}

torch::Tensor VideoMAEForPreTrainingImpl::forward(const torch::Tensor& video, const torch::Tensor& bool_masked_pos) {
  TORCH_CHECK(bool_masked_pos.defined(), "VideoMAEForPreTraining needs bool_masked_pos");
  auto x_vis = linear(encoder_to_decoder, encoder(video, bool_masked_pos)).to(video.scalar_type());  // [B, N_vis, Dd]
  const auto B = x_vis.size(0);
  const auto N = bool_masked_pos.size(1);
  const auto Dd = config_.decoder_embed_dim;
  auto table = N == pos_embed.size(1) ? pos_embed : sinusoidPositionTable(N, Dd).to(pos_embed.device());
  auto pos = table.to(x_vis.dtype()).expand({B, N, Dd}).detach();         // [B, N, Dd]
  auto pos_vis = gatherTokens(pos, bool_masked_pos.logical_not());        // [B, N_vis, Dd]
  auto pos_mask = gatherTokens(pos, bool_masked_pos);                     // [B, N_mask, Dd]
  auto x_full = torch::cat({x_vis + pos_vis, mask_token + pos_mask}, 1);  // [B, N, Dd]
  return decoder(x_full, pos_mask.size(1)).to(video.scalar_type());       // [B, N_mask, K]
}

// ---------------------------------------------------------------------------
// Classifier

VideoMAEClassifierImpl::VideoMAEClassifierImpl(const VideoMAEConfig& config) : config_(config) {
  config_.validate();
  reset();
  initWeights();
}

void VideoMAEClassifierImpl::reset() {
  encoder = register_module("encoder", VideoMAEEncoder(config_, /*final_norm=*/!config_.use_mean_pooling));
  if (config_.use_mean_pooling) {
    fc_norm = register_module("fc_norm",
                              nn::LayerNorm(nn::LayerNormOptions({config_.pooledDim()}).eps(config_.layer_norm_eps)));
  }
  head = register_module("head", nn::Linear(config_.headInputDim(), config_.num_classes));
}

void VideoMAEClassifierImpl::initWeights() {
  initLinearAndNorm(*this, /*xavier=*/false);
  torch::NoGradGuard no_grad;
  // A near-zero head starts fine-tuning from "no opinion" instead of a random one.
  head->weight.mul_(config_.init_scale);
  head->bias.mul_(config_.init_scale);
}

torch::Tensor VideoMAEClassifierImpl::features(const torch::Tensor& video) {
  return pool(encoder(video));
}

torch::Tensor VideoMAEClassifierImpl::poolTokens(const torch::Tensor& x) const {
  auto mean = x.mean(1);  // [B, D]
  if (!config_.motion_pooling) return mean;
  // Tokens are ordered t·P + p (P patches per slot): same position, next slot.
  const auto slots = x.view({x.size(0), config_.temporalSlots(), config_.patchesPerFrame(), x.size(2)});
  const auto change = (slots.slice(1, 1) - slots.slice(1, 0, -1)).abs().flatten(1, 2);  // [B, (T'-1)·P, D]
  return torch::cat({mean, change.mean(1), std::get<0>(change.max(1))}, 1);           // [B, 3D]
}

torch::Tensor VideoMAEClassifierImpl::pool(const torch::Tensor& x) {
  if (!config_.use_mean_pooling) return x.select(1, 0);  // [B, D]
  return fc_norm(poolTokens(x));                         // [B, pooledDim]
}

void VideoMAEClassifierImpl::setDecisionThreshold(double threshold, int64_t consecutive) {
  updateConfig([&](VideoMAEConfig& c) {
    c.decision_threshold = threshold;
    c.decision_consecutive = consecutive;
  });
}

void VideoMAEClassifierImpl::setJerkWeight(double weight) {
  updateConfig([&](VideoMAEConfig& c) { c.jerk_weight = weight; });
}

void VideoMAEClassifierImpl::setCalibration(double slope, double offset) {
  updateConfig([&](VideoMAEConfig& c) {
    c.calibration_slope = slope;
    c.calibration_offset = offset;
  });
}

void VideoMAEClassifierImpl::setTrainedFor(double windowSeconds, double horizonSeconds, double frameRate) {
  updateConfig([&](VideoMAEConfig& c) {
    c.window_seconds = windowSeconds;
    c.horizon_seconds = horizonSeconds;
    c.frame_rate = frameRate;
  });
}

void VideoMAEClassifierImpl::setJudgedWith(double gapSecondsHuman, double gapSecondsRodent, double postIctalSeconds) {
  updateConfig([&](VideoMAEConfig& c) {
    c.gap_seconds_human = gapSecondsHuman;
    c.gap_seconds_rodent = gapSecondsRodent;
    c.post_ictal_seconds = postIctalSeconds;
  });
}

torch::Tensor VideoMAEClassifierImpl::forward(const torch::Tensor& video) {
  if (config_.motion_stats)
    throw std::logic_error("this classifier's head also reads the clip's motion statistics (motion_stats): score it "
                           "with features() and headLogits()");
  return linear(head, features(video)).to(video.scalar_type());  // [B, num_classes]
}

torch::Tensor VideoMAEClassifierImpl::headLogits(const torch::Tensor& features) {
  return linear(head, features).to(features.scalar_type());
}

}  // namespace prodrome::ml
