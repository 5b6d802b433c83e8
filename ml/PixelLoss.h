#pragma once
// VideoMAE's reconstruction target and loss (Tong et al. 2022; official
// engine_for_pretraining.py). The model sees ImageNet-normalised video; the
// target is built from the un-normalised pixels, cut into tubelets, and (with
// norm_pix_loss) standardised per tubelet and per channel, so that the loss
// rewards structure rather than the absolute brightness of a patch.

#include <torch/types.h>

#include <array>
#include <cstdint>

namespace prodrome::ml {

inline constexpr std::array<double, 3> kImageNetMean{0.485, 0.456, 0.406};
inline constexpr std::array<double, 3> kImageNetStd{0.229, 0.224, 0.225};
// Added to the standard deviation, not the variance, as the official code does.
inline constexpr double kNormPixEps = 1e-6;

// Inverse of the ImageNet normalisation for video [B, 3, T, H, W].
torch::Tensor unnormalizeImageNet(const torch::Tensor& video);

// Cuts video [B, C, T, H, W] into tubelets: [B, N, t·p·p, C], token index
// (t, y, x) row-major, values inside a tubelet in (dt, dy, dx) order.
torch::Tensor patchifyTubelets(const torch::Tensor& video, int64_t tubelet_size, int64_t patch_size);

// The reconstruction target for every token: [B, N, t·p·p·C], flattened in
// (dt, dy, dx, c) order with the channel fastest. `video` is ImageNet-
// normalised; with norm_pix each tubelet and channel is standardised with
// its mean and unbiased standard deviation: (v − mean) / (std + 1e-6).
torch::Tensor pixelTarget(const torch::Tensor& video, int64_t tubelet_size, int64_t patch_size, bool norm_pix);

// MSE between the predictions of the masked tokens [B, N_mask, K] (token
// order, as the pre-training model returns them) and their targets.
torch::Tensor reconstructionLoss(const torch::Tensor& prediction, const torch::Tensor& video,
                                 const torch::Tensor& bool_masked_pos, int64_t tubelet_size, int64_t patch_size,
                                 bool norm_pix);

}  // namespace prodrome::ml
