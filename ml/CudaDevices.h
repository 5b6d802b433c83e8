#pragma once
// How many CUDA devices LibTorch can use, behind a header free of LibTorch's:
// windows that only say whether a GPU is there need not compile LibTorch.

namespace prodrome::ml {

// 0 when LibTorch has no CUDA (the Debian CPU build) or no device answers.
int cudaDeviceCount();

}  // namespace prodrome::ml
