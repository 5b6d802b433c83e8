#include "core/pipeline/ModelKind.h"

#include "ml/Json.h"
#include "ml/SafeTensors.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>

namespace prodrome::core {

ModelKind modelKindOf(const std::filesystem::path& weights) {
  // A safetensors file starts with the header's length (8 bytes, little
  // endian) and the header, a JSON object keyed by tensor name; the weights
  // follow and are not read. The loader checks the rest when the model is used.
  std::ifstream in(weights, std::ios::binary);
  unsigned char size[8] = {};
  if (!in || !in.read(reinterpret_cast<char*>(size), sizeof size)) return ModelKind::Unreadable;
  std::uint64_t length = 0;
  for (int i = 7; i >= 0; --i) length = (length << 8) | size[i];
  if (length < 2 || length > ml::kMaxSafeTensorsHeader) return ModelKind::Unreadable;
  std::string header(length, '\0');
  if (!in.read(header.data(), static_cast<std::streamsize>(length))) return ModelKind::Unreadable;
  try {
    const ml::JsonValue root = ml::parseJson(header);
    if (!root.isObject()) return ModelKind::Unreadable;
    return root.find("head.weight") || root.find("classifier.weight") ? ModelKind::Forecaster : ModelKind::Encoder;
  } catch (const ml::JsonError&) {
    return ModelKind::Unreadable;
  }
}

}  // namespace prodrome::core
