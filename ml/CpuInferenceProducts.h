#pragma once
// The model's matrix products for float32 inference on a CPU, spread over
// LibTorch's intra-op threads.
//
// Why: inference runs with intra-op threads = cores and one BLAS thread
// (core/pipeline/DeviceSetup.h), the split that suits bf16, whose products
// oneDNN spreads over the intra-op threads. In float32 the products go to
// OpenBLAS on that one thread, and ATen's batched product loops over every
// (window, head) pair in turn: on a 2-core Zen 3 (no AVX-512, so fp32) a
// vit-tiny forward spent ~70 % of its time in products on one core while the
// other waited. Giving BLAS the second thread instead leaves the softmax,
// GELU and copies (~25 %) on one core, and both pools at once contend.
// Here each product is split by rows (the linear layers) or by (window, head)
// (attention) into one task per intra-op thread, every task a one-thread BLAS
// call, so every part of the forward uses every core from one thread pool.
//
// The sums are the ones the one-thread path computes (the same BLAS kernel,
// the same K order per output element; the softmax is per row), so the
// numbers are those of the plain path; tests check it to float tolerance.
//
// Taken only where it applies: a float32 CPU operand, no autograd (the
// trainers keep ATen's differentiable path), more than one intra-op thread,
// not already inside a parallel region, and enough rows to split.

#include <torch/types.h>

namespace prodrome::ml {

// Whether `x`, a product's operand as it will be multiplied (after the
// precision's cast: a bf16 guard's operands are bfloat16 and stay with
// oneDNN), takes the split path.
bool splitCpuProducts(const torch::Tensor& x);

// x · weightᵀ + bias over x's last dimension (bias may be undefined),
// split by rows. x [..., K], weight [N, K] -> [..., N].
torch::Tensor splitLinear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias);

// softmax((q · scale) · kᵀ) · v for every (batch, head), one task each,
// written straight into the layout the output projection reads.
// q, k, v [B, H, N, hd] (any strides) -> [B, N, H·hd].
torch::Tensor splitAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double scale);

}  // namespace prodrome::ml
