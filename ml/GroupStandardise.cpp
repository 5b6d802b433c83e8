#include "ml/GroupStandardise.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

namespace prodrome::ml {

namespace {

// Columns standardised at a time. A night's forecast standardises ~90,000
// windows × ~600 features in one group: converting the whole table to double
// and sorting it column by column (as torch's sort does) took ten times the
// table's memory, ~2 GB for a day-long recording. A slice of this many
// columns in double is ~45 MB there.
constexpr std::int64_t kColumnsAtATime = 64;

// The median of v, the middle two averaged for an even count (as
// torch::quantile(0.5) interpolates). Selection, not a sort: v is reordered.
double medianOf(std::vector<double>& v) {
  const auto n = v.size();
  const auto upper = v.begin() + static_cast<std::ptrdiff_t>(n / 2);
  std::nth_element(v.begin(), upper, v.end());
  if (n % 2) return *upper;
  // After nth_element every element before `upper` is no greater than it:
  // the lower middle one is their largest.
  return (*upper + *std::max_element(v.begin(), upper)) / 2;
}

}  // namespace

torch::Tensor standardiseWithinGroups(const torch::Tensor& x, const std::vector<std::int64_t>& group) {
  if (x.dim() != 2 || x.size(0) != static_cast<std::int64_t>(group.size()))
    throw std::invalid_argument("standardiseWithinGroups: " + std::to_string(x.size(0)) + " rows but " +
                                std::to_string(group.size()) + " group ids");
  if (x.size(0) == 0) return x.clone();
  std::map<std::int64_t, std::vector<std::int64_t>> rows;
  for (std::size_t i = 0; i < group.size(); ++i) rows[group[i]].push_back(static_cast<std::int64_t>(i));
  auto out = torch::empty_like(x, torch::MemoryFormat::Contiguous);
  const std::int64_t columns = x.size(1);
  std::vector<double> column, deviation;
  for (std::int64_t c0 = 0; c0 < columns; c0 += kColumnsAtATime) {
    const std::int64_t width = std::min(kColumnsAtATime, columns - c0);
    // Always a fresh, dense copy: standardised in place below, it must never
    // be a view of the caller's x (a double x of few columns would be).
    auto slice = torch::empty({x.size(0), width}, torch::kDouble);
    slice.copy_(x.narrow(1, c0, width));
    double* s = slice.data_ptr<double>();
    for (const auto& [id, r] : rows) {
      for (std::int64_t c = 0; c < width; ++c) {
        column.clear();
        for (auto row : r) {
          const double v = s[row * width + c];
          // A median of NaNs is undefined (nth_element's order is not even
          // a strict weak ordering then): refuse rather than return noise.
          if (!std::isfinite(v))
            throw std::invalid_argument("standardiseWithinGroups: row " + std::to_string(row) + ", feature " +
                                        std::to_string(c0 + c) + " is NaN or infinite");
          column.push_back(v);
        }
        // Median and scaled median absolute deviation, not mean and standard
        // deviation: a recording's windows include seizures (violent
        // movement) and post-ictal stillness, up to 40 % of a short demo
        // recording, which would otherwise set the scale of every motion
        // feature (measured: window ROC-AUC 0.35 with mean/sd on the demo's
        // held-out patients).
        const double centre = medianOf(column);
        deviation.clear();
        for (auto row : r) deviation.push_back(std::abs(s[row * width + c] - centre));
        const double spread = std::max(kMadToSd * medianOf(deviation), kMinGroupStd);
        for (auto row : r) s[row * width + c] = (s[row * width + c] - centre) / spread;
      }
    }
    out.narrow(1, c0, width).copy_(slice);
  }
  return out;
}

}  // namespace prodrome::ml
