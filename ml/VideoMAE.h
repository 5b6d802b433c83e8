#pragma once
// VideoMAE: Z. Tong, Y. Song, J. Wang, L. Wang, "VideoMAE: Masked Autoencoders
// are Data-Efficient Learners for Self-Supervised Video Pre-Training",
// NeurIPS 2022 (arXiv 2203.12602).
//
// A plain ViT over tubelet tokens with fixed sinusoidal positions, trained by
// reconstructing the pixels of tube-masked tokens through a narrow decoder,
// then fine-tuned with a linear head. Module and parameter names equal the
// official MCG-NJU/VideoMAE checkpoint keys (encoder.blocks.N.attn.qkv.weight,
// encoder_to_decoder.weight, mask_token, decoder.head.weight, ...) so that
// weights map onto the modules without a table of exceptions; the HF
// transformers layout is a separate, systematic renaming (HfVideoMAEMapping.h).
//
// Input video is [B, C, T, H, W], ImageNet-normalised (the official layout;
// HF's pixel_values [B, T, C, H, W] is permuted by the caller).
// bool_masked_pos is [B, N] bool with true = masked: "~mask means visible".

#include "ml/VideoMAEConfig.h"

#include <torch/nn/cloneable.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>
#include <torch/types.h>

namespace prodrome::ml {

// Fixed 1-D sinusoid table over the flattened token index: [1, n_position, d_hid],
// sin on even and cos on odd channels, angle = pos / 10000^(2⌊j/2⌋/d_hid).
// Computed in float64 and rounded once, like the official numpy version.
torch::Tensor sinusoidPositionTable(int64_t n_position, int64_t d_hid);

// timm's truncated normal (cut at mean ± 2 in absolute units, as timm does).
void truncNormal_(torch::Tensor tensor, double std = 0.02, double mean = 0.0, double a = -2.0, double b = 2.0);

// What the encoder requires of a mask for B clips of N tokens: bool [B, N],
// the same number masked in every clip. Throws c10::Error saying which.
void checkMask(const torch::Tensor& mask, int64_t B, int64_t N);

// Tubelet embedding: a Conv3d whose kernel equals its stride, so every
// tubelet_size × patch × patch tube becomes one token.
class PatchEmbedImpl : public torch::nn::Cloneable<PatchEmbedImpl> {
 public:
  explicit PatchEmbedImpl(const VideoMAEConfig& config);
  void reset() override;
  // video [B, C, T, H, W] -> [B, N, D]; with `visible` (bool [B, N], the
  // same count per row) only those tokens: [B, N_vis, D], in token order.
  torch::Tensor forward(const torch::Tensor& video, const torch::Tensor& visible = {});

  torch::nn::Conv3d proj{nullptr};  // C -> D, kernel = stride = (tubelet, patch, patch)

 private:
  VideoMAEConfig config_;
};
TORCH_MODULE(PatchEmbed);

// Multi-head self-attention with one fused qkv projection. The official model
// has no key bias, so qkv carries no bias tensor of its own; its bias is
// assembled as cat(q_bias, 0, v_bias) on every call.
class AttentionImpl : public torch::nn::Cloneable<AttentionImpl> {
 public:
  AttentionImpl(int64_t dim, int64_t num_heads, bool qkv_bias);
  void reset() override;
  torch::Tensor forward(const torch::Tensor& x);  // [B, N, D] -> [B, N, D]

  torch::nn::Linear qkv{nullptr};   // D -> 3D, no bias
  torch::Tensor q_bias;             // [D], undefined when qkv_bias is false
  torch::Tensor v_bias;             // [D], undefined when qkv_bias is false
  torch::nn::Linear proj{nullptr};  // D -> D

