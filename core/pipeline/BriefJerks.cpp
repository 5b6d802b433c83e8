#include "core/pipeline/BriefJerks.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace prodrome::core {

namespace {

// The surround: 0.2 s and one 15th of a second further, frames 3 and 4 at
// 15 fps, where the rule was set; never fewer than 2 and 3, so that a jerk's
// own return frame is not its surround.
std::int64_t nearSurround(double fps) {
  if (!(fps > 0)) throw std::invalid_argument("brief jerks: the frame rate must be positive");
  return std::max<std::int64_t>(2, std::llround(0.2 * fps));
}

}  // namespace

std::int64_t jerkDelayFrames(double fps) {
  return nearSurround(fps) + std::max<std::int64_t>(1, std::llround(fps / 15.0));
}

std::vector<std::int64_t> briefJerks(const std::vector<double>& energies, const std::vector<std::uint8_t>& keyframes,
                                     double fps, double minimumEnergy) {
  const auto near = nearSurround(fps);
  const auto far = jerkDelayFrames(fps);
  const auto n = static_cast<std::int64_t>(energies.size());
  std::vector<std::int64_t> known;
  for (std::int64_t f = far; f + far < n; ++f) {
    const double e = energies[static_cast<std::size_t>(f)];
    if (!(e > minimumEnergy)) continue;
    if (f < static_cast<std::int64_t>(keyframes.size()) && keyframes[static_cast<std::size_t>(f)]) continue;
    const auto at = [&](std::int64_t k) { return energies[static_cast<std::size_t>(k)]; };
    if (e < at(f - 1) || e <= at(f + 1)) continue;
    const double surround = std::max({at(f - far), at(f - near), at(f + near), at(f + far)});
    if (e > kJerkOverSurround * surround) known.push_back(f + far);
  }
  return known;
}

int jerksInWindow(const std::vector<std::int64_t>& jerks, std::int64_t begin, std::int64_t end) {
  if (end <= begin) return 0;
  const auto first = std::lower_bound(jerks.begin(), jerks.end(), begin);
  const auto last = std::lower_bound(first, jerks.end(), end);
  return static_cast<int>(last - first);
}

double withJerks(double probability, int jerks, double weight) {
  if (!(weight >= 0 && weight < 1))
    throw std::invalid_argument("jerk weight " + std::to_string(weight) + " is outside [0, 1)");
  if (jerks < 0) throw std::invalid_argument("a window cannot hold " + std::to_string(jerks) + " jerks");
  if (jerks == 0 || weight == 0) return probability;
  return 1 - (1 - probability) * std::pow(1 - weight, jerks);
}

void weighJerks(std::vector<double>& probabilities, const std::vector<int>& jerks, double weight) {
  if (probabilities.size() != jerks.size())
    throw std::invalid_argument("brief jerks: " + std::to_string(jerks.size()) + " windows of jerks for " +
                                std::to_string(probabilities.size()) + " probabilities");
  for (std::size_t i = 0; i < probabilities.size(); ++i)
    probabilities[i] = withJerks(probabilities[i], jerks[i], weight);
}

}  // namespace prodrome::core
