#pragma once
// What happened when weights were mapped onto a model: every tensor that was
// missing, unexpected or of the wrong shape, by name, so that a user can see
// which checkpoint does not fit which configuration.

#include <string>
#include <vector>

namespace prodrome::ml {

struct LoadReport {
  std::string source;                    // the file (or bytes) the weights came from
  std::vector<std::string> loaded;       // model parameter names that were set
  std::vector<std::string> missing;      // names expected in the file but absent
  std::vector<std::string> unexpected;   // names in the file the model has no use for
  std::vector<std::string> wrong_shape;  // "name: file [a, b] vs model [c, d]"
  // "name: 3 of 36864 values NaN or infinite". Never loaded, strict or not:
  // one such weight turns every output into NaN, and a forecaster whose
  // probabilities are NaN raises no alarm at all.
  std::vector<std::string> non_finite;

  bool ok() const { return missing.empty() && unexpected.empty() && wrong_shape.empty() && non_finite.empty(); }

  // One paragraph for an error message or a log; lists at most `limit` names per kind.
  std::string describe(size_t limit = 20) const {
    std::string out = "weights from '" + source + "': " + std::to_string(loaded.size()) + " tensors loaded";
    const auto list = [&](const char* what, const std::vector<std::string>& names) {
      if (names.empty()) return;
      out += "; " + std::to_string(names.size()) + " " + what + ": ";
      for (size_t i = 0; i < names.size() && i < limit; ++i) out += (i ? ", " : "") + names[i];
      if (names.size() > limit) out += ", ...";
    };
    list("missing", missing);
    list("unexpected", unexpected);
    list("of the wrong shape", wrong_shape);
    list("not finite", non_finite);
    return out;
  }
};

}  // namespace prodrome::ml
