#pragma once
// How a module's parameters map to the tensors of a safetensors file, in any
// naming: a plan lists, per parameter, the file keys it is made of; applying
// it loads (all or nothing when strict, with a report of what is missing,
// unexpected or wrongly shaped), exporting it writes the file's names. The
// own layout (VideoMAEWeights.h) and the HF layout (HfVideoMAEMapping.h) are
// two key functions over this one mechanism, which depends on neither.

#include "ml/LoadReport.h"
#include "ml/SafeTensors.h"

#include <torch/nn/module.h>

#include <functional>
#include <string>
#include <vector>

namespace prodrome::ml {

namespace detail {

// One model parameter and the file tensors it is made of (one, or three for a
// fused qkv weight that a file stores as query/key/value, concatenated on dim 0).
struct ParamSource {
  std::string param;
  std::vector<std::string> keys;
};

std::vector<ParamSource> planFor(const torch::nn::Module& module,
                                 const std::function<std::vector<std::string>(const std::string&)>& keysOf);
LoadReport applyPlan(torch::nn::Module& module, const std::vector<ParamSource>& plan, const SafeTensorsFile& file,
                     bool strict, const std::function<bool(const std::string&)>& ignorable = {});
NamedTensors exportPlan(const torch::nn::Module& module, const std::vector<ParamSource>& plan);

}  // namespace detail

}  // namespace prodrome::ml
