#pragma once
// Mixed precision by explicit casts: with Precision::BFloat16 the matrix
// products of the model (every Linear, the two attention products and the
// tubelet embedding) run in bfloat16 on float32 master weights; LayerNorm,
// softmax, the residual stream, the loss and the optimiser stay in float32.
//
// Why not autocast: LibTorch 1.13's CPU autocast is incomplete (LayerNorm on
// a bfloat16 input throws), and casting at the product is all autocast would
// do for this model anyway. The casts are recorded by autograd, so gradients
// reach the float32 weights in float32. The same casts run on CUDA (bf16
// tensor cores from Ampere on); there they are an alternative to autocast,
// not a requirement.
//
// Auto, the trainers' default, is bf16 where the hardware multiplies bf16
// natively and fp32 elsewhere. Measured on the 2-core AMD EPYC (Zen 4,
// avx512_bf16) this project targets, vit-small 16x112 mask 0.9 batch 8, one
// pre-training step at intra-op 1 / OpenBLAS 2, alternating runs at load 3-3.5:
// fp32 1240-2010 ms, bf16 680-775 ms; a 2048 GEMM runs 2.2x faster in bf16.
// The loss curve holds (PrecisionTest: means of 10 steps within 0.3% of
// fp32's over a 60-step run). Without native bf16 (no avx512_bf16 or AMX)
// oneDNN emulates it, slower than fp32, so Auto stays fp32 there; on CUDA
// Auto stays fp32 too, because LibTorch's C++ API cannot tell an Ampere GPU
// (fast bf16) from an older one without the CUDA headers: ask for bf16.
//
// The choice is thread-local, like autocast's, and set for a scope by a
// guard: the trainers set it from their options, and code that calls a
// model's forward directly runs it in float32 unless it sets a guard of its
// own. The casts themselves are in PrecisionCasts.h; this header stays free
// of LibTorch so that option structs can name a precision cheaply.

#include <string>
#include <string_view>

namespace prodrome::ml {

enum class Precision { Float32, BFloat16, Auto };

// What the trainers use unless told otherwise (the model runner uses fp32).
inline constexpr Precision kDefaultPrecision = Precision::Auto;

std::string_view precisionName(Precision precision);  // "fp32", "bf16" or "auto"
// Accepts "fp32", "float32", "bf16", "bfloat16", "auto"; throws std::invalid_argument otherwise.
Precision parsePrecision(std::string_view name);

// Whether this CPU multiplies bf16 natively (AVX512-BF16 or AMX-BF16, with
// the OS saving AVX-512 state). Auto is resolved per device by
// resolvePrecision (PrecisionCasts.h).
bool cpuHasNativeBf16();

// The precision of this thread's matrix products (Float32 or BFloat16).
Precision matmulPrecision();

// Sets this thread's matmul precision until the guard is destroyed (Auto is
// resolved for the CPU).
class PrecisionGuard {
 public:
  explicit PrecisionGuard(Precision precision);
  ~PrecisionGuard();
  PrecisionGuard(const PrecisionGuard&) = delete;
  PrecisionGuard& operator=(const PrecisionGuard&) = delete;

 private:
  Precision previous_;
};

}  // namespace prodrome::ml
