#include "ml/CudaDevices.h"

#include <torch/cuda.h>

namespace prodrome::ml {

int cudaDeviceCount() { return torch::cuda::is_available() ? static_cast<int>(torch::cuda::device_count()) : 0; }

}  // namespace prodrome::ml
