#pragma once
// One place that picks the compute device and applies the thread settings
// once per process (ml::applyThreadSettings must precede the first tensor
// operation to take effect for OpenBLAS).

#include "ml/Device.h"

#include <string>

namespace prodrome::core {

ml::DeviceChoice prepareDevice(const std::string& request = "auto");

}  // namespace prodrome::core