 private:
  int64_t dim_;
  int64_t num_heads_;
  bool qkv_bias_;
};
TORCH_MODULE(Attention);

// Two-layer perceptron with exact (erf) GELU.
class MlpImpl : public torch::nn::Cloneable<MlpImpl> {
 public:
  MlpImpl(int64_t dim, int64_t hidden);
  void reset() override;
  torch::Tensor forward(const torch::Tensor& x);

  torch::nn::Linear fc1{nullptr};  // D -> hidden
  torch::nn::Linear fc2{nullptr};  // hidden -> D

 private:
  int64_t dim_;
  int64_t hidden_;
};
TORCH_MODULE(Mlp);

// Pre-norm transformer block with stochastic depth on both residual branches.
class BlockImpl : public torch::nn::Cloneable<BlockImpl> {
 public:
  BlockImpl(int64_t dim, int64_t num_heads, double mlp_ratio, bool qkv_bias, double drop_path, double eps);
  void reset() override;
  torch::Tensor forward(const torch::Tensor& x);  // [B, N, D] -> [B, N, D]
  double dropPathProb() const { return drop_path_; }

  torch::nn::LayerNorm norm1{nullptr};  // before attention
  Attention attn{nullptr};
  torch::nn::LayerNorm norm2{nullptr};  // before the MLP
  Mlp mlp{nullptr};

 private:
  torch::Tensor dropPath(const torch::Tensor& x) const;

  int64_t dim_;
  int64_t num_heads_;
  double mlp_ratio_;
  bool qkv_bias_;
  double drop_path_;
  double eps_;
};
TORCH_MODULE(Block);

// Tubelet embedding + positions + blocks (+ final LayerNorm when asked).
class VideoMAEEncoderImpl : public torch::nn::Cloneable<VideoMAEEncoderImpl> {
 public:
  VideoMAEEncoderImpl(const VideoMAEConfig& config, bool final_norm);
  void reset() override;
  // video [B, C, T, H, W]; with bool_masked_pos [B, N] only the visible tokens
  // are encoded (every row must mask the same number of tokens).
  // Returns [B, N_vis, D] (N_vis = N without a mask).
  torch::Tensor forward(const torch::Tensor& video, const torch::Tensor& bool_masked_pos = {});
  // The position table for n tokens: the buffer when n matches the configured
  // input, otherwise computed for the size at hand.
  torch::Tensor positionTable(int64_t n, const torch::TensorOptions& options) const;
  bool hasFinalNorm() const { return final_norm_; }

  PatchEmbed patch_embed{nullptr};
  torch::nn::ModuleList blocks{nullptr};
  torch::nn::LayerNorm norm{nullptr};  // absent (null) without final_norm
  torch::Tensor pos_embed;             // buffer [1, N, D], not a parameter

 private:
  VideoMAEConfig config_;
  bool final_norm_;
};
TORCH_MODULE(VideoMAEEncoder);

// Pre-training decoder: blocks over [visible tokens, mask tokens], then norm
// and head on the last return_token_num (masked) tokens only.
class VideoMAEDecoderImpl : public torch::nn::Cloneable<VideoMAEDecoderImpl> {
 public:
  explicit VideoMAEDecoderImpl(const VideoMAEConfig& config);
  void reset() override;
  torch::Tensor forward(const torch::Tensor& x, int64_t return_token_num);  // [B, N, Dd] -> [B, n, K]

  torch::nn::ModuleList blocks{nullptr};
  torch::nn::LayerNorm norm{nullptr};
  torch::nn::Linear head{nullptr};  // Dd -> C · tubelet · patch²

 private:
  VideoMAEConfig config_;
};
TORCH_MODULE(VideoMAEDecoder);

// The masked-autoencoder used for (continual) pre-training.
class VideoMAEForPreTrainingImpl : public torch::nn::Cloneable<VideoMAEForPreTrainingImpl> {
 public:
  explicit VideoMAEForPreTrainingImpl(const VideoMAEConfig& config);
  void reset() override;
  // Official initialisation: xavier-uniform Linear weights, zero biases,
  // unit LayerNorms, trunc_normal(0.02) mask token.
  void initWeights();
  // Returns the reconstruction of the masked tokens only: [B, N_mask, K], in
  // token order (the order of true entries in each mask row).
  torch::Tensor forward(const torch::Tensor& video, const torch::Tensor& bool_masked_pos);
  const VideoMAEConfig& config() const { return config_; }

