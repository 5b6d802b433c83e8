#include "core/pipeline/DeviceSetup.h"

#include <mutex>

namespace prodrome::core {

ml::DeviceChoice prepareDevice(const std::string& request) {
  static std::once_flag applied;
  auto choice = ml::chooseDevice(request);
  std::call_once(applied, [&] { ml::applyThreadSettings(choice); });
  return choice;
}

}  // namespace prodrome::core
