#include "ml/PixelLoss.h"

#include <torch/torch.h>

#include <cmath>

namespace prodrome::ml {

torch::Tensor unnormalizeImageNet(const torch::Tensor& video) {
  TORCH_CHECK(video.dim() == 5 && video.size(1) == 3, "unnormalizeImageNet: expected video [B, 3, T, H, W], got ",
              video.sizes());
  const auto opts = video.options();
  auto mean = torch::tensor({kImageNetMean[0], kImageNetMean[1], kImageNetMean[2]}, opts).view({1, 3, 1, 1, 1});
  auto std = torch::tensor({kImageNetStd[0], kImageNetStd[1], kImageNetStd[2]}, opts).view({1, 3, 1, 1, 1});
  return video * std + mean;
}

torch::Tensor patchifyTubelets(const torch::Tensor& video, int64_t tubelet_size, int64_t patch_size) {
  TORCH_CHECK(video.dim() == 5, "patchifyTubelets: expected video [B, C, T, H, W], got ", video.sizes());
  const auto B = video.size(0);
  const auto C = video.size(1);
  const auto t = tubelet_size;
  const auto p = patch_size;
  TORCH_CHECK(video.size(2) % t == 0 && video.size(3) % p == 0 && video.size(4) % p == 0, "patchifyTubelets: input ",
              video.sizes(), " is not divisible into ", t, "x", p, "x", p, " tubelets");
  const auto T = video.size(2) / t;
  const auto H = video.size(3) / p;
  const auto W = video.size(4) / p;
  auto x = video.reshape({B, C, T, t, H, p, W, p});  // [B, C, T', dt, H', dy, W', dx]
  x = x.permute({0, 2, 4, 6, 3, 5, 7, 1});           // [B, T', H', W', dt, dy, dx, C]
  return x.reshape({B, T * H * W, t * p * p, C});    // [B, N, t·p·p, C]
}

torch::Tensor pixelTarget(const torch::Tensor& video, int64_t tubelet_size, int64_t patch_size, bool norm_pix) {
  auto pixels = unnormalizeImageNet(video);
  if (!norm_pix) return patchifyTubelets(pixels, tubelet_size, patch_size).flatten(2);  // [B, N, P·C]
  // Statistics over rows of one token and channel, contiguous in memory: a
  // reduction over the strided P axis of [B, N, P, C] is several times slower.
  TORCH_CHECK(video.dim() == 5, "pixelTarget: expected video [B, C, T, H, W], got ", video.sizes());
  const auto B = video.size(0);
  const auto C = video.size(1);
  const auto t = tubelet_size;
  const auto p = patch_size;
  TORCH_CHECK(video.size(2) % t == 0 && video.size(3) % p == 0 && video.size(4) % p == 0, "pixelTarget: input ",
              video.sizes(), " is not divisible into ", t, "x", p, "x", p, " tubelets");
  auto rows = pixels.reshape({B, C, video.size(2) / t, t, video.size(3) / p, p, video.size(4) / p, p})
                  .permute({0, 2, 4, 6, 1, 3, 5, 7})  // [B, T', H', W', C, dt, dy, dx]
                  .reshape({B, -1, C, t * p * p});    // [B, N, C, P]
  // Two-pass statistics (centre, then the norm of the deviations): as exact
  // as var() and several times faster than its Welford kernel.
  const auto centred = rows - rows.mean(-1, /*keepdim=*/true);  // [B, N, C, P]
  const auto sd =
      centred.norm(2, {-1}, /*keepdim=*/true) / std::sqrt(static_cast<double>(t * p * p - 1));  // [B, N, C, 1]
  return (centred / (sd + kNormPixEps)).transpose(2, 3).flatten(2);  // [B, N, P·C], channel fastest
}

torch::Tensor reconstructionLoss(const torch::Tensor& prediction, const torch::Tensor& video,
                                 const torch::Tensor& bool_masked_pos, int64_t tubelet_size, int64_t patch_size,
                                 bool norm_pix) {
  torch::Tensor target;
  {
    // The target is data, not a function of the parameters.
    torch::NoGradGuard no_grad;
    auto all = pixelTarget(video, tubelet_size, patch_size, norm_pix);  // [B, N, K]
    TORCH_CHECK(
        bool_masked_pos.dim() == 2 && bool_masked_pos.size(0) == all.size(0) && bool_masked_pos.size(1) == all.size(1),
        "reconstructionLoss: bool_masked_pos ", bool_masked_pos.sizes(), " does not match ", all.size(0), " clips of ",
        all.size(1), " tokens");
    target = all.index({bool_masked_pos}).reshape({all.size(0), -1, all.size(2)});  // [B, N_mask, K]
  }
  TORCH_CHECK(prediction.sizes() == target.sizes(), "reconstructionLoss: prediction ", prediction.sizes(),
              " does not match the masked target ", target.sizes());
  return torch::mse_loss(prediction, target.to(prediction.dtype()));
}

}  // namespace prodrome::ml