  VideoMAEEncoder encoder{nullptr};               // with final norm, as in the official model
  torch::nn::Linear encoder_to_decoder{nullptr};  // D -> Dd, no bias
  torch::Tensor mask_token;                       // [1, 1, Dd], learned
  VideoMAEDecoder decoder{nullptr};
  torch::Tensor pos_embed;  // buffer [1, N, Dd]: the decoder's own table

 private:
  VideoMAEConfig config_;
};
TORCH_MODULE(VideoMAEForPreTraining);

// The forecasting / classification model: encoder, pooling, linear head.
class VideoMAEClassifierImpl : public torch::nn::Cloneable<VideoMAEClassifierImpl> {
 public:
  explicit VideoMAEClassifierImpl(const VideoMAEConfig& config);
  void reset() override;
  // Official fine-tuning initialisation: trunc_normal(0.02) Linear weights,
  // zero biases, unit LayerNorms, head scaled by init_scale.
  void initWeights();
  // Pooled features [B, D]: mean over tokens then fc_norm, or the first token
  // after the encoder's final LayerNorm (use_mean_pooling = false).
  // With motion_pooling, [mean, mean |Δt|, max |Δt|] of the tokens: [B, 3D].
  torch::Tensor features(const torch::Tensor& video);
  torch::Tensor forward(const torch::Tensor& video);  // logits [B, num_classes]
  // The head alone, on [B, headInputDim]: the pooled features (standardised
  // ones for a recording_norm model, with the motion statistics appended for a
  // motion_stats one); forward(v) = headLogits(features(v)) otherwise.
  torch::Tensor headLogits(const torch::Tensor& features);
  const VideoMAEConfig& config() const { return config_; }
  // The operating point chosen after training (VideoMAEConfig::decision_threshold
  // and decision_consecutive).
  void setDecisionThreshold(double threshold, int64_t consecutive = 1);
  // The weight its windows' brief jerks carry beside the head
  // (VideoMAEConfig::jerk_weight), chosen with the operating point.
  void setJerkWeight(double weight);
  // The map to calibrated probabilities (VideoMAEConfig::calibration_slope
  // and calibration_offset), fitted with the operating point; (1, 0): none.
  void setCalibration(double slope, double offset);
  // The window length, horizon and frame rate it was fine-tuned for
  // (VideoMAEConfig::window_seconds, horizon_seconds and frame_rate).
  void setTrainedFor(double windowSeconds, double horizonSeconds, double frameRate);
  // The window labels its operating point was judged with
  // (VideoMAEConfig::gap_seconds_human, gap_seconds_rodent, post_ictal_seconds).
  void setJudgedWith(double gapSecondsHuman, double gapSecondsRodent, double postIctalSeconds);

  VideoMAEEncoder encoder{nullptr};       // final norm only without mean pooling
  torch::nn::LayerNorm fc_norm{nullptr};  // only with mean pooling
  torch::nn::Linear head{nullptr};        // pooledDim -> num_classes

 private:
  torch::Tensor poolTokens(const torch::Tensor& x) const;  // [B, N, D] -> [B, pooledDim], before fc_norm
  // The settings chosen after training (the setters above): `change` applied
  // to a copy, kept only when the copy validates.
  template <typename Change>
  void updateConfig(Change&& change) {
    auto c = config_;
    change(c);
    c.validate();
    config_ = c;
  }
  torch::Tensor pool(const torch::Tensor& x);

  VideoMAEConfig config_;
};
TORCH_MODULE(VideoMAEClassifier);

}  // namespace prodrome::ml
