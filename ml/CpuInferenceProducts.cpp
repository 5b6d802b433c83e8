#include "ml/CpuInferenceProducts.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>

namespace prodrome::ml {

namespace {

// Below this many rows per thread a split costs more in task start-up than
// it saves (a pooled head's input is a few rows; a block's is 392 a window).
constexpr int64_t kMinRowsPerTask = 64;

}  // namespace

bool splitCpuProducts(const torch::Tensor& x) {
  return x.defined() && x.device().is_cpu() && x.scalar_type() == torch::kFloat && !torch::GradMode::is_enabled() &&
         at::get_num_threads() > 1 && !at::in_parallel_region();
}

torch::Tensor splitLinear(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
  const auto rows = x.reshape({-1, x.size(-1)}).contiguous();  // a view for a contiguous x
  const int64_t m = rows.size(0);
  const int64_t tasks = std::min<int64_t>(at::get_num_threads(), m / kMinRowsPerTask);
  if (tasks < 2) return torch::linear(x, weight, bias);
  auto out = torch::empty({m, weight.size(0)}, x.options());
  const auto weightT = weight.t();
  const int64_t chunk = (m + tasks - 1) / tasks;
  // One task per thread: parallel_for hands each thread a contiguous part of
  // [0, tasks), here one index, and ATen calls inside it run on that thread.
  at::parallel_for(0, tasks, 1, [&](int64_t begin, int64_t end) {
    const torch::NoGradGuard noGrad;  // grad mode is per thread: the caller's does not reach the team
    for (int64_t t = begin; t < end; ++t) {
      const int64_t first = t * chunk;
      const int64_t count = std::min(m, first + chunk) - first;
      if (count <= 0) continue;
      auto part = out.narrow(0, first, count);
      if (bias.defined())
        at::addmm_out(part, bias, rows.narrow(0, first, count), weightT);
      else
        at::mm_out(part, rows.narrow(0, first, count), weightT);
    }
  });
  auto shape = x.sizes().vec();
  shape.back() = weight.size(0);
  return out.view(shape);
}

torch::Tensor splitAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double scale) {
  const int64_t batch = q.size(0), heads = q.size(1), tokens = q.size(2), headDim = q.size(3);
  // [B, N, H, hd]: head h of window b writes its [N, hd] rows with a row
  // stride of H·hd, which BLAS takes as its leading dimension, so the
  // output projection reads it without the transpose copy.
  auto out = torch::empty({batch, tokens, heads, headDim}, q.options());
  at::parallel_for(0, batch * heads, 1, [&](int64_t begin, int64_t end) {
    const torch::NoGradGuard noGrad;
    for (int64_t i = begin; i < end; ++i) {
      const int64_t b = i / heads, h = i % heads;
      // One window-head's scores ([N, N], 0.6 MB at N = 392) stay in this
      // core's cache from product to softmax to product.
      const auto scores = at::mm(q[b][h] * scale, k[b][h].t());
      auto rowsOut = out.select(0, b).select(1, h);
      at::mm_out(rowsOut, scores.softmax(-1), v[b][h]);
    }
  });
  return out.view({batch, tokens, heads * headDim});
}

}  // namespace prodrome::ml
