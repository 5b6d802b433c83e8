#include "ml/PrecisionCasts.h"

#include "ml/CpuInferenceProducts.h"

#include <torch/torch.h>

#include <stdexcept>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

namespace prodrome::ml {

namespace {

thread_local Precision tCurrent = Precision::Float32;

}  // namespace

std::string_view precisionName(Precision precision) {
  switch (precision) {
    case Precision::Float32:
      return "fp32";
    case Precision::BFloat16:
      return "bf16";
    case Precision::Auto:
      break;
  }
  return "auto";
}

Precision parsePrecision(std::string_view name) {
  if (name == "fp32" || name == "float32") return Precision::Float32;
  if (name == "bf16" || name == "bfloat16") return Precision::BFloat16;
  if (name == "auto") return Precision::Auto;
  throw std::invalid_argument("unknown precision '" + std::string(name) + "' (use fp32, bf16 or auto)");
}

bool cpuHasNativeBf16() {
#if defined(__x86_64__) || defined(__i386__)
  static const bool has = [] {
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (__get_cpuid_max(0, nullptr) < 7 || !__get_cpuid(1, &a, &b, &c, &d)) return false;
    if ((c & (1u << 27)) == 0) return false;  // no OSXSAVE: XCR0 cannot be read
    unsigned xcr0 = 0, xcr0_high = 0;
    __asm__("xgetbv" : "=a"(xcr0), "=d"(xcr0_high) : "c"(0));
    const bool os_saves_avx512 = (xcr0 & 0xE6u) == 0xE6u;  // XMM, YMM, opmask and ZMM state
    __cpuid_count(7, 0, a, b, c, d);
    const bool avx512f = (b & (1u << 16)) != 0;
    const bool amx_bf16 = (d & (1u << 22)) != 0;
    __cpuid_count(7, 1, a, b, c, d);
    const bool avx512_bf16 = (a & (1u << 5)) != 0;
    return os_saves_avx512 && ((avx512f && avx512_bf16) || amx_bf16);
  }();
  return has;
#else
  return false;  // other architectures: fp32, the safe choice
#endif
}

Precision resolvePrecision(Precision precision, const torch::Device& device) {
  if (precision != Precision::Auto) return precision;
  return device.is_cpu() && cpuHasNativeBf16() ? Precision::BFloat16 : Precision::Float32;
}

Precision matmulPrecision() { return tCurrent; }

PrecisionGuard::PrecisionGuard(Precision precision) : previous_(tCurrent) {
  tCurrent = resolvePrecision(precision, torch::kCPU);
}

PrecisionGuard::~PrecisionGuard() { tCurrent = previous_; }

torch::Tensor matmulOperand(const torch::Tensor& t) {
  if (tCurrent != Precision::BFloat16 || !t.defined() || !t.is_floating_point()) return t;
  return t.to(torch::kBFloat16);
}

torch::Tensor linear(const torch::nn::Linear& layer, const torch::Tensor& x) {
  return linearProduct(x, layer->weight, layer->bias);
}

torch::Tensor linearProduct(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
  // ATen's linear, not the C++ frontend's functional one: for a contiguous
  // [B, N, D] input ATen fuses the bias into one addmm over B·N rows, where
  // the frontend runs a matmul and a separate bias pass (~10% of a step).
  const auto operand = matmulOperand(x);
  if (splitCpuProducts(operand)) return splitLinear(operand, weight, bias);  // float32: weight and bias as they are
  return torch::linear(operand, matmulOperand(weight), matmulOperand(bias));
}

}  // namespace prodrome::ml
