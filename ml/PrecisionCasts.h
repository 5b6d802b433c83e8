#pragma once
// The LibTorch side of Precision.h: resolving Auto for a device, and the
// casts the model's matrix products call to run in this thread's precision.

#include "ml/Precision.h"

#include <torch/nn/modules/linear.h>
#include <torch/types.h>

namespace prodrome::ml {

// Float32 or BFloat16: Auto resolved for `device` (Precision.h).
Precision resolvePrecision(Precision precision, const torch::Device& device);

// `t` in the dtype this thread's matrix products take: bfloat16 under a
// BFloat16 guard when `t` is floating point, otherwise `t` unchanged.
torch::Tensor matmulOperand(const torch::Tensor& t);

// layer(x) with its product in this thread's precision; the result is
// bfloat16 under a BFloat16 guard (callers cast back where float32 matters).
torch::Tensor linear(const torch::nn::Linear& layer, const torch::Tensor& x);
// x · weightᵀ + bias (bias may be undefined), the same way.
torch::Tensor linearProduct(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias);

}  // namespace prodrome::ml
